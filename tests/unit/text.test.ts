import { compareSv } from '$lib/domain/collate';
import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  byKey,
  exactKey,
  fold,
  nextSort,
  sortBy,
  smallest,
  sortRows,
  type SortValue,
} from '$lib/domain/text';

describe('fold: the one normalising function for names and headers', () => {
  it.each([
    ['  Planerat klart ', ' ', 'planerat klart'],
    ['Planerat klart', '_', 'planerat_klart'],
    ['planerat-klart', '_', 'planerat_klart'],
    ['PLANERAT__KLART', '_', 'planerat_klart'],
    ['\uFEFFKälla', '_', 'kalla'],
    ['Malung-Sälen', ' ', 'malung salen'],
    ['Malung\u2013Sälen', ' ', 'malung salen'],
    ['ÅÄÖ  éü', ' ', 'aao eu'],
    ['Högre är bättre', '_', 'hogre_ar_battre'],
    ['Håbo', ' ', 'habo'],
    [' - ', '_', ''],
    ['Sjuhärad', '-', 'sjuharad'],
  ])('fold(%j, %j) = %j', (input, sep, out) => expect(fold(input, sep)).toBe(out));
});

describe('exactKey: case-insensitive, diacritics kept', () => {
  it.each([
    ['Håbo', 'HÅBO', true],
    ['Håbo', 'håbo ', true],
    ['Håbo', 'Habo', false],
    ['Upplands-Bro', 'upplands bro', true],
    ['Ha\u030Abo', 'Håbo', true], // decomposed å (NFD) is the same letter
  ])('%j vs %j: same = %s', (a, b, same) => expect(exactKey(a) === exactKey(b)).toBe(same));
});

describe('sorting with Swedish collation', () => {
  it('å, ä, ö come after z; numbers by value; case does not matter', () => {
    const names = ['Örebro', 'Ale', 'Åre', 'Älvdalen', 'Zinkgruvan', 'ale 10', 'ale 2'];
    expect([...names].sort(compareSv)).toEqual(['Ale', 'ale 2', 'ale 10', 'Zinkgruvan', 'Åre', 'Älvdalen', 'Örebro']);
  });

  const rows: { v: SortValue }[] = [{ v: 'b' }, { v: '' }, { v: 'a' }, { v: null }, { v: 'Ö' }];
  it.each([
    ['asc', ['a', 'b', 'Ö', '', null]],
    ['desc', ['Ö', 'b', 'a', '', null]],
  ] as const)('text %s, empty values last', (dir, expected) => {
    expect([...rows].sort(sortBy((r) => r.v, dir)).map((r) => r.v)).toEqual(expected);
  });

  it.each([
    ['asc', [2, 10, 100, NaN]],
    ['desc', [100, 10, 2, NaN]],
  ] as const)('numbers %s by value, NaN last', (dir, expected) => {
    const nums = [10, NaN, 2, 100].map((v) => ({ v }));
    expect(nums.sort(sortBy((r) => r.v, dir)).map((r) => r.v)).toEqual(expected);
  });

  it('ties fall back to the second compare function', () => {
    const list = [
      { a: 1, b: 'y' },
      { a: 1, b: 'x' },
      { a: 0, b: 'z' },
    ];
    const byB = sortBy<{ a: number; b: string }>((r) => r.b);
    expect(list.sort(sortBy((r) => r.a, 'desc', byB)).map((r) => r.b)).toEqual(['x', 'y', 'z']);
  });

  it.each([
    [{ key: 'namn', ascending: true }, 'namn', true, { key: 'namn', ascending: false }],
    [{ key: 'namn', ascending: false }, 'namn', true, { key: 'namn', ascending: true }],
    [{ key: 'namn', ascending: false }, 'datum', true, { key: 'datum', ascending: true }],
    [{ key: 'namn', ascending: true }, 'antal', false, { key: 'antal', ascending: false }],
  ] as const)('nextSort(%j, %s, firstAscending %s) = %j', (current, key, first, next) =>
    expect(nextSort(current, key, first)).toEqual(next),
  );

  it.each([
    [{ key: 'namn', ascending: true }, 'namn', 'ascending'],
    [{ key: 'namn', ascending: false }, 'namn', 'descending'],
    [{ key: 'namn', ascending: false }, 'datum', 'none'],
  ] as const)('ariaSort(%j, %s) = %s', (current, key, value) => expect(ariaSort(current, key)).toBe(value));

  it.each([
    ['asc', true],
    ['desc', false],
  ] as const)('sortRows gives the order of sortBy (%s)', (dir, ascending) => {
    const list = ['b', '', 'Ö', 'a', null, 'a'].map((v, i) => ({ v, i }));
    type Row = (typeof list)[number];
    const byI = (a: Row, b: Row) => b.i - a.i;
    expect(sortRows(list, (r) => r.v, ascending, byI)).toEqual([...list].sort(sortBy((r: Row) => r.v, dir, byI)));
  });
});

