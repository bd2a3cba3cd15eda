import { describe, expect, it } from 'vitest';
import { ColumnWriter, compact, fromColumns, toColumns, withDictionaries } from '$lib/db/rowColumns';

type Row = Record<string, unknown>;

const measure = (i: number): Row => ({
  id: `m${i}`,
  kommunkod: '1490',
  titel: `Åtgärd ${i}`,
  teman: ['skola', 'halsa'],
  start: '2016-03',
  uppdaterad: '2016-01-01T00:00:00Z',
});

/** A row with an own `__proto__` property, as a structured clone or JSON.parse makes one. */
const protoRow = (): Row => JSON.parse('{"id":"x","__proto__":{"a":1}}') as Row;

/** What the commit worker gets: the rows as columns, through a structured clone, back as rows. */
const across = (rows: Row[]) => fromColumns(structuredClone(toColumns(rows)));

describe('rows as columns for the commit worker: the same rows come back', () => {
  it.each<[string, () => Row[]]>([
    ['no rows', () => []],
    ['one row', () => [measure(1)]],
    ['many rows of one shape', () => Array.from({ length: 50 }, (_, i) => measure(i))],
    ['an empty row among others', () => [measure(1), {}, measure(2)]],
    ['a missing field is not an undefined one', () => [measure(1), { ...measure(2), start: undefined }, measure(3)]],
    [
      'the same fields in another order keep their order',
      () => [measure(1), { uppdaterad: 'x', id: 'm2', kommunkod: '0180', titel: 'T', teman: [], start: '' }],
    ],
    [
      'shapes alternating',
      () => [measure(1), { id: 'p1', namn: 'P' }, measure(2), { id: 'p2', namn: 'Q' }, measure(3)],
    ],
    [
      'numbers, booleans, null, nested values and integer-like keys',
      () => [{ id: 'v', värde: 12.5, ok: true, saknas: null, extra: { a: [1, { b: 2 }] }, 2: 'två', 1: 'ett' }],
    ],
    ['an own __proto__ property', () => [protoRow(), protoRow()]],
    ['one shape, then another in the last row', () => [measure(1), measure(2), { ...measure(3), extra: 1 }]],
    ['one shape, a row with a key fewer in the middle', () => [measure(1), { id: 'm2' }, measure(3)]],
  ])('%s', (_, make) => {
    const rows = make();
    const back = across(rows);
    expect(back).toStrictEqual(structuredClone(rows));
    // Keys in the same order, none added, an absent key still absent.
    expect(back.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
    expect(back.map((r) => Object.getPrototypeOf(r))).toEqual(rows.map(() => Object.prototype));
  });

  it('appends to the rows it is given', () => {
    const into: Row[] = [measure(0)];
    fromColumns(toColumns([measure(1), measure(2)]), into);
    expect(into.map((r) => r.id)).toEqual(['m0', 'm1', 'm2']);
  });

  it('sends one array of values per field, not the rows, when they share one shape', () => {
    const c = toColumns([measure(1), measure(2)]);
    expect(c.shapes).toEqual([Object.keys(measure(1))]);
    expect(c.columns[0][0]).toEqual(['m1', 'm2']);
    expect(c.shapeOf).toBeUndefined();
  });
});

describe('columns of few distinct values as dictionaries (the history)', () => {
  /** n measures whose field `f` takes the values of `values` in turn. */
  const many = (n: number, f: string, values: unknown[]): Row[] =>
    Array.from({ length: n }, (_, i) => ({ ...measure(i), [f]: values[i % values.length] }));
  const stored = (rows: Row[]) => fromColumns(structuredClone(withDictionaries(toColumns(rows))));

  it.each<[string, () => Row[], string, boolean]>([
    ['repeated strings', () => many(100, 'start', ['2016-03', '2017-01', '']), 'start', true],
    [
      'repeated theme arrays',
      () => many(100, 'teman', [['skola'], ['skola', 'halsa'], [], ['halsa', 'skola']]),
      'teman',
      true,
    ],
    [
      'arrays that a joined string would confuse',
      () => many(100, 'teman', [['a,b'], ['a', 'b'], ['a\u0000b'], ['a', '', 'b']]),
      'teman',
      true,
    ],
    [
      'unique strings stay a plain column',
      () =>
        many(
          100,
          'titel',
          Array.from({ length: 100 }, (_, i) => `T${i}`),
        ),
      'titel',
      false,
    ],
    ['a number among strings stays a plain column', () => many(100, 'start', ['2016', 2016]), 'start', false],
    ['undefined among strings stays a plain column', () => many(100, 'start', ['2016', undefined]), 'start', false],
    ['null stays a plain column', () => many(100, 'start', [null]), 'start', false],
    ['an array of numbers stays a plain column', () => many(100, 'teman', [[1, 2]]), 'teman', false],
    [
      'a sparse array stays a plain column',
      () => many(100, 'teman', [Object.assign(['a'], { 2: 'b' })]),
      'teman',
      false,
    ],
    ['few rows stay plain columns', () => many(10, 'start', ['2016']), 'start', false],
  ])('%s', (_, make, field, dict) => {
    const rows = make();
    const c = withDictionaries(toColumns(rows));
    const col = c.columns[0][c.shapes[0].indexOf(field)];
    expect(Array.isArray(col)).toBe(!dict);
    const back = stored(rows);
    expect(back).toStrictEqual(structuredClone(rows));
    expect(back.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
  });

  it('rows read back never share an array', () => {
    const back = stored(many(100, 'teman', [['skola']]));
    (back[0].teman as string[]).push('halsa');
    expect(back[1].teman).toEqual(['skola']);
    expect(back[0].teman).not.toBe(back[1].teman);
  });

  it('rows of several shapes', () => {
    const rows = [
      ...many(80, 'start', ['a', 'b']),
      ...Array.from({ length: 80 }, (_, i) => ({ id: `p${i}`, namn: 'P' })),
    ];
    expect(stored(rows)).toStrictEqual(structuredClone(rows));
  });
});

describe('compact columns (the import worker sends its records so)', () => {
  /** n measures whose field `f` takes the values of `values` in turn. */
  const many = (n: number, f: string, values: unknown[]): Row[] =>
    Array.from({ length: n }, (_, i) => ({ ...measure(i), [f]: values[i % values.length] }));
  const sent = (rows: Row[]) => fromColumns(structuredClone(compact(toColumns(rows))));
  const unique = (n: number) => Array.from({ length: n }, (_, i) => `T${i}`);

  it.each<[string, () => Row[], string, 'list' | 'dict' | 'plain']>([
    [
      'lists of strings, empty ones too',
      () => many(10, 'teman', [['skola'], ['skola', 'halsa'], [], ['a,b', '', 'a\u0000b']]),
      'teman',
      'list',
    ],
    ['one row with a list', () => many(1, 'teman', [['skola']]), 'teman', 'list'],
    ['a list of numbers stays a plain column', () => many(10, 'teman', [['a'], [1, 2]]), 'teman', 'plain'],
    [
      'a list with a hole stays a plain column',
      () => many(10, 'teman', [['a'], Object.assign(['a'], { 2: 'b' })]),
      'teman',
      'plain',
    ],
    ['undefined among lists stays a plain column', () => many(10, 'teman', [['a'], undefined]), 'teman', 'plain'],
    ['a list among strings stays a plain column', () => many(100, 'teman', ['a', ['a']]), 'teman', 'plain'],
    ['a few distinct strings', () => many(100, 'status', ['planerad', 'pagaende', '', 'avslutad']), 'status', 'dict'],
    ['unique strings stay a plain column', () => many(100, 'titel', unique(100)), 'titel', 'plain'],
    [
      'few distinct strings at first, then many, stay a plain column',
      () => many(200, 'titel', [...Array<string>(64).fill('x'), ...unique(136)]),
      'titel',
      'plain',
    ],
    [
      'undefined among few strings stays a plain column',
      () => many(100, 'start', ['2016', undefined]),
      'start',
      'plain',
    ],
    ['a number among few strings stays a plain column', () => many(100, 'start', ['2016', 2016]), 'start', 'plain'],
    ['few rows stay plain columns', () => many(10, 'start', ['2016']), 'start', 'plain'],
  ])('%s', (_, make, field, kind) => {
    const rows = make();
    const c = compact(toColumns(rows));
    const col = c.columns[0][c.shapes[0].indexOf(field)];
    expect(Array.isArray(col) ? 'plain' : 'at' in col ? 'list' : 'dict').toBe(kind);
    const back = sent(rows);
    expect(back).toStrictEqual(structuredClone(rows));
    expect(back.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
  });

  it('rows of several shapes, each shape compacted', () => {
    const rows = [
      ...many(80, 'teman', [['a'], ['b', 'c']]),
      { id: 'p', namn: 'P', teman: ['x'] },
      ...many(20, 'status', ['planerad']),
    ];
    expect(sent(rows)).toStrictEqual(structuredClone(rows));
  });

  it('rows read back never share a list', () => {
    const back = sent(many(10, 'teman', [['skola']]));
    (back[0].teman as string[]).push('halsa');
    expect(back[1].teman).toEqual(['skola']);
  });

  it('rows read back never share a list whose strings are sent once', () => {
    const back = sent(many(100, 'teman', [['skola', 'halsa']]));
    (back[0].teman as string[]).push('x');
    expect(back[1].teman).toEqual(['skola', 'halsa']);
  });

  /** 290 codes in a fixed pseudo-random order, as a file for the whole country has them. */
  const codes = (n: number) => {
    let seed = 7;
    return Array.from({ length: n }, () => String(1000 + ((seed = (seed * 48271) % 2147483647) % 290)));
  };

  it.each<[string, () => Row[], string, string[] | null]>([
    [
      'lists of few distinct strings: each string once',
      () => many(100, 'teman', [['skola', 'halsa'], [], ['halsa']]),
      'teman',
      ['skola', 'halsa'],
    ],
    [
      'lists of strings that a joined string would confuse',
      () => many(100, 'teman', [['a,b'], ['a', 'b'], ['a\u0000b'], ['a', '', 'b']]),
      'teman',
      ['a,b', 'a', 'b', 'a\u0000b', ''],
    ],
    [
      'lists of every length',
      () =>
        many(100, 'teman', [[], ['a'], ['a', 'b'], ['c', 'b', 'a'], ['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a', 'a']]),
      'teman',
      ['a', 'b', 'c', 'd'],
    ],
    [
      'lists of unique strings: every string',
      () =>
        many(
          100,
          'teman',
          unique(100).map((s) => [s]),
        ),
      'teman',
      null,
    ],
    ['lists of few strings among few rows: every string', () => many(10, 'teman', [['skola']]), 'teman', null],
  ])('%s', (_, make, field, distinct) => {
    const rows = make();
    const c = compact(toColumns(rows));
    const col = c.columns[0][c.shapes[0].indexOf(field)] as { flat: string[]; ids?: Int32Array };
    expect(col.ids === undefined).toBe(distinct === null);
    if (distinct) expect(col.flat).toEqual(distinct);
    const back = sent(rows);
    expect(back).toStrictEqual(structuredClone(rows));
    expect(back.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
  });

  it.each<[string, string[], 'dict' | 'plain']>([
    ['290 municipality codes in random order over 2 500 rows', codes(2500), 'dict'],
    ['290 codes over 1 000 rows (more than a fourth distinct)', codes(1000), 'plain'],
    ['unique values', unique(2500), 'plain'],
  ])('a column of %s', (_, values, kind) => {
    const rows = many(values.length, 'kommunkod', values);
    const c = compact(toColumns(rows));
    const col = c.columns[0][c.shapes[0].indexOf('kommunkod')];
    expect(Array.isArray(col) ? 'plain' : 'dict').toBe(kind);
    expect(sent(rows)).toStrictEqual(structuredClone(rows));
  });
});

describe('strings of dictionaries shared across slices (Interned)', () => {
  const slice = (from: number, n: number, themes: string[]): Row[] =>
    Array.from({ length: n }, (_, i) => ({ ...measure(from + i), kommunkod: String(1400 + (i % 3)), teman: themes }));

  it.each<[string, Row[][], string[]]>([
    ['one slice', [slice(0, 100, ['skola'])], ['1400', '1401', '1402', '2016-03', '2016-01-01T00:00:00Z', 'skola']],
    [
      'three slices, a value new in the last',
      [slice(0, 100, ['skola']), slice(100, 100, ['skola']), slice(200, 100, ['skola', 'halsa'])],
      ['1400', '1401', '1402', '2016-03', '2016-01-01T00:00:00Z', 'skola', 'halsa'],
    ],
    ['slices too small for dictionaries: nothing kept', [slice(0, 10, ['skola']), slice(10, 10, ['skola'])], []],
  ])('%s', (_, slices, kept) => {
    const intern = new Map<string, string>();
    const into: Row[] = [];
    for (const rows of slices) fromColumns(structuredClone(compact(toColumns(rows))), into, intern);
    expect(into).toStrictEqual(structuredClone(slices.flat()));
    // The repeated values are kept once; the unique ones (ids, titles) never go through the map.
    expect([...intern.keys()].sort()).toEqual([...kept].sort());
  });
});

describe('a column writer that leaves out a key', () => {
  it('gives the rows without it, as they were otherwise', () => {
    const rows = [
      { ...measure(1), rev: 3 },
      { rev: 1, ...measure(2) },
      { id: 'p', rev: 2, namn: 'P' },
    ];
    const w = new ColumnWriter('rev');
    for (const r of rows) w.add(r);
    expect(fromColumns(w.done())).toStrictEqual(rows.map(({ rev: _r, ...r }) => r));
  });
});
