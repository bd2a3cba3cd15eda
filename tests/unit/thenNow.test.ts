import { describe, expect, it } from 'vitest';
import { thenNowBars } from '$lib/viz/bars/thenNow';

const ORDER = ['planerad', 'pagaende', 'genomford', 'avbruten'];

describe('status then and now as stacked bars', () => {
  const rows = thenNowBars(
    [
      { kommunkod: '1490', then: { planerad: 3, pagaende: 1 }, now: { pagaende: 2, genomford: 2 } },
      { kommunkod: '1496', then: { okand: 1, planerad: 1 }, now: {} },
    ],
    ORDER,
  );
  it.each([
    // row, which, parts as [key, value, x, w] on a scale where the longest bar (4) is 1
    [
      0,
      'then',
      [
        ['planerad', 3, 0, 0.75],
        ['pagaende', 1, 0.75, 0.25],
      ],
    ],
    [
      0,
      'now',
      [
        ['pagaende', 2, 0, 0.5],
        ['genomford', 2, 0.5, 0.5],
      ],
    ],
    // A status outside the order comes after it; zeros and empty bars have no parts.
    [
      1,
      'then',
      [
        ['planerad', 1, 0, 0.25],
        ['okand', 1, 0.25, 0.25],
      ],
    ],
    [1, 'now', []],
  ] as const)('row %i %s', (i, which, want) =>
    expect(rows[i][which].map((p) => [p.key, p.value, p.x, p.w])).toEqual(want),
  );
  it.each([
    [0, 4, 4],
    [1, 2, 0],
  ])('row %i totals %i then and %i now', (i, then, now) =>
    expect([rows[i].totalThen, rows[i].totalNow]).toEqual([then, now]),
  );
  it('no rows, no bars; all zero, nothing drawn', () => {
    expect(thenNowBars([], ORDER)).toEqual([]);
    expect(thenNowBars([{ kommunkod: '1', then: { planerad: 0 }, now: {} }], ORDER)[0].then).toEqual([]);
  });
});
