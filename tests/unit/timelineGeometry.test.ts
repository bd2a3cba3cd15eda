import { describe, expect, it } from 'vitest';
import { datumMs, itemGeometry } from '$lib/viz/timeline/geometry';
import { LANE_DEFAULTS, type Lane } from '$lib/viz/timeline/layout';
import type { TimelineItem } from '$lib/viz/timeline/items';

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('datumMs: the first day of a chosen date of any precision', () => {
  it.each([
    ['2016-03-15', '2016-03-15'],
    ['2016-03', '2016-03-01'],
    ['2016', '2016-01-01'],
  ])('%s → %s', (datum, day) => expect(datumMs(datum)).toBe(utc(day)));
});

describe('itemGeometry', () => {
  const lanes = new Map<string, Lane>([['1490', { id: '1490', label: 'Borås', top: 100, height: 80, rows: 2 }]]);
  const g = itemGeometry((ms) => ms / 10, lanes, 28, 500, LANE_DEFAULTS);
  const it_ = (extra: Partial<TimelineItem>) =>
    ({
      lane: '1490',
      start: 1000,
      end: 2000,
      row: 1,
      precision: 'day',
      next: Infinity,
      prev: -Infinity,
      ...extra,
    }) as TimelineItem;

  it.each([
    ['x0', it_({}), 100],
    ['x1', it_({}), 200],
    ['limit (no next bar: the edge)', it_({}), 500],
    ['limit (the next bar)', it_({ next: 3000 }), 300],
    ['limit (beyond the edge)', it_({ next: 9000 }), 500],
    ['before (no previous bar)', it_({}), 0],
    ['before (the previous bar)', it_({ prev: 500 }), 50],
    ['barY (lane top + axis + mark row + row)', it_({}), 100 + 28 + 36 + 18],
    ['markY (a day: upper row)', it_({}), 100 + 28 + 10],
    ['markY (a month: lower row)', it_({ precision: 'month' }), 100 + 28 + 26],
  ] as const)('%s', (name, item, want) => {
    const f = name.split(' ')[0] as keyof typeof g;
    expect(g[f](item)).toBe(want);
  });
});
