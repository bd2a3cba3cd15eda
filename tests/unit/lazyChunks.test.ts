import { describe, expect, it } from 'vitest';
import {
  ColumnsAt,
  ColumnWriter,
  compact,
  fromColumns,
  toColumns,
  withDictionaries,
  type RowColumns,
} from '$lib/db/rowColumns';
import {
  ChunkSet,
  fromStored,
  restoreChunk,
  toStored,
  type Chunk,
  type StoredChunk,
  type StoredRow,
} from '$lib/db/chunks';
import { emptyRecord } from '$lib/domain/entities';
import type { RecordTable } from '$lib/db/chunks';
import { aMeasure } from './support/records';

type Row = Record<string, unknown>;

/** An array with a hole at 0 (a structured clone keeps the hole). */
const sparse = (): unknown[] => {
  const a: unknown[] = [];
  a[1] = 'x';
  return a;
};

const measure = (i: number, extra: Row = {}): StoredRow => ({
  ...aMeasure(`m${i}`, { titel: `Åtgärd ${i}`, teman: i % 3 ? ['skola'] : ['skola', 'halsa'] }),
  rev: 1 + (i % 4),
  ...extra,
});

/** A row with an own `__proto__` property, as a structured clone or JSON.parse makes one. */
const protoRow = (): Row => JSON.parse('{"id":"x","__proto__":{"a":1},"rev":2}') as Row;

/** Rows of every shape the columns take (one shape, several, dictionaries, lists, odd keys). */
const rowSets: [string, () => Row[]][] = [
  ['no rows', () => []],
  ['one row', () => [measure(1)]],
  ['many rows of one shape (dictionaries)', () => Array.from({ length: 150 }, (_, i) => measure(i))],
  [
    'several shapes, interleaved',
    () => Array.from({ length: 140 }, (_, i) => (i % 3 ? measure(i) : { id: `p${i}`, namn: 'P', rev: 2 })),
  ],
  ['no revision', () => [{ id: 'a', titel: 'A' }, { id: 'b' }]],
  [
    'a key like an array index comes first in a built row',
    () => [
      { id: 'a', 7: 'sju', rev: 3 },
      { id: 'b', 7: 'x' },
    ],
  ],
  ['an own __proto__ property', () => [protoRow(), measure(1), protoRow()]],
  [
    'undefined, null, numbers, empty and sparse arrays',
    () => [measure(1, { titel: undefined, n: 0, v: null }), measure(2, { teman: [] }), measure(3, { teman: sparse() })],
  ],
];

/** Columns as a chunk stores them (dictionaries) and as the commit's wire sends them (compact), through a clone. */
const encodings: [string, (rows: Row[]) => RowColumns][] = [
  ['stored', (rows) => structuredClone(withDictionaries(toColumns(rows)))],
  ['compact', (rows) => structuredClone(compact(toColumns(rows)))],
];

const cases = rowSets.flatMap(([name, rows]) =>
  encodings.map(([enc, encode]) => [`${name} (${enc})`, rows, encode] as const),
);

/** Keys in order and values, undefined and absent told apart. */
const exact = (rows: Row[]) =>
  rows.map((r) => [Object.keys(r), Object.getPrototypeOf(r) === Object.prototype, Object.entries(r)]);

describe('a row of stored columns read alone: as fromColumns builds it', () => {
  it.each(cases)('%s', (_, rows, encode) => {
    const cols = encode(rows());
    const all = fromColumns(cols);
    const at = new ColumnsAt(cols);
    const keys = new Set(all.flatMap((r) => Object.keys(r)));
    keys.add('absent');
    all.forEach((r, i) => {
      expect(exact([at.row(i)])).toEqual(exact([r]));
      for (const k of keys) expect(at.value(i, k)).toStrictEqual(Object.hasOwn(r, k) ? r[k] : undefined);
    });
    for (const k of keys) expect(at.values(k)).toStrictEqual(all.map((r) => (Object.hasOwn(r, k) ? r[k] : undefined)));
  });
});

