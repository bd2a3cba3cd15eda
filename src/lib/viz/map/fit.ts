/**
 * How a region fills the map box (issue 23: "the region fills the map box with a margin"). Pure.
 *
 * The view box is the region's bounds with a margin of `margin` × their width on the left and right and
 * × their height above and below; the drawing is then shown "meet" (SVG's default preserveAspectRatio),
 * so in the binding dimension the region fills 1 / (1 + 2 × margin) of the box (89 % at 6 %, real
 * borders; 93 % at 4 %, tiles), whatever the box's shape. On a wide screen the box takes the view box's
 * shape (Karta.svelte), so the region fills it both ways.
 */

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The share of the region's width (height) left free on its left and right (above and below). */
export const FIT_MARGIN = 0.06;

/** The bounds of boxes `[x0, y0, x1, y1]`; null for none. */
export function boundsOf(boxes: Iterable<readonly [number, number, number, number]>): Bounds | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x0 = Math.min(x0, b[0]);
    y0 = Math.min(y0, b[1]);
    x1 = Math.max(x1, b[2]);
    y1 = Math.max(y1, b[3]);
  }
  return x0 <= x1 && y0 <= y1 ? { x0, y0, x1, y1 } : null;
}

/** The view box `[x, y, width, height]` of `b` with a margin of `margin` × its width (height) on either side. */
export function fitBounds(b: Bounds, margin = FIT_MARGIN): [number, number, number, number] {
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  // A region of one point (or one line) gets a square margin from its other side.
  const px = margin * (w || h || 1);
  const py = margin * (h || w || 1);
  return [b.x0 - px, b.y0 - py, w + 2 * px, h + 2 * py];
}

/**
 * How much of a `width` × `height` box the bounds fill when `viewBox` is drawn into it "meet": the
 * share of the box's width and height, and of the binding dimension (the larger of the two).
 */
export function boxFill(
  b: Bounds,
  viewBox: readonly [number, number, number, number],
  width: number,
  height: number,
): { x: number; y: number; binding: number } {
  const scale = Math.min(width / viewBox[2], height / viewBox[3]);
  const x = ((b.x1 - b.x0) * scale) / width;
  const y = ((b.y1 - b.y0) * scale) / height;
  return { x, y, binding: Math.max(x, y) };
}
