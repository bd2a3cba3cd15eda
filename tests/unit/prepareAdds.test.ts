import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { commitImport, importEntry, prepareAdds, tableWrite, writeImport, type TableWrite } from '$lib/db/importer';
import { readChanges } from '$lib/db/history';
import { StalePreviewError } from '$lib/db/errors';
import { countPlans, planTable, type Rec } from '$lib/domain/merge';
import { storedFor } from './support/stored';
import { T } from './support/tables';
import { aMeasure } from './support/records';

// The commit worker makes a first import's new rows ready while the person reads the preview
// (importer prepareAdds, after the rows came ahead: commitChannel presendCommit); writeImport takes
// them only while their municipalities still hold nothing, and then writes exactly what it would have.

const measure = (i: number, titel: string, kommunkod = ['1490', '0180', '1401'][i % 3]): Rec =>
  aMeasure(`m${i}`, { kommunkod, titel, uppdaterad: '2017-01-01T00:00:00Z' });
const many = (n: number, from: number, titel: string) =>
  Array.from({ length: n }, (_, i) => measure(from + i, `${titel} ${from + i}`));

async function writesOf(rows: Rec[]): Promise<{ writes: TableWrite[]; entry: ReturnType<typeof importEntry> }> {
  const plan = planTable('measures', rows, await storedFor('measures', rows), 'theirs');
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

const worker = { breaks: false, ownsRows: true, summaryOnly: true };

// [case, rows stored before, rows imported, rows written by someone else between the preview and the commit, made ready, taken]
const CASES: [string, () => Rec[], () => Rec[], () => Rec[], boolean, boolean][] = [
  ['new rows into municipalities that hold nothing', () => [], () => many(50, 0, 'Ny'), () => [], true, true],
  [
    'new rows, one municipality of them holding rows already',
    () => [measure(900, 'Gammal', '1490')],
    () => many(50, 0, 'Ny'),
    () => [],
    false,
    false,
  ],
  ['changed rows among the new ones', () => many(3, 0, 'Gammal'), () => many(50, 0, 'Ny'), () => [], false, false],
  [
    'rows written into one of its municipalities meanwhile',
    () => [],
    () => many(50, 0, 'Ny'),
    () => [measure(900, 'Mellan', '0180')],
    true,
    false,
  ],
  [
    'new rows into a municipality of other rows written meanwhile',
    () => [],
    () => many(50, 0, 'Ny'),
    () => [measure(900, 'Mellan', '2580')],
    true,
    true,
  ],
];

describe('new rows made ready before the transaction (prepareAdds)', () => {
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
  const between = async (rows: Rec[]) => {
    if (rows.length)
      await commitImport([planTable('measures', rows, new Map(), 'theirs')], { fil: 'b', kalla: 'b', tid: 'B' });
  };

  it.each(CASES)('%s: written exactly as without it', async (_, before, rows, meanwhile, made) => {
    await setUp(before());
    const plain = await writesOf(rows());
    await between(meanwhile());
    await writeImport(plain.writes, plain.entry, worker);
    const expected = await snapshot();

    await setUp(before());
    const { writes, entry } = await writesOf(rows());
    const prepared = await prepareAdds(writes, true);
    expect(prepared.has(writes[0])).toBe(made);
    // Nothing is written by making ready.
    expect(await T.measures.count()).toBe(before().length);
    await between(meanwhile());
    await writeImport(writes, entry, { ...worker, prepared });
    expect(await snapshot()).toEqual(expected);
  });

  it.each(CASES.filter((c) => c[4]))('%s: what was made ready is written only if taken', async (...c) => {
    const [, before, rows, meanwhile, , taken] = c;
    await setUp(before());
    const { writes, entry } = await writesOf(rows());
    const prepared = await prepareAdds(writes, true);
    // A mark on the records made ready: it is stored if, and only if, they were written.
    for (const s of prepared.get(writes[0])!.ready.values()) s.part = `${s.part}*`;
    await between(meanwhile());
    await writeImport(writes, entry, { ...worker, prepared });
    const marked = (await db.chunks.toArray()).filter((s) => s.part.endsWith('*'));
    expect(marked.length > 0).toBe(taken);
  });

  it('a row added meanwhile under the key of an imported one: refused as stale, nothing written', async () => {
    const { writes, entry } = await writesOf(many(20, 0, 'Ny'));
    const prepared = await prepareAdds(writes, true);
    await between([measure(4, 'Någon annan')]);
    const error = await writeImport(writes, entry, { ...worker, prepared }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StalePreviewError);
    expect((error as StalePreviewError).keys).toEqual([{ table: 'measures', key: 'm4' }]);
    expect(await T.measures.count()).toBe(1);
    expect(await db.imports.count()).toBe(1);
  });

  it('rows without their key are not made ready (writeImport says why)', async () => {
    const { writes } = await writesOf(many(5, 0, 'Ny'));
    writes[0].add.push({ titel: 'utan id', kommunkod: '1490' } as Rec);
    expect((await prepareAdds(writes, true)).size).toBe(0);
  });
});
