import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/db';
import { commitImport, storedRows, undoImport } from '$lib/db/importer';
import { readable } from '$lib/db/history';
import { storedFor } from './support/stored';
import { keyRecords, planInSlices } from '$lib/state/importPlan';
import { deleteRecord, isEdit, saveRecord } from '$lib/db/repos';
import { ConflictError, StalePreviewError } from '$lib/db/errors';
import { ChunkSet, fromStored, partOf, type Chunk } from '$lib/db/chunks';
import { sliceChange } from '$lib/db/changes';
import { planTable, type Rec } from '$lib/domain/merge';
import type { Measure, Plan } from '$lib/domain/model';
import { T } from './support/tables';
import { aMeasure, aPlan } from './support/records';

const plan = (id: string, titel: string, extra: Partial<Plan> = {}): Plan & Rec =>
  aPlan(id, { titel, ...extra }) as Plan & Rec;
const measure = (id: string, extra: Partial<Measure> = {}): Measure & Rec => aMeasure(id, extra) as Measure & Rec;

async function importRows(
  table: 'plans' | 'measures' | 'themes',
  rows: Rec[],
  strategy: 'newer' | 'theirs' = 'theirs',
  fil = 'fil.csv',
) {
  const p = planTable(table, rows, await storedFor(table, rows), strategy);
  return commitImport([p], { fil, kalla: fil });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('chunks', () => {
  it('groups rows by municipality: one record per table and municipality, themes in one', async () => {
    await importRows('plans', [plan('a', 'A'), plan('b', 'B', { kommunkod: '1401' }), plan('c', 'C')]);
    const keys = (await db.chunks.toArray()).map(fromStored).map((c) => [c.key, c.rows.length]);
    expect(keys).toEqual([
      ['plans:1401', 1],
      ['plans:1490', 2],
      ['themes:alla', 13],
    ]);
  });

  it.each([
    ['plans', { id: 'x', kommunkod: '0180' }, '0180'],
    ['events', { id: 'x', kommunkod: '' }, 'ingen'],
    ['themes', { id: 'x' }, 'alla'],
    ['regions', { id: 'x', kommunkoder: ['0180'] }, 'alla'],
    ['indicatorValues', { indikator: 'N1', kommunkod: '1490', period: '2015' }, '1490'],
  ] as const)('%s row %j goes to part %s', (table, row, part) => {
    expect(partOf(table, row)).toBe(part);
  });

  it('a record that moves to another municipality leaves its old chunk', () => {
    const c: Chunk = { key: 'plans:1490', table: 'plans', part: '1490', rows: [{ ...plan('a', 'A'), rev: 3 }] };
    const set = new ChunkSet('plans', [c]);
    expect(set.put(plan('a', 'A', { kommunkod: '1401' }))).toBe(4);
    const { put, del } = set.changes();
    expect(put.map((x) => [x.key, x.rows.map((r) => r.rev)])).toEqual([['plans:1401', [4]]]);
    expect(del).toEqual(['plans:1490']);
    // The loaded chunk itself is not mutated.
    expect(c.rows).toHaveLength(1);
  });

  it('a row without a key is refused', () => {
    expect(() => new ChunkSet('plans', []).put({ titel: 'utan id' })).toThrow(/without a key/);
  });

  it('slices a large change set, keeping each key with its revisions', () => {
    const added = Array.from({ length: 5 }, (_, i) => `a${i}`);
    const left = Object.fromEntries(added.map((k, i) => [k, i + 1]));
    const s = sliceChange(
      { table: 'plans', added, overwritten: [{ id: 'o1' }, { id: 'o2' }], left: { ...left, o1: 7, o2: 8 }, prior: {} },
      (r) => (r as { id: string }).id,
      2,
    );
    expect(s.map((c) => [c.added, c.overwritten.length, c.left])).toEqual([
      [['a0', 'a1'], 0, { a0: 1, a1: 2 }],
      [['a2', 'a3'], 0, { a2: 3, a3: 4 }],
      [['a4'], 0, { a4: 5 }],
      [[], 2, { o1: 7, o2: 8 }],
    ]);
  });
});

describe('revisions', () => {
  it('every write increments the revision; the revision is never exported', async () => {
    const saved = await saveRecord('plans', plan('a', 'A'));
    expect(saved.rev).toBe(1);
    expect(await T.plans.rev('a')).toBe(1);
    await saveRecord('plans', { ...saved, titel: 'A2' });
    expect(await T.plans.rev('a')).toBe(2);
    await importRows('plans', [plan('a', 'A3', { uppdaterad: '2020-01-01T00:00:00Z' })]);
    expect(await T.plans.rev('a')).toBe(3);
    const { readTables } = await import('$lib/db/importer');
    expect((await readTables(['plans'])).plans[0]).not.toHaveProperty('rev');
  });

  it('a save based on an older revision is refused with the stored version, and writes nothing', async () => {
    const first = await saveRecord('plans', plan('a', 'Original'));
    const tabA = { ...first };
    const tabB = { ...first };
    await saveRecord('plans', { ...tabA, titel: 'Flik A' }, tabA);
    const err = await saveRecord('plans', { ...tabB, titel: 'Flik B' }, tabB).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).current).toMatchObject({ titel: 'Flik A', rev: 2 });
    expect((await T.plans.get('a'))!.titel).toBe('Flik A');
    // "Keep mine": saved again on top of the version now stored.
    await saveRecord('plans', { ...tabB, titel: 'Flik B' }, (err as ConflictError).current);
    expect((await T.plans.get('a'))!.titel).toBe('Flik B');
  });

  it('a deletion is never undone by a stale save', async () => {
    const first = await saveRecord('measures', measure('m1'));
    await deleteRecord('measures', 'm1');
    const err = await saveRecord('measures', { ...first, titel: 'Ändrad' }, first).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).current).toBeNull();
    expect(await T.measures.get('m1')).toBeUndefined();
  });

  it('a record moved to another municipality elsewhere is still found by its revision', async () => {
    const first = await saveRecord('plans', plan('a', 'A'));
    await saveRecord('plans', { ...first, kommunkod: '1401' }, first);
    const err = await saveRecord('plans', { ...first, titel: 'Gammal' }, first).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(await T.plans.toArray()).toEqual([expect.objectContaining({ id: 'a', kommunkod: '1401', titel: 'A' })]);
  });
});

