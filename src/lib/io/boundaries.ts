/**
 * Municipality boundary files → TopoJSON with one feature per municipality (DATA.md "Boundaries",
 * RELIABILITY 28). Reads GeoJSON, TopoJSON, zipped Shapefiles (.shp + .dbf, optional .prj/.cpg) and
 * GeoPackage (sql.js), detected by content, finds the layer and the property that hold the kommunkod,
 * the coordinate system (local SWEREF 99 zones and RT90 are transformed to SWEREF 99 TM with proj4),
 * checks that the coordinates lie in Sweden, and simplifies large files keeping shared borders. Pure: no DOM, no Dexie; runs in the browser, a worker
 * and Node. Never throws on bad input: every problem becomes a FileIssue.
 *
 * Rings are rewound to d3-geo's convention (exterior clockwise in x/y with y up, holes
 * counter-clockwise), which is the opposite of RFC 7946. Without it d3 draws a WGS 84 polygon as
 * "the whole globe minus the municipality".
 */
import { unzipSync } from 'fflate';
import { read as readShapefile } from 'shapefile';
import { topology as toTopology } from 'topojson-server';
import { feature as topoFeature, quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { register } from '$lib/domain/register';
import { tx } from '$lib/io/texts';
import { decodeBytes } from './decode';
import type { FileIssue } from './issues';
import { crsName, epsgFromWkt, RT90, SWEREF99TM, SWEREF_ZONES, toSweref99tm, WGS84 } from './crs';
import { AREA_TYPES, GeoPackage, isSqlite, type GpkgLayer, type LoadSql } from './gpkg';

export type Crs = 'wgs84' | 'sweref99tm';
export type BoundaryFormat = 'geojson' | 'topojson' | 'shapefile' | 'geopackage';

export interface BoundaryResult {
  /** One object, `kommuner`: a GeometryCollection, each geometry with id = kommunkod and properties { kommunkod, namn }. */
  topology: Topology;
  crs: Crs;
  /** The source property the codes came from (as spelled in the file; `id` may mean the feature id). */
  codeProperty: string;
  /** Codes found, sorted. */
  codes: string[];
  /** Register codes absent from the file, sorted. */
  missing: string[];
  /** Values of the code property that are not municipality codes (those features were dropped), sorted. */
  unknown: string[];
  format: BoundaryFormat;
  /** The GeoPackage layer read. */
  layer?: string;
}

export type BoundaryParse =
  | { ok: true; value: BoundaryResult; issues: FileIssue[] }
  | { ok: false; issues: FileIssue[]; candidates?: string[]; layers?: string[] };

export interface BoundaryOptions {
  /** The property that holds the code, chosen by the person. */
  codeProperty?: string;
  /** The GeoPackage layer, chosen by the person. */
  layer?: string;
  /** sql.js, initialised; needed for GeoPackage. Node finds its wasm itself; the worker passes the bundled one. */
  loadSql?: LoadSql;
  /** Told what is happening, for a progress bar: stage key, done, total. */
  onProgress?: (stage: BoundaryStage, done: number, total: number) => void;
}

export type BoundaryStage = 'read' | 'features' | 'topology' | 'simplify';

/** Largest file accepted (RELIABILITY 28), in bytes: 50 MB. */
export const MAX_BOUNDARY_BYTES = 50_000_000;
/** Largest total of the files taken out of a zip (a guard against zip bombs). */
const MAX_UNZIPPED_BYTES = 250_000_000;
/** Share of features whose value must be a municipality code for a property to be chosen. */
const CODE_SHARE = 0.9;
/** TopoJSON quantization: about 15 m in SWEREF 99 TM over all of Sweden. */
const QUANTIZATION = 1e5;
/** Arc points kept at most; above this the topology is simplified (Visvalingam, shared borders kept) … */
export const MAX_POINTS = 100_000;
/** … to about this many points. */
const SIMPLIFY_TO = 60_000;
/** The object name inside the stored topology. */
export const BOUNDARY_OBJECT = 'kommuner';

/** Property names that hold the code, most likely first (compared case-insensitively). */
const CODE_NAMES = [
  'kommunkod',
  'knkod',
  'kn_kod',
  'kommun_kod',
  'kom_kod',
  'komkod',
  'kommunkod_',
  'kncode',
  'kommunnr',
  'kommun_nr',
  'kommun',
  'municipality_code',
  'municipalitycode',
  'mun_code',
  'code',
  'kod',
  'id',
];

export const WGS84_RANGE = { x: [5, 30], y: [50, 75] } as const;
export const SWEREF_RANGE = { x: [100_000, 1_200_000], y: [6_000_000, 7_800_000] } as const;
/** RT90 2.5 gon V: its false easting of 1 500 km puts all of Sweden east of SWEREF 99 TM's range. */
export const RT90_RANGE = { x: [1_200_000, 1_900_000], y: [6_100_000, 7_700_000] } as const;

/** A coordinate system named by the file (GeoJSON `crs`, .prj): what it is, or null when not recognised. */
export interface DeclaredCrs {
  crs: Crs | null;
  label: string;
  /** A SWEREF 99 local zone (e.g. 15 45), not TM. */
  zone?: boolean;
  /** The EPSG code when known; local zones and RT90 are transformed to SWEREF 99 TM. */
  epsg?: number;
}

type Props = Record<string, unknown>;
interface RawFeature {
  id?: unknown;
  properties: Props;
  geometry: unknown;
}
interface Source {
  format: BoundaryFormat;
  layer?: string;
  features: RawFeature[];
  declared?: DeclaredCrs;
  issues: FileIssue[];
}

class BoundaryError extends Error {
  constructor(
    message: string,
    readonly candidates?: string[],
    readonly layers?: string[],
  ) {
    super(message);
  }
}

const tb = () => tx().boundaries;

export async function parseBoundaryFile(
  name: string,
  bytes: Uint8Array,
  opts: BoundaryOptions = {},
): Promise<BoundaryParse> {
  const issue = (severity: FileIssue['severity'], message: string): FileIssue => ({ file: name, severity, message });
  try {
    if (bytes.length > MAX_BOUNDARY_BYTES) {
      return { ok: false, issues: [issue('error', tb().tooLarge(megabytes(bytes.length)))] };
    }
    if (bytes.length === 0) return { ok: false, issues: [issue('error', tb().empty)] };
    const progress = opts.onProgress ?? (() => {});
    progress('read', 0, 1);
    const source = isSqlite(bytes) ? await readGeoPackage(bytes, opts, issue) : await readSource(bytes, issue);
    const value = build(source, opts.codeProperty?.trim() || undefined, issue, progress);
    return { ok: true, value: value.result, issues: [...source.issues, ...value.issues] };
  } catch (e) {
    if (e instanceof BoundaryError) {
      return {
        ok: false,
        issues: [issue('error', e.message)],
        ...(e.candidates ? { candidates: e.candidates } : {}),
        ...(e.layers ? { layers: e.layers } : {}),
      };
    }
    return { ok: false, issues: [issue('error', tb().failed(e instanceof Error ? e.message : String(e)))] };
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the three formats

type MakeIssue = (severity: FileIssue['severity'], message: string) => FileIssue;

async function readSource(bytes: Uint8Array, issue: MakeIssue): Promise<Source> {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) {
    return readZip(bytes, issue);
  }
  const { text } = decodeBytes(bytes);
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') throw new BoundaryError(tb().notBoundary);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BoundaryError(tb().notBoundary);
  }
  if (!isObject(json)) throw new BoundaryError(tb().notGeoJson);
  if (json.type === 'Topology') return readTopoJson(json);
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) throw new BoundaryError(tb().notGeoJson);
    return { format: 'geojson', features: json.features.map(rawFeature), declared: geoJsonCrs(json.crs), issues: [] };
  }
  if (json.type === 'Feature')
    return { format: 'geojson', features: [rawFeature(json)], declared: geoJsonCrs(json.crs), issues: [] };
  throw new BoundaryError(tb().notGeoJson);
}

