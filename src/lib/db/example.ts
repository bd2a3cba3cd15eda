/**
 * Removing the example data (RELIABILITY 34): only example records still exactly as loaded go;
 * example records the person has changed are kept as theirs (their `kalla` says so); the example
 * groups can be kept too; references to removed records are detached. The removal is an entry in
 * the history, so "Ångra" brings everything back through the same undo as an import.
 */
import { exampleData, EXAMPLE_PREFIX } from '$lib/domain/example';
import type { Register } from '$lib/domain/municipalities';
import { sameContent } from '$lib/domain/merge';
import { db } from './db';
import { keyOf, RECORD_TABLES, revOf, withoutRev, type ChunkSet, type RecordTable, type StoredRow } from './chunks';
import { loadTable, readRows, writeSet } from './store';
import { writeEntry, type ChangeSet, type HistoryEntry } from './history';

/** `kalla` of an example record the person changed and kept: theirs now, no longer example data. */
export const ADOPTED_SOURCE = 'Egen (från exempeldata)';

/** Is a stored row example data (by id, or by indicator for indicator values), not adopted by the person? */
export function isExampleRow(table: RecordTable, row: object): boolean {
  const r = row as StoredRow;
  const id = table === 'indicatorValues' ? r.indikator : r.id;
  return typeof id === 'string' && id.startsWith(EXAMPLE_PREFIX) && r.kalla !== ADOPTED_SOURCE;
}

export interface RemovalReport {
  removed: number;
  /** Example records changed by the person: kept, now theirs. */
  kept: { table: RecordTable; key: string; row: StoredRow }[];
  /** Example groups kept as the person's own. */
  groupsKept: number;
  /** The person's own records whose reference to a removed record was cleared. */
  detached: number;
  entryId: string;
}

export interface RemovalOptions {
  keepGroups?: boolean;
  dryRun?: boolean;
  now?: string;
  /** The name of the history entry ("Ta bort exempeldata"). */
  label?: string;
}

/** Remove the example data (or, with dryRun, report what would happen). One transaction. */
export async function removeExampleData(register: Register, o: RemovalOptions = {}): Promise<RemovalReport> {
  const now = o.now ?? new Date().toISOString();
  const fresh: Record<string, Record<string, unknown>[]> = exampleData(register, now);
  // The tables the example data has, in registry order.
  const TABLES = RECORD_TABLES.filter((t) => t in fresh);
  const report: RemovalReport = {
    removed: 0,
    kept: [],
    groupsKept: 0,
    detached: 0,
    entryId: `exempel-${now}-${Math.random().toString(36).slice(2, 8)}`,
  };
  await db.transaction(o.dryRun ? 'r' : 'rw', [db.chunks, db.imports, db.changes], async () => {
    const sets = new Map<RecordTable, ChunkSet>();
    const changes = new Map<RecordTable, ChangeSet>();
    const change = (t: RecordTable) =>
      changes.get(t) ?? changes.set(t, { table: t, added: [], overwritten: [], left: {}, prior: {} }).get(t)!;
    const write = (t: RecordTable, row: StoredRow, next: Record<string, unknown> | null) => {
      const k = keyOf(t, row);
      const c = change(t);
      c.overwritten.push(withoutRev(row));
      c.prior![k] = revOf(row);
      if (next) c.left![k] = sets.get(t)!.put(next);
      else {
        sets.get(t)!.delete(k);
        c.left![k] = 0;
      }
    };
    const gone: Record<string, Set<string>> = { plans: new Set(), regions: new Set(), indicators: new Set() };
    for (const t of TABLES) {
      const set = await loadTable(t);
      sets.set(t, set);
      const original = new Map((fresh[t] ?? []).map((r) => [keyOf(t, r), r]));
      for (const row of set.rows()) {
        if (!isExampleRow(t, row)) continue;
        const k = keyOf(t, row);
        const orig = original.get(k);
        const unchanged = !!orig && sameContent(withoutRev(row), orig);
        if (t === 'regions' && o.keepGroups) {
          report.groupsKept++;
          write(t, row, { ...withoutRev(row), kalla: ADOPTED_SOURCE });
        } else if (unchanged) {
          report.removed++;
          gone[t]?.add(k);
          write(t, row, null);
        } else {
          report.kept.push({ table: t, key: k, row });
          write(t, row, { ...withoutRev(row), kalla: ADOPTED_SOURCE });
        }
      }
    }
    // Nothing may point at what was removed: detach plan, group and indicator references.
    for (const t of ['measures', 'events', 'indicatorValues'] as const) {
      for (const row of sets.get(t)!.rows()) {
        const next: Record<string, unknown> = { ...withoutRev(row) };
        if (t === 'measures' && gone.plans.has(String(row.plan_id))) next.plan_id = '';
        else if (t === 'events' && gone.regions.has(String(row.region_id))) next.region_id = '';
        else if (t === 'indicatorValues' && gone.indicators.has(String(row.indikator))) {
          // A kept value of a removed indicator keeps its indicator instead (a value needs one).
          const ind = fresh.indicators.find((i) => i.id === row.indikator);
          if (ind && !sets.get('indicators')!.get(String(ind.id))) {
            gone.indicators.delete(String(ind.id));
            report.removed--;
            sets.get('indicators')!.put({ ...ind, kalla: ADOPTED_SOURCE });
          }
          continue;
        } else continue;
        if ('uppdaterad' in row) next.uppdaterad = now;
        report.detached++;
        write(t, row, next);
      }
    }
    if (o.dryRun) return;
    for (const set of sets.values()) await writeSet(set);
    const entry: HistoryEntry = {
      id: report.entryId,
      fil: o.label ?? 'Exempeldata',
      tid: now,
      kalla: 'Exempeldata',
      antal: {
        nya: 0,
        andrade: report.removed + report.kept.length + report.groupsKept + report.detached,
        oforandrade: 0,
        konflikter: report.kept.length,
      },
      andringar: [],
      slag: 'exempel',
    };
    await writeEntry(entry, [...changes.values()]);
  });
  return report;
}

/** Is any example data stored (an example plan or group, not adopted)? */
export async function hasExampleData(): Promise<boolean> {
  return (
    (await readRows('plans')).some((r) => isExampleRow('plans', r)) ||
    (await readRows('regions')).some((r) => isExampleRow('regions', r))
  );
}

/**
 * The tables of an export without example data. An example plan, group or indicator that one of
 * the person's own records refers to stays, so that the bundle has no dangling reference.
 */
export function withoutExamples(
  tables: Record<string, Record<string, unknown>[]>,
): Record<string, Record<string, unknown>[]> {
  const own = (t: string) => (tables[t] ?? []).filter((r) => !isExampleRow(t as RecordTable, r));
  const needed = { plans: new Set<unknown>(), regions: new Set<unknown>(), indicators: new Set<unknown>() };
  for (const m of own('measures')) needed.plans.add(m.plan_id);
  for (const e of own('events')) needed.regions.add(e.region_id);
  for (const v of own('indicatorValues')) needed.indicators.add(v.indikator);
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const [t, rows] of Object.entries(tables)) {
    const keep = needed[t as keyof typeof needed];
    out[t] = rows.filter((r) => !isExampleRow(t as RecordTable, r) || (keep && keep.has(r.id)));
  }
  return out;
}

/** Does an export hold any record (themes aside, which every database has)? */
export function hasRecords(tables: Record<string, unknown[]>): boolean {
  return Object.entries(tables).some(([t, rows]) => t !== 'themes' && rows.length > 0);
}
