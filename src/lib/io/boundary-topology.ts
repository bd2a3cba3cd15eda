/**
 * One feature per municipality (rewound for d3-geo, named from the register) → the stored
 * TopoJSON: quantized, and simplified with Visvalingam when large, keeping shared borders. Pure.
 */
import { topology as toTopology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { register } from '$lib/domain/register';
import type { FileIssue } from './issues';
import { countPoints, rewind, type Rings } from './boundary-geometry';
import { tb, type BoundaryStage, type MakeIssue } from './boundary-source';

/** TopoJSON quantization: about 15 m in SWEREF 99 TM over all of Sweden. */
const QUANTIZATION = 1e5;
/** Arc points kept at most; above this the topology is simplified (Visvalingam, shared borders kept) … */
export const MAX_POINTS = 100_000;
/** … to about this many points. */
const SIMPLIFY_TO = 60_000;
/** The object name inside the stored topology. */
export const BOUNDARY_OBJECT = 'kommuner';

/** One object, `kommuner`: a GeometryCollection, each geometry with id = kommunkod and properties { kommunkod, namn }. */
export function municipalityTopology(
  byCode: Map<string, { polygons: Rings[] }>,
  codes: string[],
  issue: MakeIssue,
  issues: FileIssue[],
  progress: (stage: BoundaryStage, done: number, total: number) => void,
): Topology {
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
    issues.push(issue('info', tb().simplified(points, kept)));
  }
  progress('topology', 1, 1);
  return topology;
}