describe('fold(h, "_") gives what the former header normalisation of csv.ts gave', () => {
  // The rule csv.ts's normalizeHeader and kolada.ts's normalize used before fold (kept here as the reference).
  const former = (h: string) =>
    h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[\s-]+/g, '_');
  it.each([
    'id',
    'kommunkod',
    ' Kommunkod ',
    'KOMMUNKOD',
    'Planerat klart',
    'planerat-klart',
    'Planerat  klart',
    'Källa',
    'Högre är bättre',
    '\uFEFFid',
    'Start date',
    'municipality_code',
    'KnKod',
    'Värde',
    'kpi',
    'gender',
    'Updated at',
  ])('%j', (h) => expect(fold(h, '_')).toBe(former(h)));

  it.each(['__proto__', 'constructor', 'plan__id', '_id', 'kalla_', ' Planerat klart - ', 'PLAN_ID', 'Ka\u0308lla'])(
    'with keepUnderscores, %j as the former rule (underscores and ends kept)',
    (h) => expect(fold(h, '_', { keepUnderscores: true })).toBe(former(h)),
  );

  it.each([
    ['__proto__', 'proto', '__proto__'],
    ['Planerat\u2014klart', 'planerat_klart', 'planerat_klart'],
    ['a _ b', 'a_b', 'a___b'],
  ])('%j: fold → %j, keepUnderscores → %j', (h, folded, kept) => {
    expect(fold(h, '_')).toBe(folded);
    expect(fold(h, '_', { keepUnderscores: true })).toBe(kept);
  });
});

describe('sortRows sorts by rank exactly as sortBy compares', () => {
  const texts: SortValue[] = ['Borås', 'borås', 'Åre', 'Ale', '', null, 'Öckerö', 'Ängelholm', 'Ale', undefined, 'ale'];
  const numbers: SortValue[] = [3, 10, 2, NaN, null, 3, -1, 0, undefined, 2.5];
  // Ids run against the row order, so ties by id and ties in row order differ.
  const table = (vals: readonly SortValue[]) =>
    Array.from({ length: 300 }, (_, i) => ({
      id: `r${String(999 - i).padStart(3, '0')}`,
      v: vals[(i * 7) % vals.length],
    }));
  type Row = ReturnType<typeof table>[number];
  const thens = {
    key: byKey((r: Row) => r.id),
    fn: (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    none: undefined,
  };
  it.each([
    ['text, ascending, ties by id (byKey)', texts, 'asc', 'key'],
    ['text, descending, ties by id (byKey)', texts, 'desc', 'key'],
    ['text, descending, ties by a compare function', texts, 'desc', 'fn'],
    ['text, ascending, ties keep their order', texts, 'asc', 'none'],
    ['numbers, descending, ties keep their order', numbers, 'desc', 'none'],
    ['numbers, ascending, ties by id (byKey)', numbers, 'asc', 'key'],
    ['numbers, ascending, ties by a compare function', numbers, 'asc', 'fn'],
    ['all empty', [null, '', undefined], 'asc', 'key'],
  ] as const)('%s', (_, vals, dir, how) => {
    const rows = table(vals);
    const then = thens[how];
    const expected = [...rows].sort(sortBy((r) => r.v, dir, then));
    const got = sortRows(rows, (r) => r.v, dir === 'asc', then);
    expect(got).toEqual(expected);
    if (how !== 'none') expect(got).not.toEqual([...rows].sort(sortBy((r) => r.v, dir)));
  });
});

describe('smallest: the first k in order, as sort + slice gives them', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const random = Array.from({ length: 300 }, (_, i) => ({ v: Math.floor(rnd() * 40), i }));
  type Row = (typeof random)[number];
  const byV = (a: Row, b: Row) => a.v - b.v;
  it.each<[string, Row[], number]>([
    ['random with ties (stable)', random, 25],
    ['ascending input', [...random].sort(byV), 10],
    ['descending input', [...random].sort(byV).reverse(), 10],
    ['k larger than the list', random.slice(0, 5), 9],
    ['k = 1', random, 1],
    ['many wanted (sorted whole)', Array.from({ length: 3000 }, (_, i) => ({ v: (i * 7919) % 50, i })), 2500],
    ['k = 0', random, 0],
    ['empty', [], 3],
  ])('%s', (_, rows, k) => {
    expect(smallest(rows, k, byV)).toEqual([...rows].sort(byV).slice(0, k));
  });
  it('with Swedish collation', () =>
    expect(smallest(['Öckerö', 'Ale', 'Åre', 'Borås', 'ale'], 3, compareSv)).toEqual(['Ale', 'ale', 'Borås']));
});
