/** Tile map geometry: hexagon paths, county outlines, the view box of a region, keyboard moves. Pure. */
import { hexCorners, hexNeighbours, hexToPixel } from './hex';
import { boundsOf, fitBounds } from './fit';

export interface Cell {
  kommunkod: string;
  q: number;
  r: number;
}

export interface TileGeometry {
  cells: (Cell & { x: number; y: number; path: string })[];
  /** County borders: segments between hexes of different counties, and the coast (no neighbour). */
  outline: string;
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

const f = (n: number) => Math.round(n * 10) / 10;

export function tileGeometry(cells: Cell[], countyOf: (code: string) => string, size: number): TileGeometry {
  const at = new Map(cells.map((c) => [`${c.q},${c.r}`, c]));
  const out: TileGeometry['cells'] = [];
  const segments: string[] = [];
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const c of cells) {
    const { x, y } = hexToPixel(c.q, c.r, size);
    const corners = hexCorners(x, y, size);
    out.push({ ...c, x, y, path: `M${corners.map((p) => `${f(p.x)},${f(p.y)}`).join('L')}Z` });
    x0 = Math.min(x0, x - size);
    y0 = Math.min(y0, y - size);
    x1 = Math.max(x1, x + size);
    y1 = Math.max(y1, y + size);
    // Corner i..i+1 faces a neighbour: map each side to its axial direction (pointy-top, corners clockwise from top).
    const sideDir = [
      { q: 1, r: -1 }, // top-right side
      { q: 1, r: 0 }, // right
      { q: 0, r: 1 }, // bottom-right
      { q: -1, r: 1 }, // bottom-left
      { q: -1, r: 0 }, // left
      { q: 0, r: -1 }, // top-left
    ];
    sideDir.forEach((d, i) => {
      const n = at.get(`${c.q + d.q},${c.r + d.r}`);
      if (n && countyOf(n.kommunkod) === countyOf(c.kommunkod)) return;
      // Draw each shared side once (from the cell with the smaller code); coast sides always.
      if (n && n.kommunkod < c.kommunkod) return;
      const a = corners[i];
      const b = corners[(i + 1) % 6];
      segments.push(`M${f(a.x)},${f(a.y)}L${f(b.x)},${f(b.y)}`);
    });
  }
  return { cells: out, outline: segments.join(''), bounds: { x0, y0, x1, y1 } };
}

/** The tile map's margin around a region, a share of its width and height (a hexagon's straight edge needs less room than a real border). */
export const TILE_MARGIN = 0.04;

/**
 * The view box that fits the given cells' hexagons with a margin of TILE_MARGIN all round (fit.ts),
 * or every cell when none or `all`.
 */
export function fitViewBox(
  geo: TileGeometry,
  codes: Set<string>,
  size: number,
  all: boolean,
): [number, number, number, number] {
  const chosen = all || codes.size === 0 ? geo.cells : geo.cells.filter((c) => codes.has(c.kommunkod));
  const cells = chosen.length ? chosen : geo.cells;
  // A pointy-top hexagon: √3/2 × size either side of its centre across, size up and down.
  const hw = (size * Math.sqrt(3)) / 2;
  const b = boundsOf(cells.map((c) => [c.x - hw, c.y - size, c.x + hw, c.y + size] as const));
  return b
    ? fitBounds(b, TILE_MARGIN)
    : [geo.bounds.x0, geo.bounds.y0, geo.bounds.x1 - geo.bounds.x0, geo.bounds.y1 - geo.bounds.y0];
}

export interface Placed {
  kommunkod: string;
  x: number;
  y: number;
}

/**
 * Arrow-key move on a map: the neighbour in that direction, or else the nearest municipality whose
 * centre lies in that direction (so keys never get stuck at a gap). Works for hexagons and real borders.
 */
export function moveAmong(
  points: Placed[],
  code: string,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown',
  isNeighbour: (a: string, b: string) => boolean,
  within?: Set<string>,
): string | null {
  const from = points.find((c) => c.kommunkod === code);
  if (!from) return null;
  const dir = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[key];
  let best: Placed | null = null;
  let bestScore = Infinity;
  for (const c of points) {
    if (c.kommunkod === code || (within && !within.has(c.kommunkod)) || !Number.isFinite(c.x)) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * dir[0] + dy * dir[1];
    if (along <= 0.1) continue;
    const across = Math.abs(dx * dir[1] - dy * dir[0]);
    // Neighbours first, then by distance with a penalty for going sideways.
    const score = (isNeighbour(code, c.kommunkod) ? 0 : 1e9) + along + across * 2;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best?.kommunkod ?? null;
}

/** Arrow-key move on the tile map (hexagon neighbours). */
export function moveFrom(
  geo: TileGeometry,
  code: string,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown',
  within?: Set<string>,
): string | null {
  const at = new Map(geo.cells.map((c) => [c.kommunkod, c]));
  const isNeighbour = (a: string, b: string) => {
    const p = at.get(a)!;
    const q = at.get(b)!;
    return hexNeighbours(p.q, p.r).some((h) => h.q === q.q && h.r === q.r);
  };
  return moveAmong(geo.cells, code, key, isNeighbour, within);
}
