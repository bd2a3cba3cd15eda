/**
 * Geographic mode: imported boundaries (TopoJSON) to SVG paths with d3-geo. WGS 84 gets a conic
 * projection fitted to the extent; SWEREF 99 TM (EPSG:3006) is already projected and is drawn as
 * planar coordinates (y flipped). Pure math: numbers and path strings.
 */
import { geoConicConformal, geoIdentity, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh, neighbors } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type Crs = 'wgs84' | 'sweref99tm';

export interface GeoShape {
  kommunkod: string;
  path: string;
  x: number;
  y: number;
}

export interface GeoLayout {
  shapes: GeoShape[];
  /** County borders (arcs between municipalities of different counties) and the outer edge. */
  outline: string;
  /** Codes of each shape's neighbours (sharing an arc). */
  neighbours: Map<string, string[]>;
  /** The outer edge of the members (empty when there are none). */
  regionOutline: string;
}

function collection(topology: Topology): { key: string; object: GeometryCollection } {
  const entries = Object.entries(topology.objects) as [string, GeometryCollection][];
  const [key, object] = entries.sort((a, b) => (b[1].geometries?.length ?? 0) - (a[1].geometries?.length ?? 0))[0];
  return { key, object };
}

const codeOf = (f: { id?: string | number; properties?: Record<string, unknown> | null }) =>
  String(f.properties?.kommunkod ?? f.id ?? '');

/** The projection for the data: fitted so that `fitTo` (the region's features, or all) fills the box. */
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

export function geoLayout(
  topology: Topology,
  crs: Crs,
  members: Set<string>,
  width: number,
  height: number,
): GeoLayout {
  const { object } = collection(topology);
  const fc = feature(topology, object) as unknown as FeatureCollection<Geometry, Record<string, unknown>>;
  const focus = members.size ? fc.features.filter((f) => members.has(codeOf(f))) : fc.features;
  // A margin of 6 % around the region, so it is never cropped at the edges.
  const pad = Math.round(Math.min(width, height) * 0.06);
  const projection = projectionFor(
    crs,
    { type: 'FeatureCollection', features: focus.length ? focus : fc.features },
    width,
    height,
    pad,
  );
  // A tenth of a unit is finer than a pixel at any zoom the map offers; fewer digits are faster to write and parse.
  const path = geoPath(projection).digits(1);
  const shapes: GeoShape[] = fc.features.map((f: Feature) => {
    const [x, y] = path.centroid(f);
    return { kommunkod: codeOf(f), path: path(f) ?? '', x, y };
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
  const member = (g: unknown) => members.has(codeOf(g as never));
  const edge = members.size ? mesh(topology, object, (a, b) => (a === b ? member(a) : member(a) !== member(b))) : null;
  return { shapes, outline: path(borders) ?? '', neighbours, regionOutline: edge ? (path(edge) ?? '') : '' };
}
