/**
 * Download a drawing as a self-contained SVG or PNG with title, legend and source lines.
 * Styles that come from CSS are copied onto the cloned elements, so the file looks the same anywhere.
 */
import { fold } from '$lib/domain/text';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'visibility',
  'text-anchor',
  'paint-order',
] as const;

export interface Caption {
  title: string;
  /** Under the title: region and the date shown. */
  subtitle?: string;
  /** Lines under the drawing: legend entries (a colour, or a fill such as a pattern url), source. */
  lines: {
    text: string;
    colour?: string;
    shape?: 'square' | 'bar' | 'diamond' | 'dot' | 'outline' | 'path';
    /** The mark of a 'path' swatch: an SVG path about the origin, about 10 px across (as drawn on screen). */
    d?: string;
    /** A colour ramp's stops, drawn as a gradient bar before the text (an indicator's scale). */
    ramp?: string[];
  }[];
}

/** A title cut into lines of at most `max` characters, between words (a long word stays whole). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + 1 + w.length > max) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * Outlines drawn with `vector-effect: non-scaling-stroke` keep their screen width only where the
 * browser applies it; rasterised on a scaled canvas Firefox draws them at half the width. Bake the
 * width into drawing units (`u` per screen px) and drop the effect, so every renderer draws the same.
 * The stroke width is the one inlined from the computed style (`0.75px`), or the SVG default 1.
 * Only the DOM's core (getElementsByTagName, attributes): any XML DOM will do.
 */
export function bakeStrokes(root: Element, u: number): void {
  for (const el of [...Array.from(root.getElementsByTagName('*'))]) {
    if (el.getAttribute('vector-effect') !== 'non-scaling-stroke') continue;
    const w = parseFloat(el.getAttribute('stroke-width') ?? '');
    el.setAttribute('stroke-width', String((Number.isFinite(w) ? w : 1) * u));
    el.removeAttribute('vector-effect');
  }
}

/** The size in px a downloaded picture is made for; a page is filled whole, a slide only enlarges. */
export interface Target {
  readonly w: number;
  readonly h: number;
  readonly page?: boolean;
}

/** A 16:9 slide in px: the size a downloaded picture is made for unless a page is chosen. */
export const SLIDE: Target = { w: 1920, h: 1080 };
/** A4 at 96 dpi, landscape and portrait. */
export const A4_LANDSCAPE: Target = { w: 1123, h: 794, page: true };
export const A4_PORTRAIT: Target = { w: 794, h: 1123, page: true };

/**
 * The document's size for a drawing of `w` × `h` px (with its captions) on `target`, and the blank
 * (in those px, each side) that widens the drawing's box to the page's shape. On a slide a small
 * drawing is enlarged to fill it and a large one keeps its size, in its own shape; on a page the
 * document is the page and the drawing, in its own shape, is scaled to fit it and centred.
 */
export function fitTarget(
  w: number,
  h: number,
  target: Target,
): { width: number; height: number; padX: number; padY: number } {
  if (!target.page) {
    const fit = Math.max(1, Math.min(target.w / w, target.h / h));
    return { width: Math.round(w * fit), height: Math.round(h * fit), padX: 0, padY: 0 };
  }
  const fit = Math.min(target.w / w, target.h / h);
  return { width: target.w, height: target.h, padX: (target.w / fit - w) / 2, padY: (target.h / fit - h) / 2 };
}

let current: Target = SLIDE;

/** Run `make` (which builds documents with svgDocument) for `target` instead of the slide. */
export function withTarget<T>(target: Target, make: () => T): T {
  const before = current;
  current = target;
  try {
    return make();
  } finally {
    current = before;
  }
}

