/**
 * The timeline on paper: the drawing cut into pieces between rows of bars, each short enough to share a page
 * with others, so that a printed timeline breaks between rows (never through a bar) and begins
 * on the first page. Pure.
 */
import type { Lane } from './layout';

export interface PrintPiece {
  /** Drawing y where the piece begins (below the axis). */
  y0: number;
  h: number;
}

/**
 * The drawing from `offset` (the first lane's top, below the axis) cut into pieces of at most `maxH`
 * drawing units, cut only between lanes or between a lane's rows of bars (`markRow` above the first row,
 * rows `rowHeight` apart): never through a bar or a milestone. A row taller than `maxH` is a piece of its own.
 */
export function printPieces(
  lanes: readonly Lane[],
  offset: number,
  maxH: number,
  opts: { markRow: number; rowHeight: number },
): PrintPiece[] {
  // Where a cut may go, top to bottom; the last is the drawing's end.
  const cuts: number[] = [];
  for (const lane of lanes) {
    const top = lane.top + offset;
    cuts.push(top);
    for (let r = 1; r < lane.rows; r++) cuts.push(top + opts.markRow + r * opts.rowHeight);
  }
  const last = lanes.at(-1);
  if (!last) return [];
  cuts.push(last.top + last.height + offset);
  const out: PrintPiece[] = [];
  let start = cuts[0];
  for (let i = 1; i < cuts.length; i++) {
    const next = cuts[i + 1];
    // End the piece here when the next cut would make it too tall (or the drawing ends).
    if (next === undefined || next - start > maxH) {
      out.push({ y0: start, h: cuts[i] - start });
      start = cuts[i];
    }
  }
  return out;
}