describe('a row of stored columns added to a writer without building it: as adding the built row', () => {
  it.each(
    cases.flatMap(([name, rows, encode]) => [undefined, 'rev'].map((skip) => [name, skip, rows, encode] as const)),
  )('%s, leaving out %s', (_, skip, rows, encode) => {
    const cols = encode(rows());
    const at = new ColumnsAt(cols);
    // Every row, then every other row backwards, then one added both ways in turn (shapes met again).
    const order = [...Array(cols.n).keys(), ...[...Array(cols.n).keys()].filter((i) => i % 2).reverse()];
    const built = new ColumnWriter(skip);
    const copied = new ColumnWriter(skip);
    for (const i of order) {
      built.add(at.row(i));
      copied.addFrom(at, i);
    }
    if (cols.n) {
      built.add(at.row(0)).add(at.row(cols.n - 1));
      copied.add(at.row(0)).addFrom(at, cols.n - 1);
    }
    const a = built.done();
    const b = copied.done();
    expect(b).toStrictEqual(a);
    expect(exact(fromColumns(b))).toEqual(exact(fromColumns(a)));
    // Lists are the writer's own, not the stored columns' (a built row holds copies).
    const lists = (c: RowColumns) => c.columns.flat().flatMap((col) => (Array.isArray(col) ? col : []));
    const stored = new Set(cols.columns.flat().flatMap((col) => ('d' in col && !Array.isArray(col) ? col.d : [])));
    for (const v of lists(b)) if (Array.isArray(v)) expect(stored.has(v)).toBe(false);
  });
});

/** Measures of two municipalities, stored as the app stores them (columns) or as the older app (rows). */
const stored = (table: RecordTable, chunks: [string, StoredRow[]][], old = false): StoredChunk[] =>
  chunks.map(([part, rows]) => {
    const c: Chunk = { key: `${table}:${part}`, table, part, rows };
    return structuredClone(old ? c : toStored(c));
  });

const measures = (from: number, n: number, kommunkod: string, extra: Row = {}) =>
  Array.from({ length: n }, (_, i) => measure(from + i, { kommunkod, ...extra }));

const value = (kpi: string, kommunkod: string, period: string, rev: number): StoredRow => ({
  ...emptyRecord('indicatorValues'),
  indikator: kpi,
  kommunkod,
  period,
  varde: 1,
  rev,
});

/** What a set is asked, in turn: everything it answers is recorded. */
type Op = ['get', string] | ['keepIn', string] | ['put', Row, boolean] | ['delete', string];

