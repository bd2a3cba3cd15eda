/**
 * Pointy-top hexagons in axial coordinates (q, r), as in src/data/tilemap.json:
 * r grows downwards (southwards), q to the right. Pure and unit-tested.
 */

export interface Hex {
  q: number;
  r: number;
}

export interface Point {
  x: number;
  y: number;
}

const SQRT3 = Math.sqrt(3);

/** Axial directions, clockwise from east. */
const DIRECTIONS: readonly Hex[] = [
  { q: 1, r: 0 },
  { q: 1, r: -1 },
  { q: 0, r: -1 },
  { q: -1, r: 0 },
  { q: -1, r: 1 },
  { q: 0, r: 1 },
];

/** Number of hexagon steps between a and b. */
export function hexDistance(a: Hex, b: Hex): number {
  const dq = a.q - b.q;
  const dr = a.r - b.r;
  return (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
}

/** The 6 hexagons sharing a side with (q, r). */
export function hexNeighbours(q: number, r: number): Hex[] {
  return DIRECTIONS.map((d) => ({ q: q + d.q, r: r + d.r }));
}

/** Centre of hexagon (q, r); size is the centre-to-corner distance. */
export function hexToPixel(q: number, r: number, size: number): Point {
  return { x: size * SQRT3 * (q + r / 2), y: ((size * 3) / 2) * r };
}

/** The 6 corners of a pointy-top hexagon centred on (cx, cy), clockwise from the top. */
export function hexCorners(cx: number, cy: number, size: number): Point[] {
  const h = (size * SQRT3) / 2;
  const half = size / 2;
  return [
    { x: cx, y: cy - size },
    { x: cx + h, y: cy - half },
    { x: cx + h, y: cy + half },
    { x: cx, y: cy + size },
    { x: cx - h, y: cy + half },
    { x: cx - h, y: cy - half },
  ];
}
