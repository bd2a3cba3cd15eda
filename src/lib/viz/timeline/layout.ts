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
  const rowsByLane = new Map<string, number[]>();
  const lastInRow = new Map<string, TimelineItem>();
  const bars = items
    .filter((i) => i.kind === 'measure')
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  for (const it of bars) {
    const ends = rowsByLane.get(it.lane) ?? [];
    let row = ends.findIndex((end) => end <= it.start);
    if (row < 0) row = ends.length;
    ends[row] = it.end;
    it.row = row;
    it.next = Infinity;
    const prev = lastInRow.get(`${it.lane}\u0000${row}`);
    it.prev = prev ? prev.end : -Infinity;
    if (prev) prev.next = it.start;
    lastInRow.set(`${it.lane}\u0000${row}`, it);
    rowsByLane.set(it.lane, ends);
  }
  let top = 0;
  const lanes = order.map(({ id, label }) => {
    const rows = Math.max(1, rowsByLane.get(id)?.length ?? 0);
    const height = opts.markRow + rows * opts.rowHeight + opts.gap;
    const lane = { id, label, top, height, rows };
    top += height;
    return lane;
  });
  return { lanes, height: top };
}
