/**
 * The IndexedDB schema. Every version stays here forever: a later version is added beside the
 * earlier ones with its `upgrade()`, never by editing them.
 *
 * Version 2 stores user records as chunks: one record per table and municipality (or one per
 * table for themes, regions and indicators), because LevelDB's per-record cost, not the bytes,
 * limits a 100 000-row import (ARCHITECTURE rule 11). Views read whole tables anyway, so no
 * per-row index is kept.
 */
import { compareCode } from '$lib/domain/collate';
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { BoundaryFile, ChangeSet, HistoryEntry } from '$lib/domain/model';
import { defaultThemes } from '$lib/domain/themes';
import {
  chunkKey,
  partOf,
  RECORD_TABLES,
  type Chunk,
  type RecordTable,
  type StoredChunk,
  type StoredRow,
} from './chunks';
import { recordKey } from '$lib/domain/merge';
import { changeKey, type StoredChange } from './changes';

export { RECORD_TABLES, type RecordTable } from './chunks';

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** Version 1: one IndexedDB record per user record, with indexes. Kept for the upgrade path. */
export const SCHEMA_V1 = {
  plans: 'id, kommunkod',
  measures: 'id, kommunkod, plan_id, *teman',
  themes: 'id',
  events: 'id, kommunkod, region_id, datum',
  requests: 'id, kommunkod, *teman',
  indicators: 'id',
  indicatorValues: '[indikator+kommunkod+period], indikator, kommunkod',
  regions: 'id',
  boundaries: 'id',
  imports: 'id, tid',
  meta: 'key',
} as const;

/** Version 2: the record tables become chunks (see chunks.ts). */
export const SCHEMA_V2 = {
  plans: null,
  measures: null,
  themes: null,
  events: null,
  requests: null,
  indicators: null,
  indicatorValues: null,
  regions: null,
  chunks: 'key',
  boundaries: 'id',
  imports: 'id, tid',
  /** What each history entry changed, in slices (see history.ts), apart from the small summaries the views list. */
  changes: 'key',
  meta: 'key',
} as const;

/** Group rows into chunks, every row with revision 1 (a first write). */
export function chunksOf(table: RecordTable, rows: Record<string, unknown>[]): Chunk[] {
  const parts = new Map<string, StoredRow[]>();
  for (const r of rows) {
    const part = partOf(table, r);
    const list = parts.get(part) ?? [];
    list.push({ ...r, rev: typeof r.rev === 'number' ? r.rev : 1 });
    parts.set(part, list);
  }
  return [...parts].map(([part, list]) => ({ key: chunkKey(table, part), table, part, rows: list }));
}

/** v1 → v2: every record moves into its chunk with revision 1; history entries learn those revisions. */
async function upgradeToChunks(tx: Transaction): Promise<void> {
  for (const table of RECORD_TABLES) {
    // Tables added with version 2 (rounds, answers) had no version-1 store.
    if (!(table in SCHEMA_V1)) continue;
    const rows = (await tx.table(table).toArray()) as Record<string, unknown>[];
    if (rows.length) await tx.table('chunks').bulkPut(chunksOf(table, rows));
  }
  // Undo compares the revision a record has with the one the import left. Only the latest
  // import that touched a key can still be "as it left it" (revision 1 after the upgrade).
  const imports = ((await tx.table('imports').toArray()) as HistoryEntry[]).sort((a, b) => compareCode(b.tid, a.tid));
  const seen = new Set<string>();
  for (const imp of imports) {
    for (const c of imp.andringar as ChangeSet[]) {
      const keys = [
        ...c.added,
        ...c.overwritten.map((r) => recordKey(c.table as RecordTable, r as Record<string, unknown>)),
      ];
      c.left = {};
      for (const k of keys) {
        const id = `${c.table}\u0000${k}`;
        c.left[k] = imp.angrad || seen.has(id) ? -1 : 1;
        seen.add(id);
      }
    }
  }
  // The entries keep their summary; what they changed moves to the changes table.
  for (const imp of imports) {
    await tx
      .table('changes')
      .bulkPut(imp.andringar.map((c, i) => ({ ...c, key: changeKey(imp.id, i), entry: imp.id })));
    imp.andringar = [];
  }
  if (imports.length) await tx.table('imports').bulkPut(imports);
}

export class PlanatlasDb extends Dexie {
  chunks!: EntityTable<StoredChunk, 'key'>;
  boundaries!: EntityTable<BoundaryFile, 'id'>;
  imports!: EntityTable<HistoryEntry, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  changes!: EntityTable<StoredChange, 'key'>;

  constructor(name = 'planatlas') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToChunks);
    // Version 3 writes chunks as columns (StoredChunk; the stores are those of version 2). The bump
    // makes a tab still running the older app, which reads only `rows`, close the database on the
    // versionchange (open.ts) instead of misreading a chunk.
    this.version(3).stores({});
    // First start: the default taxonomy of PRODUCT.md, which the region can then edit.
    this.on('populate', (tx) => {
      return tx.table('chunks').bulkAdd(chunksOf('themes', defaultThemes()));
    });
  }
}

/** The chunk key of a record of a table (for tests and repos). */
export function keyOfRecord(table: RecordTable, r: Record<string, unknown>): string {
  return chunkKey(table, partOf(table, r));
}
