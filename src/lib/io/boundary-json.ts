/** Boundary files as JSON: a GeoJSON FeatureCollection or Feature, or a TopoJSON Topology. Pure. */
import { feature as topoFeature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { decodeBytes } from './decode';
import { geoJsonCrs } from './boundary-crs';
import { BoundaryError, isObject, rawFeature, tb, type Props, type Source } from './boundary-source';

/** A GeoJSON or TopoJSON file, told apart by its `type`; anything else is refused with a sentence. */
export function readJsonBoundaries(bytes: Uint8Array): Source {
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