function rawFeature(f: unknown): RawFeature {
  if (!isObject(f)) return { properties: {}, geometry: null };
  return { id: f.id, properties: isObject(f.properties) ? f.properties : {}, geometry: f.geometry ?? null };
}

function readTopoJson(json: Props): Source {
  const objects = json.objects;
  if (!isObject(objects)) throw new BoundaryError(tb().notGeoJson);
  if (!Array.isArray(json.arcs)) throw new BoundaryError(tb().topoNoArcs);
  const entries = Object.entries(objects).filter(([, o]) => isObject(o) && typeof o.type === 'string');
  if (!entries.length) throw new BoundaryError(tb().noFeatures);
  const size = (o: unknown) => (isObject(o) && Array.isArray(o.geometries) ? o.geometries.length : 1);
  // The object with most geometries; on a tie the first.
  let [, chosen] = entries[0];
  for (const [, o] of entries) if (size(o) > size(chosen)) chosen = o;
  let converted: Feature | FeatureCollection;
  try {
    converted = topoFeature(json as unknown as Topology, chosen as GeometryObject) as Feature | FeatureCollection;
  } catch {
    // topojson-client trusts its input: an arc index out of range or a broken transform is a TypeError.
    throw new BoundaryError(tb().topoBroken);
  }
  const features = converted.type === 'FeatureCollection' ? converted.features : [converted];
  return { format: 'topojson', features: features.map(rawFeature), declared: geoJsonCrs(json.crs), issues: [] };
}

