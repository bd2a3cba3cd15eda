/**
 * The coordinate system of a boundary file: what the file declares (GeoJSON `crs`, a Shapefile's
 * .prj, a GeoPackage layer's srs), what its extent says when it declares nothing, the transform of
 * local SWEREF 99 zones and RT90 to SWEREF 99 TM (crs.ts), and the check that the coordinates lie in
 * Sweden. A file that declares a system Planatlas does not read (not Swedish, e.g. UTM 32N, or not
 * recognised) is refused with the system named (RELIABILITY 28), so the stored boundaries stay. Pure.
 */
import type { FileIssue } from './issues';
import { crsName, epsgFromWkt, RT90, SWEREF99TM, SWEREF_ZONES, toSweref99tm, WGS84 } from './crs';
import { extent, type Box, type Rings } from './boundary-geometry';
import { BoundaryError, fmt, isObject, tb, type Crs, type DeclaredCrs, type MakeIssue } from './boundary-source';

export const WGS84_RANGE = { x: [5, 30], y: [50, 75] } as const;
export const SWEREF_RANGE = { x: [100_000, 1_200_000], y: [6_000_000, 7_800_000] } as const;
/** RT90 2.5 gon V: its false easting of 1 500 km puts all of Sweden east of SWEREF 99 TM's range. */
export const RT90_RANGE = { x: [1_200_000, 1_900_000], y: [6_100_000, 7_700_000] } as const;

/**
 * UTM zone 33N on ETRS89 (EPSG:25833) or WGS 84 (EPSG:32633): the projection SWEREF 99 TM is defined
 * as (to within a metre), so such a file is read as SWEREF 99 TM.
 */
const SAME_AS_SWEREF99TM = new Set([25833, 32633]);
const SAME_AS_SWEREF99TM_NAME = /(ETRS1989|ETRS89|WGS1984|WGS84)UTMZONE33N/;

export function geoJsonCrs(crs: unknown): DeclaredCrs | undefined {
  if (!isObject(crs) || !isObject(crs.properties) || typeof crs.properties.name !== 'string') return undefined;
  const label = crs.properties.name;
  const epsg = epsgFromWkt(label);
  if (epsg && epsg !== WGS84 && epsg !== SWEREF99TM) return { crs: null, label, epsg, zone: !!SWEREF_ZONES[epsg] };
  if (/(^|\D)(3006|25833|32633)(\D|$)/.test(label)) return { crs: 'sweref99tm', label };
  if (/(^|\D)(4326|4258|4619)(\D|$)|crs84/i.test(label)) return { crs: 'wgs84', label };
  return { crs: null, label };
}

/** A .prj (ESRI WKT): SWEREF 99 TM, or geographic WGS 84 / SWEREF 99 (the same to a metre). */
export function prjCrs(text: string): DeclaredCrs | undefined {
  const wkt = text.trim();
  if (!wkt) return undefined;
  const head = /^\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS)\s*\[\s*"([^"]*)"/i.exec(wkt);
  const label = head?.[2] || wkt.slice(0, 60);
  const norm = wkt.toUpperCase().replace(/[\s_-]/g, '');
  const projected = head ? /^PROJ/i.test(head[1]) : /PROJCS|PROJCRS|PROJECTION/.test(norm);
  const epsg = epsgFromWkt(wkt);
  if (projected) {
    if (norm.includes('SWEREF99')) {
      const zone = !norm.includes('SWEREF99TM');
      return { crs: 'sweref99tm', label, zone, ...(zone && epsg && SWEREF_ZONES[epsg] ? { epsg } : {}) };
    }
    if (SAME_AS_SWEREF99TM_NAME.test(norm)) return { crs: 'sweref99tm', label };
    return { crs: null, label, ...(epsg === RT90 ? { epsg } : {}) };
  }
  if (/WGS84|WGS1984|SWEREF99|ETRS89|ETRF89/.test(norm)) return { crs: 'wgs84', label };
  return { crs: null, label };
}

