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
  lines: { text: string; colour?: string; shape?: 'square' | 'bar' | 'diamond' | 'dot' | 'outline' }[];
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
    default:
      return el('rect', { x, y: y - s + u, width: s, height: s, fill, stroke: '#555', 'stroke-width': 0.6 * u });
  }
}

/** A standalone SVG document of `svg` with title, subtitle, legend and source around it, with margins; `extra` adds elements before serialising. */
export function svgDocument(svg: SVGSVGElement, caption: Caption, extra?: (clone: SVGSVGElement) => void): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  extra?.(clone);
  const box =
    svg.viewBox.baseVal && svg.viewBox.baseVal.width
      ? svg.viewBox.baseVal
      : { x: 0, y: 0, width: svg.clientWidth, height: svg.clientHeight };
  // Drawing units per screen px (preserveAspectRatio "meet": the larger ratio).
  const u = Math.max(
    box.width / Math.max(1, svg.clientWidth || box.width),
    box.height / Math.max(1, svg.clientHeight || box.height),
  );
  const margin = 20 * u;
  const lineH = 20 * u;
  const top = (caption.subtitle ? 58 : 38) * u;
  const bottom = (caption.lines.length + 0.6) * lineH + margin;
  const ns = 'http://www.w3.org/2000/svg';
  const out = document.createElementNS(ns, 'svg');
  const X = box.x - margin;
  const Y = box.y - top;
  const W = box.width + 2 * margin;
  const H = box.height + top + bottom;
  out.setAttribute('xmlns', ns);
  out.setAttribute('viewBox', `${X} ${Y} ${W} ${H}`);
  out.setAttribute('width', String(Math.round(W / u)));
  out.setAttribute('height', String(Math.round(H / u)));
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
  Object.entries({ x: X, y: Y, width: W, height: H, fill: '#ffffff' }).forEach(([k, v]) =>
    bg.setAttribute(k, String(v)),
  );
  out.append(bg);
  text(caption.title, box.x, Y + margin + 6 * u, 18, 700);
  if (caption.subtitle) text(caption.subtitle, box.x, Y + margin + 28 * u, 14, 400, '#444444');
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
  caption.lines.forEach((line, i) => {
    const y = box.y + box.height + lineH * (i + 1);
    let x = box.x;
    if (line.colour || line.shape) {
      out.append(swatch(ns, line, x, y, u));
      x += (line.shape === 'bar' || line.shape === 'outline' ? 26 : 18) * u;
    }
    text(line.text, x, y, 13);
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

/** Render an SVG document to a PNG blob at `scale` × its size. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
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