async function readZip(bytes: Uint8Array, issue: MakeIssue): Promise<Source> {
  let total = 0;
  let tooBig = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const n = f.name.toLowerCase();
        if (n.startsWith('__macosx/') || /(^|\/)\._/.test(n) || !/\.(shp|dbf|prj|cpg)$/.test(n)) return false;
        total += f.originalSize;
        if (total > MAX_UNZIPPED_BYTES) tooBig = true;
        return !tooBig;
      },
    });
  } catch (e) {
    throw new BoundaryError(tb().badZip(e instanceof Error ? e.message : String(e)));
  }
  if (tooBig) throw new BoundaryError(tb().tooLargeUnzipped(megabytes(total)));
  const byStem = new Map<string, { shp?: string; dbf?: string; prj?: string; cpg?: string }>();
  for (const path of Object.keys(files)) {
    const m = /^(.*)\.(shp|dbf|prj|cpg)$/i.exec(path);
    if (!m) continue;
    const stem = m[1].toLowerCase();
    const entry = byStem.get(stem) ?? {};
    entry[m[2].toLowerCase() as 'shp'] = path;
    byStem.set(stem, entry);
  }
  const shps = [...byStem.values()].filter((e) => e.shp);
  if (!shps.length) throw new BoundaryError(tb().zipNoShp);
  const withDbf = shps.filter((e) => e.dbf);
  if (!withDbf.length) throw new BoundaryError(tb().zipNoDbf(baseName(shps[0].shp!)));
  const chosen = withDbf.reduce((a, b) => (files[b.shp!].length > files[a.shp!].length ? b : a));
  const issues: FileIssue[] = [];
  if (shps.length > 1) issues.push(issue('warning', tb().zipSeveral(baseName(chosen.shp!), shps.length)));
  const cpg = chosen.cpg ? decodeBytes(files[chosen.cpg]).text.trim() : '';
  const encoding = /utf-?8|65001/i.test(cpg) ? 'utf-8' : 'windows-1252';
  let collection: FeatureCollection;
  try {
    collection = await readShapefile(toArrayBuffer(files[chosen.shp!]), toArrayBuffer(files[chosen.dbf!]), {
      encoding,
    });
  } catch (e) {
    throw new BoundaryError(tb().badShapefile(e instanceof Error ? e.message : String(e)));
  }
  const declared = chosen.prj ? prjCrs(decodeBytes(files[chosen.prj]).text) : undefined;
  return { format: 'shapefile', features: collection.features.map(rawFeature), declared, issues };
}

// ---------------------------------------------------------------------------------------------
// Coordinate systems

