/**
 * Geographic mode: imported boundaries (TopoJSON) to SVG paths with d3-geo. WGS 84 gets a conic
 * projection fitted to the extent; SWEREF 99 TM (EPSG:3006) is already projected and is drawn as
 * planar coordinates (y flipped). Pure math: numbers and path strings.
 *
 * The drawing is made once per file (`geoDrawing`, in the boundary worker) in a reference box; a
 * region is then only a view box on it (`geoView`) and its outline a choice of stored border lines.
 * A projection fitted to the region gives the same picture: fitting changes only scale and
 * translation, which is what a view box does.
 */
import { geoConicConformal, geoIdentity, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh, neighbors } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import type { BoundaryDrawing, BoundaryFile } from '$lib/domain/model';
import { boundsOf, fitBounds } from './fit';

export type Crs = 'wgs84' | 'sweref99tm';
export type GeoShape = BoundaryDrawing['shapes'][number];

/** The drawing's format (BoundaryDrawing.version): raise it when what geoDrawing stores changes. */
export const DRAWING_VERSION = 1;
/** The reference box: the whole file fitted into it. A tenth of a unit (one decimal) is about 16 m across Sweden, finer than the file's quantization. */
const REF = 10_000;

function collection(topology: Topology): { key: string; object: GeometryCollection } {
  const entries = Object.entries(topology.objects) as [string, GeometryCollection][];
  const [key, object] = entries.sort((a, b) => (b[1].geometries?.length ?? 0) - (a[1].geometries?.length ?? 0))[0];
  return { key, object };
}

const codeOf = (f: { id?: string | number; properties?: Record<string, unknown> | null }) =>
  String(f.properties?.kommunkod ?? f.id ?? '');

/** The projection for the data: fitted so that `fitTo` fills the box. */
export function projectionFor(
  crs: Crs,
  fitTo: FeatureCollection,
  width: number,
  height: number,
  pad = 12,
): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [pad, pad],
    [width - pad, height - pad],
  ];
  if (crs === 'sweref99tm') return geoIdentity().reflectY(true).fitExtent(extent, fitTo) as unknown as GeoProjection;
  return geoConicConformal().parallels([58, 66]).rotate([-16, 0]).fitExtent(extent, fitTo);
}

/** The arc indices of a TopoJSON geometry (Polygon or MultiPolygon), reversed ones (~i) as i. */
function arcIndices(g: object): number[] {
  const out: number[] = [];
  const walk = (x: unknown) => {
    if (typeof x === 'number') out.push(x < 0 ? ~x : x);
    else if (Array.isArray(x)) x.forEach(walk);
  };
  walk((g as { arcs?: unknown }).arcs);
  return out;
}

/** The drawing of a boundary topology: every municipality's path in the reference box, borders, neighbours. */
export function geoDrawing(topology: Topology, crs: Crs): BoundaryDrawing {
  const { object } = collection(topology);
  const fc = feature(topology, object) as unknown as FeatureCollection<Geometry, Record<string, unknown>>;
  const path = geoPath(projectionFor(crs, fc, REF, REF, 0)).digits(1);
  const shapes: GeoShape[] = fc.features.map((f: Feature) => {
    const [x, y] = path.centroid(f);
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    return { kommunkod: codeOf(f), path: path(f) ?? '', x, y, box: [x0, y0, x1, y1] };
  });
  const county = (g: { id?: string | number; properties?: Record<string, unknown> | null }) => codeOf(g).slice(0, 2);
  const borders = mesh(topology, object, (a, b) => a === b || county(a as never) !== county(b as never));
  const near = neighbors(object.geometries as never);
  const neighbours = new Map<string, string[]>();
  object.geometries.forEach((g, i) =>
    neighbours.set(
      codeOf(g as never),
      near[i].map((j) => codeOf(object.geometries[j] as never)),
    ),
  );
  // Each arc with the municipalities on its two sides (one side: the outer edge).
  const sides: string[][] = topology.arcs.map(() => []);
  for (const g of object.geometries) for (const i of arcIndices(g)) sides[i]?.push(codeOf(g as never));
  const arcs = sides.flatMap((owners, i) => {
    if (!owners.length) return [];
    const line = feature(topology, { type: 'LineString', arcs: [i] } as never) as unknown as Feature<LineString>;
    return [{ d: path(line) ?? '', a: owners[0], b: owners[1] ?? '' }];
  });
  return { version: DRAWING_VERSION, shapes, outline: path(borders) ?? '', arcs, neighbours };
}

/**
 * What Karta shows of a drawing for a region: the view box that fits the members (or everything)
 * with a margin of 6 % (fit.ts), and the region's outline (the border lines with a member on one side only).
 */
export function geoView(
  drawing: BoundaryDrawing,
  members: Set<string>,
): { viewBox: [number, number, number, number]; regionOutline: string } {
  const focus = members.size ? drawing.shapes.filter((s) => members.has(s.kommunkod)) : [];
  const fit = focus.length ? focus : drawing.shapes;
  const viewBox = fitBounds(boundsOf(fit.map((s) => s.box)) ?? { x0: 0, y0: 0, x1: REF, y1: REF });
  if (!focus.length) return { viewBox, regionOutline: '' };
  const member = (c: string) => members.has(c);
  const regionOutline = drawing.arcs
    .filter((arc) => member(arc.a) !== member(arc.b))
    .map((arc) => arc.d)
    .join('');
  return { viewBox, regionOutline };
}

/** A stored topology: JSON text in records since 2026-11, an object in older ones. */
export const topologyOf = (stored: unknown): Topology =>
  (typeof stored === 'string' ? JSON.parse(stored) : stored) as Topology;

/** The drawing of a stored boundary file: its own, or drawn now from its topology (a record from before drawings were stored, or of another version). */
export const drawingOf = (b: Pick<BoundaryFile, 'drawing' | 'topology' | 'crs'>): BoundaryDrawing =>
  b.drawing?.version === DRAWING_VERSION ? b.drawing : geoDrawing(topologyOf(b.topology), b.crs);
