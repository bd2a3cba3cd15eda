import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { BoundaryRead, BoundaryRequest, BoundaryWorkerMessage } from '$lib/workers/boundaries.worker';
import { BoundaryImport, type BoundaryDeps, type WorkerLike } from '$lib/state/boundaryImport.svelte';

/** A worker the test drives by hand. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  requests: BoundaryRequest[] = [];
  terminated = false;
  postMessage(m: BoundaryRequest) {
    this.requests.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  send(m: BoundaryWorkerMessage) {
    this.onmessage?.({ data: m } as MessageEvent<BoundaryWorkerMessage>);
  }
}

const drawing = { version: 1, shapes: [], outline: '', arcs: [], neighbours: new Map() };
const value = {
  topology: '{"type":"Topology","objects":{},"arcs":[]}',
  drawing,
  crs: 'sweref99tm',
  codeProperty: 'KnKod',
  codes: ['0180'],
  missing: ['0114'],
  unknown: [],
  format: 'geopackage',
} as unknown as Extract<BoundaryRead, { ok: true }>['value'];
const tick = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const workers: FakeWorker[] = [];
  const save = vi.fn(async () => {});
  const deps: BoundaryDeps = {
    makeWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    save,
    now: () => '2026-01-01T00:00:00.000Z',
  };
  const imported = vi.fn();
  return { ctl: new BoundaryImport(deps, imported), workers, save, imported };
}

describe('BoundaryImport', () => {
  it('shows progress, then stores what the worker read', async () => {
    const { ctl, workers, save, imported } = setup();
    const done = ctl.read('k.gpkg', new Uint8Array([1, 2, 3]));
    expect(ctl.busy).toBe(true);
    workers[0].send({ type: 'progress', stage: 'features', done: 1000, total: 2000 });
    expect([ctl.stage, ctl.done, ctl.total]).toEqual(['Läser objekten', 1000, 2000]);
    workers[0].send({
      type: 'done',
      result: { ok: true, value, issues: [{ file: 'k.gpkg', severity: 'info', message: 'x' }] },
    });
    expect(await done).toBe(true);
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        namn: 'k.gpkg',
        crs: 'sweref99tm',
        kodEgenskap: 'KnKod',
        saknas: ['0114'],
        importerad: '2026-01-01T00:00:00.000Z',
        // Stored as the worker made them: TopoJSON text and the drawing.
        topology: '{"type":"Topology","objects":{},"arcs":[]}',
        drawing,
      }),
    );
    expect(imported).toHaveBeenCalledOnce();
    expect(ctl.busy).toBe(false);
    expect(ctl.problems).toEqual([]); // info is not a problem
    expect(workers[0].terminated).toBe(true);
  });

  it('asks for the layer when the file does not tell, and reads again with the choice', async () => {
    const { ctl, workers, save } = setup();
    const first = ctl.read('k.gpkg', new Uint8Array([1]));
    const refused: BoundaryRead = {
      ok: false,
      issues: [{ file: 'k.gpkg', severity: 'error', message: 'Välj lager.' }],
      layers: ['a', 'b'],
    };
    workers[0].send({ type: 'done', result: refused });
    expect(await first).toBe(false);
    expect(save).not.toHaveBeenCalled();
    expect(ctl.layers).toEqual(['a', 'b']);
    expect(ctl.layer).toBe('a');
    ctl.layer = 'b';
    const second = ctl.retry();
    expect(workers[1].requests[0]).toMatchObject({ name: 'k.gpkg', layer: 'b' });
    expect(workers[1].requests[0].codeProperty).toBeUndefined();
    workers[1].send({ type: 'done', result: { ok: true, value, issues: [] } });
    expect(await second).toBe(true);
    expect(ctl.layers).toEqual([]);
  });

  it('asks for the code property and passes it on', async () => {
    const { ctl, workers } = setup();
    const first = ctl.read('k.geojson', new Uint8Array([1]));
    workers[0].send({
      type: 'done',
      result: {
        ok: false,
        issues: [{ file: 'k.geojson', severity: 'error', message: '?' }],
        candidates: ['KOD', 'namn'],
      },
    });
    await first;
    expect(ctl.property).toBe('KOD');
    void ctl.retry();
    expect(workers[1].requests[0]).toMatchObject({ codeProperty: 'KOD' });
  });

  it('"Avbryt" stops the worker and stores nothing', async () => {
    const { ctl, workers, save } = setup();
    const done = ctl.read('stor.geojson', new Uint8Array([1]));
    ctl.cancel();
    expect(await done).toBe(false);
    expect(workers[0].terminated).toBe(true);
    expect(save).not.toHaveBeenCalled();
    expect(ctl.busy).toBe(false);
    expect(ctl.problems[0].message).toMatch(/avbröts/);
    // A late message from the stopped worker changes nothing.
    workers[0].send({ type: 'done', result: { ok: true, value, issues: [] } });
    await tick();
    expect(save).not.toHaveBeenCalled();
  });

  it('a second file while the first is read replaces it', async () => {
    const { ctl, workers, save } = setup();
    const first = ctl.read('a.geojson', new Uint8Array([1]));
    const second = ctl.read('b.geojson', new Uint8Array([2]));
    expect(await first).toBe(false);
    expect(ctl.busy).toBe(true);
    workers[1].send({ type: 'done', result: { ok: true, value, issues: [] } });
    expect(await second).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ namn: 'b.geojson' }));
  });

  it('a crashed worker becomes a sentence; nothing is stored', async () => {
    const { ctl, workers, save } = setup();
    const done = ctl.read('x.gpkg', new Uint8Array([1]));
    workers[0].onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    expect(await done).toBe(false);
    expect(save).not.toHaveBeenCalled();
    expect(ctl.problems[0]).toMatchObject({
      file: 'x.gpkg',
      severity: 'error',
      message: expect.stringContaining('out of memory'),
    });
  });
});
