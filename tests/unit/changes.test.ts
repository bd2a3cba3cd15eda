import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { isPacked, packChange, sliceChange, unpackChange, type ChangeSet } from '$lib/db/changes';
import { readable, readChanges, undoEntry } from '$lib/db/history';
import { commitImport } from '$lib/db/importer';
import { deleteRecord, saveRecordEdit } from '$lib/db/repos';
import { planTable, type Rec } from '$lib/domain/merge';
import type { Plan } from '$lib/domain/model';
import { storedFor } from './support/stored';
import { T } from './support/tables';
import { aMeasure, aPlan } from './support/records';

const idOf = (r: unknown) => (r as { id: string }).id;

describe('a change set packed for the history, and read back', () => {
  it.each<[string, ChangeSet, { left: unknown; prior: unknown }]>([
    ['nothing', { table: 'plans', added: [], overwritten: [], left: {}, prior: {} }, { left: 0, prior: 0 }],
    [
      'added keys, all left at revision 1: one number each',
      {
        table: 'plans',
        added: ['a', 'b', 'c'],
        overwritten: [],
        left: { a: 1, b: 1, c: 1 },
        prior: { a: 0, b: 0, c: 0 },
      },
      { left: 1, prior: 0 },
    ],
    [
      'overwritten records at different revisions: arrays, in key order',
      {
        table: 'plans',
        added: [],
        overwritten: [
          { id: 'a', titel: 'A' },
          { id: 'b', titel: 'B', teman: ['skola'] },
        ],
        left: { a: 4, b: 0 },
        prior: { a: 3, b: 7 },
      },
      { left: [4, 0], prior: [3, 7] },
    ],
    [
      'added and overwritten, records of two shapes, with parts',
      {
        table: 'measures',
        added: ['n'],
        overwritten: [
          { id: 'a', kommunkod: '1490', titel: 'A' },
          { titel: 'B', id: 'b', kommunkod: '0180' },
        ],
        left: { n: 1, a: 2, b: 5 },
        prior: { n: 0, a: 1, b: 4 },
        parts: ['1490', '0180'],
      },
      { left: [1, 2, 5], prior: [0, 1, 4] },
    ],
  ])('%s', (_, c, packed) => {
    const p = structuredClone(packChange(c, idOf));
    expect(isPacked(p)).toBe(true);
    expect({ left: p.left, prior: p.prior }).toEqual(packed);
    expect(p.over.n).toBe(c.overwritten.length);
    const back = unpackChange(p, idOf);
    expect(back).toStrictEqual(c);
    // The records come back with their keys in their order.
    expect(back.overwritten.map((r) => Object.keys(r as object))).toEqual(
      c.overwritten.map((r) => Object.keys(r as object)),
    );
  });

  it('a key without a revision reads back as unknown (-1), which undo treats the same', () => {
    const c: ChangeSet = { table: 'plans', added: ['a', 'b'], overwritten: [], left: { a: 2 }, prior: {} };
    expect(unpackChange(packChange(c, idOf), idOf)).toEqual({ ...c, left: { a: 2, b: -1 }, prior: { a: -1, b: -1 } });
  });

  it('a change set in the shape stored before (objects) reads back as it is', () => {
    const c = { table: 'plans', added: ['a'], overwritten: [{ id: 'b' }], left: { a: 1, b: 2 }, prior: { a: 0, b: 1 } };
    expect(isPacked(c)).toBe(false);
    expect(unpackChange(c, idOf)).toBe(c);
  });
});

const plan = (id: string, titel: string, uppdaterad = '2016-01-01T00:00:00Z'): Plan & Rec =>
  aPlan(id, { titel, uppdaterad }) as Plan & Rec;
const measure = (i: number, titel: string, uppdaterad: string): Rec =>
  aMeasure(`m${i}`, { kommunkod: ['1490', '0180', '1401'][i % 3], titel, uppdaterad }) as unknown as Rec;

async function importRows(table: 'plans' | 'measures', rows: Rec[], strategy: 'newer' | 'theirs' = 'newer') {
  const p = planTable(table, rows, await storedFor(table, rows), strategy);
  return commitImport([p], { fil: `${table}.csv`, kalla: 'test' });
}

/** Every stored change slice rewritten in the shape earlier versions stored (left, prior and records as objects). */
async function storeAsBefore(): Promise<void> {
  const all = await db.changes.toArray();
  await db.changes.bulkPut(all.map(readable));
  expect((await db.changes.toArray()).some(isPacked)).toBe(false);
}

const SHAPES: [string, boolean][] = [
  ['packed (as written now)', false],
  ['as stored before 2026-12-07 (objects)', true],
];