describe('the commit re-checks the preview', () => {
  it('a hand edit after the preview stops the import: nothing written, a typed error', async () => {
    const mine = await saveRecord('plans', plan('a', 'Min'));
    const rows = [plan('a', 'Deras', { uppdaterad: '2020-01-01T00:00:00Z' }), plan('b', 'Ny')];
    const preview = planTable('plans', rows, await storedFor('plans', rows), 'newer');
    await saveRecord('plans', { ...mine, titel: 'Handredigerad', uppdaterad: '2030-01-01T00:00:00Z' }, mine);
    const err = await commitImport([preview], { fil: 'x', kalla: 'x' }).catch((e) => e);
    expect(err).toBeInstanceOf(StalePreviewError);
    expect((err as StalePreviewError).keys).toEqual([{ table: 'plans', key: 'a' }]);
    expect((await T.plans.get('a'))!.titel).toBe('Handredigerad');
    expect(await T.plans.get('b')).toBeUndefined();
    // Only the two hand edits are in the history: no import entry.
    expect((await db.imports.toArray()).filter((e) => !isEdit(e))).toEqual([]);
    // Previewed again, the newer hand edit wins and the new record comes in.
    const again = planTable('plans', rows, await storedFor('plans', rows), 'newer');
    await commitImport([again], { fil: 'x', kalla: 'x' });
    expect((await T.plans.get('a'))!.titel).toBe('Handredigerad');
    expect((await T.plans.get('b'))!.titel).toBe('Ny');
  });

  it('two tabs importing the same new id: the second commit is stale, not a silent replace', async () => {
    const rowsA = [plan('n', 'Från A')];
    const rowsB = [plan('n', 'Från B')];
    const previewA = planTable('plans', rowsA, await storedFor('plans', rowsA), 'newer');
    const previewB = planTable('plans', rowsB, await storedFor('plans', rowsB), 'newer');
    await commitImport([previewA], { fil: 'a', kalla: 'a' });
    await expect(commitImport([previewB], { fil: 'b', kalla: 'b' })).rejects.toBeInstanceOf(StalePreviewError);
    expect((await T.plans.get('n'))!.titel).toBe('Från A');
  });

  it('a record deleted after the preview stops the import', async () => {
    await saveRecord('plans', plan('a', 'Min'));
    const rows = [plan('a', 'Deras')];
    const preview = planTable('plans', rows, await storedFor('plans', rows), 'theirs');
    await deleteRecord('plans', 'a');
    await expect(commitImport([preview], { fil: 'x', kalla: 'x' })).rejects.toBeInstanceOf(StalePreviewError);
    expect(await T.plans.count()).toBe(0);
  });
});

