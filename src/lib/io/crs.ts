/**
 * The coordinate systems Swedish boundary files come in (DATA.md "Boundaries"): WGS 84, SWEREF 99 TM
 * (EPSG:3006), the twelve local SWEREF 99 zones (EPSG:3007–3018) and RT90 2.5 gon V (EPSG:3021).
 * Recognised from an EPSG code or a WKT/.prj name; everything projected is transformed to SWEREF 99
 * TM with proj4, so the map knows two systems only. Pure.
 */
import proj4 from 'proj4';

export const WGS84 = 4326;
export const SWEREF99TM = 3006;
export const RT90 = 3021;

/** Local SWEREF 99 zones: EPSG code → central meridian "12 00". */
export const SWEREF_ZONES: Record<number, string> = {
  3007: '12 00',
  3008: '13 30',
  3009: '15 00',
  3010: '16 30',
  3011: '18 00',
  3012: '14 15',
  3013: '15 45',
  3014: '17 15',
  3015: '18 45',
  3016: '20 15',
  3017: '21 45',
  3018: '23 15',
};

const GRS80 = '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

/** proj4 definition of a supported EPSG code, or undefined. */
export function proj4Definition(epsg: number): string | undefined {
  if (epsg === WGS84) return '+proj=longlat +datum=WGS84 +no_defs';
  if (epsg === SWEREF99TM) return `+proj=utm +zone=33 ${GRS80}`;
  if (epsg === RT90) {
    return '+proj=tmerc +lat_0=0 +lon_0=15.80827777777778 +k=1 +x_0=1500000 +y_0=0 +ellps=bessel +towgs84=414.1,41.3,603.1,-0.855,2.141,-7.023,0 +units=m +no_defs';
  }
  const zone = SWEREF_ZONES[epsg];
  if (!zone) return undefined;
  const [d, m] = zone.split(' ').map(Number);
  return `+proj=tmerc +lat_0=0 +lon_0=${d + m / 60} +k=1 +x_0=150000 +y_0=0 ${GRS80}`;
}

/** Human name of a supported code: "SWEREF 99 18 00 (EPSG:3011)". */
export function crsName(epsg: number): string {
  if (epsg === WGS84) return 'WGS 84 (EPSG:4326)';
  if (epsg === SWEREF99TM) return 'SWEREF 99 TM (EPSG:3006)';
  if (epsg === RT90) return 'RT90 2.5 gon V (EPSG:3021)';
  const zone = SWEREF_ZONES[epsg];
  return zone ? `SWEREF 99 ${zone} (EPSG:${epsg})` : `EPSG:${epsg}`;
}

/** Geographic systems that are WGS 84 to within a metre (ETRS89, SWEREF 99 geographic). */
const GEOGRAPHIC = new Set([4326, 4258, 4619, 4124]);

/**
 * An EPSG code from a WKT (OGC or ESRI .prj) or a CRS name: an AUTHORITY/ID at the end, or the
 * name of a Swedish system. undefined when not recognised.
 */
export function epsgFromWkt(text: string): number | undefined {
  const wkt = text.trim();
  if (!wkt) return undefined;
  // The CRS's own id is the last AUTHORITY["EPSG","…"] / ID["EPSG",…] of the text.
  const ids = [...wkt.matchAll(/(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)];
  if (ids.length) {
    const code = Number(ids[ids.length - 1][1]);
    if (proj4Definition(code) || GEOGRAPHIC.has(code)) return GEOGRAPHIC.has(code) ? WGS84 : code;
  }
  const urn = /EPSG(?::|::|\/0\/)(\d{4,5})\b/i.exec(wkt);
  if (urn && !/^\s*(PROJ|GEOG|GEOD)/i.test(wkt)) {
    const code = Number(urn[1]);
    if (GEOGRAPHIC.has(code)) return WGS84;
    if (proj4Definition(code)) return code;
  }
  const norm = wkt.toUpperCase().replace(/[\s_.-]/g, '');
  const projected = /^(PROJCS|PROJCRS)/.test(norm) || /PROJECTION/.test(norm);
  if (/RT90(2)?5GONV|RT9025GONV/.test(norm)) return RT90;
  const head = /^(?:PROJCS|PROJCRS)\["?SWEREF99(\d{2})(\d{2})/.exec(norm);
  if (head) {
    const zone = `${head[1]} ${head[2]}`;
    const code = Object.entries(SWEREF_ZONES).find(([, z]) => z === zone)?.[0];
    if (code) return Number(code);
  }
  if (projected && norm.includes('SWEREF99TM')) return SWEREF99TM;
  if (!projected && /WGS84|WGS1984|SWEREF99|ETRS89|ETRF89/.test(norm)) return WGS84;
  return undefined;
}

/** A function taking a point in `epsg` to SWEREF 99 TM; identity for 3006. */
export function toSweref99tm(epsg: number): (p: [number, number]) => [number, number] {
  if (epsg === SWEREF99TM) return (p) => p;
  const from = proj4Definition(epsg);
  if (!from) throw new Error(`EPSG:${epsg} is not supported`);
  const convert = proj4(from, proj4Definition(SWEREF99TM)!);
  return (p) => convert.forward(p) as [number, number];
}
