import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { commitImport, undoImport } from '$lib/db/importer';
import { storedFor } from './support/stored';
import { readChanges } from '$lib/db/history';
import { SLICE, sliceChange, type ChangeSet } from '$lib/db/changes';
import { planTable, type Rec } from '$lib/domain/merge';
import { T } from './support/tables';
import { aMeasure } from './support/records';

const measure = (i: number, titel: string, uppdaterad: string): Rec =>
  aMeasure(`m${i}`, { kommunkod: ['1490', '0180', '1401'][i % 3], titel, uppdaterad });

async function importRows(rows: Rec[]) {
  const plan = planTable('measures', rows, await storedFor('measures', rows), 'newer');
  return { plan, rec: await commitImport([plan], { fil: 'atgarder.csv', kalla: 'test' }) };
}

/** The history the commit used to write: one change set for the table, cut by sliceChange. */
function expectedSlices(rec: { andringar: ChangeSet[] }): ChangeSet[] {
  const all: ChangeSet = { table: 'measures', added: [], overwritten: [], left: {}, prior: {} };
  for (const c of rec.andringar) {
    all.added.push(...c.added);
    all.overwritten.push(...c.overwritten);
    Object.assign(all.left!, c.left);
    Object.assign(all.prior!, c.prior);
  }
  return sliceChange(all, (r) => (r as Rec).id as string);
}

describe('the commit writes its history already in slices', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it.each([
    ['a small import: one change set', 5, 0],
    ['new rows over two slices', 2 * SLICE + 5, 0],
    ['new and changed rows over several slices', SLICE + 3, SLICE + 7],
  ])('%s', async (_, fresh, changed) => {
    if (changed)
      await importRows(Array.from({ length: changed }, (_, i) => measure(i, `Gammal ${i}`, '2016-01-01T00:00:00Z')));
    const rows = [
      ...Array.from({ length: changed }, (_, i) => measure(i, `Ny ${i}`, '2017-01-01T00:00:00Z')),
      ...Array.from({ length: fresh }, (_, i) => measure(changed + i, `Rad ${i}`, '2016-01-01T00:00:00Z')),
    ];
    const { rec } = await importRows(rows);
    const stored = (await readChanges(rec.id)).map(({ key: _k, entry: _e, ...c }) => c);
    // Exactly what sliceChange would have stored for the whole change (same slices, same order).
    expect(stored).toEqual(expectedSlices(rec as unknown as { andringar: ChangeSet[] }));
    expect(stored.every((c) => c.added.length + c.overwritten.length <= SLICE)).toBe(true);
    expect(stored.reduce((n, c) => n + c.added.length, 0)).toBe(fresh);
    expect(stored.reduce((n, c) => n + c.overwritten.length, 0)).toBe(changed);
    // And undo still puts everything back.
    const report = await undoImport(rec.id);
    expect(report.restored).toBe(fresh + changed);
    expect(await T.measures.count()).toBe(changed);
    if (changed) expect((await T.measures.get('m0'))!).toMatchObject({ titel: 'Gammal 0' });
  });
});
