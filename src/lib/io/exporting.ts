/** What goes into an export: the records of each table, optionally only the chosen region's, in a stable order. */
import { ENTITIES, ENTITY_NAMES, type EntityName } from '$lib/domain/records';
import { inScope, type RegionScope } from '$lib/domain/stats';
import type { BundleMeta } from './bundle';
import { buildBundle, dataPackage } from './bundle';
import { recordKey, type Rec } from '$lib/domain/merge';
import { toCsv, BUNDLE_DIALECT, type CsvDialect } from './write';

/** Every table of the registry, in its order (DATA.md's): the bundle's files, the workbook's sheets. */
export const EXPORT_TABLES: readonly EntityName[] = ENTITY_NAMES;

export interface Scope {
  /** Municipality codes of the region; undefined = everything. */
  members?: Set<string>;
  /** The chosen region's id (its own region record and its region-wide events are included). */
  regionId?: string;
  /** The members of another region: with it, the one region rule of Data and Översikt (`inScope`) decides. */
  membersOf?: (regionId: string) => string[];
}

/** Records of one table within a scope, sorted by key so that the same data always gives the same bytes. */
export function scopedRecords(table: EntityName, records: Rec[], scope: Scope): Rec[] {
  const m = scope.members;
  let rows = records;
  if (m && scope.membersOf) {
    const rs: RegionScope = { id: scope.regionId ?? '', members: m, membersOf: scope.membersOf };
    rows = records.filter((r) => inScope(r, rs));
  } else if (m) {
    if (table === 'regions') rows = records.filter((r) => r.id === scope.regionId);
    else if (table === 'events')
      rows = records.filter((r) =>
        r.kommunkod ? m.has(String(r.kommunkod)) : !r.region_id || r.region_id === scope.regionId,
      );
    else if (ENTITIES[table].fields.some((f) => f.key === 'kommunkod'))
      rows = records.filter((r) => m.has(String(r.kommunkod)));
  }
  return [...rows].sort((a, b) => {
    const x = recordKey(table, a);
    const y = recordKey(table, b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

export function tableCsv(table: EntityName, records: Rec[], scope: Scope, dialect: CsvDialect): string {
  return toCsv(table, scopedRecords(table, records, scope), dialect);
}

/** The bundle zip: every table as its CSV (bundle dialect: `;`, CRLF, no BOM, as the datapackage declares) plus datapackage.json. */
export function bundleBytes(tables: Partial<Record<EntityName, Rec[]>>, scope: Scope, meta: BundleMeta): Uint8Array {
  const files = EXPORT_TABLES.map((table) => {
    const rows = scopedRecords(table, tables[table] ?? [], scope);
    return { table, rows, path: ENTITIES[table].file, text: toCsv(table, rows, BUNDLE_DIALECT) };
  });
  const dp = dataPackage(
    meta,
    files.map((f) => ({ entity: f.table, rowCount: f.rows.length })),
  );
  return buildBundle(
    files.map((f) => ({ path: f.path, text: f.text })),
    dp,
  );
}
