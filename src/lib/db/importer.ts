/**
 * Writing an import: one Dexie transaction for all of it, recorded in the import history with
 * the records it overwrote, so that undo restores exactly the previous state.
 * Inside the transaction: only Dexie calls, no other awaits, no catch (RELIABILITY 16).
 */
import type { ImportRecord } from '../domain/model';
import type { EntityName } from '../domain/records';
import { countPlans, primaryKey, recordKey, type Rec, type TablePlan } from '../io/merge';
import { db } from './db';

/** The stored records with the keys of `incoming`, keyed by recordKey. One bulkGet. */
export async function storedFor(table: EntityName, incoming: Rec[]): Promise<Map<string, Rec>> {
  const keys = incoming.map((r) => primaryKey(table, r));
  const found = (await db.table(table).bulkGet(keys)) as (Rec | undefined)[];
  const out = new Map<string, Rec>();
  found.forEach((r) => {
    if (r) out.set(recordKey(table, r), r);
  });
  return out;
}

export interface CommitInfo {
  fil: string;
  kalla: string;
  tid?: string;
}

/** Write the plans of one import and its history entry, all or nothing. */
export async function commitImport(plans: TablePlan[], info: CommitInfo): Promise<ImportRecord> {
  const tid = info.tid ?? new Date().toISOString();
  const record: ImportRecord = {
    id: `import-${tid}-${Math.random().toString(36).slice(2, 8)}`,
    fil: info.fil,
    tid,
    kalla: info.kalla,
    antal: countPlans(plans),
    andringar: [],
  };
  for (const p of plans) {
    if (!p.add.length && !p.update.length) continue;
    record.andringar.push({ table: p.table, added: p.add.map((r) => recordKey(p.table, r)), overwritten: p.update.map((u) => u.before) });
  }
  const tables = [...new Set(plans.map((p) => p.table))].map((n) => db.table(n));
  await db.transaction('rw', [...tables, db.imports], async () => {
    for (const p of plans) {
      const rows = [...p.add, ...p.update.map((u) => u.after)];
      if (rows.length) await db.table(p.table).bulkPut(rows);
    }
    await db.imports.add(record);
  });
  return record;
}

/**
 * Undo an import: records it added are deleted, records it overwrote get their previous
 * version back. One transaction. The history entry stays, marked as undone.
 */
export async function undoImport(id: string, now = new Date().toISOString()): Promise<void> {
  const entry = await db.imports.get(id);
  if (!entry || entry.angrad) return;
  const tables = [...new Set(entry.andringar.map((c) => c.table))].map((n) => db.table(n));
  await db.transaction('rw', [...tables, db.imports], async () => {
    for (const c of entry.andringar) {
      const tbl = db.table(c.table);
      const keys = c.table === 'indicatorValues' ? c.added.map((k) => JSON.parse(k)) : c.added;
      if (keys.length) await tbl.bulkDelete(keys);
      if (c.overwritten.length) await tbl.bulkPut(c.overwritten);
    }
    await db.imports.update(id, { angrad: now });
  });
}

/** Every record of every exportable table, for export. */
export async function readTables(names: EntityName[]): Promise<Record<string, Rec[]>> {
  const out: Record<string, Rec[]> = {};
  await db.transaction('r', names.map((n) => db.table(n)), async () => {
    for (const n of names) out[n] = (await db.table(n).toArray()) as Rec[];
  });
  return out;
}