/** A GeoPackage layer's system, from its EPSG code (gpkg_spatial_ref_sys); undefined when it declares none. */
export function gpkgCrs(epsg: number | undefined, label: string): DeclaredCrs | undefined {
  if (epsg === undefined) return undefined;
  if (epsg === WGS84) return { crs: 'wgs84', label };
  if (epsg === SWEREF99TM || SAME_AS_SWEREF99TM.has(epsg)) return { crs: 'sweref99tm', label };
  if (SWEREF_ZONES[epsg] || epsg === RT90) return { crs: null, label, epsg };
  return { crs: null, label };
}

/**
 * A declared system Planatlas neither reads nor transforms (e.g. "WGS 84 / UTM zone 32N
 * (EPSG:32632)") refuses the file, naming it. A file that declares nothing is judged by its extent.
 */
export function refuseUnreadable(declared: DeclaredCrs | undefined): void {
  if (declared && declared.crs === null && declared.epsg === undefined) {
    throw new BoundaryError(tb().crsRefused(declared.label));
  }
}

type Groups = Iterable<{ polygons: Rings[] }>;

/**
 * The system of the grouped polygons, from the declaration or the extent; the extent must lie in
 * Sweden. Local SWEREF 99 zones and RT90 (declared, or RT90 recognised by its extent) are
 * transformed to SWEREF 99 TM in place.
 */
export function settleCrs(
  groups: Groups,
  declared: DeclaredCrs | undefined,
  issue: MakeIssue,
  issues: FileIssue[],
): Crs {
  refuseUnreadable(declared);
  let box = extent(groups);
  const from = declared?.epsg ?? (!declared?.crs && inRange(box, RT90_RANGE) ? RT90 : undefined);
  if (from !== undefined && from !== SWEREF99TM && from !== WGS84) {
    const project = toSweref99tm(from);
    for (const entry of groups) {
      entry.polygons = entry.polygons.map((rings) => rings.map((ring) => ring.map((p) => project([p[0], p[1]]))));
    }
    issues.push(issue('info', tb().transformed(declared ? `${crsName(from)}, ${declared.label}` : crsName(from))));
    declared = { crs: 'sweref99tm', label: crsName(SWEREF99TM) };
    box = extent(groups);
  }
  return decideCrs(box, declared, issue, issues);
}

const inRange = (b: Box, r: { x: readonly [number, number]; y: readonly [number, number] }) =>
  b[0] >= r.x[0] && b[2] <= r.x[1] && b[1] >= r.y[0] && b[3] <= r.y[1];

function decideCrs(box: Box, declared: DeclaredCrs | undefined, issue: MakeIssue, issues: FileIssue[]): Crs {
  const m = tb();
  const found = m.foundRange(fmt(box[0]), fmt(box[2]), fmt(box[1]), fmt(box[3]));
  const swapped = inRange([box[1], box[0], box[3], box[2]], WGS84_RANGE) ? m.swapped : '';
  if (declared?.crs) {
    const range = declared.crs === 'wgs84' ? WGS84_RANGE : SWEREF_RANGE;
    if (!inRange(box, range)) {
      throw new BoundaryError(
        m.outOfRangeDeclared(m.crsNames[declared.crs], declared.label, found, rangeText(declared.crs)) + swapped,
      );
    }
    if (declared.zone) issues.push(issue('warning', m.crsZone(declared.label)));
    return declared.crs;
  }
  const crs: Crs | null = inRange(box, WGS84_RANGE) ? 'wgs84' : inRange(box, SWEREF_RANGE) ? 'sweref99tm' : null;
  if (!crs) throw new BoundaryError(m.outOfRange(found, rangeText('wgs84'), rangeText('sweref99tm')) + swapped);
  return crs;
}

function rangeText(crs: Crs): string {
  const r = crs === 'wgs84' ? WGS84_RANGE : SWEREF_RANGE;
  return tb().expectedRange(tb().crsNames[crs], fmt(r.x[0]), fmt(r.x[1]), fmt(r.y[0]), fmt(r.y[1]));
}
