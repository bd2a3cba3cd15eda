/**
 * Municipality boundary files → TopoJSON with one feature per municipality (DATA.md "Boundaries",
 * RELIABILITY 28). The steps, each in its own module:
 * - recognise the format (formats.ts `formatOf`) and read it: GeoJSON/TopoJSON (boundary-json.ts),
 *   zipped Shapefile (boundary-shapefile.ts), GeoPackage (boundary-gpkg.ts);
 * - keep the areas, validated and closed (boundary-geometry.ts);
 * - find the property that holds the kommunkod and group by code (boundary-codes.ts);
 * - settle the coordinate system: refuse one Planatlas does not read, transform local SWEREF 99
 *   zones and RT90 to SWEREF 99 TM, check that the coordinates lie in Sweden (boundary-crs.ts);
 * - build the topology, simplified when large, keeping shared borders (boundary-topology.ts).
 * Pure: no DOM, no Dexie; runs in the browser, a worker and Node. Never throws on bad input: every
 * problem becomes a FileIssue.
 *
 * Rings are rewound to d3-geo's convention (exterior clockwise in x/y with y up, holes
 * counter-clockwise), which is the opposite of RFC 7946. Without it d3 draws a WGS 84 polygon as
 * "the whole globe minus the municipality".
 */
import type { Topology } from 'topojson-specification';
import type { FileIssue } from './issues';
import { BOUNDARY_FORMATS, formatOf, type BoundaryFormatId } from './formats';
import { readJsonBoundaries } from './boundary-json';
import { readShapefileZip } from './boundary-shapefile';
import { readGeoPackage } from './boundary-gpkg';
import { polygonsOf, type Rings } from './boundary-geometry';
import { chooseCodeProperty, codeNotes, groupByCode, missingFrom } from './boundary-codes';
import { refuseUnreadable, settleCrs } from './boundary-crs';
import { municipalityTopology } from './boundary-topology';
import {
  BoundaryError,
  describeFeature,
  megabytes,
  tb,
  type BoundaryFormat,
  type BoundaryOptions,
  type BoundaryStage,
  type Crs,
  type MakeIssue,
  type RawFeature,
  type Source,
} from './boundary-source';

export type { BoundaryFormat, BoundaryOptions, BoundaryStage, Crs, DeclaredCrs } from './boundary-source';
export { prjCrs, RT90_RANGE, SWEREF_RANGE, WGS84_RANGE } from './boundary-crs';
export { municipalityCode } from './boundary-codes';
export { BOUNDARY_OBJECT, MAX_POINTS } from './boundary-topology';

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

/** Largest file accepted (RELIABILITY 28), in bytes: 50 MB. */
export const MAX_BOUNDARY_BYTES = 50_000_000;

/** The reader of each boundary format of the registry (formats.ts). */
const READERS: Record<
  BoundaryFormatId,
  (bytes: Uint8Array, opts: BoundaryOptions, issue: MakeIssue) => Promise<Source>
> = {
  geopackage: readGeoPackage,
  shapefile: (bytes, _opts, issue) => readShapefileZip(bytes, issue),
  // One reader for both: it tells them apart by the parsed `type`.
  topojson: async (bytes) => readJsonBoundaries(bytes),
  geojson: async (bytes) => readJsonBoundaries(bytes),
};

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
    const format = formatOf(BOUNDARY_FORMATS, name, bytes)!;
    const source = await READERS[format.id](bytes, opts, issue);
    // A system Planatlas does not read is refused before anything is asked of the person.
    refuseUnreadable(source.declared);
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

/** The features read → one topology of municipalities, with the notes the preview shows. */
function build(
  source: Source,
  override: string | undefined,
  issue: MakeIssue,
  progress: (stage: BoundaryStage, done: number, total: number) => void,
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
  const groups = groupByCode(areas, get);

  // 4. Coordinate system, from the declaration or the extent; the extent must lie in Sweden.
  const crs = settleCrs([...groups.byCode.values()], source.declared, issue, issues);

  // 5. One feature per municipality, sorted by code, as a topology.
  const codes = [...groups.byCode.keys()].sort();
  const topology = municipalityTopology(groups.byCode, codes, issue, issues, progress);

  const missing = missingFrom(codes);
  issues.unshift(
    issue('info', m.read(codes.length, m.formats[source.format], m.crsNames[crs])),
    issue('info', m.codeProperty(codeProperty)),
  );
  issues.push(...codeNotes(groups, codeProperty, missing, issue));
  return {
    result: {
      topology,
      crs,
      codeProperty,
      codes,
      missing,
      unknown: [...groups.unknown].sort(),
      format: source.format,
      ...(source.layer ? { layer: source.layer } : {}),
    },
    issues,
  };
}