/** `planatlas-<view>-<region>-<yyyy-mm-dd>`: what and when, in ASCII without spaces. */
export function fileName(view: string, region: string, date: string): string {
  const slug = fold(region, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `planatlas-${view}-${slug || 'sverige'}-${date}`;
}

/** A legend swatch in drawing units at (x, y-baseline). */
function swatch(ns: string, line: Caption['lines'][number], x: number, y: number, u: number): SVGElement {
  const fill = line.colour ?? '#ffffff';
  const el = (tag: string, attrs: Record<string, string | number>) => {
    const e = document.createElementNS(ns, tag) as SVGElement;
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, String(v)));
    return e;
  };
  const s = 12 * u;
  switch (line.shape) {
    case 'bar':
      return el('rect', { x, y: y - 9 * u, width: s * 1.6, height: 7 * u, rx: 2 * u, fill });
    case 'outline':
      return el('rect', {
        x: x + u,
        y: y - 9 * u,
        width: s * 1.6 - 2 * u,
        height: 7 * u,
        fill: '#ffffff',
        stroke: fill,
        'stroke-width': 2 * u,
      });
    case 'diamond':
      return el('path', {
        d: `M${x + s / 2},${y - s} l${s / 2},${s / 2} l${-s / 2},${s / 2} l${-s / 2},${-s / 2} z`,
        fill,
      });
    case 'dot':
      return el('circle', { cx: x + s / 2, cy: y - s / 2, r: s / 2.4, fill });
    case 'path':
      return el('path', {
        d: line.d ?? '',
        transform: `translate(${x + s / 2},${y - s / 2}) scale(${1.3 * u})`,
        fill,
        stroke: '#1a1a1a',
        'stroke-width': 1 / 1.3,
      });
    default:
      return el('rect', { x, y: y - s + u, width: s, height: s, fill, stroke: '#555', 'stroke-width': 0.6 * u });
  }
}