function geoJsonCrs(crs: unknown): DeclaredCrs | undefined {
  if (!isObject(crs) || !isObject(crs.properties) || typeof crs.properties.name !== 'string') return undefined;
  const label = crs.properties.name;
  const epsg = epsgFromWkt(label);
  if (epsg && epsg !== WGS84 && epsg !== SWEREF99TM) return { crs: null, label, epsg, zone: !!SWEREF_ZONES[epsg] };
  if (/(^|\D)3006(\D|$)/.test(label)) return { crs: 'sweref99tm', label };
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
    return { crs: null, label, ...(epsg === RT90 ? { epsg } : {}) };
  }
  if (/WGS84|WGS1984|SWEREF99|ETRS89|ETRF89/.test(norm)) return { crs: 'wgs84', label };
  return { crs: null, label };
}

type Box = [number, number, number, number];

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
  if (declared) issues.push(issue('warning', m.crsAssumed(declared.label, m.crsNames[crs])));
  return crs;
}

function rangeText(crs: Crs): string {
  const r = crs === 'wgs84' ? WGS84_RANGE : SWEREF_RANGE;
  return tb().expectedRange(tb().crsNames[crs], fmt(r.x[0]), fmt(r.x[1]), fmt(r.y[0]), fmt(r.y[1]));
}

// ---------------------------------------------------------------------------------------------
// Geometry: validate, close rings, rewind

type Rings = Position[][];

/** Polygons of an area geometry, validated; null when the geometry is not an area; throws on broken coordinates. */
function polygonsOf(geometry: unknown, where: () => string): Rings[] | null {
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
function rewind(rings: Rings): Rings {
  return rings.map((ring, i) => {
    const ccw = ringArea(ring) > 0;
    return (i === 0 ? ccw : !ccw) ? [...ring].reverse() : ring;
  });
}

// ---------------------------------------------------------------------------------------------
// Codes

/** A value → register code: "0180", "180", 180 → "0180"; anything else null. */
export function municipalityCode(v: unknown): { code: string; padded: boolean } | null {
  let s: string;
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0) return null;
    s = String(v);
  } else if (typeof v === 'string') s = v.trim();
  else return null;
  if (/^\d{4}$/.test(s)) return register.get(s) ? { code: s, padded: false } : null;
  if (/^\d{3}$/.test(s) && register.get('0' + s)) return { code: '0' + s, padded: true };
  return null;
}

interface Keys {
  /** Property names as spelled in the file, in order of first appearance. */
  names: string[];
  byLower: Map<string, string>;
  hasFeatureId: boolean;
}

function collectKeys(features: RawFeature[]): Keys {
  const names: string[] = [];
  const byLower = new Map<string, string>();
  let hasFeatureId = false;
  for (const f of features) {
    if (f.id !== undefined && f.id !== null && f.id !== '') hasFeatureId = true;
    for (const [k, v] of Object.entries(f.properties)) {
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      if (!byLower.has(k.toLowerCase())) {
        byLower.set(k.toLowerCase(), k);
        names.push(k);
      }
    }
  }
  return { names, byLower, hasFeatureId };
}

/** Reads a property (case-insensitive); `id` falls back to the feature id when no property has that name. */
function reader(keys: Keys, wanted: string): ((f: RawFeature) => unknown) | null {
  const key = keys.byLower.get(wanted.toLowerCase());
  if (key !== undefined) {
    return (f) => {
      if (Object.hasOwn(f.properties, key)) return f.properties[key];
      const other = Object.keys(f.properties).find((k) => k.toLowerCase() === key.toLowerCase());
      return other === undefined ? undefined : f.properties[other];
    };
  }
  if (wanted.toLowerCase() === 'id' && keys.hasFeatureId) return (f) => f.id;
  return null;
}

function candidatesOf(keys: Keys, features: RawFeature[]): string[] {
  const names = [...keys.names];
  if (keys.hasFeatureId && !keys.byLower.has('id')) names.push('id');
  // Most code-like first (the UI preselects the first), then as they appear.
  const score = (n: string) => {
    const get = reader(keys, n)!;
    return features.reduce((s, f) => s + (/^\d{3,4}$/.test(String(get(f) ?? '').trim()) ? 1 : 0), 0);
  };
  const scores = new Map(names.map((n) => [n, score(n)]));
  return names
    .map((n, i) => ({ n, i }))
    .sort((a, b) => scores.get(b.n)! - scores.get(a.n)! || a.i - b.i)
    .map((x) => x.n);
}