const scenarios: [string, RecordTable, () => StoredChunk[], Op[]][] = [
  [
    'every stored row overwritten (the changed re-import)',
    'measures',
    () =>
      stored('measures', [
        ['1490', measures(0, 100, '1490')],
        ['0180', measures(100, 80, '0180')],
      ]),
    [
      ...Array.from({ length: 180 }, (_, i): Op => ['keepIn', `m${(i * 37) % 180}`]),
      ...Array.from({ length: 180 }, (_, i): Op => ['put', measure(i, { kommunkod: i < 100 ? '1490' : '0180' }), true]),
    ],
  ],
  [
    'some rows kept, some moved to another municipality, some new, one absent',
    'measures',
    () =>
      stored('measures', [
        ['1490', measures(0, 90, '1490')],
        ['0180', measures(90, 90, '0180')],
      ]),
    [
      ['keepIn', 'm5'],
      ['keepIn', 'm95'],
      ['keepIn', 'saknas'],
      ['put', measure(5, { kommunkod: '0180', titel: 'Flyttad' }), true],
      ['put', measure(95, { titel: 'Ändrad' }), false],
      ['put', measure(500, { kommunkod: '1401' }), true],
      ['get', 'm7'],
      ['get', 'saknas'],
    ],
  ],
  [
    'rows deleted, the last one among them, then rows read and written',
    'measures',
    () => stored('measures', [['1490', measures(0, 70, '1490')]]),
    [
      ['delete', 'm69'],
      ['delete', 'm3'],
      ['delete', 'saknas'],
      ['get', 'm68'],
      ['keepIn', 'm10'],
      ['put', measure(10, { titel: 'Ny' }), true],
      ['delete', 'm10'],
    ],
  ],
  [
    'rows stored before a field existed (restored, as a read restores them)',
    'measures',
    () => stored('measures', [['1490', measures(0, 70, '1490').map(({ teman: _t, ...r }) => r)]]),
    [
      ['keepIn', 'm1'],
      ['get', 'm2'],
      ['put', measure(3), true],
    ],
  ],
  [
    'chunks written by the older app (rows)',
    'measures',
    () => stored('measures', [['1490', measures(0, 70, '1490')]], true),
    [
      ['keepIn', 'm1'],
      ['put', measure(1, { titel: 'Ny' }), true],
    ],
  ],
  [
    'a compound key (indicator, municipality, period), a row without revision',
    'indicatorValues',
    () =>
      stored('indicatorValues', [
        [
          '1490',
          [
            ...Array.from({ length: 80 }, (_, i) => value(`N${i % 4}`, '1490', String(2000 + i), 1 + (i % 3))),
            (({ rev: _r, ...r }) => r)(value('N9', '1490', '2020', 0)),
          ],
        ],
      ]),
    [
      ['keepIn', JSON.stringify(['N1', '1490', '2001'])],
      ['keepIn', JSON.stringify(['N9', '1490', '2020'])],
      ['put', value('N1', '1490', '2001', 0), false],
      ['get', JSON.stringify(['N2', '1490', '2002'])],
    ],
  ],
];

/** Everything a set answers to `ops`, then what it writes. */
function run(set: ChunkSet, ops: Op[]) {
  const w = new ColumnWriter('rev');
  const answers = ops.map(([op, a, owned]) => {
    if (op === 'get') return set.get(a as string);
    if (op === 'keepIn') return set.keepIn(a as string, w);
    if (op === 'put') return set.put(structuredClone(a as Row), owned as boolean);
    return set.delete(a as string);
  });
  const { put, del } = set.changes();
  const cols = w.done();
  return { answers, cols, kept: fromColumns(cols), put, del, rows: set.rows() };
}

describe('a chunk set over stored columns answers as one over the rows they hold', () => {
  it.each(scenarios)('%s', (_, table, chunks, ops) => {
    const eager = new ChunkSet(
      table,
      chunks().map((s) => restoreChunk(fromStored(s))),
    );
    const lazy = new ChunkSet(table, []).addStored(chunks());
    const a = run(eager, ops);
    const b = run(lazy, ops);
    expect(b.answers).toStrictEqual(a.answers);
    expect(exact(b.kept)).toEqual(exact(a.kept));
    expect(b.cols).toStrictEqual(a.cols);
    expect(b.put).toStrictEqual(a.put);
    expect(b.del).toEqual(a.del);
    expect(exact(b.rows)).toEqual(exact(a.rows));
  });

  it('a chunk whose every row is overwritten holds the rows put, not rows built in their place', () => {
    const set = new ChunkSet('measures', []).addStored(stored('measures', [['1490', measures(0, 100, '1490')]]));
    const w = new ColumnWriter('rev');
    const revs = Array.from({ length: 100 }, (_, i) => set.keepIn(`m${i}`, w));
    expect(revs).toEqual(Array.from({ length: 100 }, (_, i) => 1 + (i % 4)));
    const fresh = measures(0, 100, '1490', { titel: 'Ny' }).map(({ rev: _r, ...r }) => r);
    fresh.forEach((r) => set.put(r, true));
    // The chunk written holds the very rows put (no stored row was built in their place).
    const [c] = set.changes().put;
    expect(c.rows.every((r, i) => r === fresh[i])).toBe(true);
    expect(fromColumns(w.done())).toStrictEqual(measures(0, 100, '1490').map(({ rev: _r, ...r }) => r));
  });
});
