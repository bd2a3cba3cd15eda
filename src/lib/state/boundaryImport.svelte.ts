/**
 * "Importera kommungränser" as a headless controller: the file is read in a worker (progress,
 * "Avbryt"), the person chooses the layer or the code property when the file does not tell, and
 * the boundaries are stored only when everything was read; the previous ones stay otherwise.
 */
import { lang, t } from '$lib/i18n';
import { saveBoundaries } from '$lib/db/repos';
import type { BoundaryRead, BoundaryRequest, BoundaryWorkerMessage } from '$lib/workers/boundaries.worker';
import type { FileIssue } from '$lib/io/issues';
import { describeError, notify } from './notify.svelte';

/** What the controller needs of a worker (a real one in the browser, a fake in unit tests). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<BoundaryWorkerMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(m: BoundaryRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

export interface BoundaryDeps {
  makeWorker: () => WorkerLike;
  save: typeof saveBoundaries;
  now: () => string;
}

const realDeps: BoundaryDeps = {
  makeWorker: () =>
    new Worker(new URL('../workers/boundaries.worker.ts', import.meta.url), {
      type: 'module',
      name: lang,
    }) as unknown as WorkerLike,
  save: saveBoundaries,
  now: () => new Date().toISOString(),
};

export class BoundaryImport {
  busy = $state(false);
  stage = $state('');
  done = $state(0);
  total = $state(0);
  problems = $state<FileIssue[]>([]);
  /** Code properties to choose from, when the file does not say which holds the code. */
  candidates = $state<string[]>([]);
  /** GeoPackage layers to choose from, when more than one could be the municipalities. */
  layers = $state<string[]>([]);
  property = $state('');
  layer = $state('');
  private pending: { name: string; bytes: Uint8Array } | null = null;
  private worker: WorkerLike | null = null;
  private finish: ((r: BoundaryRead | null) => void) | null = null;
  /** The current read; an older read that ends after a newer one started changes nothing. */
  private token = 0;

  constructor(
    private deps: BoundaryDeps = realDeps,
    private onimported?: () => void,
  ) {}

  /** Read a file; resolves true when boundaries were stored. */
  async read(
    name: string,
    bytes: Uint8Array,
    choice: { codeProperty?: string; layer?: string } = {},
  ): Promise<boolean> {
    this.cancel();
    const token = ++this.token;
    this.busy = true;
    this.problems = [];
    this.candidates = [];
    this.layers = [];
    this.pending = { name, bytes };
    const r = await this.run({ name, bytes: bytes.slice(), ...choice });
    if (token !== this.token) return false;
    this.busy = false;
    if (!r) return false;
    if (!r.ok) {
      this.problems = r.issues;
      if (r.layers?.length) {
        this.layers = r.layers;
        this.layer = choice.layer && r.layers.includes(choice.layer) ? choice.layer : r.layers[0];
      }
      if (r.candidates?.length) {
        this.candidates = r.candidates;
        this.property = r.candidates[0];
      }
      return false;
    }
    const v = r.value;
    try {
      await this.deps.save({
        namn: name,
        crs: v.crs,
        topology: v.topology,
        drawing: v.drawing,
        importerad: this.deps.now(),
        kodEgenskap: v.codeProperty,
        saknas: v.missing,
      });
    } catch (e) {
      notify.say(describeError(e), 'error');
      return false;
    }
    this.pending = null;
    this.problems = r.issues.filter((i) => i.severity !== 'info');
    notify.say(t.views.karta.boundariesImported(v.codes.length));
    this.onimported?.();
    return true;
  }

  /** Read the same file again with the layer and property the person chose. */
  retry(): Promise<boolean> {
    if (!this.pending) return Promise.resolve(false);
    const choice = {
      ...(this.layers.length ? { layer: this.layer } : {}),
      ...(this.candidates.length ? { codeProperty: this.property } : {}),
    };
    return this.read(this.pending.name, this.pending.bytes, choice);
  }

  /** "Avbryt": stop the worker; nothing is stored. */
  cancel(): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    this.problems = [{ file: this.pending?.name ?? '', severity: 'info', message: t.boundaries.cancelled }];
    this.finish?.(null);
  }

  private run(req: BoundaryRequest): Promise<BoundaryRead | null> {
    return new Promise((resolve) => {
      const worker = this.deps.makeWorker();
      this.worker = worker;
      this.stage = t.boundaries.stages.read;
      this.done = 0;
      this.total = 0;
      const end = (r: BoundaryRead | null) => {
        if (this.worker === worker) {
          worker.terminate();
          this.worker = null;
        }
        this.finish = null;
        resolve(r);
      };
      this.finish = end;
      worker.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'progress') {
          this.stage = t.boundaries.stages[m.stage] ?? m.stage;
          this.done = m.done;
          this.total = m.total;
        } else end(m.result);
      };
      worker.onerror = (e) => {
        e.preventDefault?.();
        end({
          ok: false,
          issues: [{ file: req.name, severity: 'error', message: t.boundaries.workerFailed(e.message || 'worker') }],
        });
      };
      worker.postMessage(req, [req.bytes.buffer as ArrayBuffer]);
    });
  }
}
