import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { T } from './support/tables';
import { aMeasure } from './support/records';
import { commitImport, undoImport } from '$lib/db/importer';
import { storedFor } from './support/stored';
import { StalePreviewError } from '$lib/db/errors';
import { planTable, recordKey, type Rec, type TablePlan } from '$lib/domain/merge';
import { commitOnPage } from '$lib/db/commitChannel';
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

// Issue 22: the rows of a collection answer are checked again where they are written (db/importer):
// inside the transaction, a row and the stored record it replaces must be the answer's municipality's.
describe('the commit checks an answer’s rows again inside its transaction', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
    await T.measures.bulkAdd([
      aMeasure('bor', { kommunkod: '1490', titel: 'Borås' }) as Measure & Rec,
      aMeasure('hed', { kommunkod: '2083', titel: 'Hedemora' }) as Measure & Rec,
    ]);
  });

  const owned = (rows: Rec[], kommunkod = '1490') => ({
    measures: new Map(rows.map((r) => [recordKey('measures', r), kommunkod])),
  });
  const row = (id: string, kommunkod: string) =>
    aMeasure(id, { kommunkod, titel: `Ny ${id}`, uppdaterad: '2030-01-01T00:00:00Z' }) as Measure & Rec;

  it.each([
    ['written: its own stored record and a new row of its own', [row('bor', '1490'), row('ny', '1490')], true],
    ['refused: a row of another municipality', [row('ny', '1452')], false],
    ['refused: a stored Hedemora record, the row saying Hedemora', [row('hed', '2083')], false],
    ['refused: a stored Hedemora record, the row saying Borås', [row('hed', '1490')], false],
  ])('%s', async (_n, incoming, ok) => {
    const before = await T.measures.stored();
    // 'theirs' takes even a record of another municipality: only the answer's check stands in the way.
    const plan = planTable('measures', incoming, await storedFor('measures', incoming), 'theirs');
    expect(plan.add.length + plan.update.length).toBe(incoming.length);
    const info = { fil: 'svar.xlsx', kalla: 'test', owners: owned(incoming) };
    if (ok) {
      await commitImport([plan], info);
      expect((await T.measures.toArray()).filter((r) => r.titel.startsWith('Ny'))).toHaveLength(incoming.length);
      return;
    }
    // On the page without a worker (commitOnPage) and as the worker writes it (commitImport: the same writeImport).
    for (const commit of [() => commitImport([plan], info), () => commitOnPage([plan], info)]) {
      await expect(commit()).rejects.toBeInstanceOf(StalePreviewError);
      expect(await T.measures.stored()).toEqual(before);
      expect(await db.imports.count()).toBe(0);
    }
  });

  it('without owners (an ordinary import) "theirs" may still move a record to another municipality', async () => {
    const incoming = [row('hed', '1490')];
    const plan = planTable('measures', incoming, await storedFor('measures', incoming), 'theirs');
    await commitImport([plan], { fil: 'hedemora.csv', kalla: 'test' });
    expect((await T.measures.toArray()).find((r) => r.id === 'hed')?.kommunkod).toBe('1490');
  });
});