/** A standalone SVG document of `svg` with title, subtitle, legend and source around it, with margins; `extra` adds elements before serialising. */
export function svgDocument(svg: SVGSVGElement, caption: Caption, extra?: (clone: SVGSVGElement) => void): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  const box =
    svg.viewBox.baseVal && svg.viewBox.baseVal.width
      ? svg.viewBox.baseVal
      : { x: 0, y: 0, width: svg.clientWidth, height: svg.clientHeight };
  // Drawing units per screen px (preserveAspectRatio "meet": the larger ratio).
  const u = Math.max(
    box.width / Math.max(1, svg.clientWidth || box.width),
    box.height / Math.max(1, svg.clientHeight || box.height),
  );
  bakeStrokes(clone, u);
  extra?.(clone);
  const margin = 20 * u;
  const lineH = 20 * u;
  // The title wraps at the drawing's width (about 0.55 em per character at 18 px).
  const titleLines = wrapWords(caption.title, Math.max(20, Math.floor(box.width / u / (18 * 0.56))));
  const titleH = (titleLines.length - 1) * 22;
  const top = ((caption.subtitle ? 58 : 38) + titleH) * u;
  // Legend and source lines wrap at the drawing's width too (13 px text, a swatch before it).
  const perLine = Math.max(30, Math.floor((box.width / u - 90) / (13 * 0.56)));
  const wrapped = caption.lines.map((line) => wrapWords(line.text, perLine));
  const bottom = (wrapped.reduce((n, w) => n + Math.max(1, w.length), 0) + 0.6) * lineH + margin;
  const ns = 'http://www.w3.org/2000/svg';
  const out = document.createElementNS(ns, 'svg');
  const X = box.x - margin;
  const Y = box.y - top;
  const W = box.width + 2 * margin;
  const H = box.height + top + bottom;
  // A small drawing is enlarged to fill a 16:9 slide (1920 × 1080), a large one keeps its size; a page
  // (A4) is filled with the drawing in its own shape, centred on white.
  const size = fitTarget(W / u, H / u, current);
  const [bx, by] = [size.padX * u, size.padY * u];
  out.setAttribute('xmlns', ns);
  out.setAttribute('viewBox', current.page ? `${X - bx} ${Y - by} ${W + 2 * bx} ${H + 2 * by}` : `${X} ${Y} ${W} ${H}`);
  out.setAttribute('width', String(size.width));
  out.setAttribute('height', String(size.height));
  out.setAttribute('font-family', 'system-ui, sans-serif');
  const text = (t: string, x: number, y: number, size: number, weight = 400, fill = '#1a1a1a') => {
    const el = document.createElementNS(ns, 'text');
    Object.entries({ x, y, 'font-size': size * u, 'font-weight': weight, fill }).forEach(([k, v]) =>
      el.setAttribute(k, String(v)),
    );
    el.textContent = t;
    out.append(el);
  };
  const bg = document.createElementNS(ns, 'rect');
  Object.entries({ x: X - bx, y: Y - by, width: W + 2 * bx, height: H + 2 * by, fill: '#ffffff' }).forEach(([k, v]) =>
    bg.setAttribute(k, String(v)),
  );
  out.append(bg);
  titleLines.forEach((line, i) => text(line, box.x, Y + margin + (6 + 22 * i) * u, 18, 700));
  if (caption.subtitle) text(caption.subtitle, box.x, Y + margin + (28 + titleH) * u, 14, 400, '#444444');
  // The drawing keeps to its own box, as it does on screen (cells outside a zoomed region are cut).
  const clip = document.createElementNS(ns, 'clipPath');
  clip.setAttribute('id', 'planatlas-export-clip');
  const clipRect = document.createElementNS(ns, 'rect');
  Object.entries({ x: box.x, y: box.y, width: box.width, height: box.height }).forEach(([k, v]) =>
    clipRect.setAttribute(k, String(v)),
  );
  clip.append(clipRect);
  out.append(clip);
  // Definitions (patterns) stay outside the clip so fills keep working.
  for (const d of [...clone.querySelectorAll('defs')]) out.append(d);
  const body = document.createElementNS(ns, 'g');
  body.setAttribute('clip-path', 'url(#planatlas-export-clip)');
  for (const child of [...clone.childNodes]) body.append(child);
  out.append(body);
  let row = 0;
  caption.lines.forEach((line, i) => {
    row += 1;
    const y = box.y + box.height + lineH * row;
    let x = box.x;
    if (line.ramp) {
      const id = `planatlas-export-ramp-${i}`;
      const grad = document.createElementNS(ns, 'linearGradient');
      grad.setAttribute('id', id);
      line.ramp.forEach((c, j) => {
        const stop = document.createElementNS(ns, 'stop');
        stop.setAttribute('offset', String(j / Math.max(1, line.ramp!.length - 1)));
        stop.setAttribute('stop-color', c);
        grad.append(stop);
      });
      out.append(grad);
      const bar = document.createElementNS(ns, 'rect');
      Object.entries({
        x,
        y: y - 11 * u,
        width: 80 * u,
        height: 12 * u,
        fill: `url(#${id})`,
        stroke: '#555',
        'stroke-width': 0.6 * u,
      }).forEach(([k, v]) => bar.setAttribute(k, String(v)));
      out.append(bar);
      x += 88 * u;
    } else if (line.colour || line.shape) {
      out.append(swatch(ns, line, x, y, u));
      x += (line.shape === 'bar' || line.shape === 'outline' ? 26 : 18) * u;
    }
    wrapped[i].forEach((part, j) => text(part, x, y + j * lineH, 13));
    row += Math.max(1, wrapped[i].length) - 1;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`;
}

function inlineStyles(from: Element, to: Element): void {
  const cs = getComputedStyle(from);
  const target = to as SVGElement;
  for (const p of STYLE_PROPS) {
    const v = cs.getPropertyValue(p);
    if (v && !(p === 'visibility' && v === 'visible')) target.setAttribute(p, v);
  }
  for (let i = 0; i < from.children.length; i++) inlineStyles(from.children[i], to.children[i]);
}

/** The largest side of a downloaded PNG: a slide or a page, never a strip thousands of pixels long. */
export const PNG_MAX = 4096;

/** The scale for a picture of `w` × `h` px: `scale`, less when a side would pass PNG_MAX. */
export const pngScale = (w: number, h: number, scale = 2) => Math.min(scale, PNG_MAX / Math.max(1, w, h));

/** Render an SVG document to a PNG blob at `scale` × its size (at most PNG_MAX px a side). */
export async function svgToPng(svgText: string, wanted = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = pngScale(img.naturalWidth, img.naturalHeight, wanted);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
