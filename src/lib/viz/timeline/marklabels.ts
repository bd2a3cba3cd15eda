/**
 * Labels of the timeline's marks (plan milestones and events), headless: every mark gets its name
 * beside it, or in the lane's other mark row with a leader line, or shortened, or else a number that
 * is listed in a key under the drawing. No mark is left without a label. Pure: px in, placements out.
 */
import type { TimelineItem } from './items';
import type { Caption } from '$lib/viz/export';

/** A mark of a lane's mark row, in px from the plot's left edge. */
export interface MarkInput {
  id: string;
  lane: string;
  /** The lane's mark row it is drawn in: 0 the upper (day dates), 1 the lower (month and year dates). */
  row: 0 | 1;
  /** The glyph's extent (a point: its centre ± its half size; a range: its ends). */
  x0: number;
  x1: number;
  /** The mark's centre: where a leader line to the other row starts. */
  cx: number;
  text: string;
  /** A range (an event with an end date): its label may lie inside it. */
  range?: boolean;
}

export type Placement = 'inside' | 'beside' | 'other' | 'short' | 'key';

export interface MarkLabel {
  id: string;
  how: Placement;
  /** The text shown: the name, the name shortened with "…", or the key's number. */
  text: string;
  /** The row the text lies in (the mark's own, or the other one for 'other' and sometimes 'key'). */
  row: 0 | 1;
  /** Where the text starts (or ends, when `end`). */
  x: number;
  end: boolean;
  /** A line from the mark to its text in the other row. */
  leader: boolean;
  /** The number in the key under the drawing ('key' only). */
  key?: number;
}

export interface MarkLabelOptions {
  /** Width of a character at the label's size (px). */
  charPx: number;
  /** Space between a mark and its label (px). */
  pad: number;
  /** A shortened label keeps at least this many characters, the "…" included. */
  minChars: number;
}

export const MARK_LABEL_DEFAULTS: MarkLabelOptions = { charPx: 6.4, pad: 3, minChars: 5 };

type Span = [number, number];

/**
 * Taken spans of one row, sorted by start: a question looks only at the spans that can reach it
 * (those starting within the longest span's length before it), so a lane with hundreds of marks
 * is not a scan of all of them per candidate.
 */
class Row {
  private starts: number[] = [];
  private ends: number[] = [];
  private longest = 0;
  /** The index of the first span starting at or after `x`. */
  private from(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  free(a: number, b: number, width: number): boolean {
    if (a < 0 || b > width) return false;
    for (let i = this.from(a - this.longest); i < this.starts.length && this.starts[i] < b; i++)
      if (this.ends[i] > a) return false;
    return true;
  }
  take(a: number, b: number): void {
    const i = this.from(a);
    this.starts.splice(i, 0, a);
    this.ends.splice(i, 0, b);
    this.longest = Math.max(this.longest, b - a);
  }
  /** The free width from `x` to the first span taken after it (or the plot's edge); 0 when `x` is taken. */
  roomRight(x: number, width: number): number {
    let i = this.from(x - this.longest);
    for (; i < this.starts.length && this.starts[i] <= x; i++) if (this.ends[i] > x) return 0;
    const lim = i < this.starts.length ? Math.min(width, this.starts[i]) : width;
    return Math.max(0, lim - x - 1);
  }
}

/**
 * Place the labels of `marks` (any order; lanes keep their own rows) in a plot `width` px wide.
 * Lane by lane (in the order the lanes first appear) and left to right, each label takes the first of:
 * inside its range; beside its mark (right, then left); in the lane's other mark row beside the
 * mark's centre, with a leader line; shortened with "…" right of the mark (in its row, else in the
 * other); else a number, placed as a label would be (over the neighbours when nothing is free), that
 * the key under the drawing explains.
 * Keys are numbered 1, 2, … in that order; `keyed` lists their marks' ids.
 */
export function placeMarkLabels(
  marks: readonly MarkInput[],
  width: number,
  opts: MarkLabelOptions = MARK_LABEL_DEFAULTS,
): { labels: Map<string, MarkLabel>; keyed: string[] } {
  const { charPx, pad, minChars } = opts;
  const laneOrder = new Map<string, number>();
  for (const m of marks) if (!laneOrder.has(m.lane)) laneOrder.set(m.lane, laneOrder.size);
  const sorted = [...marks].sort(
    (a, b) => laneOrder.get(a.lane)! - laneOrder.get(b.lane)! || a.cx - b.cx || a.x0 - b.x0 || (a.id < b.id ? -1 : 1),
  );
  const labels = new Map<string, MarkLabel>();
  const keyed: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const lane = sorted[i].lane;
    let j = i;
    while (j < sorted.length && sorted[j].lane === lane) j++;
    const group = sorted.slice(i, j);
    i = j;
    // The glyphs are taken first: a label never covers a mark.
    const rows: [Row, Row] = [new Row(), new Row()];
    for (const m of group) rows[m.row].take(m.x0 - 1, m.x1 + 1);
    const fits = (m: MarkInput, text: string, inside: boolean): MarkLabel | null => {
      const w = text.length * charPx;
      const own = rows[m.row];
      const other = rows[(1 - m.row) as 0 | 1];
      const at = (how: Placement, row: 0 | 1, x: number, end: boolean, leader: boolean, span: Span) => {
        rows[row].take(span[0], span[1]);
        return { id: m.id, how, text, row, x, end, leader };
      };
      if (inside && m.range && m.x1 - m.x0 >= w + 2 * pad + 2) {
        const x = Math.max(m.x0, 0) + pad + 1;
        if (x + w + pad <= Math.min(m.x1, width))
          return { id: m.id, how: 'inside', text, row: m.row, x, end: false, leader: false };
      }
      const how: Placement = inside ? 'beside' : 'key';
      if (own.free(m.x1 + 1, m.x1 + pad + w + 1, width))
        return at(how, m.row, m.x1 + pad, false, false, [m.x1 + 1, m.x1 + pad + w + 1]);
      if (own.free(m.x0 - pad - w - 1, m.x0 - 1, width))
        return at(how, m.row, m.x0 - pad, true, false, [m.x0 - pad - w - 1, m.x0 - 1]);
      // The other row: the text starts (or ends) at the mark's centre, a leader line joins them.
      const o = (1 - m.row) as 0 | 1;
      const hw = inside ? 'other' : 'key';
      if (other.free(m.cx - 1, m.cx + pad + w + 1, width))
        return at(hw, o, m.cx + pad, false, true, [m.cx - 1, m.cx + pad + w + 1]);
      if (other.free(m.cx - pad - w - 1, m.cx + 1, width))
        return at(hw, o, m.cx - pad, true, true, [m.cx - pad - w - 1, m.cx + 1]);
      return null;
    };
    for (const m of group) {
      let got = fits(m, m.text, true);
      if (!got) {
        // Shortened right of the mark, up to the next thing taken in its row; else so in the other row.
        const o = (1 - m.row) as 0 | 1;
        for (const [row, probe, x, leader] of [
          [m.row, m.x1 + 1, m.x1 + pad, false],
          [o, m.cx - 1, m.cx + pad, true],
        ] as const) {
          const n = Math.floor((rows[row].roomRight(probe, width) - (x - probe)) / charPx);
          if (n < minChars || m.text.length <= minChars) continue;
          const text = `${m.text.slice(0, n - 1).trimEnd()}…`;
          rows[row].take(probe, x + text.length * charPx + 1);
          got = { id: m.id, how: 'short', text, row, x, end: false, leader };
          break;
        }
      }
      if (!got) {
        const key = keyed.length + 1;
        keyed.push(m.id);
        got = fits(m, String(key), false) ?? {
          id: m.id,
          how: 'key',
          text: String(key),
          row: m.row,
          x: m.x1 + pad,
          end: false,
          leader: false,
        };
        got.key = key;
      }
      labels.set(m.id, got);
    }
  }
  return { labels, keyed };
}