function chooseCodeProperty(
  features: RawFeature[],
  override: string | undefined,
): { name: string; get: (f: RawFeature) => unknown } {
  const keys = collectKeys(features);
  const candidates = candidatesOf(keys, features);
  const share = (get: (f: RawFeature) => unknown) =>
    features.filter((f) => municipalityCode(get(f))).length / features.length;
  if (override) {
    const get = reader(keys, override);
    if (!get) throw new BoundaryError(tb().propertyMissing(override, candidates.join(', ') || '–'), candidates);
    if (share(get) === 0) throw new BoundaryError(tb().propertyNoCodes(override, candidates.join(', ')), candidates);
    return { name: keys.byLower.get(override.toLowerCase()) ?? override, get };
  }
  const order = [...CODE_NAMES, ...keys.names.map((n) => n.toLowerCase())];
  for (const wanted of new Set(order)) {
    const get = reader(keys, wanted);
    if (get && share(get) >= CODE_SHARE) return { name: keys.byLower.get(wanted) ?? wanted, get };
  }
  if (!candidates.length) throw new BoundaryError(tb().noProperties);
  throw new BoundaryError(tb().noCodeProperty(candidates.join(', ')), candidates);
}

// ---------------------------------------------------------------------------------------------
// Putting it together

function build(
  source: Source,
  override: string | undefined,
  issue: MakeIssue,
  progress: NonNullable<BoundaryOptions['onProgress']>,
): { result: BoundaryResult; issues: FileIssue[] } {
  const m = tb();
  const issues: FileIssue[] = [];
  if (!source.features.length) throw new BoundaryError(m.noFeatures);

  // 1. Areas only; broken coordinates stop the import.
  const areas: { raw: RawFeature; polygons: Rings[] }[] = [];
  let notAreas = 0;
  source.features.forEach((raw, i) => {
    const polygons = polygonsOf(raw.geometry, () => describeFeature(raw, i));
    if (polygons && polygons.length) areas.push({ raw, polygons });
    else notAreas++;
  });
  if (!areas.length) throw new BoundaryError(m.noAreas);
  if (notAreas) issues.push(issue('warning', m.notAreas(notAreas)));

  // 2. The code property.
  const { name: codeProperty, get } = chooseCodeProperty(
    areas.map((a) => a.raw),
    override,
  );

  // 3. Group by code; report what is not a code.
  const byCode = new Map<string, { polygons: Rings[]; parts: number }>();
  const unknown = new Set<string>();
  let noValue = 0;
  let padded: { raw: string; code: string } | undefined;
  let paddedCount = 0;
  for (const a of areas) {
    const v = get(a.raw);
    const c = municipalityCode(v);
    if (!c) {
      if (v === undefined || v === null || String(v).trim() === '') noValue++;
      else unknown.add(String(v).trim());
      continue;
    }
    if (c.padded) {
      paddedCount++;
      padded ??= { raw: String(v).trim(), code: c.code };
    }
    const entry = byCode.get(c.code);
    if (entry) {
      entry.polygons.push(...a.polygons);
      entry.parts++;
    } else byCode.set(c.code, { polygons: [...a.polygons], parts: 1 });
  }
  const duplicates = [...byCode.values()].filter((e) => e.parts > 1).length;

  // 4. Coordinate system, from the declaration or the extent; the extent must lie in Sweden. Local
  // SWEREF 99 zones and RT90 (declared, or RT90 recognised by its extent) become SWEREF 99 TM.
  let box = extent(byCode.values());
  let declared = source.declared;
  const from = declared?.epsg ?? (!declared?.crs && inRange(box, RT90_RANGE) ? RT90 : undefined);
  if (from !== undefined && from !== SWEREF99TM && from !== WGS84) {
    const project = toSweref99tm(from);
    for (const entry of byCode.values()) {
      entry.polygons = entry.polygons.map((rings) => rings.map((ring) => ring.map((p) => project([p[0], p[1]]))));
    }
    issues.push(issue('info', m.transformed(declared ? `${crsName(from)}, ${declared.label}` : crsName(from))));
    declared = { crs: 'sweref99tm', label: crsName(SWEREF99TM) };
    box = extent(byCode.values());
  }
  const crs = decideCrs(box, declared, issue, issues);

  // 5. One feature per municipality, sorted by code.
  const codes = [...byCode.keys()].sort();
  const features: Feature<Polygon | MultiPolygon, { kommunkod: string; namn: string }>[] = codes.map((code) => {
    const polys = byCode.get(code)!.polygons.map(rewind);
    return {
      type: 'Feature',
      id: code,
      properties: { kommunkod: code, namn: register.name(code) },
      geometry:
        polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys },
    };
  });
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  progress('topology', 0, 1);
  const points = features.reduce((n, f) => n + countPoints(f.geometry), 0);
  let topology = toTopology({ [BOUNDARY_OBJECT]: collection }, QUANTIZATION) as Topology;
  const arcPoints = topology.arcs.reduce((n, arc) => n + arc.length, 0);
  if (arcPoints > MAX_POINTS) {
    // Quantizing first merges points closer than the grid (cheap); then Visvalingam on the shared arcs.
    // presimplify decodes the quantized arcs, so the result is plain coordinates, quantized again.
    progress('simplify', 0, 1);
    const pre = presimplify(topology as unknown as Parameters<typeof presimplify>[0]);
    const simple = simplify(pre, quantile(pre, SIMPLIFY_TO / arcPoints)) as unknown as Topology;
    delete simple.transform;
    topology = quantize(simple as never, QUANTIZATION) as unknown as Topology;
    const kept = topology.arcs.reduce((n, arc) => n + arc.length, 0);
    issues.push(issue('info', m.simplified(points, kept)));
  }
  progress('topology', 1, 1);

  const present = new Set(codes);
  const missing = register.municipalities
    .map((x) => x.code)
    .filter((c) => !present.has(c))
    .sort();
  const unknownList = [...unknown].sort();

  issues.unshift(
    issue('info', m.read(codes.length, m.formats[source.format], m.crsNames[crs])),
    issue('info', m.codeProperty(codeProperty)),
  );
  if (paddedCount && padded) issues.push(issue('info', m.paddedCodes(paddedCount, padded.raw, padded.code)));
  if (duplicates) issues.push(issue('info', m.merged(duplicates)));
  if (unknownList.length) issues.push(issue('warning', m.unknownCodes(unknownList.length, listSome(unknownList))));
  if (noValue) issues.push(issue('warning', m.noCodeValue(noValue, codeProperty)));
  if (missing.length) {
    issues.push(
      issue(
        'warning',
        m.missing(missing.length, register.municipalities.length, listSome(missing.map((c) => register.name(c)))),
      ),
    );
  }
  return {
    result: {
      topology,
      crs,
      codeProperty,
      codes,
      missing,
      unknown: unknownList,
      format: source.format,
      ...(source.layer ? { layer: source.layer } : {}),
    },
    issues,
  };
}

