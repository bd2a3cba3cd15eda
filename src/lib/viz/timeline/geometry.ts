/** Where the timeline's items are drawn, from the time scale and the lanes (px in the plot). Pure. */
import { dayMs, type TimelineItem } from './items';
import type { Lane, LaneOptions } from './layout';

export interface ItemGeometry {
  /** A bar's or mark's left and right ends (the first day covered and the day after the last). */
  x0: (it: TimelineItem) => number;
  x1: (it: TimelineItem) => number;
  /** Where a bar's title beside it must stop: the next bar of its row, or the plot's edge. */
  limit: (it: TimelineItem) => number;
  /** Where a title left of a bar may begin: the end of the previous bar of its row, or the plot's edge. */
  before: (it: TimelineItem) => number;
  /** A bar's top. */
  barY: (it: TimelineItem) => number;
  /** A mark's middle: day dates in the upper mark row, month and year dates in the lower (a point is never covered). */
  markY: (it: TimelineItem) => number;
}

/**
 * The geometry of the items for a scale (UTC ms → px; a time scale takes ms as they are: no Date per
 * bar, 100 000 bars are painted per frame), the lanes by id, the axis' height and the plot's width.
 */
export function itemGeometry(
  scale: (ms: number) => number,
  laneById: ReadonlyMap<string, Lane>,
  axis: number,
  width: number,
  o: LaneOptions,
): ItemGeometry {
  const top = (it: TimelineItem) => (laneById.get(it.lane)?.top ?? 0) + axis;
  return {
    x0: (it) => scale(it.start),
    x1: (it) => scale(it.end),
    limit: (it) => Math.min(width, it.next === Infinity ? width : scale(it.next)),
    before: (it) => Math.max(0, it.prev === undefined || it.prev === -Infinity ? 0 : scale(it.prev)),
    barY: (it) => top(it) + o.markRow + it.row * o.rowHeight,
    markY: (it) => top(it) + (it.precision === 'day' ? 10 : 26),
  };
}

/** The first day of a chosen date of any precision (2016 → 2016-01-01, 2016-03 → 2016-03-01), in UTC ms. */
export const datumMs = (datum: string): number =>
  dayMs(datum.length === 10 ? datum : `${datum.padEnd(7, '-01').slice(0, 7)}-01`);
