import { describe, expect, it } from 'vitest';
import { ariaSort, byKey, nextSort, sortRows, type SortValue } from '$lib/ui/sortable';

describe('sortRows', () => {
  const rows = (vs: SortValue[]) => vs.map((v, i) => ({ id: `r${i}`, v }));
  it.each<[string, SortValue[], boolean, SortValue[]]>([
    [
      'Swedish collation, å ä ö after z',
      ['Örebro', 'Ale', 'Åmål', 'Ängelholm', 'Borås'],
      true,
      ['Ale', 'Borås', 'Åmål', 'Ängelholm', 'Örebro'],
    ],
    ['descending', ['b', 'a', 'c'], false, ['c', 'b', 'a']],
    ['numbers numerically', [10, 9, 100], true, [9, 10, 100]],
    ['NaN is empty: last', [2, NaN, 1], false, [2, 1, NaN]],
    ['booleans false first', [true, false], true, [false, true]],
    ['numeric text numerically', ['rad 10', 'rad 9'], true, ['rad 9', 'rad 10']],
    ['empty values last ascending', ['', 'b', null, 'a'], true, ['a', 'b', '', null]],
    ['empty values last descending too', ['', 'b', undefined, 'a'], false, ['b', 'a', '', undefined]],
    [
      'dates as canonical text, across precisions',
      ['2016-03', '2015', '2016-01-15'],
      true,
      ['2015', '2016-01-15', '2016-03'],
    ],
  ])('%s', (_, input, ascending, want) => {
    expect(
      sortRows(
        rows(input),
        (r) => r.v,
        ascending,
        byKey((r) => r.id),
      ).map((r) => r.v),
    ).toEqual(want);
  });

  it('ties by the tie key (ascending in both directions), and the input is not changed', () => {
    const input = [
      { id: 'b', v: 'x' },
      { id: 'a', v: 'x' },
      { id: 'c', v: 'w' },
    ];
    const copy = structuredClone(input);
    expect(
      sortRows(
        input,
        (r) => r.v,
        true,
        byKey((r) => r.id),
      ).map((r) => r.id),
    ).toEqual(['c', 'a', 'b']);
    expect(
      sortRows(
        input,
        (r) => r.v,
        false,
        byKey((r) => r.id),
      ).map((r) => r.id),
    ).toEqual(['a', 'b', 'c']);
    expect(input).toEqual(copy);
  });
});

describe('sortRows with a limit', () => {
  // 500 rows in 7 groups with ties, some empty values: every prefix equals the full sort's prefix.
  const many = Array.from({ length: 500 }, (_, i) => ({
    id: `r${String((i * 7919) % 500).padStart(3, '0')}`,
    v: i % 11 === 0 ? '' : `grupp ${(i * 31) % 7}`,
  }));
  const tie = byKey((r: { id: string }) => r.id);
  const plainTie = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  it.each<[string, boolean, number, boolean]>([
    ['first page ascending', true, 100, true],
    ['first page descending', false, 100, true],
    ['inside the first group', true, 3, true],
    ['a plain comparator as tie-break', true, 120, false],
    ['reaching into the empty values', true, 480, true],
    ['nothing', true, 0, true],
    ['more than there are rows', false, 1000, true],
  ])('%s', (_, ascending, limit, keyed) => {
    const then = keyed ? tie : plainTie;
    const full = sortRows(many, (r) => r.v, ascending, then);
    const part = sortRows(many, (r) => r.v, ascending, then, limit);
    expect(part.length).toBe(Math.min(limit, many.length));
    expect(part.map((r) => r.id)).toEqual(full.slice(0, limit).map((r) => r.id));
  });

  it('orders only the ties it returns: a tie-break of a later group is never called', () => {
    const rows = [
      { id: 'b', v: 'x' },
      { id: 'a', v: 'x' },
      { id: 'd', v: 'y' },
      { id: 'c', v: 'y' },
    ];
    const seen = new Set<string>();
    const then = byKey((r: { id: string; v: string }) => {
      seen.add(r.v);
      return r.id;
    });
    expect(sortRows(rows, (r) => r.v, true, then, 2).map((r) => r.id)).toEqual(['a', 'b']);
    expect([...seen]).toEqual(['x']);
  });
});

describe('nextSort and ariaSort', () => {
  it.each([
    [{ key: 'a', ascending: true }, 'a', true, { key: 'a', ascending: false }],
    [{ key: 'a', ascending: false }, 'a', true, { key: 'a', ascending: true }],
    [{ key: 'a', ascending: true }, 'b', true, { key: 'b', ascending: true }],
    [{ key: 'a', ascending: true }, 'b', false, { key: 'b', ascending: false }],
  ])('%o + click %s', (cur, key, first, want) => expect(nextSort(cur, key, first)).toEqual(want));

  it.each([
    ['a', 'ascending'],
    ['b', 'none'],
  ])('aria-sort of %s', (key, want) => expect(ariaSort({ key: 'a', ascending: true }, key)).toBe(want));
});
