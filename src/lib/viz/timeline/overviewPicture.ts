/**
 * "En rad per kommun" as a picture for a slide, headless: the rows laid out in as many columns as
 * bring the picture nearest 16:9 (49 rows in one, all 290 of Sweden in five), each column with its
 * names, overdue counts, time axis and rows drawn as on screen. Pure (SVG markup out) but for
 * overviewDocument, which adds the caption in the browser.
 */
import type { TimeLocaleObject } from 'd3-time-format';
import { baseScale, ticks } from './axis';
import { dayMs } from './items';
import { svgDocument, type Caption } from '$lib/viz/export';
import { OVERVIEW, PHASE_COLOURS, QUARTER_COLOURS, rowGeometry, type OverviewMark, type OverviewRow } from './overview';

/** Milestone shapes (path at the origin) and fills: the same on screen, in the key and in a picture. */
export const MARK_SHAPES: Record<OverviewMark['key'], string> = {
  startdatum: 'M0,-4L4,0L0,4Z',
  antagen: 'M0,-4.5L4.5,0L0,4.5L-4.5,0Z',
  uppfoljning: 'M-3.5,-3.5H3.5V3.5H-3.5Z',
  planerat_klart: 'M0,-4L4,0L0,4L-4,0Z',
};
/** The milestones in the key's order. */
export const MARK_KEYS = Object.keys(MARK_SHAPES) as OverviewMark['key'][];
export const markFill = (key: string): string => (key === 'planerat_klart' ? '#ffffff' : '#1a1a1a');

/** A running quarter's cell is darker the more measures run in it. */
export const runningOpacity = (running: number): number => Math.min(1, 0.45 + running / 8);

export interface PictureLayout {
  columns: number;
  /** Rows in each column (the last may hold fewer). */
  perColumn: number;
  /** The whole drawing and one column, in px. */
  width: number;
  height: number;
  columnWidth: number;
}

export interface PictureOptions {
  /** The drawing's width with one column, and the narrowest a column may be (px). */
  width: number;
  minColumn: number;
  /** What the picture adds around the drawing (title, legend, source), to aim the whole at 16:9 (px). */
  captionHeight: number;
  axis: number;
  rowHeight: number;
  maxColumns: number;
}

export const PICTURE_DEFAULTS: PictureOptions = {
  width: 1700,
  minColumn: 380,
  captionHeight: 370,
  axis: 22,
  rowHeight: OVERVIEW.rowHeight,
  maxColumns: 8,
};

/** The columns for `n` rows whose picture (drawing and caption) is nearest a 16:9 slide. */
export function pictureLayout(n: number, o: PictureOptions = PICTURE_DEFAULTS): PictureLayout {
  let best: PictureLayout | null = null;
  let bestScore = Infinity;
  for (let k = 1; k <= Math.max(1, Math.min(o.maxColumns, n)); k++) {
    const perColumn = Math.ceil(Math.max(1, n) / k);
    const columnWidth = Math.max(o.minColumn, o.width / k);
    const width = k * columnWidth;
    const height = o.axis + perColumn * o.rowHeight;
    const score = Math.abs(Math.log(width / (height + o.captionHeight) / (16 / 9)));
    if (score < bestScore - 1e-9) {
      bestScore = score;
      best = { columns: k, perColumn, width, height, columnWidth };
    }
  }
  return best!;
}

