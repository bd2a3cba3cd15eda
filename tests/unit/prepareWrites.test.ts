import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { commitImport, importEntry, prepareWrites, tableWrite, writeImport, type TableWrite } from '$lib/db/importer';
import { loadParts, writeSet } from '$lib/db/store';
import { readChanges } from '$lib/db/history';
import { StalePreviewError } from '$lib/db/errors';
import { countPlans, planTable, type Rec, type TablePlan } from '$lib/domain/merge';
import { storedFor } from './support/stored';
import { T } from './support/tables';
import { aMeasure } from './support/records';

// The commit worker makes an import's writes ready while the person reads the preview (importer
// prepareWrites, after the rows came ahead: commitChannel presendCommit); writeImport takes them only
// while every chunk they read is still there at the version read (and no other came), and then writes
// exactly what it would have.

const measure = (i: number, titel: string, kommunkod = ['1490', '0180', '1401'][i % 3]): Rec =>
  aMeasure(`m${i}`, { kommunkod, titel, uppdaterad: '2017-01-01T00:00:00Z' });
const many = (n: number, from: number, titel: string) =>
  Array.from({ length: n }, (_, i) => measure(from + i, `${titel} ${from + i}`));

/** The import's writes as the preview plans them against what is stored now; `remove`: keys of stored rows the person chose to delete. */
async function writesOf(
  rows: Rec[],
  remove: string[] = [],
): Promise<{ writes: TableWrite[]; entry: ReturnType<typeof importEntry> }> {
  const planned = planTable('measures', rows, await storedFor('measures', rows), 'theirs');
  const stored = remove.length ? await T.measures.stored() : [];
  const plan = remove.length
    ? ({ ...planned, remove: stored.filter((r) => remove.includes(String(r.id))) } as TablePlan)
    : planned;
  return {
    writes: [tableWrite(plan, undefined, undefined, true)],
    entry: importEntry({ fil: 'atgarder.csv', kalla: 'test', tid: 'T' }, countPlans([plan])),
  };
}

/** What is stored, without the random id of history entries. */
async function snapshot() {
  const history = await db.imports.toArray();
  const changes = (await Promise.all(history.map((h) => readChanges(h.id)))).flat();
  return {
    rows: await T.measures.stored(),
    chunks: (await db.chunks.toArray()).map((c) => c.key),
    history: history.map(({ id: _id, ...h }) => h),
    changes: changes.map(({ key: _k, entry: _e, ...c }) => c),
  };
}

/** What writing gave: what is stored then, or the stale keys it refused. */
async function outcome(write: Promise<unknown>) {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof StalePreviewError) return { stale: error.keys, stored: await snapshot() };
  if (error) throw error;
  return { stored: await snapshot() };
}

const worker = { breaks: false, ownsRows: true, summaryOnly: true };

/** Someone else's write between the preview and the commit. */
type Meanwhile = () => Promise<void>;
const nothing: Meanwhile = async () => {};
const imported =
  (rows: () => Rec[]): Meanwhile =>
  async () => {
    await commitImport([planTable('measures', rows(), await storedFor('measures', rows()), 'theirs')], {
      fil: 'b',
      kalla: 'b',
      tid: 'B',
    });
  };
/** A row deleted, then added again with other content: its revision is 1 again, as the preview read it. */
const deletedAndAddedAgain =
  (i: number): Meanwhile =>
  async () => {
    const row = measure(i, 'x');
    await db.transaction('rw', db.chunks, async () => {
      const set = await loadParts('measures', [String(row.kommunkod)]);
      set.delete(String(row.id));
      await writeSet(set);
    });
    await imported(() => [measure(i, 'Återskapad')])();
  };
/** Every row of a municipality deleted: its chunk is gone. */
const emptied =
  (kommunkod: string): Meanwhile =>
  async () => {
    await db.transaction('rw', db.chunks, async () => {
      const set = await loadParts('measures', [kommunkod]);
      for (const r of await T.measures.stored()) if (r.kommunkod === kommunkod) set.delete(String(r.id));
      await writeSet(set);
    });
    expect(await db.chunks.get(`measures:${kommunkod}`)).toBeUndefined();
  };
