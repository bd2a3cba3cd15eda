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
 * comparisons per bar, not a scan of every row. The heaps are typed arrays: no object per bar, which
 * keeps packing 100 000 bars cheap even before the engine has optimised it (a page's first visit).
 */
export class RowPacker {
  /** Busy rows: their ends and numbers, a min-heap by end (rows ending together are freed together). */
  private ends = new Float64Array(16);
  private busyRows = new Int32Array(16);
  private busyN = 0;
  /** Rows free again, a min-heap by number. */
  private freeRows = new Int32Array(16);
  private freeN = 0;
  private count = 0;
  /** The last bar placed in each row. */
  last: (TimelineItem | undefined)[] = [];

  get rows(): number {
    return this.count;
  }

  /** The row of a bar from `start` to `end` (starts never decrease from one call to the next). */
  place(start: number, end: number): number {
    while (this.busyN && this.ends[0] <= start) this.pushFree(this.popBusy());
    const row = this.freeN ? this.popFree() : this.count++;
    this.pushBusy(end, row);
    return row;
  }

  private swapBusy(i: number, j: number): void {
    const e = this.ends;
    const r = this.busyRows;
    const te = e[i];
    e[i] = e[j];
    e[j] = te;
    const tr = r[i];
    r[i] = r[j];
    r[j] = tr;
  }

  private pushBusy(end: number, row: number): void {
    if (this.busyN === this.ends.length) {
      this.ends = grow(this.ends, new Float64Array(this.busyN * 2));
      this.busyRows = grow(this.busyRows, new Int32Array(this.busyN * 2));
    }
    let i = this.busyN++;
    this.ends[i] = end;
    this.busyRows[i] = row;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.ends[p] <= this.ends[i]) break;
      this.swapBusy(i, p);
      i = p;
    }
  }

  private popBusy(): number {
    const top = this.busyRows[0];
    const n = --this.busyN;
    this.ends[0] = this.ends[n];
    this.busyRows[0] = this.busyRows[n];
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.ends[l] < this.ends[m]) m = l;
      if (r < n && this.ends[r] < this.ends[m]) m = r;
      if (m === i) break;
      this.swapBusy(i, m);
      i = m;
    }
    return top;
  }

  private pushFree(row: number): void {
    if (this.freeN === this.freeRows.length) this.freeRows = grow(this.freeRows, new Int32Array(this.freeN * 2));
    const a = this.freeRows;
    let i = this.freeN++;
    a[i] = row;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= a[i]) break;
      const t = a[p];
      a[p] = a[i];
      a[i] = t;
      i = p;
    }
  }

  private popFree(): number {
    const a = this.freeRows;
    const top = a[0];
    const n = --this.freeN;
    a[0] = a[n];
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && a[l] < a[m]) m = l;
      if (r < n && a[r] < a[m]) m = r;
      if (m === i) break;
      const t = a[m];
      a[m] = a[i];
      a[i] = t;
      i = m;
    }
    return top;
  }
}

/** `into` (twice the size) with the contents of `from`. */
function grow<T extends Float64Array | Int32Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