/** Half the width of a point mark's glyph (the milestone's diamond, the event's dot, with its outline). */
const HALF = 8;

/**
 * The marks of timeline items (milestones and events; measures are skipped) in px of `scale`:
 * a day date in the upper row, a month or year date in the lower; a point at the middle of the day,
 * month or year it stands for, a range (an event with an end date) over its days.
 */
export function timelineMarks(
  items: readonly TimelineItem[],
  scale: (ms: number) => number,
  text: (it: TimelineItem) => string,
): MarkInput[] {
  const out: MarkInput[] = [];
  for (const it of items) {
    if (it.kind === 'measure') continue;
    const a = scale(it.start);
    const b = scale(it.end);
    const row = it.precision === 'day' ? 0 : 1;
    if (isRange(it)) {
      const x1 = a + Math.max(6, b - a);
      out.push({ id: it.id, lane: it.lane, row, x0: a, x1, cx: (a + x1) / 2, text: text(it), range: true });
    } else {
      const cx = (a + b) / 2;
      out.push({ id: it.id, lane: it.lane, row, x0: cx - HALF, x1: cx + HALF, cx, text: text(it) });
    }
  }
  return out;
}

/** An event with an end date: drawn as a range, not a point. */
export const isRange = (it: TimelineItem): boolean => it.kind === 'event' && it.to !== '' && it.to !== it.from;

/** A mark's name: a milestone says which it is ("Antagen"), an event its title. */
const markName = (it: TimelineItem, milestone?: Record<string, string>) =>
  it.kind === 'milestone' ? (milestone?.[it.sub] ?? it.label) : it.label;

/** The labels of the marks among `items` in a plot `width` px wide, and the keyed marks with their numbers. */
export function labelMarks(
  items: readonly TimelineItem[],
  scale: (ms: number) => number,
  width: number,
  milestone?: Record<string, string>,
): { labels: Map<string, MarkLabel>; keyed: { n: number; it: TimelineItem }[] } {
  const { labels, keyed } = placeMarkLabels(
    timelineMarks(items, scale, (it) => markName(it, milestone)),
    width,
  );
  const byId = new Map(items.map((i) => [i.id, i]));
  return { labels, keyed: keyed.map((id, i) => ({ n: i + 1, it: byId.get(id)! })) };
}

/** A picture's caption with the key of numbered marks after its lines (none: as it was). */
export function withMarkKey(
  caption: Caption,
  heading: string,
  keyed: readonly { n: number; it: TimelineItem }[],
  describe: (it: TimelineItem) => string,
): Caption {
  if (!keyed.length) return caption;
  return {
    ...caption,
    lines: [...caption.lines, { text: heading }, ...keyed.map((k) => ({ text: `${k.n} ${describe(k.it)}` }))],
  };
}