export interface PictureText {
  municipality: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n2 = (v: number) => String(Math.round(v * 100) / 100);

/**
 * The overview's rows as one SVG document (markup), `layout.width` × `layout.height` px: for each
 * column the head "Kommun", the time axis, and per row its name, its overdue count (red), the major
 * year lines, the plan's phases, the quarters' strip, the milestones and the "today" line.
 */
export function overviewPictureSvg(
  rows: readonly OverviewRow[],
  domain: [number, number],
  today: string,
  locale: TimeLocaleObject,
  text: PictureText,
  layout: PictureLayout = pictureLayout(rows.length),
  o: PictureOptions = PICTURE_DEFAULTS,
): string {
  const gutter = layout.columnWidth < 500 ? 112 : 150;
  const plot = Math.max(60, layout.columnWidth - gutter - 16);
  const scale = baseScale(domain, plot);
  const x = (ms: number) => scale(ms);
  const axisTicks = ticks(scale, plot, locale);
  const todayX = scale(dayMs(today));
  const g = OVERVIEW;
  const out: string[] = [];
  for (let c = 0; c < layout.columns; c++) {
    const part = rows.slice(c * layout.perColumn, (c + 1) * layout.perColumn);
    if (!part.length) break;
    const left = c * layout.columnWidth;
    const bottom = o.axis + part.length * o.rowHeight;
    out.push(`<g transform="translate(${n2(left)},0)">`);
    out.push(
      `<text x="0" y="${o.axis - 8}" font-size="12" font-weight="600" fill="#1a1a1a">${esc(text.municipality)}</text>`,
    );
    out.push(`<g transform="translate(${gutter},0)">`);
    for (const tk of axisTicks) {
      out.push(`<line x1="${n2(tk.x)}" x2="${n2(tk.x)}" y1="${o.axis - 6}" y2="${o.axis}" stroke="#6b7580"/>`);
      out.push(
        `<text x="${n2(tk.x + 3)}" y="${o.axis - 8}" font-size="12" fill="#333" font-weight="${tk.major ? 600 : 400}">${esc(tk.label)}</text>`,
      );
      if (tk.major)
        out.push(`<line x1="${n2(tk.x)}" x2="${n2(tk.x)}" y1="${o.axis}" y2="${bottom}" stroke="#e3e6ea"/>`);
    }
    out.push(`<line x1="0" x2="${plot}" y1="${o.axis - 0.5}" y2="${o.axis - 0.5}" stroke="#6b7580"/>`);
    out.push('</g>');
    part.forEach((row, i) => {
      const y = o.axis + i * o.rowHeight;
      const geo = rowGeometry(row, x);
      out.push(`<text x="0" y="${y + o.rowHeight - 3}" font-size="11" fill="#1a1a1a">${esc(row.name)}</text>`);
      if (row.overdue)
        out.push(
          `<text x="${gutter - 6}" y="${y + o.rowHeight - 3}" font-size="11" font-weight="600" fill="#b00020" text-anchor="end">${row.overdue}</text>`,
        );
      out.push(`<g transform="translate(${gutter},${y})">`);
      for (const p of geo.phases)
        out.push(
          `<rect x="${n2(p.x)}" y="${g.bandTop}" width="${n2(p.w)}" height="${g.bandHeight}" fill="${PHASE_COLOURS[p.phase]}" rx="1"/>`,
        );
      for (const cell of geo.cells) {
        const op = cell.state === 'running' ? ` opacity="${n2(runningOpacity(cell.q.running))}"` : '';
        out.push(
          `<rect x="${n2(cell.x)}" y="${g.stripTop}" width="${n2(cell.w)}" height="${g.stripHeight}" fill="${QUARTER_COLOURS[cell.state]}"${op}/>`,
        );
      }
      for (const m of geo.marks)
        out.push(
          `<path d="${MARK_SHAPES[m.key]}" transform="translate(${n2(m.x)},${g.bandTop + g.bandHeight / 2})" fill="${markFill(m.key)}" stroke="#1a1a1a"/>`,
        );
      out.push('</g>');
    });
    out.push(
      `<line x1="${n2(gutter + todayX)}" x2="${n2(gutter + todayX)}" y1="${o.axis}" y2="${bottom}" stroke="#b00020" stroke-width="1.5"/>`,
    );
    out.push('</g>');
  }
  const { width: W, height: H } = layout;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n2(W)}" height="${H}" viewBox="0 0 ${n2(W)} ${H}" font-family="system-ui, sans-serif">${out.join('')}</svg>`;
}

/** The picture's markup as a standalone document with its caption (title, subtitle, key, source): browser only. */
export function overviewDocument(markup: string, caption: Caption): string {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  const svg = document.importNode(parsed, true) as unknown as SVGSVGElement;
  // Laid out off screen for a moment: the document reads its size and computed styles.
  svg.setAttribute('style', 'position:fixed;left:-100000px;top:0');
  document.body.append(svg);
  try {
    return svgDocument(svg, caption);
  } finally {
    svg.remove();
  }
}

/** The milestones' shapes in a picture's legend, after the plan's phases (the same key as on screen). */
export function withMilestoneKey(caption: Caption, head: string, names: Record<string, string>): Caption {
  const lines = [...caption.lines];
  const at = lines.findIndex((l) => l.shape === 'bar');
  const marks = MARK_KEYS.map((k) => ({
    text: `${head} ${names[k] ?? k}`,
    colour: markFill(k),
    shape: 'path' as const,
    d: MARK_SHAPES[k],
  }));
  lines.splice(at < 0 ? lines.length : at, 0, ...marks);
  return { ...caption, lines };
}
