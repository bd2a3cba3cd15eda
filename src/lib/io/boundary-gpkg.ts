/** A GeoPackage (sql.js): the layer with the municipality polygons, its features and its declared system. */
import type { FileIssue } from './issues';
import { AREA_TYPES, GeoPackage, type GpkgLayer, type LoadSql } from './gpkg';
import { gpkgCrs } from './boundary-crs';
import { distinctCodes } from './boundary-codes';
import { BoundaryError, tb, type BoundaryOptions, type MakeIssue, type Source } from './boundary-source';

/**
 * The layer with the municipality polygons: among the area layers, the one whose properties hold
 * the most distinct municipality codes; the person chooses (BoundaryError with `layers`) when two
 * layers hold as many, or when no layer holds any and there are several.
 */
export async function readGeoPackage(bytes: Uint8Array, opts: BoundaryOptions, issue: MakeIssue): Promise<Source> {
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
    const declared = gpkgCrs(chosen.epsg, chosen.crsLabel);
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