// ---------------------------------------------------------------------------------------------
// GeoPackage

/**
 * The layer with the municipality polygons: among the area layers, the one whose properties hold
 * the most distinct municipality codes; the person chooses (BoundaryError with `layers`) when two
 * layers hold as many, or when no layer holds any and there are several.
 */
async function readGeoPackage(bytes: Uint8Array, opts: BoundaryOptions, issue: MakeIssue): Promise<Source> {
  const m = tb();
  let gpkg: GeoPackage;
  try {
    gpkg = await GeoPackage.open(bytes, opts.loadSql ?? defaultLoadSql);
  } catch (e) {
    throw new BoundaryError(m.gpkgUnreadable(e instanceof Error ? e.message : String(e)));
  }
  try {
    let layers: GpkgLayer[];
    try {
      layers = gpkg.layers();
    } catch {
      throw new BoundaryError(m.gpkgNotGeoPackage);
    }
    const areas = layers.filter((l) => AREA_TYPES.test(l.geometryType) && l.count > 0);
    if (!areas.length) throw new BoundaryError(m.gpkgNoAreaLayer(layers.map((l) => l.name).join(', ') || '–'));
    let chosen: GpkgLayer | undefined;
    const issues: FileIssue[] = [];
    if (opts.layer) {
      chosen = areas.find((l) => l.name === opts.layer);
      if (!chosen)
        throw new BoundaryError(
          m.gpkgLayerMissing(opts.layer, areas.map((l) => l.name).join(', ')),
          undefined,
          areas.map((l) => l.name),
        );
    } else if (areas.length === 1) chosen = areas[0];
    else {
      const scored = areas
        .map((l) => ({ l, codes: distinctCodes(gpkg.properties(l)) }))
        .sort((a, b) => b.codes - a.codes);
      const names = scored.map((x) => x.l.name);
      if (scored[0].codes === 0 || scored[0].codes === scored[1].codes) {
        throw new BoundaryError(
          m.gpkgChooseLayer(scored.map((x) => `${x.l.name} (${x.codes})`).join(', ')),
          undefined,
          names,
        );
      }
      chosen = scored[0].l;
      issues.push(
        issue('info', m.gpkgLayer(chosen.name, scored[0].codes, names.filter((n) => n !== chosen!.name).join(', '))),
      );
    }
    let features;
    try {
      features = gpkg.features(chosen, (done) => opts.onProgress?.('features', done, chosen!.count));
    } catch (e) {
      throw new BoundaryError(m.gpkgBadGeometry(chosen.name, e instanceof Error ? e.message : String(e)));
    }
    const declared: DeclaredCrs | undefined =
      chosen.epsg === undefined
        ? undefined
        : chosen.epsg === WGS84
          ? { crs: 'wgs84', label: chosen.crsLabel }
          : chosen.epsg === SWEREF99TM
            ? { crs: 'sweref99tm', label: chosen.crsLabel }
            : SWEREF_ZONES[chosen.epsg] || chosen.epsg === RT90
              ? { crs: null, label: chosen.crsLabel, epsg: chosen.epsg }
              : { crs: null, label: chosen.crsLabel };
    return { format: 'geopackage', layer: chosen.name, features, declared, issues };
  } finally {
    gpkg.close();
  }
}

