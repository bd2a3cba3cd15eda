import { describe, expect, it } from 'vitest';
import {
  contextWords,
  latestPeriods,
  median,
  valueInContext,
  valuesInContext,
  type InContext,
} from '$lib/domain/context';
import type { IndicatorValue } from '$lib/domain/model';

const value = (indikator: string, kommunkod: string, period: string, varde: number): IndicatorValue =>
  ({ indikator, kommunkod, period, varde, kalla: '' }) as IndicatorValue;

describe('median', () => {
  it.each([
    [[], undefined],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[Number.NaN, 1, 3], 2],
  ])('%j → %j', (xs, m) => expect(median(xs)).toBe(m));
});

// The group (a region of four): A 14, B 22, C 30, E without a value for 2023; outside it X 10, Y 20, Z 25.
const values = [
  value('N1', 'A', '2023', 14),
  value('N1', 'B', '2023', 22),
  value('N1', 'C', '2023', 30),
  value('N1', 'X', '2023', 10),
  value('N1', 'Y', '2023', 20),
  value('N1', 'Z', '2023', 25),
  // Another period and another indicator never enter 2023's N1 numbers.
  value('N1', 'E', '2022', 1),
  value('N1', 'A', '2022', 99),
  value('N2', 'E', '2023', 5),
  value('N1', 'D', '2023', Number.NaN),
];
const group = ['A', 'B', 'C', 'E'];
const lower = { id: 'N1', hogre_ar_battre: false };
const higher = { id: 'N1', hogre_ar_battre: true };

describe('valueInContext: the value, the group’s and Sweden’s medians of the same period, the rank', () => {
  // Group median of 14, 22, 30: 22. Sweden: 10 14 20 22 25 30 → (20 + 22) / 2 = 21.
  it.each([
    ['A', lower, { value: 14, rank: 1 }],
    ['B', lower, { value: 22, rank: 2 }],
    ['C', lower, { value: 30, rank: 3 }],
    ['A', higher, { value: 14, rank: 3 }],
    ['C', higher, { value: 30, rank: 1 }],
    ['E', lower, { value: null, rank: null }],
    // Outside the group: its rank is among the group's values (10 is better than all three).
    ['X', lower, { value: 10, rank: 1 }],
  ] as const)('%s (%o)', (k, indicator, own) => {
    expect(valueInContext({ indicator, period: '2023', values, group }, k)).toEqual({
      kommunkod: k,
      ...own,
      group: 22,
      sweden: 21,
      of: 3,
    });
  });

  it('equal values share a rank', () => {
    const tied = [value('N1', 'A', '2023', 5), value('N1', 'B', '2023', 5), value('N1', 'C', '2023', 9)];
    const m = valuesInContext({ indicator: lower, period: '2023', values: tied, group: ['A', 'B', 'C'] }, [
      'A',
      'B',
      'C',
    ]);
    expect([...m.values()].map((c) => c.rank)).toEqual([1, 1, 3]);
  });

  it('a period without values has no medians and no rank', () => {
    expect(valueInContext({ indicator: lower, period: '2030', values, group }, 'A')).toEqual({
      kommunkod: 'A',
      value: null,
      group: undefined,
      sweden: undefined,
      rank: null,
      of: 0,
    });
  });
});

describe('contextWords', () => {
  const labels = {
    number: (n: number) => `${n} %`,
    noValue: 'inget värde',
    group: (m: string) => `Sjuhärad ${m}`,
    sweden: (m: string) => `riket ${m}`,
    rank: (r: number, of: number) => `plats ${r} av ${of}`,
  };
  const c = (o: Partial<InContext>): InContext => ({
    kommunkod: 'A',
    value: 14,
    group: 22,
    sweden: 20,
    rank: 3,
    of: 8,
    ...o,
  });
  it.each([
    [c({}), '14 %, Sjuhärad 22 %, riket 20 %, plats 3 av 8'],
    [c({ value: null, rank: null }), 'inget värde, Sjuhärad 22 %, riket 20 %'],
    [
      c({ value: null, rank: null, group: undefined, sweden: undefined, of: 0 }),
      'inget värde, Sjuhärad inget värde, riket inget värde',
    ],
    [c({ value: 0, group: 0.5, rank: 1, of: 1 }), '0 %, Sjuhärad 0.5 %, riket 20 %, plats 1 av 1'],
  ])('%o → %s', (ctx, words) => expect(contextWords(ctx, labels)).toBe(words));
});

describe('latestPeriods: one period per indicator for the municipalities side by side', () => {
  const indicators = [{ id: 'N2' }, { id: 'N1' }, { id: 'N3' }];
  it.each([
    // A's latest N1 is 2023 (2022 older); E has N2 in 2023 and an older N1.
    [
      ['A', 'E'],
      [
        ['N2', '2023'],
        ['N1', '2023'],
      ],
    ],
    [
      ['E'],
      [
        ['N2', '2023'],
        ['N1', '2022'],
      ],
    ],
    // D's only value is not a number: no row.
    [['D'], []],
    [[], []],
  ] as const)('%j → %j', (codes, expected) => {
    expect(latestPeriods(codes, indicators, values).map((r) => [r.indicator.id, r.period])).toEqual(expected);
  });
});
