import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { T } from './support/tables';
import { aMeasure } from './support/records';
import { commitImport, undoImport } from '$lib/db/importer';
import { storedFor } from './support/stored';
import { StalePreviewError } from '$lib/db/errors';
import { planTable, type Rec, type TablePlan } from '$lib/domain/merge';
import type { Measure } from '$lib/domain/model';

// Rows removed in a collection answer, chosen for deletion: part of the import's one commit and undone with it.
const measure = (id: string, titel: string): Measure & Rec => aMeasure(id, { titel }) as Measure & Rec;

async function importWithRemoval(incoming: Rec[], remove: Rec[]) {
  const plan = planTable('measures', incoming, await storedFor('measures', incoming), 'newer');
  return commitImport([{ ...plan, remove } as TablePlan], { fil: 'svar.xlsx', kalla: 'test' });
}

describe('an import that deletes the rows an answer removed', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it.each([
    ['one removed, one new', ['a', 'b'], ['b'], ['a', 'c']],
    ['nothing removed', ['a', 'b'], [], ['a', 'b', 'c']],
    ['both old ones removed', ['a', 'b'], ['a', 'b'], ['c']],
  ])('%s: deleted with the import, back after undo', async (_n, start, gone, after) => {
    await T.measures.bulkAdd(start.map((id) => measure(id, id.toUpperCase())));
    const before = await T.measures.toArray();
    const stored = await T.measures.stored();
    const remove = stored.filter((r) => gone.includes(String(r.id)));
    const rec = await importWithRemoval([measure('c', 'C')], remove);
    expect((await T.measures.toArray()).map((r) => r.id)).toEqual(after);
    await undoImport(rec.id, '2026-01-01T00:00:00Z');
    expect(await T.measures.toArray()).toEqual(before);
  });

  it('a row changed since the preview is not deleted, and nothing of the import is written', async () => {
    await T.measures.bulkAdd([measure('a', 'A'), measure('b', 'B')]);
    const remove = (await T.measures.stored()).filter((r) => r.id === 'b');
    await T.measures.update('b', { titel: 'B ändrad i en annan flik' });
    await expect(importWithRemoval([measure('c', 'C')], remove)).rejects.toBeInstanceOf(StalePreviewError);
    expect((await T.measures.toArray()).map((r) => [r.id, r.titel])).toEqual([
      ['a', 'A'],
      ['b', 'B ändrad i en annan flik'],
    ]);
    expect(await db.imports.count()).toBe(0);
  });
});
