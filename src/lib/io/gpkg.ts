/**
 * GeoPackage (.gpkg, an SQLite database) → its feature layers and their features, with the coordinate
 * system each layer declares in gpkg_spatial_ref_sys. SQLite is sql.js (WebAssembly), passed in by
 * the caller so that the worker can point it at the bundled wasm file and Node at its own.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { epsgFromWkt } from './crs';
import { readGpkgGeometry } from './wkb';

export type LoadSql = () => Promise<SqlJsStatic>;

export interface GpkgLayer {
  name: string;
  geometryColumn: string;
  geometryType: string;
  /** The layer's EPSG code when recognised (organisation EPSG, or read from the WKT). */
  epsg?: number;
  /** The CRS as the file names it, for messages. */
  crsLabel: string;
  count: number;
}

export interface GpkgFeature {
  id?: unknown;
  properties: Record<string, unknown>;
  geometry: unknown;
}

export { isSqlite } from './formats';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Geometry types that can hold areas (GEOMETRY may hold anything). */
export const AREA_TYPES = /^(MULTI)?POLYGON|^GEOMETRY$|^MULTISURFACE$|^SURFACE$/i;

export class GeoPackage {
  private constructor(private db: Database) {}

  static async open(bytes: Uint8Array, loadSql: LoadSql): Promise<GeoPackage> {
    const SQL = await loadSql();
    return new GeoPackage(new SQL.Database(bytes));
  }

  /** Feature layers in the order of gpkg_contents. Throws when the file has no GeoPackage tables. */
  layers(): GpkgLayer[] {
    const res = this.db.exec(
      `SELECT c.table_name, g.column_name, g.geometry_type_name, s.organization, s.organization_coordsys_id, s.definition, s.srs_name, g.srs_id
       FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
       LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
       WHERE c.data_type = 'features' ORDER BY c.rowid`,
    );
    const rows = res[0]?.values ?? [];
    return rows.map(([name, column, type, org, orgId, definition, srsName, srsId]) => {
      const table = String(name);
      let epsg: number | undefined;
      if (String(org ?? '').toUpperCase() === 'EPSG' && Number(orgId) > 0) epsg = Number(orgId);
      else epsg = epsgFromWkt(String(definition ?? '')) ?? epsgFromWkt(String(srsName ?? ''));
      const count = Number(this.db.exec(`SELECT count(*) FROM ${quote(table)}`)[0]?.values[0]?.[0] ?? 0);
      const crsLabel = srsName ? `${srsName} (${org ?? ''}:${orgId ?? srsId})` : `srs_id ${srsId}`;
      return { name: table, geometryColumn: String(column), geometryType: String(type ?? ''), epsg, crsLabel, count };
    });
  }

  /** Every column except the geometry, of every row: to choose a layer without reading geometry. */
  properties(layer: GpkgLayer): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    const stmt = this.db.prepare(`SELECT * FROM ${quote(layer.name)}`);
    try {
      while (stmt.step()) {
        const row = stmt.getAsObject();
        delete row[layer.geometryColumn];
        out.push(row);
      }
    } finally {
      stmt.free();
    }
    return out;
  }

  /** The layer's features; `onRow` is told every 1 000 rows (progress). */
  features(layer: GpkgLayer, onRow?: (done: number) => void): GpkgFeature[] {
    const out: GpkgFeature[] = [];
    const stmt = this.db.prepare(`SELECT * FROM ${quote(layer.name)}`);
    try {
      while (stmt.step()) {
        const row = stmt.getAsObject();
        const blob = row[layer.geometryColumn];
        delete row[layer.geometryColumn];
        const geometry = blob instanceof Uint8Array ? readGpkgGeometry(blob) : null;
        out.push({ properties: row, geometry });
        if (onRow && out.length % 1000 === 0) onRow(out.length);
      }
    } finally {
      stmt.free();
    }
    return out;
  }

  close(): void {
    this.db.close();
  }
}
