/**
 * GeoPackage geometry blobs ("GP" header + envelope, then Well-Known Binary) → GeoJSON geometry.
 * Reads ISO WKB (types 1–7 with Z/M/ZM as +1000/+2000/+3000) and EWKB flags; keeps x and y only.
 * Pure and small; throws WkbError on a malformed blob (the caller names the feature).
 */
import type { Geometry, Position } from 'geojson';

export class WkbError extends Error {}

/** Bytes of the envelope per GeoPackage envelope indicator (flags bits 1–3). */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/** A GeoPackage geometry blob → GeoJSON geometry; null for an empty geometry. */
export function readGpkgGeometry(blob: Uint8Array): Geometry | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new WkbError('no GeoPackage geometry header');
  const flags = blob[3];
  const indicator = (flags >> 1) & 0x07;
  if (indicator >= ENVELOPE_BYTES.length) throw new WkbError(`bad envelope indicator ${indicator}`);
  if (flags & 0x10) return null; // empty geometry
  return readWkb(blob.subarray(8 + ENVELOPE_BYTES[indicator]));
}

/** Well-Known Binary → GeoJSON geometry. */
export function readWkb(bytes: Uint8Array): Geometry {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.length) throw new WkbError('geometry ends early');
  };

  function geometry(): Geometry {
    need(5);
    const little = view.getUint8(at) === 1;
    at += 1;
    let type = view.getUint32(at, little);
    at += 4;
    let dims = 2;
    // EWKB: high bits for Z, M and an embedded SRID.
    if (type & 0x80000000) dims++;
    if (type & 0x40000000) dims++;
    if (type & 0x20000000) {
      need(4);
      at += 4;
    }
    type &= 0x0fffffff;
    // ISO: 1000s for Z, M and ZM.
    const iso = Math.floor(type / 1000);
    if (iso === 1 || iso === 2) dims = 3;
    else if (iso === 3) dims = 4;
    type %= 1000;
    const u32 = () => {
      need(4);
      const v = view.getUint32(at, little);
      at += 4;
      return v;
    };
    const point = (): Position => {
      need(8 * dims);
      const p: Position = [view.getFloat64(at, little), view.getFloat64(at + 8, little)];
      at += 8 * dims;
      return p;
    };
    const points = () => {
      const n = u32();
      need(n * 8 * dims);
      return Array.from({ length: n }, point);
    };
    const rings = () => Array.from({ length: u32() }, points);
    const parts = <T extends Geometry>(want: number): T[] =>
      Array.from({ length: u32() }, () => {
        const g = geometry();
        if (want && TYPES[want] !== g.type) throw new WkbError(`${TYPES[want]} expected, got ${g.type}`);
        return g as T;
      });
    switch (type) {
      case 1:
        return { type: 'Point', coordinates: point() };
      case 2:
        return { type: 'LineString', coordinates: points() };
      case 3:
        return { type: 'Polygon', coordinates: rings() };
      case 4:
        return {
          type: 'MultiPoint',
          coordinates: parts<{ type: 'Point'; coordinates: Position }>(1).map((g) => g.coordinates),
        };
      case 5:
        return {
          type: 'MultiLineString',
          coordinates: parts<{ type: 'LineString'; coordinates: Position[] }>(2).map((g) => g.coordinates),
        };
      case 6:
        return {
          type: 'MultiPolygon',
          coordinates: parts<{ type: 'Polygon'; coordinates: Position[][] }>(3).map((g) => g.coordinates),
        };
      case 7:
        return { type: 'GeometryCollection', geometries: parts(0) };
      default:
        throw new WkbError(`geometry type ${type} is not supported`);
    }
  }

  return geometry();
}

const TYPES: Record<number, Geometry['type']> = { 1: 'Point', 2: 'LineString', 3: 'Polygon' };
