/** Where a tooltip goes: beside the pointer, flipped and clamped so it always stays inside the viewport. Pure. */

export interface TipPlace {
  left: number;
  top: number;
}

/**
 * Position (viewport px, for `position: fixed`) of a tooltip of size `tip` for a pointer or focus
 * point `at`: below right with a gap; to the left or above when it would run out; never outside
 * `viewport` less `margin` (when the tooltip is larger than the viewport, its top-left stays visible).
 */
export function placeTip(
  at: { x: number; y: number },
  tip: { w: number; h: number },
  viewport: { w: number; h: number },
  gap = 14,
  margin = 8,
): TipPlace {
  let left = at.x + gap;
  if (left + tip.w > viewport.w - margin) left = at.x - gap - tip.w;
  let top = at.y + gap;
  if (top + tip.h > viewport.h - margin) top = at.y - gap - tip.h;
  left = Math.max(margin, Math.min(left, viewport.w - margin - tip.w));
  top = Math.max(margin, Math.min(top, viewport.h - margin - tip.h));
  return { left: Math.round(left), top: Math.round(top) };
}
