/**
 * What the boundary readers (GeoJSON/TopoJSON, zipped Shapefile, GeoPackage) hand to the steps after
 * them: the file's features as read, the coordinate system it declares, and its notes; plus the
 * error that refuses a file and the small helpers the boundary modules share. Pure.
 */
import { tx } from '$lib/io/texts';
import type { FileIssue } from './issues';
import type { LoadSql } from './gpkg';

export type Crs = 'wgs84' | 'sweref99tm';
export type BoundaryFormat = 'geojson' | 'topojson' | 'shapefile' | 'geopackage';
export type BoundaryStage = 'read' | 'features' | 'topology' | 'simplify';

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

/** A coordinate system named by the file (GeoJSON `crs`, .prj): what it is, or null when not recognised. */
export interface DeclaredCrs {
  crs: Crs | null;
  label: string;
  /** A SWEREF 99 local zone (e.g. 15 45), not TM. */
  zone?: boolean;
  /** The EPSG code when known; local zones and RT90 are transformed to SWEREF 99 TM. */
  epsg?: number;
}

export type Props = Record<string, unknown>;
export interface RawFeature {
  id?: unknown;
  properties: Props;
  geometry: unknown;
}
export interface Source {
  format: BoundaryFormat;
  layer?: string;
  features: RawFeature[];
  declared?: DeclaredCrs;
  issues: FileIssue[];
}

/** Refuses the file with a sentence; `candidates` / `layers` are what the person may choose from. */
export class BoundaryError extends Error {
  constructor(
    message: string,
    readonly candidates?: string[],
    readonly layers?: string[],
  ) {
    super(message);
  }
}

export type MakeIssue = (severity: FileIssue['severity'], message: string) => FileIssue;

export const tb = () => tx().boundaries;

export function rawFeature(f: unknown): RawFeature {
  if (!isObject(f)) return { properties: {}, geometry: null };
  return { id: f.id, properties: isObject(f.properties) ? f.properties : {}, geometry: f.geometry ?? null };
}

export function isObject(v: unknown): v is Props {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function describeFeature(raw: RawFeature, i: number): string {
  const label = ['kommunkod', 'KnKod', 'KOMMUNKOD', 'namn', 'KnNamn', 'kom_namn', 'name']
    .map((k) => raw.properties[k])
    .find((v) => typeof v === 'string' || typeof v === 'number');
  return tb().featureNo(i + 1, label === undefined ? undefined : String(label));
}

export function listSome(items: string[], n = 8): string {
  return items.length <= n ? items.join(', ') : `${items.slice(0, n).join(', ')} ${tb().andMore(items.length - n)}`;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function megabytes(n: number): string {
  return (n / 1_000_000).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
}

export function fmt(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('sv-SE', { maximumFractionDigits: 2 }) : String(n);
}
