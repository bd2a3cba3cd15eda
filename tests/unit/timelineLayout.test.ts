import { describe, expect, it } from 'vitest';
import { layoutLanes, RowPacker } from '$lib/viz/timeline/layout';
import { equalArgs, memoLast } from '$lib/viz/timeline/memo';
import type { TimelineItem } from '$lib/viz/timeline/items';

const DAY = 86_400_000;
const bar = (id: string, lane: string, start: number, end: number): TimelineItem => ({
  id,
  recordId: id,
  lane,
  kind: 'measure',
  start,
  end,
  precision: 'day',
  from: '',
  to: '',
  label: id,
  colour: '',
  themes: [],
  sub: '',
  overdue: false,
  progress: null,
  row: 0,
  next: Infinity,

  prev: -Infinity,
});

/** The reference: lowest row whose last bar ended by the start (linear search), bars by start, longer first, then id. */
function reference(items: TimelineItem[]) {
  const rows = new Map<string, number[]>();
  const sorted = [...items].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const out = new Map<string, number>();
  for (const it of sorted) {
    const ends = rows.get(it.lane) ?? [];
    let row = ends.findIndex((e) => e <= it.start);
    if (row < 0) row = ends.length;
    ends[row] = it.end;
    rows.set(it.lane, ends);
    out.set(it.id, row);
  }
  return out;
}

function randomBars(n: number, lanes: number, seed: number): TimelineItem[] {
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: n }, (_, i) => {
    const start = Math.floor(rnd() * 60) * 30 * DAY;
    return bar(`b${i}`, `L${Math.floor(rnd() * lanes)}`, start, start + (1 + Math.floor(rnd() * 24)) * 30 * DAY);
  });
}