describe('a preview that holds the stored rows themselves (with rev), as the import does', () => {
  /** The import's way: stored rows as the live data holds them, planned in slices. */
  async function preview(rows: Rec[]) {
    const keyed = await keyRecords('plans', rows, async () => {});
    const stored = await storedRows('plans', keyed);
    return planInSlices('plans', keyed, stored, 'theirs', '2026-11-24T00:00:00Z', async () => {});
  }

  it.each<[string, boolean]>([
    ['nothing changed since the preview: written, undo restores the row without a revision in the history', false],
    ['a hand edit after the preview: stale, nothing written', true],
  ])('%s', async (_, editedMeanwhile) => {
    const mine = await saveRecord('plans', plan('a', 'Min'));
    const p = await preview([plan('a', 'Deras')]);
    expect((p.update[0].before as Rec).rev).toBe(1);
    if (editedMeanwhile) {
      await saveRecord('plans', { ...mine, titel: 'Handredigerad' }, mine);
      await expect(commitImport([p], { fil: 'x', kalla: 'x' })).rejects.toBeInstanceOf(StalePreviewError);
      expect((await T.plans.get('a'))!.titel).toBe('Handredigerad');
      return;
    }
    const entry = await commitImport([p], { fil: 'x', kalla: 'x' });
    expect((await T.plans.get('a'))!.titel).toBe('Deras');
    const overwritten = (await db.changes.toArray()).map(readable).flatMap((c) => c.overwritten as Rec[]);
    const before = overwritten.find((r) => r.id === 'a');
    expect(before).toMatchObject({ id: 'a', titel: 'Min' });
    expect(Object.keys(before!)).not.toContain('rev');
    await undoImport(entry.id);
    expect((await T.plans.get('a'))!.titel).toBe('Min');
  });
});

describe('long commits written in slices stay one transaction', () => {
  it('12 000 rows re-imported with a failure at the very end: not one row changed', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => measure(`s${i}`, { kommunkod: i % 2 ? '1490' : '0180' }));
    await importRows('measures', rows, 'theirs', 'first.csv');
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    try {
      const changed = rows.map((r) => ({ ...r, titel: `Ändrad ${r.id}` }));
      const plan = planTable('measures', changed, await storedFor('measures', changed), 'theirs');
      await commitImport([plan], { fil: 'a', kalla: 'a', tid: '2026-01-01T00:00:00.000Z' });
      const again = changed.map((r) => ({ ...r, titel: `Igen ${r.id}` }));
      const plan2 = planTable('measures', again, await storedFor('measures', again), 'theirs');
      // The same history id: the last write of the transaction fails, after every slice was written.
      await expect(commitImport([plan2], { fil: 'b', kalla: 'b', tid: '2026-01-01T00:00:00.000Z' })).rejects.toThrow();
    } finally {
      random.mockRestore();
    }
    const stored = await T.measures.toArray();
    expect(stored).toHaveLength(12_000);
    expect(stored.every((m) => m.titel.startsWith('Ändrad'))).toBe(true);
    expect(await db.imports.count()).toBe(2);
  }, 60_000);
});