describe.each(SHAPES)('undo of entries stored %s', (_, before) => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it('an import of new and changed rows: undo puts back exactly what was there', async () => {
    await T.plans.bulkAdd([plan('a', 'Min A'), plan('b', 'Min B')]);
    const was = await T.plans.toArray();
    const rec = await importRows('plans', [plan('a', 'Deras A', '2020-01-01T00:00:00Z'), plan('c', 'Ny C')]);
    if (before) await storeAsBefore();
    const report = await undoEntry(rec.id);
    expect(report).toMatchObject({ restored: 2, changed: [] });
    expect(await T.plans.toArray()).toEqual(was);
  });

  it('an import over several slices: every row goes back', async () => {
    const n = 2100;
    await importRows(
      'measures',
      Array.from({ length: n }, (_, i) => measure(i, `Gammal ${i}`, '2016-01-01T00:00:00Z')),
    );
    const was = await T.measures.toArray();
    const rows = Array.from({ length: n + 50 }, (_, i) => measure(i, `Ny ${i}`, '2017-01-01T00:00:00Z'));
    const rec = await importRows('measures', rows);
    expect((await readChanges(rec.id)).length).toBeGreaterThan(2);
    if (before) await storeAsBefore();
    expect((await undoEntry(rec.id)).restored).toBe(n + 50);
    expect(await T.measures.toArray()).toEqual(was);
  });

  it('a row edited by hand since is kept, the rest goes back; forced, it goes back too', async () => {
    await T.plans.add(plan('a', 'Min A'));
    const rec = await importRows('plans', [plan('a', 'Deras A', '2020-01-01T00:00:00Z'), plan('c', 'Ny C')]);
    await saveRecordEdit('plans', { ...(await T.plans.get('a'))!, titel: 'Handredigerad' } as Rec);
    if (before) await storeAsBefore();
    const dry = await undoEntry(rec.id, { dryRun: true });
    expect(dry.changed.map((c) => [c.key, c.current?.titel])).toEqual([['a', 'Handredigerad']]);
    const report = await undoEntry(rec.id, { force: true });
    expect(report.restored).toBe(2);
    expect(await T.plans.toArray()).toEqual([plan('a', 'Min A')]);
  });

  it('two imports of one row: undoing the first keeps the second, then undoing the second goes back to the start', async () => {
    await T.plans.add(plan('a', 'Start'));
    const first = await importRows('plans', [plan('a', 'Ett', '2020-01-01T00:00:00Z')]);
    const second = await importRows('plans', [plan('a', 'Två', '2021-01-01T00:00:00Z')]);
    if (before) await storeAsBefore();
    const r1 = await undoEntry(first.id);
    expect(r1.changed.map((c) => c.key)).toEqual(['a']);
    expect((await T.plans.get('a'))!.titel).toBe('Två');
    // The second entry now goes back to what was there before the first.
    await undoEntry(second.id);
    expect(await T.plans.toArray()).toEqual([plan('a', 'Start')]);
  });

  it('hand edits (a save, then a delete) are undone one by one', async () => {
    await T.plans.add(plan('a', 'Min A'));
    const saved = await saveRecordEdit('plans', { ...plan('a', 'Ändrad') });
    const deleted = await deleteRecord('plans', 'a');
    if (before) await storeAsBefore();
    await undoEntry(deleted!.id);
    expect((await T.plans.get('a'))!.titel).toBe('Ändrad');
    await undoEntry(saved.edit!.id);
    expect(await T.plans.toArray()).toEqual([plan('a', 'Min A')]);
  });
});

describe('what is stored', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it('an import and a hand edit store their changes packed, and read back as the ChangeSets they were', async () => {
    await T.plans.add(plan('a', 'Min A'));
    const rec = await importRows('plans', [plan('a', 'Deras A', '2020-01-01T00:00:00Z'), plan('c', 'Ny C')]);
    const edit = await saveRecordEdit('plans', { ...(await T.plans.get('c'))!, titel: 'C2' } as Rec);
    expect((await db.changes.toArray()).every(isPacked)).toBe(true);
    expect((await readChanges(rec.id)).map(({ key: _k, entry: _e, ...c }) => c)).toEqual(
      sliceChange(rec.andringar[0], idOf),
    );
    expect(rec.andringar[0]).toMatchObject({
      added: ['c'],
      overwritten: [plan('a', 'Min A')],
      left: { c: 1, a: 2 },
      prior: { c: 0, a: 1 },
    });
    const [c] = await readChanges(edit.edit!.id);
    expect(c).toMatchObject({ added: [], overwritten: [plan('c', 'Ny C')], left: { c: 2 }, prior: { c: 1 } });
  });
});
