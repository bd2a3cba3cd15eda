/**
 * The timeline's zoom and pan, headless: wheel and pinch zoom anchored at the pointer, drag to pan,
 * keyboard zoom anchored at the focused item (or the middle), reset. Every change goes through the
 * tested zoomAt/panBy; the component only forwards events in plot coordinates (px from the plot's left edge).
 */
import { panBy, zoomAt, type View } from './axis';

export const MIN_K = 0.5;
export const MAX_K = 2000;
export const KEY_FACTOR = 1.5;

/** Zoom factor for a wheel event: smooth for trackpads, ~1.2 per mouse notch; lines and pages scaled as d3-zoom does. */
export function wheelFactor(deltaY: number, deltaMode = 0, ctrlKey = false): number {
  const px = deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002) * (ctrlKey ? 10 : 1);
  return Math.pow(2, -px);
}

export class TimelineZoom {
  view: View = { k: 1, x: 0 };
  private pointers = new Map<number, number>();
  private pinchDist = 0;

  /** Wheel at plot x `cx`: the date under the pointer stays under it. */
  wheel(deltaY: number, cx: number, deltaMode = 0, ctrlKey = false): View {
    return (this.view = zoomAt(this.view, wheelFactor(deltaY, deltaMode, ctrlKey), cx, MIN_K, MAX_K));
  }

  zoom(factor: number, cx: number): View {
    return (this.view = zoomAt(this.view, factor, cx, MIN_K, MAX_K));
  }

  pan(dx: number): View {
    return (this.view = panBy(this.view, dx));
  }

  reset(): View {
    this.pointers.clear();
    return (this.view = { k: 1, x: 0 });
  }

  down(id: number, x: number): void {
    this.pointers.set(id, x);
    if (this.pointers.size === 2) this.pinchDist = this.spread();
  }

  /** A pointer moved: one pointer pans, two pinch around their midpoint. Returns the view. */
  move(id: number, x: number): View {
    const before = this.pointers.get(id);
    if (before === undefined) return this.view;
    this.pointers.set(id, x);
    if (this.pointers.size === 1) return this.pan(x - before);
    if (this.pointers.size === 2) {
      const d = this.spread();
      const xs = [...this.pointers.values()];
      if (this.pinchDist > 0 && d > 0) this.zoom(d / this.pinchDist, (xs[0] + xs[1]) / 2);
      this.pinchDist = d;
    }
    return this.view;
  }

  up(id: number): void {
    this.pointers.delete(id);
    if (this.pointers.size < 2) this.pinchDist = 0;
  }

  get dragging(): boolean {
    return this.pointers.size > 0;
  }

  /** A key: + and - zoom at `anchor` (the focused item or the middle), arrows pan, 0 and Home reset. Null when not a zoom key. */
  key(key: string, shift: boolean, width: number, anchor = width / 2): View | null {
    const step = shift ? width / 2 : width / 8;
    switch (key) {
      case '+':
      case '=':
        return this.zoom(KEY_FACTOR, anchor);
      case '-':
        return this.zoom(1 / KEY_FACTOR, anchor);
      case 'ArrowLeft':
        return this.pan(step);
      case 'ArrowRight':
        return this.pan(-step);
      case '0':
      case 'Home':
        return this.reset();
      default:
        return null;
    }
  }

  private spread(): number {
    const xs = [...this.pointers.values()];
    return Math.abs(xs[0] - xs[1]);
  }
}

/**
 * Text for a bar's title: inside when it fits, else beside it (to the right, up to the next bar of
 * its row or the plot's edge; else to the left, back to the previous bar or `before`), else shortened
 * inside when at least a few letters fit, else none.
 */
export function barText(
  label: string,
  x0: number,
  x1: number,
  limit: number,
  charPx = 6.4,
  pad = 4,
  before = 0,
): { text: string; x: number; inside: boolean; end?: boolean } | null {
  const need = label.length * charPx + 2 * pad;
  if (x1 - x0 >= need) return { text: label, x: Math.max(x0, 0) + pad, inside: true };
  if (limit - x1 >= need) return { text: label, x: x1 + pad, inside: false };
  // Else before the bar (right-aligned to it), when the row is free there.
  if (x0 - before >= need) return { text: label, x: x0 - pad, inside: false, end: true };
  const fit = Math.floor((x1 - x0 - 2 * pad) / charPx);
  if (fit >= 5) return { text: `${label.slice(0, fit - 1).trimEnd()}…`, x: x0 + pad, inside: true };
  return null;
}