describe('undo respects later work', () => {
  it('an added record edited by hand since is kept and listed', async () => {
    const imp = await importRows('measures', [measure('x1'), measure('x2')]);
    const x1 = (await T.measures.stored()).find((m) => m.id === 'x1')!;
    await saveRecord('measures', { ...x1, titel: 'Min ändring' }, x1);
    const dry = await undoImport(imp.id, { dryRun: true });
    expect(dry.restored).toBe(1);
    expect(dry.changed.map((c) => [c.key, c.current?.titel])).toEqual([['x1', 'Min ändring']]);
    expect(await T.measures.count()).toBe(2);
    const done = await undoImport(imp.id, { now: '2026-02-01T00:00:00Z' });
    expect(done.restored).toBe(1);
    expect((await T.measures.toArray()).map((m) => [m.id, m.titel])).toEqual([['x1', 'Min ändring']]);
    expect((await db.imports.get(imp.id))!.angrad).toBe('2026-02-01T00:00:00Z');
  });

  it('an overwritten record edited by hand since keeps the edit; with force it goes back', async () => {
    await saveRecord('plans', plan('y', 'Före'));
    const imp = await importRows('plans', [plan('y', 'Import')]);
    const y = (await T.plans.stored())[0];
    await saveRecord('plans', { ...y, titel: 'Efter' }, y);
    expect((await undoImport(imp.id, { dryRun: true })).changed).toHaveLength(1);
    expect((await T.plans.get('y'))!.titel).toBe('Efter');
    await undoImport(imp.id, { force: true });
    expect((await T.plans.get('y'))!.titel).toBe('Före');
  });

  it.each([
    ['A then B', ['A', 'B']],
    ['B then A', ['B', 'A']],
  ])('imports undone in any order (%s) end where they began', async (_, order) => {
    const a = await importRows('measures', [measure('z1', { titel: 'A' })], 'theirs', 'a.csv');
    const b = await importRows('measures', [measure('z1', { titel: 'B' })], 'theirs', 'b.csv');
    const ids: Record<string, string> = { A: a.id, B: b.id };
    for (const k of order) await undoImport(ids[k]);
    expect(await T.measures.count()).toBe(0);
  });

  it('undo of the first import while the second is kept, then the second: nothing of A comes back', async () => {
    const a = await importRows('measures', [measure('z1', { titel: 'A' })], 'theirs', 'a.csv');
    const b = await importRows('measures', [measure('z1', { titel: 'B' })], 'theirs', 'b.csv');
    const r = await undoImport(a.id);
    expect(r.changed).toHaveLength(1);
    expect((await T.measures.get('z1'))!.titel).toBe('B');
    await undoImport(b.id);
    expect(await T.measures.get('z1')).toBeUndefined();
  });

  it('undo never leaves a measure pointing at a removed plan or theme', async () => {
    await saveRecord('measures', measure('own', { plan_id: 'p-imp', teman: ['skola', 'nytt-tema'] }));
    const plans = planTable('plans', [plan('p-imp', 'Importerad')], new Map(), 'newer');
    const themes = planTable(
      'themes',
      [{ id: 'nytt-tema', namn: 'Nytt', beskrivning: '', farg: '#000000', overordnat: '', nyckelord: [] }],
      new Map(),
      'newer',
    );
    const imp = await commitImport([plans, themes], { fil: 'bundle.zip', kalla: 'x' });
    const dry = await undoImport(imp.id, { dryRun: true });
    expect(dry.detached).toBe(1);
    await undoImport(imp.id, { now: '2026-03-01T00:00:00Z' });
    expect(await T.plans.count()).toBe(0);
    expect(await T.themes.get('nytt-tema')).toBeUndefined();
    const own = (await T.measures.get('own'))!;
    expect([own.plan_id, own.teman, own.uppdaterad]).toEqual(['', ['skola'], '2026-03-01T00:00:00Z']);
  });
});
