/** Painting many bars on a canvas (more than SVG can keep at 60 fps). */
import type { TimelineItem } from './items';

export interface BarGeometry {
  width: number;
  height: number;
  x0: (it: TimelineItem) => number;
  x1: (it: TimelineItem) => number;
  y: (it: TimelineItem) => number;
  barH: number;
}

/** Dark or white text, whichever reads on the fill (#rrggbb). */
export function textOn(fill: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!m) return '#1a1a1a';
  const [r, g, b] = [m[1], m[2], m[3]]
    .map((h) => parseInt(h, 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.22 ? '#1a1a1a' : '#ffffff';
}

/** The tallest canvas painted at once (browsers refuse canvases beyond about 32 767 px or 268 M pixels). */
export const MAX_CANVAS_H = 8192;

/**
 * The part of a drawing `total` px tall to paint, given where the drawing's top is on screen
 * (`top`, px from the viewport's top; negative when scrolled past) and the viewport's height:
 * what is in view plus half a screen above and below, never taller than MAX_CANVAS_H. At 100 000
 * measures the lanes are hundreds of thousands of px tall: one canvas of that size is not drawn at all.
 */
export function canvasWindow(top: number, viewport: number, total: number): { y0: number; h: number } {
  const margin = viewport / 2;
  const from = Math.max(0, Math.min(total, -top - margin));
  const to = Math.max(from, Math.min(total, viewport - top + margin, from + MAX_CANVAS_H));
  return { y0: Math.floor(from), h: Math.ceil(to - Math.floor(from)) };
}

/** Bars by lane, in their order. */
export function barsByLane(bars: readonly TimelineItem[]): Map<string, TimelineItem[]> {
  const out = new Map<string, TimelineItem[]>();
  for (const it of bars) {
    const list = out.get(it.lane);
    if (list) list.push(it);
    else out.set(it.lane, [it]);
  }
  return out;
}

/**
 * The bars of the lanes that reach into [y0, y0 + h) of the drawing (a lane's drawing y is its
 * `top + offset`), lane by lane: painting or hit-testing a window of two lanes out of 290 looks at
 * their few hundred bars, not at 100 000.
 */
export function barsInWindow(
  lanes: readonly { id: string; top: number; height: number }[],
  byLane: ReadonlyMap<string, TimelineItem[]>,
  offset: number,
  y0: number,
  h: number,
): TimelineItem[][] {
  const out: TimelineItem[][] = [];
  for (const lane of lanes) {
    const top = lane.top + offset;
    if (top > y0 + h || top + lane.height < y0) continue;
    const bars = byLane.get(lane.id);
    if (bars) out.push(bars);
  }
  return out;
}

/** Paint the bars, given lane by lane, that fall in the window [y0, y0 + h) of the drawing (all of it by default). */
export function paintBars(
  canvas: HTMLCanvasElement,
  lanes: readonly TimelineItem[][],
  g: BarGeometry,
  y0 = 0,
  h = g.height,
): void {
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(g.width * dpr);
  canvas.height = Math.round(h * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, -y0 * dpr);
  ctx.clearRect(0, y0, g.width, h);
  // Titles on the bars wide enough to carry some of one, clipped to the bar (as the SVG bars do).
  ctx.font = TITLE_FONT;
  ctx.textBaseline = 'middle';
  for (const bars of lanes)
    for (const it of bars) {
      const y = g.y(it);
      if (y + g.barH < y0 || y > y0 + h) continue;
      const a = g.x0(it);
      const w = Math.max(2, g.x1(it) - a);
      ctx.fillStyle = it.colour;
      if (typeof it.progress !== 'number') ctx.fillRect(a, y, w, g.barH);
      else {
        // Reported progress: the filled part of the bar, the rest lighter.
        ctx.globalAlpha = PROGRESS_REST;
        ctx.fillRect(a, y, w, g.barH);
        ctx.globalAlpha = 1;
        ctx.fillRect(a, y, (w * it.progress) / 100, g.barH);
      }
      if (it.overdue) {
        ctx.strokeStyle = '#b00020';
        ctx.lineWidth = 2;
        ctx.strokeRect(a + 1, y + 1, w - 2, g.barH - 2);
      }
      if (it.themes.length > 1) multiCap(ctx, a, y, Math.min(MULTI_CAP, w), g.barH);
      // Only the part of the bar on screen holds its title: a bar begun before the left edge still shows it.
      const left = Math.max(a, 0);
      const room = Math.min(a + w, g.width) - left - 2 * TITLE_PAD;
      if (room < MIN_TITLE_ROOM || !it.label) continue;
      const halo = typeof it.progress === 'number';
      ctx.fillStyle = halo ? '#1a1a1a' : textOn(it.colour);
      if (titleWidth(ctx, it.label) <= room) title(ctx, it.label, left + TITLE_PAD, y + g.barH / 2 + 0.5, halo);
      else {
        ctx.save();
        ctx.beginPath();
        ctx.rect(left, y, room + TITLE_PAD, g.barH);
        ctx.clip();
        title(ctx, it.label, left + TITLE_PAD, y + g.barH / 2 + 0.5, halo);
        ctx.restore();
      }
    }
}

/** The opacity of a bar's part beyond its reported progress (the SVG bars use the same). */
export const PROGRESS_REST = 0.35;

/** A bar's title; over a bar with progress (two shades) dark with a white halo, which reads on either. */
function title(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, halo: boolean): void {
  if (halo) {
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.strokeText(text, x, y);
  }
  ctx.fillText(text, x, y);
}

/** How wide the striped start of a bar with several themes is (px). */
export const MULTI_CAP = 6;

/** White diagonal stripes over the start of a bar: the measure has several themes (as the SVG's pattern). */
function multiCap(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (let d = -h; d < w; d += 4) {
    ctx.moveTo(x + d, y + h);
    ctx.lineTo(x + d + h, y);
  }
  ctx.stroke();
  ctx.restore();
}

const TITLE_FONT = '12px system-ui, sans-serif';
const TITLE_PAD = 4;
/** A bar narrower than this carries no title (a few letters of it would not say what it is). */
export const MIN_TITLE_ROOM = 36;
const widths = new Map<string, number>();
/** A title's painted width, measured once per title. */
function titleWidth(ctx: CanvasRenderingContext2D, label: string): number {
  let w = widths.get(label);
  if (w === undefined) {
    if (widths.size > 50_000) widths.clear();
    widths.set(label, (w = ctx.measureText(label).width));
  }
  return w;
}

/** The topmost painted bar under a point of the plot (x from the plot's left, y from the drawing's top), or null. */
export function barAt(
  bars: TimelineItem[],
  x: number,
  y: number,
  g: Omit<BarGeometry, 'width' | 'height'>,
): TimelineItem | null {
  for (let i = bars.length - 1; i >= 0; i--) {
    const it = bars[i];
    const a = g.x0(it);
    if (x >= a && x <= Math.max(a + 2, g.x1(it)) && y >= g.y(it) && y <= g.y(it) + g.barH) return it;
  }
  return null;
}

/** The bars as SVG rectangles in `parent` (a download holds the bars the canvas paints). */
export function appendBarRects(parent: Element, bars: readonly TimelineItem[], g: BarGeometry): void {
  const doc = parent.ownerDocument;
  for (const it of bars) {
    const r = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
    const a = g.x0(it);
    r.setAttribute('x', String(a));
    r.setAttribute('y', String(g.y(it)));
    r.setAttribute('width', String(Math.max(2, g.x1(it) - a)));
    r.setAttribute('height', String(g.barH));
    r.setAttribute('fill', it.colour);
    parent.append(r);
    if (typeof it.progress === 'number') {
      r.setAttribute('fill-opacity', String(PROGRESS_REST));
      const done = r.cloneNode() as Element;
      done.setAttribute('width', String((Math.max(2, g.x1(it) - a) * it.progress) / 100));
      done.setAttribute('fill-opacity', '1');
      parent.append(done);
    }
    // Overdue: the red outline the screen shows (and the legend lists).
    if (it.overdue) {
      const o = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
      const w = Math.max(2, g.x1(it) - a);
      for (const [k, v] of [
        ['x', a + 1],
        ['y', g.y(it) + 1],
        ['width', Math.max(0, w - 2)],
        ['height', g.barH - 2],
        ['fill', 'none'],
        ['stroke', '#b00020'],
        ['stroke-width', 2],
      ] as const)
        o.setAttribute(k, String(v));
      parent.append(o);
    }
  }
}
