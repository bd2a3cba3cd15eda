/** Lanes and rows: one lane per municipality; overlapping bars of a lane stack in rows. Pure. */
import type { TimelineItem } from './items';

export interface Lane {
  id: string;
  label: string;
  top: number;
  height: number;
  rows: number;
}

export interface LaneOptions {
  rowHeight: number;
  /** Space at the top of each lane for milestones and events. */
  markRow: number;
  gap: number;
}

export const LANE_DEFAULTS: LaneOptions = { rowHeight: 18, markRow: 36, gap: 8 };

/**
 * Assign each measure a row in its lane (first row free at its start: greedy interval packing) and
 * lay the lanes out top to bottom in `order`. Lanes without items are kept: an empty lane says something.
 */
export function layoutLanes(
  items: TimelineItem[],
  order: { id: string; label: string }[],
  opts: LaneOptions = LANE_DEFAULTS,
): { lanes: Lane[]; height: number } {
  // Bars by lane, each lane sorted on its own (a few hundred bars, not 100 000 in one sort).
  const byLane = new Map<string, TimelineItem[]>();
  const marksByLane = new Map<string, TimelineItem[]>();
  for (const it of items) {
    const lists = it.kind === 'measure' ? byLane : marksByLane;
    const list = lists.get(it.lane);
    if (list) list.push(it);
    else lists.set(it.lane, [it]);
  }
  // The lane's mark row (milestones, events): each mark knows where the next one starts and the
  // previous one ends, so that a label stops before its neighbour instead of running over it.
  for (const marks of marksByLane.values()) {
    marks.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let end = -Infinity;
    marks.forEach((it, i) => {
      it.prev = end;
      it.next = i + 1 < marks.length ? Math.max(it.end, marks[i + 1].start) : Infinity;
      end = Math.max(end, it.end);
    });
  }
  const rowsOf = new Map<string, number>();
  for (const [lane, bars] of byLane) {
    bars.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const pack = new RowPacker();
    for (const it of bars) {
      const row = pack.place(it.start, it.end);
      it.row = row;
      it.next = Infinity;
      const prev = pack.last[row];
      it.prev = prev ? prev.end : -Infinity;
      if (prev) prev.next = it.start;
      pack.last[row] = it;
    }
    rowsOf.set(lane, pack.rows);
  }
  let top = 0;
  const lanes = order.map(({ id, label }) => {
    const rows = Math.max(1, rowsOf.get(id) ?? 0);
    const height = opts.markRow + rows * opts.rowHeight + opts.gap;
    const lane = { id, label, top, height, rows };
    top += height;
    return lane;
  });
  return { lanes, height: top };
}

/**
 * Greedy interval packing of one lane for bars in order of start: each bar takes the lowest row that
 * is free at its start (the row's last bar ended by then), or a new row. Busy rows wait in a heap by
 * their end, free rows in a heap by their number: a lane of 345 bars in 80 rows costs a few
 * comparisons per bar, not a scan of every row.
 */
export class RowPacker {
  /** Busy rows as [end, row], the earliest end on top. */
  private busy = new Heap<[number, number]>((a, b) => a[0] - b[0] || a[1] - b[1]);
  /** Rows free again, the lowest on top. */
  private free = new Heap<number>((a, b) => a - b);
  private count = 0;
  /** The last bar placed in each row. */
  last: (TimelineItem | undefined)[] = [];

  get rows(): number {
    return this.count;
  }

  /** The row of a bar from `start` to `end` (starts never decrease from one call to the next). */
  place(start: number, end: number): number {
    while (this.busy.size && this.busy.peek()![0] <= start) this.free.push(this.busy.pop()![1]);
    const row = this.free.size ? this.free.pop()! : this.count++;
    this.busy.push([end, row]);
    return row;
  }
}

/** A binary min-heap by `cmp`. */
class Heap<T> {
  private a: T[] = [];
  constructor(private readonly cmp: (x: T, y: T) => number) {}
  get size(): number {
    return this.a.length;
  }
  peek(): T | undefined {
    return this.a[0];
  }
  push(x: T): void {
    const a = this.a;
    let i = a.push(x) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.cmp(a[i], a[p]) >= 0) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.cmp(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.cmp(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
