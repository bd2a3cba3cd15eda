import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { getChunks, readRows } from '$lib/db/store';
import { commitImport, storedRows } from '$lib/db/importer';
import { storedFor } from './support/stored';
import { StalePreviewError } from '$lib/db/errors';
import { saveRecord } from '$lib/db/repos';
import { recordKey, type Rec } from '$lib/domain/merge';
import type { Plan } from '$lib/domain/model';
import { keyRecords, planInSlices } from '$lib/state/importPlan';
import { T } from './support/tables';
import { aPlan } from './support/records';

const plan = (id: string, titel: string, kommunkod = '1490'): Plan & Rec => aPlan(id, { titel, kommunkod });

const none = async () => {};

/** The preview as the import session computes it: keyed incoming, stored rows (read or live), plan in slices. */
async function preview(rows: Rec[], live?: Rec[]) {
  const keyed = await keyRecords('plans', rows, none);
  const stored = await storedRows('plans', keyed, none, live);
  return planInSlices('plans', keyed, stored, 'newer', '2026-11-24T00:00:00Z', none);
}

describe('storedRows: the stored rows an import would replace, read or taken from the live data', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
    await T.plans.bulkAdd([plan('a', 'A'), plan('b', 'B', '0180'), plan('c', 'C', '1401')]);
  });

  it.each([
    ['only the keys asked for, wherever they are stored', ['a', 'c', 'x'], ['a', 'c']],
    ['none', ['x'], []],
  ])('%s', async (_, keys, found) => {
    const set = new Set(keys);
    const read = await storedRows('plans', set, none);
    const live = await storedRows('plans', set, none, await readRows('plans'));
    expect([...read.keys()].sort()).toEqual(found);
    // The same rows either way, each with its revision.
    expect(live).toEqual(read);
    for (const r of read.values()) expect(r.rev).toBe(1);
  });

  it('storedFor: the stored rows with the keys of the incoming ones, as stored (with rev)', async () => {
    const [row] = (await storedRows('plans', new Set(['a']), none)).values();
    const viaStoredFor = await storedFor('plans', [plan('a', 'x'), plan('y', 'Y')]);
    expect([...viaStoredFor.keys()]).toEqual([recordKey('plans', plan('a', 'x'))]);
    expect(viaStoredFor.get(recordKey('plans', plan('a', 'x')))).toEqual(row);
    expect(row).toEqual({ ...plan('a', 'A'), rev: 1 });
  });

  it('a preview from the live data is re-checked by the commit: a later edit stops it, nothing written', async () => {
    const live = await readRows('plans');
    const p = await preview([{ ...plan('a', 'Deras'), uppdaterad: '2020-01-01T00:00:00Z' }, plan('n', 'Ny')], live);
    expect([p.add.length, p.update.length, p.unchanged]).toEqual([1, 1, 0]);
    const mine = (await T.plans.get('a')) as Rec;
    await saveRecord('plans', { ...(mine as Plan), titel: 'Handredigerad' }, mine as Plan);
    await expect(commitImport([p], { fil: 'x', kalla: 'x' })).rejects.toBeInstanceOf(StalePreviewError);
    expect(await T.plans.get('n')).toBeUndefined();
    expect((await T.plans.get('a'))!).toMatchObject({ titel: 'Handredigerad' });
  });

  it('an unchanged live preview commits the changed rows and records what they were', async () => {
    const live = await readRows('plans');
    const p = await preview([plan('a', 'A'), { ...plan('b', 'B2', '0180'), uppdaterad: '2020-01-01T00:00:00Z' }], live);
    expect([p.add.length, p.update.length, p.unchanged]).toEqual([0, 1, 1]);
    const rec = await commitImport([p], { fil: 'x', kalla: 'x' });
    expect(rec.antal).toEqual({ nya: 0, andrade: 1, oforandrade: 1, konflikter: 1 });
    expect((await T.plans.get('b'))!).toMatchObject({ titel: 'B2' });
    expect(await T.plans.rev('b')).toBe(2);
    expect(rec.andringar[0].overwritten).toEqual([plan('b', 'B', '0180')]);
  });
});

describe('reading chunks a few at a time', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });
  it.each([1, 24, 25, 60])('%i municipalities: every row, in chunk order', async (n) => {
    const codes = Array.from({ length: n }, (_, i) => String(1000 + i * 7));
    await T.plans.bulkAdd(codes.map((c) => plan(`p${c}`, `Plan ${c}`, c)));
    const keys = codes.map((c) => `plans:${c}`);
    const chunks = await getChunks([...keys, 'plans:9999']);
    expect(chunks.map((c) => c?.key)).toEqual([...keys, undefined]);
    expect((await readRows('plans')).map((r) => r.id)).toEqual(codes.map((c) => `p${c}`));
  });
});
