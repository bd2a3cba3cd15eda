/**
 * Names on the map: a consistent short form when a name does not fit ("Ulric."), one label per tile
 * at a readable screen size, and greedy placement without overlaps for the geographic map. Pure.
 */
import { compareCode } from '$lib/domain/collate';

/** Average glyph width as a share of the font size (system sans-serif, mixed case). */
export const CHAR_W = 0.62;
/** The smallest label on screen, in px (UI.md: text at least 12 px). */
export const MIN_PX = 12;

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

const VOWELS = /[aeiouyåäöéü]/i;

/**
 * Other short forms of a name in `max` characters, for when its first letters are another name's
 * too: its first letters and then the consonants of the rest ("Göteborg" → "Götb.", "Götene" →
 * "Götn."), the longest beginning first. Each ends in a full stop.
 */
function alternatives(name: string, max: number): string[] {
  const out: string[] = [];
  for (let i = max - 2; i >= 1; i--) {
    const rest = [...name.slice(i)].filter((ch) => /[\s-]/.test(ch) || !VOWELS.test(ch)).join('');
    const text = (name.slice(0, i) + rest).slice(0, max - 1).replace(/[\s-]+$/, '');
    if (text.length > i) out.push(`${text}.`);
  }
  return out;
}

/**
 * A short form for each name in at most `max` characters, unique among the names: whole when it
 * fits, else `shortName`; names whose short forms meet (and a short form that is another name) get
 * `alternatives`, and, when none is free, a number. '' when not even three letters fit.
 */
export function abbreviate(names: readonly string[], max: number): Map<string, string> {
  const out = new Map<string, string>();
  const unique = [...new Set(names)];
  for (const n of unique) out.set(n, shortName(n, max));
  if (max < 4) return out;
  const holders = new Map<string, string[]>();
  for (const [n, s] of out) holders.set(s, [...(holders.get(s) ?? []), n]);
  const taken = new Set(out.values());
  for (const [short, group] of holders) {
    if (group.length < 2) continue;
    // A name shown whole keeps it; the shortened ones move to a free alternative.
    const shortened = group.filter((n) => n !== short);
    if (shortened.length === group.length) taken.delete(short);
    for (const n of shortened) {
      const numbered = Array.from({ length: 9 }, (_, k) => `${n.slice(0, max - 3)}.${k + 1}`);
      const free = [...alternatives(n, max), ...numbered].find((c) => !taken.has(c));
      if (!free) continue;
      out.set(n, free);
      taken.add(free);
    }
  }
  return out;
}

export interface Label {
  code: string;
  x: number;
  y: number;
  text: string;
  /** Font size in drawing units (px on screen ÷ pxPerUnit). */
  size: number;
  /** The whole name when `text` is a short form of it (for the map's key of abbreviations). */
  name?: string;
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

/** Share of the names that must fit whole for a font size to be chosen over a smaller one. */
const WHOLE_SHARE = 0.8;

/**
 * A label inside each tile of `codes`, all in one font size: the largest (up to maxPx, never under
 * MIN_PX on screen) at which most names fit whole; the others get short forms, one length for the
 * map and unique among the labels (`abbreviate`). Tiles too small for three letters get none.
 */
export function tileLabels(input: TileLabelInput): Label[] {
  const { hexSize, pxPerUnit } = input;
  const maxPx = Math.min(input.maxPx ?? 13, hexSize * pxPerUnit * 0.9);
  if (maxPx < MIN_PX) return [];
  // Usable width inside a pointy-top hexagon around its centre line: its full width less a little air.
  const widthPx = Math.sqrt(3) * hexSize * pxPerUnit * 0.92;
  const cells = input.cells.filter((c) => input.codes.has(c.kommunkod));
  const names = cells.map((c) => input.name(c.kommunkod));
  const fits = (px: number) => names.filter((n) => n.length * CHAR_W * px <= widthPx).length;
  let px = MIN_PX;
  for (let p = Math.floor(maxPx * 2) / 2; p >= MIN_PX; p -= 0.5)
    if (fits(p) >= names.length * WHOLE_SHARE) {
      px = p;
      break;
    }
  const short = abbreviate(names, Math.floor(widthPx / (px * CHAR_W)));
  const out: Label[] = [];
  cells.forEach((c, i) => {
    const text = short.get(names[i]) ?? '';
    if (!text) return;
    out.push({
      code: c.kommunkod,
      x: c.x,
      y: c.y,
      text,
      size: px / pxPerUnit,
      ...(text !== names[i] ? { name: names[i] } : {}),
    });
  });
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
export function placeLabels(candidates: Candidate[], pxPerUnit: number, px = MIN_PX, pad = 2): Label[] {
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

/** The area of an SVG path made of M, L and Z (a drawn boundary), in square drawing units. */
export function pathArea(d: string): number {
  let total = 0;
  for (const ring of d.split('M').slice(1)) {
    const pts = ring
      .replace(/Z/g, '')
      .split('L')
      .map((p) => p.split(',').map(Number));
    let a = 0;
    for (let i = 0; i < pts.length; i++) {
      const [x0, y0] = pts[i];
      const [x1, y1] = pts[(i + 1) % pts.length];
      a += x0 * y1 - x1 * y0;
    }
    if (Number.isFinite(a)) total += a / 2;
  }
  return Math.abs(total);
}

/** The longest short form on the geographic map, in characters with its mark. */
export const GEO_SHORT = 6;

export interface GeoLabelInput {
  shapes: { kommunkod: string; x: number; y: number }[];
  /** Which municipalities get a name when there is room. */
  codes: Set<string>;
  /** Named first, always. */
  selected: Set<string>;
  name: (code: string) => string;
  /** Who is named first: population when it is known, else area. */
  weight: (code: string) => number;
  pxPerUnit: number;
  /** Font size on screen, px: one for the map. */
  px?: number;
}

/**
 * Names on real borders: the selection and then the largest municipalities first (by `weight`),
 * each at its centre or just above or below it, whole or else in its short form (unique in the
 * region, `abbreviate`), and only where it meets no label already placed: the largest are always
 * named, smaller ones where there is room.
 */
export function geoLabels(input: GeoLabelInput): Label[] {
  const { pxPerUnit } = input;
  const size = (input.px ?? 12) / pxPerUnit;
  const h = size * 1.2;
  const pad = 2 / pxPerUnit;
  const shapes = input.shapes.filter(
    (s) => input.codes.has(s.kommunkod) && Number.isFinite(s.x) && Number.isFinite(s.y),
  );
  const short = abbreviate(
    shapes.map((s) => input.name(s.kommunkod)),
    GEO_SHORT,
  );
  const order = shapes
    .map((s) => ({ s, w: input.weight(s.kommunkod), sel: input.selected.has(s.kommunkod) }))
    .sort((a, b) => Number(b.sel) - Number(a.sel) || b.w - a.w || compareCode(a.s.kommunkod, b.s.kommunkod));
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const out: Label[] = [];
  for (const { s } of order) {
    const name = input.name(s.kommunkod);
    const texts = [...new Set([name, short.get(name) ?? ''])].filter(Boolean);
    found: for (const text of texts)
      for (const dy of [0, -h, h]) {
        const w = text.length * CHAR_W * size;
        const y = s.y + dy;
        const box = { x0: s.x - w / 2 - pad, y0: y - h / 2 - pad, x1: s.x + w / 2 + pad, y1: y + h / 2 + pad };
        if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
        placed.push(box);
        out.push({ code: s.kommunkod, x: s.x, y, text, size, ...(text !== name ? { name } : {}) });
        break found;
      }
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