/** Node: sql.js finds its wasm file beside itself. The browser worker passes its own loader. */
const defaultLoadSql: LoadSql = async () => {
  const mod = await import('sql.js');
  return mod.default();
};

/** The most distinct municipality codes any one property of these rows holds. */
function distinctCodes(rows: Record<string, unknown>[]): number {
  const byKey = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      const c = municipalityCode(v);
      if (!c) continue;
      let set = byKey.get(k);
      if (!set) byKey.set(k, (set = new Set()));
      set.add(c.code);
    }
  }
  return Math.max(0, ...[...byKey.values()].map((s) => s.size));
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function extent(entries: Iterable<{ polygons: Rings[] }>): Box {
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

function countPoints(g: Polygon | MultiPolygon): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.reduce((n, rings) => n + rings.reduce((k, r) => k + r.length, 0), 0);
}

function isObject(v: unknown): v is Props {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describeFeature(raw: RawFeature, i: number): string {
  const label = ['kommunkod', 'KnKod', 'KOMMUNKOD', 'namn', 'KnNamn', 'kom_namn', 'name']
    .map((k) => raw.properties[k])
    .find((v) => typeof v === 'string' || typeof v === 'number');
  return tb().featureNo(i + 1, label === undefined ? undefined : String(label));
}

function listSome(items: string[], n = 8): string {
  return items.length <= n ? items.join(', ') : `${items.slice(0, n).join(', ')} ${tb().andMore(items.length - n)}`;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function megabytes(n: number): string {
  return (n / 1_000_000).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
}

function fmt(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('sv-SE', { maximumFractionDigits: 2 }) : String(n);
}

function toArrayBuffer(u8: Uint8Array): ArrayBuffer {
  if (u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength && u8.buffer instanceof ArrayBuffer)
    return u8.buffer;
  return u8.slice().buffer as ArrayBuffer;
}
