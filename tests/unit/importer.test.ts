import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/db';
import { T } from './support/tables';
import { aPlan, TEST_TIME } from './support/records';
import { commitImport, readTables, undoImport } from '$lib/db/importer';
import { storedFor } from './support/stored';
import { planTable, type Rec } from '$lib/domain/merge';
import type { IndicatorValue, Plan } from '$lib/domain/model';

const plan = (id: string, titel: string, uppdaterad = TEST_TIME): Plan & Rec =>
  aPlan(id, { titel, uppdaterad }) as Plan & Rec;
const value = (kommunkod: string, varde: number): IndicatorValue & Rec =>
  ({ indikator: 'N1', kommunkod, period: '2015', varde, kalla: 'Kolada' }) as IndicatorValue & Rec;

async function importPlans(incoming: Rec[], strategy: 'newer' | 'mine' | 'theirs' = 'newer') {
  const stored = await storedFor('plans', incoming);
  return commitImport([planTable('plans', incoming, stored, strategy)], { fil: 'planer.csv', kalla: 'test' });
}

describe('import transaction, history and undo', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it('writes new and changed records and records the import with counts', async () => {
    await T.plans.bulkAdd([plan('a', 'Gammal A'), plan('b', 'B')]);
    const rec = await importPlans([plan('a', 'Ny A', '2017-01-01T00:00:00Z'), plan('b', 'B'), plan('c', 'C')]);
    expect(rec.antal).toEqual({ nya: 1, andrade: 1, oforandrade: 1, konflikter: 1 });
    expect((await T.plans.get('a'))!.titel).toBe('Ny A');
    expect(await T.plans.count()).toBe(3);
    expect(await db.imports.count()).toBe(1);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const rows = [plan('a', 'A'), plan('b', 'B')];
    await importPlans(rows);
    const before = await T.plans.toArray();
    const second = await importPlans(rows.map((r) => ({ ...r, uppdaterad: '2030-01-01T00:00:00Z' })));
    expect(second.antal).toEqual({ nya: 0, andrade: 0, oforandrade: 2, konflikter: 0 });
    expect(await T.plans.toArray()).toEqual(before);
  });

  it('undo restores exactly the previous records: added ones go, overwritten ones come back', async () => {
    await T.plans.bulkAdd([plan('a', 'Min A'), plan('b', 'Min B')]);
    const before = await T.plans.toArray();
    const rec = await importPlans([plan('a', 'Deras A', '2020-01-01T00:00:00Z'), plan('c', 'Ny C')], 'theirs');
    expect(await T.plans.count()).toBe(3);
    await undoImport(rec.id, '2026-01-01T00:00:00Z');
    expect(await T.plans.toArray()).toEqual(before);
    expect((await db.imports.get(rec.id))!.angrad).toBe('2026-01-01T00:00:00Z');
    // A second undo does nothing.
    await undoImport(rec.id);
    expect(await T.plans.toArray()).toEqual(before);
  });

  it('undo works for compound keys (indicator values)', async () => {
    await T.indicatorValues.add(value('1490', 1));
    const incoming = [value('1490', 2), value('1496', 3)];
    const rec = await commitImport(
      [planTable('indicatorValues', incoming, await storedFor('indicatorValues', incoming), 'theirs')],
      { fil: 'kolada.csv', kalla: 'Kolada' },
    );
    expect(await T.indicatorValues.count()).toBe(2);
    await undoImport(rec.id);
    expect(await T.indicatorValues.toArray()).toEqual([value('1490', 1)]);
  });

  it('a failure in the middle writes nothing at all, not even the history', async () => {
    await T.plans.add(plan('a', 'Min A'));
    const good = planTable('plans', [plan('b', 'B'), plan('c', 'C')], new Map(), 'newer');
    // A measure without a key makes bulkPut fail after the plans were written inside the transaction.
    const bad = planTable('measures', [{ titel: 'utan id' }], new Map(), 'newer');
    await expect(commitImport([good, bad], { fil: 'x', kalla: 'x' })).rejects.toThrow();
    expect(await T.plans.toArray()).toEqual([plan('a', 'Min A')]);
    expect(await T.measures.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('a large import with a bad row in the middle writes nothing', async () => {
    await T.plans.add(plan('keep', 'Min'));
    const rows: Rec[] = Array.from({ length: 1500 }, (_, i) => plan(`p${i}`, `P${i}`));
    rows.splice(1200, 0, { titel: 'utan id' });
    await expect(
      commitImport([planTable('plans', rows, new Map(), 'newer')], { fil: 'x', kalla: 'x' }),
    ).rejects.toThrow();
    expect(await T.plans.toArray()).toEqual([plan('keep', 'Min')]);
    expect(await db.imports.count()).toBe(0);
  });

  it('a failure after 1500 rows were written (the history entry) rolls all of them back', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    try {
      const first = Array.from({ length: 10 }, (_, i) => plan(`a${i}`, `A${i}`));
      await commitImport([planTable('plans', first, new Map(), 'newer')], {
        fil: 'x',
        kalla: 'x',
        tid: '2026-01-01T00:00:00.000Z',
      });
      const rows = Array.from({ length: 1500 }, (_, i) => plan(`p${i}`, `P${i}`));
      // Same time and same random part: the history id collides, so the last write of the transaction fails.
      await expect(
        commitImport([planTable('plans', rows, new Map(), 'newer')], {
          fil: 'y',
          kalla: 'y',
          tid: '2026-01-01T00:00:00.000Z',
        }),
      ).rejects.toThrow();
      expect(await T.plans.count()).toBe(10);
      expect(await db.imports.count()).toBe(1);
    } finally {
      random.mockRestore();
    }
  });

  it('a large import writes every row and live queries see it', async () => {
    const { liveQuery } = await import('dexie');
    const seen: number[] = [];
    const sub = liveQuery(() => T.plans.count()).subscribe((n) => seen.push(n));
    await new Promise((r) => setTimeout(r, 20));
    const rows = Array.from({ length: 2500 }, (_, i) => plan(`p${i}`, `P${i}`));
    await commitImport([planTable('plans', rows, new Map(), 'newer')], { fil: 'x', kalla: 'x' });
    for (let i = 0; i < 100 && seen[seen.length - 1] !== 2500; i++) await new Promise((r) => setTimeout(r, 10));
    sub.unsubscribe();
    expect(await T.plans.count()).toBe(2500);
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(2500);
    expect((await T.plans.get('p1234'))!.titel).toBe('P1234');
  });

  it('readTables reads every named table', async () => {
    await T.plans.add(plan('a', 'A'));
    const t = await readTables(['plans', 'themes']);
    expect(t.plans).toHaveLength(1);
    expect(t.themes).toHaveLength(13);
  });
});