describe('layoutLanes at scale: the same rows as the linear reference', () => {
  it.each([
    [50, 1, 1],
    [2_000, 5, 7],
    [6_000, 290, 42],
    [20_000, 2, 11],
  ])('%i bars in %i lanes', (n, lanes, seed) => {
    const items = randomBars(n, lanes, seed);
    const expected = reference(items);
    const order = Array.from({ length: lanes }, (_, i) => ({ id: `L${i}`, label: `L${i}` }));
    const { lanes: laid } = layoutLanes(items, order);
    // Mismatches are collected and compared once: an expect per bar would be most of the test's time.
    const wrong = (test: (it: TimelineItem) => boolean) => items.filter((it) => !test(it)).map((it) => it.id);
    expect(wrong((it) => it.row === expected.get(it.id))).toEqual([]);
    const rowsPerLane = new Map<string, number>();
    for (const it of items) rowsPerLane.set(it.lane, Math.max(rowsPerLane.get(it.lane) ?? 0, it.row + 1));
    expect(laid.map((l) => l.rows)).toEqual(order.map((o) => Math.max(1, rowsPerLane.get(o.id) ?? 0)));
    // next/prev: the neighbours in the same row — the first start at or after the bar's end, the last end
    // at or before its start, searched in each row's sorted starts and ends (every bar ends after it
    // starts, so none is its own neighbour).
    const byRow = new Map<string, { starts: number[]; ends: number[] }>();
    expect(wrong((it) => it.end > it.start)).toEqual([]);
    for (const it of items) {
      const row = byRow.get(`${it.lane}/${it.row}`) ?? { starts: [], ends: [] };
      row.starts.push(it.start);
      row.ends.push(it.end);
      byRow.set(`${it.lane}/${it.row}`, row);
    }
    for (const row of byRow.values()) {
      row.starts.sort((a, b) => a - b);
      row.ends.sort((a, b) => a - b);
    }
    /** How many values of ascending `a` are below `x` (or at most `x`, with `orEqual`). */
    const countBelow = (a: number[], x: number, orEqual = false) => {
      let [lo, hi] = [0, a.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (a[mid] < x || (orEqual && a[mid] === x)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const neighbours = (it: TimelineItem) => {
      const { starts, ends } = byRow.get(`${it.lane}/${it.row}`)!;
      const after = countBelow(starts, it.end);
      const before = countBelow(ends, it.start, true) - 1;
      return { next: after < starts.length ? starts[after] : Infinity, prev: before >= 0 ? ends[before] : -Infinity };
    };
    expect(wrong((it) => it.next === neighbours(it).next)).toEqual([]);
    expect(wrong((it) => it.prev === neighbours(it).prev)).toEqual([]);
  });

  it('RowPacker: the lowest free row, a new one when all are busy', () => {
    const p = new RowPacker();
    expect([p.place(0, 10), p.place(0, 5), p.place(5, 8), p.place(9, 12), p.place(10, 11)]).toEqual([0, 1, 1, 1, 0]);
    expect(p.rows).toBe(2);
  });

  /** The packing by its definition: scan every row for the lowest whose last bar ended by the start. */
  function naiveRows(bars: [number, number][]): number[] {
    const ends: number[] = [];
    return bars.map(([start, end]) => {
      let row = ends.findIndex((e) => e <= start);
      if (row < 0) row = ends.push(end) - 1;
      else ends[row] = end;
      return row;
    });
  }

  it.each([
    ['few bars', 1, 20, 50],
    ['many overlapping (over 16 rows at once: the heaps grow)', 2, 2_000, 400],
    ['equal ends (ties go to the lower row)', 3, 500, 3],
    ['touching bars (a bar may start where another ends)', 4, 300, 1],
  ])('RowPacker: the same rows as a scan of every row, %s', (_, seed, n, maxLen) => {
    let x = seed;
    const rand = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const bars: [number, number][] = [];
    let start = 0;
    for (let i = 0; i < n; i++) {
      start += Math.floor(rand() * 3);
      bars.push([start, start + 1 + Math.floor(rand() * maxLen)]);
    }
    const p = new RowPacker();
    const rows = bars.map(([a, b]) => p.place(a, b));
    const expected = naiveRows(bars);
    expect(rows).toEqual(expected);
    expect(p.rows).toBe(Math.max(...expected) + 1);
  });
});

describe("the mark row: a milestone's label stops at the next mark of its lane", () => {
  const mark = (id: string, lane: string, start: number, end: number): TimelineItem => ({
    ...bar(id, lane, start, end),
    kind: 'milestone',
  });
  it.each<[string, TimelineItem[], Record<string, [number, number]>]>([
    [
      'three marks in order, given out of order',
      [mark('b', 'L', 30, 40), mark('a', 'L', 0, 10), mark('c', 'L', 60, 90)],
      { a: [-Infinity, 30], b: [10, 60], c: [40, Infinity] },
    ],
    [
      'overlapping marks: no room beyond the end',
      [mark('a', 'L', 0, 50), mark('b', 'L', 20, 30)],
      { a: [-Infinity, 50], b: [50, Infinity] },
    ],
    [
      'another lane is not a neighbour',
      [mark('a', 'L', 0, 10), mark('x', 'M', 20, 30)],
      { a: [-Infinity, Infinity], x: [-Infinity, Infinity] },
    ],
    ['bars do not count', [mark('a', 'L', 0, 10), bar('m', 'L', 15, 20)], { a: [-Infinity, Infinity] }],
  ])('%s', (_, items, expected) => {
    layoutLanes(items, [
      { id: 'L', label: 'L' },
      { id: 'M', label: 'M' },
    ]);
    for (const [id, [prev, next]] of Object.entries(expected)) {
      const it = items.find((x) => x.id === id)!;
      expect([it.prev, it.next]).toEqual([prev, next]);
    }
  });
});

describe('memoLast: one computation per change of the arguments', () => {
  const measures = [{ id: 'a' }];
  it.each([
    ['the same arrays', [measures, ['1490', '0180'], 'x'], [measures, ['1490', '0180'], 'x'], true],
    ['a new list of the same codes', [measures, ['1490']], [measures, ['1490'].slice()], true],
    ['another array of records', [measures], [[{ id: 'b' }]], false],
    ['another option', [{ theme: 'a', members: ['1'] }], [{ theme: 'b', members: ['1'] }], false],
    ['groups rebuilt with equal content', [[{ id: 'g', members: ['1'] }]], [[{ id: 'g', members: ['1'] }]], true],
    ['a Date is not a plain object', [new Date(1)], [new Date(1)], false],
  ])('%s', (_, a, b, same) => {
    expect(equalArgs(a, b, 4)).toBe(same);
    let calls = 0;
    const f = memoLast((...args: unknown[]) => ({ n: ++calls, args }));
    const r1 = f(...a);
    const r2 = f(...b);
    expect(r2 === r1).toBe(same);
    expect(calls).toBe(same ? 1 : 2);
  });

  // Depth 2, for functions of another memo's items: elements are compared by identity, never field by field.
  const items = [{ id: 'a', row: 0 }];
  it.each([
    ['the same items', [items, 'x'], [items, 'x'], true],
    ['a new array of the same item objects', [items, 'x'], [[...items], 'x'], true],
    ['new items with the same content', [items, 'x'], [[{ id: 'a', row: 0 }], 'x'], false],
    ['another word', [items, 'x'], [items, 'y'], false],
  ])('depth 2: %s', (_, a, b, same) => {
    let calls = 0;
    const f = memoLast((...args: unknown[]) => ({ n: ++calls, args }), 2);
    const r1 = f(...a);
    expect(f(...b) === r1).toBe(same);
    expect(calls).toBe(same ? 1 : 2);
  });
});