/** A chunk rewritten as chunks were before they had a version. */
const withoutVersion: Meanwhile = async () => {
  const c = (await db.chunks.get('measures:1490'))!;
  delete c.v;
  await db.chunks.put(c);
};

// [case, rows stored before, rows imported (and keys removed), someone else's write after the preview and before the
// prepare, meanwhile (after the prepare, before the commit), made ready, taken]
const CASES: [string, () => Rec[], () => [Rec[], string[]?], Meanwhile, Meanwhile, boolean, boolean][] = [
  [
    'changed rows, one of them changed before the prepare (stale when made ready, and so at the commit)',
    () => many(30, 0, 'Gammal'),
    () => [many(20, 0, 'Ny')],
    imported(() => [measure(4, 'Mellan')]),
    nothing,
    true,
    true,
  ],
  ['new rows into municipalities that hold nothing', () => [], () => [many(50, 0, 'Ny')], nothing, nothing, true, true],
  [
    'new rows, one municipality of them holding rows already',
    () => [measure(900, 'Gammal', '1490')],
    () => [many(50, 0, 'Ny')],
    nothing,
    nothing,
    true,
    true,
  ],
  [
    'changed rows among the new ones',
    () => many(3, 0, 'Gammal'),
    () => [many(50, 0, 'Ny')],
    nothing,
    nothing,
    true,
    true,
  ],
  ['every row changed', () => many(60, 0, 'Gammal'), () => [many(60, 0, 'Ny')], nothing, nothing, true, true],
  [
    'changed rows and a removal',
    () => many(30, 0, 'Gammal'),
    () => [many(20, 0, 'Ny'), ['m25']],
    nothing,
    nothing,
    true,
    true,
  ],
  [
    'rows written into one of its municipalities meanwhile',
    () => [],
    () => [many(50, 0, 'Ny')],
    nothing,
    imported(() => [measure(900, 'Mellan', '0180')]),
    true,
    false,
  ],
  [
    'changed rows, another row of one of their chunks changed meanwhile',
    () => many(30, 0, 'Gammal'),
    () => [many(20, 0, 'Ny')],
    nothing,
    imported(() => [measure(25, 'Mellan')]),
    true,
    false,
  ],
  [
    'changed rows, one of them changed meanwhile (stale)',
    () => many(30, 0, 'Gammal'),
    () => [many(20, 0, 'Ny')],
    nothing,
    imported(() => [measure(4, 'Mellan')]),
    true,
    false,
  ],
  [
    'a changed row deleted and added again meanwhile (the same revision, other content)',
    () => many(30, 0, 'Gammal'),
    () => [many(20, 0, 'Ny')],
    nothing,
    deletedAndAddedAgain(4),
    true,
    false,
  ],
  [
    'new rows into a municipality of other rows written meanwhile',
    () => [],
    () => [many(50, 0, 'Ny')],
    nothing,
    imported(() => [measure(900, 'Mellan', '2580')]),
    true,
    true,
  ],
  [
    'changed rows, the chunk of some of them deleted meanwhile (their municipality emptied)',
    () => many(30, 0, 'Gammal'),
    () => [many(20, 0, 'Ny')],
    nothing,
    emptied('1401'),
    true,
    false,
  ],
  [
    'a chunk read was stored without a version',
    () => many(30, 0, 'Gammal'),
    () => [many(20, 0, 'Ny')],
    withoutVersion,
    nothing,
    false,
    false,
  ],
];

