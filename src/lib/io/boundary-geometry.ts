/**
 * Boundary geometry: area geometries validated (broken coordinates refuse the file), rings closed,
 * slivers dropped, and rewound for drawing with d3-geo; extents and point counts. Pure.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { BoundaryError, isObject, tb } from './boundary-source';

export type Rings = Position[][];
export type Box = [number, number, number, number];

/** Polygons of an area geometry, validated; null when the geometry is not an area; throws on broken coordinates. */
export function polygonsOf(geometry: unknown, where: () => string): Rings[] | null {
  if (!isObject(geometry)) return null;
  let polys: unknown[];
  if (geometry.type === 'Polygon') polys = [geometry.coordinates];
  else if (geometry.type === 'MultiPolygon') {
    if (!Array.isArray(geometry.coordinates)) throw new BoundaryError(tb().badCoordinates(where()));
    polys = geometry.coordinates;
  } else return null;
  const out: Rings[] = [];
  for (const poly of polys) {
    if (!Array.isArray(poly)) throw new BoundaryError(tb().badCoordinates(where()));
    const rings: Rings = [];
    for (const ring of poly) {
      if (!Array.isArray(ring)) throw new BoundaryError(tb().badCoordinates(where()));
      const pts: Position[] = [];
      for (const p of ring) {
        if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
          throw new BoundaryError(tb().badCoordinates(where()));
        }
        pts.push([p[0], p[1]]);
      }
      if (pts.length && (pts[0][0] !== pts[pts.length - 1][0] || pts[0][1] !== pts[pts.length - 1][1]))
        pts.push([...pts[0]]);
      // A ring needs three distinct corners; slivers and empty rings are dropped.
      if (pts.length < 4) {
        if (!rings.length) break; // no exterior: drop the polygon
        continue;
      }
      rings.push(pts);
    }
    if (rings.length) out.push(rings);
  }
  return out;
}

/** Twice the signed area; positive = counter-clockwise with y up. */
function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a;
}

/** d3-geo winding: exterior clockwise, holes counter-clockwise (with y up). */
export function rewind(rings: Rings): Rings {
  return rings.map((ring, i) => {
    const ccw = ringArea(ring) > 0;
    return (i === 0 ? ccw : !ccw) ? [...ring].reverse() : ring;
  });
}

export function extent(entries: Iterable<{ polygons: Rings[] }>): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { polygons } of entries) {
    for (const rings of polygons) {
      for (const [x, y] of rings[0]) {
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
    }
  }
  return box;
}

export function countPoints(g: Polygon | MultiPolygon): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.reduce((n, rings) => n + rings.reduce((k, r) => k + r.length, 0), 0);
}
