import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { getChunks, getChunksAhead, writeSet } from '$lib/db/store';
import { ChunkSet, fromStored, toStored, type Chunk, type StoredRow } from '$lib/db/chunks';
import { aPlan } from './support/records';

/** A row with an own `__proto__` property, as a structured clone or JSON.parse makes one. */
const protoRow = (): StoredRow => JSON.parse('{"id":"x","__proto__":{"a":1},"rev":2}') as StoredRow;

/** An array with a hole at 0 (a structured clone keeps the hole). */
const sparse = (): unknown[] => {
  const a: unknown[] = [];
  a[1] = 'x';
  return a;
};

const plan = (i: number, extra: Record<string, unknown> = {}): StoredRow => ({
  ...aPlan(`p${i}`, { titel: `Plan ${i}`, kommunkod: '1490' }),
  rev: i,
  ...extra,
});

/** Every row shape a person's data can take, as rows of one chunk. */
const shapes: [string, () => StoredRow[]][] = [
  ['no rows', () => []],
  ['one row', () => [plan(1)]],
  ['many rows of one shape (dictionaries)', () => Array.from({ length: 300 }, (_, i) => plan(i))],
  ['a missing field is not an undefined one', () => [plan(1), { ...plan(2), titel: undefined }, plan(3)]],
  ['missing fields, no rev', () => [{ id: 'a' }, { id: 'b', titel: 'B' }]],
  ['extra and unknown keys', () => [plan(1, { okänd: 'x', annan: { djup: [1, 2] } }), plan(2)]],
  ['the same fields in another order keep their order', () => [plan(1), { rev: 4, titel: 'T', id: 'p9' }]],
  ['an own __proto__ property', () => [protoRow(), plan(1), protoRow()]],
  [
    'arrays, empty arrays, sparse and shared-looking arrays',
    () => [plan(1, { teman: [] }), plan(2, { teman: ['a', 'b'] }), plan(3, { teman: sparse() })],
  ],
  [
    'empty strings, null, numbers, booleans',
    () => [plan(1, { titel: '', v: null, n: 0, ok: false }), plan(2, { n: -1.5, ok: true })],
  ],
  [
    'many rows with few distinct strings and a few odd ones',
    () =>
      Array.from({ length: 200 }, (_, i) =>
        i % 50 === 7 ? plan(i, { status: 7 }) : plan(i, { status: i % 2 ? 'pågår' : 'klar' }),
      ),
  ],
];

/** Keys in order and values, undefined and absent told apart. */
const exact = (rows: StoredRow[]) =>
  rows.map((r) => [Object.keys(r), Object.getPrototypeOf(r) === Object.prototype, Object.entries(r)]);

const chunk = (rows: StoredRow[], part = '1490'): Chunk => ({ key: `plans:${part}`, table: 'plans', part, rows });

describe('chunks are stored as columns: the same rows come back', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it.each(shapes)('%s: through a structured clone', (_, rows) => {
    const back = fromStored(structuredClone(toStored(chunk(rows())))).rows;
    expect(exact(back)).toEqual(exact(rows()));
    expect(back).toStrictEqual(rows());
  });

  it.each(shapes)('%s: read the same whether written as columns or as rows (older app)', async (_, rows) => {
    // The older app's shape, under another key: what it reads back is what the columns must read back.
    await db.chunks.bulkPut([chunk(rows(), '0180'), toStored(chunk(rows()))]);
    const stored = await db.chunks.get('plans:1490');
    expect(stored?.cols && !stored.rows).toBe(true);
    const [old, cols] = await getChunks(['plans:0180', 'plans:1490']);
    expect(exact(cols!.rows)).toEqual(exact(old!.rows));
    expect(cols!.rows).toStrictEqual(old!.rows);
    const ahead = await getChunksAhead(['plans:0180', 'plans:1490'], 1);
    expect(ahead.map((c) => c!.rows)).toStrictEqual([old!.rows, cols!.rows]);
  });

  it('writeSet writes columns; the rows, revisions included, read back as the set has them', async () => {
    await db.chunks.put(chunk([plan(1), plan(2, { okänd: 'x' })]));
    const set = new ChunkSet('plans', await getChunks(['plans:1490']));
    set.put({ ...aPlan('p3', { titel: 'Ny', kommunkod: '0180' }), extra: [1] });
    set.put({ ...aPlan('p1', { titel: 'Ändrad', kommunkod: '1490' }) });
    await writeSet(set, 1);
    const raw = await db.chunks.where('key').between('plans:', 'plans:\uffff').toArray();
    expect(raw.map((c) => [c.key, !!c.cols, !!c.rows])).toEqual([
      ['plans:0180', true, false],
      ['plans:1490', true, false],
    ]);
    const back = (await getChunks(['plans:1490', 'plans:0180'])).flatMap((c) => c!.rows);
    expect(back).toStrictEqual(set.rows());
    expect(back.map((r) => r.rev)).toEqual(set.rows().map((r) => r.rev));
  });

  it('a database with chunks written by the older app (rows) is read whole beside new ones', async () => {
    const old = [plan(1), { ...plan(2), titel: undefined }, protoRow()];
    await db.chunks.bulkPut([chunk(old), toStored(chunk([plan(5)], '0180'))]);
    const [a, b, missing] = await getChunks(['plans:1490', 'plans:0180', 'plans:9999']);
    expect(missing).toBeUndefined();
    expect(b!.rows).toStrictEqual([plan(5)]);
    expect(a!.rows.map((r) => r.rev)).toEqual([1, 2, 2]);
    expect(Object.hasOwn(a!.rows[2], '__proto__')).toBe(true);
  });
});
