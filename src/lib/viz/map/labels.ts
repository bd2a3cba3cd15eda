/**
 * Names on the map: a consistent short form when a name does not fit ("Ulric."), one label per tile
 * at a readable screen size, and greedy placement without overlaps for the geographic map. Pure.
 */
import { compareCode } from '$lib/domain/collate';

/** Average glyph width as a share of the font size (system sans-serif, mixed case). */
export const CHAR_W = 0.62;
/** The smallest label on screen, in px. */
export const MIN_PX = 10;

/**
 * The name in at most `max` characters: whole when it fits, else its first letters and a full stop
 * ("Ulricehamn", 6 → "Ulric."). Never ends in a space or hyphen before the stop; '' when not even
 * three letters fit.
 */
export function shortName(name: string, max: number): string {
  if (name.length <= max) return name;
  if (max < 4) return '';
  return `${name.slice(0, max - 1).replace(/[\s-]+$/, '')}.`;
}

export interface Label {
  code: string;
  x: number;
  y: number;
  text: string;
  /** Font size in drawing units (px on screen ÷ pxPerUnit). */
  size: number;
}

export interface TileLabelInput {
  cells: { kommunkod: string; x: number; y: number }[];
  /** Which tiles get a name. */
  codes: Set<string>;
  name: (code: string) => string;
  /** Hexagon size (centre to corner) in drawing units. */
  hexSize: number;
  /** Screen px per drawing unit. */
  pxPerUnit: number;
  /** Largest font on screen, px. */
  maxPx?: number;
}

/**
 * A label inside each tile of `codes`, as large as fits (up to maxPx) but never under MIN_PX on screen;
 * names that do not fit whole at MIN_PX get the short form. Tiles too small for three letters get none.
 */
export function tileLabels(input: TileLabelInput): Label[] {
  const { hexSize, pxPerUnit } = input;
  const maxPx = input.maxPx ?? 13;
  // Usable width inside a pointy-top hexagon around its centre line: its full width less a little air.
  const widthPx = Math.sqrt(3) * hexSize * pxPerUnit * 0.92;
  const heightPx = hexSize * pxPerUnit;
  const out: Label[] = [];
  for (const c of input.cells) {
    if (!input.codes.has(c.kommunkod)) continue;
    const name = input.name(c.kommunkod);
    const whole = widthPx / (name.length * CHAR_W);
    const px = Math.min(maxPx, heightPx * 0.9, Math.max(MIN_PX, whole));
    if (px < MIN_PX) continue;
    const text = shortName(name, Math.floor(widthPx / (px * CHAR_W)));
    if (!text) continue;
    out.push({ code: c.kommunkod, x: c.x, y: c.y, text, size: px / pxPerUnit });
  }
  return out;
}

export interface Candidate {
  code: string;
  x: number;
  y: number;
  text: string;
  /** Higher first (e.g. selected, then larger areas). */
  priority: number;
}

/**
 * Labels that do not overlap each other, highest priority first: each centred on its point at
 * `px` on screen; a label whose box meets an already placed one is left out. Coordinates in drawing units.
 */
export function placeLabels(candidates: Candidate[], pxPerUnit: number, px = 11, pad = 2): Label[] {
  const size = px / pxPerUnit;
  const h = size * 1.2;
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const out: Label[] = [];
  const order = [...candidates]
    .filter((c) => Number.isFinite(c.x) && Number.isFinite(c.y))
    .sort((a, b) => b.priority - a.priority || compareCode(a.code, b.code));
  const p = pad / pxPerUnit;
  for (const c of order) {
    const w = c.text.length * CHAR_W * size;
    const box = { x0: c.x - w / 2 - p, y0: c.y - h / 2 - p, x1: c.x + w / 2 + p, y1: c.y + h / 2 + p };
    if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    placed.push(box);
    out.push({ code: c.code, x: c.x, y: c.y, text: c.text, size });
  }
  return out;
}

/** Centre of each group's points (e.g. counties from their municipalities' tiles). */
export function groupCentres(
  points: { kommunkod: string; x: number; y: number }[],
  groupOf: (code: string) => string,
): Map<string, { x: number; y: number; n: number }> {
  const sums = new Map<string, { x: number; y: number; n: number }>();
  for (const p of points) {
    if (!Number.isFinite(p.x)) continue;
    const g = groupOf(p.kommunkod);
    const s = sums.get(g) ?? { x: 0, y: 0, n: 0 };
    s.x += p.x;
    s.y += p.y;
    s.n++;
    sums.set(g, s);
  }
  for (const s of sums.values()) {
    s.x /= s.n;
    s.y /= s.n;
  }
  return sums;
}
