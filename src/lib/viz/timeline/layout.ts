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
  const packs = new Map<string, RowPacker>();
  const bars = items
    .filter((i) => i.kind === 'measure')
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const it of bars) {
    let pack = packs.get(it.lane);
    if (!pack) packs.set(it.lane, (pack = new RowPacker()));
    const row = pack.place(it.start, it.end);
    it.row = row;
    it.next = Infinity;
    const prev = pack.last[row];
    it.prev = prev ? prev.end : -Infinity;
    if (prev) prev.next = it.start;
    pack.last[row] = it;
  }
  let top = 0;
  const lanes = order.map(({ id, label }) => {
    const rows = Math.max(1, packs.get(id)?.rows ?? 0);
    const height = opts.markRow + rows * opts.rowHeight + opts.gap;
    const lane = { id, label, top, height, rows };
    top += height;
    return lane;
  });
  return { lanes, height: top };
}

/**
 * Greedy interval packing of one lane for bars in order of start: each bar takes the lowest row that
 * is free at its start (the row's last bar ended by then), or a new row. Each row's last bar is kept
 * in an array (no string key per bar: 100 000 bars cost tens of milliseconds, not a second).
 */
export class RowPacker {
  /** The end of the last bar of each row. */
  private ends: number[] = [];
  /** The last bar placed in each row. */
  last: (TimelineItem | undefined)[] = [];

  get rows(): number {
    return this.ends.length;
  }

  /** The row of a bar from `start` to `end` (starts never decrease from one call to the next). */
  place(start: number, end: number): number {
    const ends = this.ends;
    let row = 0;
    while (row < ends.length && ends[row] > start) row++;
    ends[row] = end;
    return row;
  }
}
