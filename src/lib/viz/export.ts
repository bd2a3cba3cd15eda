/**
 * Download a drawing as a self-contained SVG or PNG with title, legend and source lines.
 * Styles that come from CSS are copied onto the cloned elements, so the file looks the same anywhere.
 */
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight', 'font-family', 'visibility'] as const;

export interface Caption {
  title: string;
  /** Lines under the drawing: legend entries, date, source. */
  lines: { text: string; colour?: string }[];
}

/** A standalone SVG document of `svg` with a caption; `extra` adds elements (e.g. canvas bars) before serialising. */
export function svgDocument(svg: SVGSVGElement, caption: Caption, extra?: (clone: SVGSVGElement) => void): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.querySelectorAll('[tabindex]').forEach((el) => el.removeAttribute('tabindex'));
  extra?.(clone);
  const box = svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.viewBox.baseVal : { x: 0, y: 0, width: svg.clientWidth, height: svg.clientHeight };
  const scale = box.width / Math.max(1, svg.clientWidth || box.width);
  const lineH = 18 * scale;
  const top = 30 * scale;
  const bottom = (caption.lines.length + 1) * lineH;
  const ns = 'http://www.w3.org/2000/svg';
  const out = document.createElementNS(ns, 'svg');
  out.setAttribute('xmlns', ns);
  out.setAttribute('viewBox', `${box.x} ${box.y - top} ${box.width} ${box.height + top + bottom}`);
  out.setAttribute('width', String(Math.round(box.width / scale)));
  out.setAttribute('height', String(Math.round((box.height + top + bottom) / scale)));
  out.setAttribute('font-family', 'system-ui, sans-serif');
  const bg = document.createElementNS(ns, 'rect');
  Object.entries({ x: box.x, y: box.y - top, width: box.width, height: box.height + top + bottom, fill: '#ffffff' }).forEach(([k, v]) => bg.setAttribute(k, String(v)));
  out.append(bg);
  const title = document.createElementNS(ns, 'text');
  Object.entries({ x: box.x + 4 * scale, y: box.y - top / 3, 'font-size': 16 * scale, 'font-weight': 700, fill: '#1a1a1a' }).forEach(([k, v]) => title.setAttribute(k, String(v)));
  title.textContent = caption.title;
  out.append(title);
  // The drawing keeps to its own box, as it does on screen (cells outside a zoomed region are cut).
  const clip = document.createElementNS(ns, 'clipPath');
  clip.setAttribute('id', 'planatlas-export-clip');
  const clipRect = document.createElementNS(ns, 'rect');
  Object.entries({ x: box.x, y: box.y, width: box.width, height: box.height }).forEach(([k, v]) => clipRect.setAttribute(k, String(v)));
  clip.append(clipRect);
  out.append(clip);
  const body = document.createElementNS(ns, 'g');
  body.setAttribute('clip-path', 'url(#planatlas-export-clip)');
  for (const child of [...clone.childNodes]) body.append(child);
  out.append(body);
  caption.lines.forEach((line, i) => {
    const y = box.y + box.height + lineH * (i + 1);
    let x = box.x + 4 * scale;
    if (line.colour) {
      const sw = document.createElementNS(ns, 'rect');
      Object.entries({ x, y: y - 11 * scale, width: 12 * scale, height: 12 * scale, fill: line.colour, stroke: '#333', 'stroke-width': 0.5 * scale }).forEach(([k, v]) => sw.setAttribute(k, String(v)));
      out.append(sw);
      x += 18 * scale;
    }
    const text = document.createElementNS(ns, 'text');
    Object.entries({ x, y, 'font-size': 12 * scale, fill: '#1a1a1a' }).forEach(([k, v]) => text.setAttribute(k, String(v)));
    text.textContent = line.text;
    out.append(text);
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
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