describe('writes made ready before the transaction (prepareWrites)', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  const setUp = async (before: Rec[]) => {
    await db.delete();
    await db.open();
    if (before.length)
      await commitImport([planTable('measures', before, new Map(), 'theirs')], { fil: 'a', kalla: 'a', tid: 'A' });
  };
  /** The progress told last: (done, total). */
  const progressOf = () => {
    const last: number[] = [];
    return { last, progress: (done: number, total: number) => last.splice(0, 2, done, total) };
  };

  it.each(CASES)('%s: written exactly as without it', async (_, before, rows, first, meanwhile, made) => {
    await setUp(before());
    const plain = await writesOf(...rows());
    await first();
    await meanwhile();
    const told = progressOf();
    const expected = await outcome(writeImport(plain.writes, plain.entry, { ...worker, progress: told.progress }));

    await setUp(before());
    const { writes, entry } = await writesOf(...rows());
    await first();
    const stored = await snapshot();
    const prepared = await prepareWrites(writes, true);
    expect(prepared.has(writes[0])).toBe(made);
    // Nothing is written by making ready.
    expect(await snapshot()).toEqual(stored);
    await meanwhile();
    const progress = progressOf();
    expect(await outcome(writeImport(writes, entry, { ...worker, prepared, progress: progress.progress }))).toEqual(
      expected,
    );
    // The progress ends where it ends without it.
    expect(progress.last).toEqual(told.last);
  });

  it.each(CASES.filter((c) => c[5]))('%s: what was made ready is written only if taken', async (...c) => {
    const [, before, rows, first, meanwhile, , taken] = c;
    await setUp(before());
    const { writes, entry } = await writesOf(...rows());
    await first();
    const prepared = await prepareWrites(writes, true);
    // A mark on the records made ready: it is stored if, and only if, they were written.
    const ready = prepared.get(writes[0])!;
    for (const s of ready.ready.values()) s.part = `${s.part}*`;
    await meanwhile();
    let took = false;
    await writeImport(writes, entry, { ...worker, prepared, taken: () => (took = true) }).catch(() => undefined);
    expect(took).toBe(taken);
    const marked = (await db.chunks.toArray()).filter((s) => s.part.endsWith('*'));
    expect(marked.length > 0).toBe(taken && ready.ready.size > 0);
  });

  it('stopped (the commit came) while it reads: nothing worked on, no row stamped', async () => {
    await setUp(many(30, 0, 'Gammal'));
    const { writes } = await writesOf(many(20, 0, 'Ny'));
    let stop = false;
    const making = prepareWrites(writes, true, () => stop);
    stop = true;
    expect((await making).size).toBe(0);
    expect(writes[0].after.some((r) => 'rev' in r)).toBe(false);
  });

  it('every chunk written has a new version', async () => {
    await setUp(many(30, 0, 'Gammal'));
    const measures = async () =>
      new Map((await db.chunks.where('key').startsWith('measures:').toArray()).map((c) => [c.key, c.v]));
    const before = await measures();
    expect([...before.values()].every((v) => typeof v === 'number')).toBe(true);
    await imported(() => [measure(4, 'Ny')])();
    const after = await measures();
    // Only measure 4's chunk was written: it alone has another version.
    expect([...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k)).toEqual(['measures:0180']);
  });

  it('a row added meanwhile under the key of an imported one: refused as stale, nothing written', async () => {
    const { writes, entry } = await writesOf([...many(20, 0, 'Ny')]);
    const prepared = await prepareWrites(writes, true);
    await imported(() => [measure(4, 'Någon annan')])();
    const error = await writeImport(writes, entry, { ...worker, prepared }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StalePreviewError);
    expect((error as StalePreviewError).keys).toEqual([{ table: 'measures', key: 'm4' }]);
    expect(await T.measures.count()).toBe(1);
    expect(await db.imports.count()).toBe(1);
  });

  it('rows without their key are not made ready (writeImport says why)', async () => {
    const { writes } = await writesOf(many(5, 0, 'Ny'));
    writes[0].add.push({ titel: 'utan id', kommunkod: '1490' } as Rec);
    expect((await prepareWrites(writes, true)).size).toBe(0);
  });
});
