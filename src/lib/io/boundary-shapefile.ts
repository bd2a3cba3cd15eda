/**
 * A zipped Shapefile (.shp + .dbf, optional .prj/.cpg), read through io's one zip check (zip.ts:
 * size guard before inflating, sizes and CRC verified). Pure.
 */
import { read as readShapefile } from 'shapefile';
import type { FeatureCollection } from 'geojson';
import { decodeBytes } from './decode';
import type { FileIssue } from './issues';
import { extractZip, openZip, type ZipProblem } from './zip';
import { prjCrs } from './boundary-crs';
import { baseName, BoundaryError, megabytes, rawFeature, tb, type MakeIssue, type Source } from './boundary-source';

/** Largest total of the files taken out of a zip (a guard against zip bombs). */
const MAX_UNZIPPED_BYTES = 250_000_000;

const SHAPE_PART = /\.(shp|dbf|prj|cpg)$/;

/** The parts of a Shapefile; macOS resource forks are not. */
const isShapePart = (name: string) => {
  const n = name.toLowerCase();
  return !(n.startsWith('__macosx/') || /(^|\/)\._/.test(n) || !SHAPE_PART.test(n));
};

export async function readShapefileZip(bytes: Uint8Array, issue: MakeIssue): Promise<Source> {
  const zipError = (problem: ZipProblem) =>
    problem.kind === 'tooLarge'
      ? new BoundaryError(tb().tooLargeUnzipped(megabytes(problem.total)))
      : new BoundaryError(tb().badZip(problem.entry ?? tb().zipDamaged));
  const opened = openZip(bytes, { maxTotal: MAX_UNZIPPED_BYTES, counted: (e) => isShapePart(e.name) });
  if (!opened.ok) throw zipError(opened.problem);
  const extracted = extractZip(bytes, opened.value, (e) => isShapePart(e.name));
  if (!extracted.ok) throw zipError(extracted.problem);
  const files = Object.fromEntries(extracted.value);
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

function toArrayBuffer(u8: Uint8Array): ArrayBuffer {
  if (u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength && u8.buffer instanceof ArrayBuffer)
    return u8.buffer;
  return u8.slice().buffer as ArrayBuffer;
}
