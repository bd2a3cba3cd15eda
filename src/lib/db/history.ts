/**
 * The history of imports (and of other bulk changes such as removing the example data) and its
 * undo. An entry records, per table, the keys it added, the records it overwrote (as they were),
 * the revision each key had before (`prior`, 0 = absent) and the revision it left (`left`,
 * 0 = absent). Undo puts back only what is still exactly as the entry left it; the rest is
 * listed and kept unless the person asks (`force`). Undo never leaves a reference to a plan,
 * theme or group that no longer exists: such references are detached, and the report says how many.
 */
import type { ImportRecord, Measure } from '../domain/model';
import { db } from './db';
import { keyOf, revOf, type ChunkSet, type RecordTable, type StoredRow } from './chunks';
import { loadTable, writeSet } from './store';

export interface ChangeSet {
  table: string;
  added: string[];
  overwritten: unknown[];
  left?: Record<string, number>;
  prior?: Record<string, number>;
}

export type HistoryEntry = Omit<ImportRecord, 'andringar'> & {
  andringar: ChangeSet[];
  /** What kind of change: an import (default) or the removal of the example data. */
  slag?: 'import' | 'exempel';
};

export interface UndoReport {
  /** Records put back (deleted or restored). */
  restored: number;
  /** Records changed since the entry (kept unless forced), with their current version (null: deleted since). */
  changed: { table: RecordTable; key: string; current: StoredRow | null }[];
  /** References detached so that none points at a removed plan, theme or group. */
  detached: number;
}

const REF_TABLES: RecordTable[] = ['plans', 'themes', 'regions', 'measures', 'requests', 'events'];

/**
 * Undo an entry (or, with `dryRun`, only report what undo would do). One transaction; the
 * history entry stays, marked as undone. Later entries that changed a record this undo keeps
 * are rewritten so that undoing them later goes back to the state before this entry.
 */
export async function undoImport(
  id: string,
  opts: { now?: string; force?: boolean; dryRun?: boolean } | string = {},
): Promise<UndoReport> {
  const o = typeof opts === 'string' ? { now: opts } : opts;
  const now = o.now ?? new Date().toISOString();
  const report: UndoReport = { restored: 0, changed: [], detached: 0 };
  await db.transaction(o.dryRun ? 'r' : 'rw', [db.chunks, db.imports], async () => {
    const entry = (await db.imports.get(id)) as HistoryEntry | undefined;
    if (!entry || entry.angrad) return;
    const sets = new Map<RecordTable, ChunkSet>();
    const load = async (t: RecordTable) => {
      if (!sets.has(t)) sets.set(t, await loadTable(t));
      return sets.get(t)!;
    };
    const kept: { table: string; key: string; left: number; before: unknown | null; prior: number }[] = [];
    const removed = new Map<RecordTable, Set<string>>();
    for (const c of entry.andringar) {
      const table = c.table as RecordTable;
      const set = await load(table);
      const targets: [string, unknown | null][] = [
        ...c.added.map((k) => [k, null] as [string, null]),
        ...c.overwritten.map((r) => [keyOf(table, r as Record<string, unknown>), r] as [string, unknown]),
      ];
      for (const [k, before] of targets) {
        const current = set.get(k);
        const left = c.left?.[k] ?? -1;
        if (revOf(current) !== left && !o.force) {
          report.changed.push({ table, key: k, current: current ?? null });
          kept.push({ table, key: k, left, before, prior: c.prior?.[k] ?? -1 });
          continue;
        }
        report.restored++;
        if (before === null) {
          if (set.delete(k)) removed.set(table, (removed.get(table) ?? new Set()).add(k));
        } else {
          const { rev: _r, ...clean } = before as StoredRow;
          set.put(clean);
        }
      }
    }
    report.detached = await detachDangling(load, removed, now);
    if (o.dryRun) return;
    for (const set of sets.values()) await writeSet(set);
    await rewriteLater(entry, kept);
    await db.imports.update(id, { angrad: now });
  });
  return report;
}

/** Detach references to removed plans, themes and groups; returns how many records changed. */
async function detachDangling(load: (t: RecordTable) => Promise<ChunkSet>, removed: Map<RecordTable, Set<string>>, now: string): Promise<number> {
  const gone = (t: RecordTable) => removed.get(t) ?? new Set<string>();
  const [plans, themes, regions] = [gone('plans'), gone('themes'), gone('regions')];
  if (!plans.size && !themes.size && !regions.size) return 0;
  let n = 0;
  for (const t of REF_TABLES) {
    const set = await load(t);
    for (const r of set.rows()) {
      const next: Record<string, unknown> = { ...r };
      let changed = false;
      if (typeof r.plan_id === 'string' && plans.has(r.plan_id)) [next.plan_id, changed] = ['', true];
      if (Array.isArray(r.teman) && (r.teman as string[]).some((x) => themes.has(x))) {
        next.teman = (r.teman as Measure['teman']).filter((x) => !themes.has(x));
        changed = true;
      }
      if (typeof r.region_id === 'string' && regions.has(r.region_id)) [next.region_id, changed] = ['', true];
      if (t === 'themes' && typeof r.overordnat === 'string' && themes.has(r.overordnat)) [next.overordnat, changed] = ['', true];
      if (!changed) continue;
      if ('uppdaterad' in r) next.uppdaterad = now;
      const { rev: _r, ...clean } = next;
      set.put(clean);
      n++;
    }
  }
  return n;
}

/**
 * A record this undo keeps was changed by a later entry that saw exactly the version this entry
 * left: that later entry's "before" becomes this entry's "before", as if this entry had never been.
 */
async function rewriteLater(entry: HistoryEntry, kept: { table: string; key: string; left: number; before: unknown | null; prior: number }[]): Promise<void> {
  if (!kept.length) return;
  const later = ((await db.imports.toArray()) as HistoryEntry[]).filter((e) => !e.angrad && e.id !== entry.id && e.tid >= entry.tid);
  const changedEntries = new Set<HistoryEntry>();
  for (const k of kept) {
    for (const e of later) {
      const c = e.andringar.find((x) => x.table === k.table);
      if (!c || c.prior?.[k.key] !== k.left || k.left === -1) continue;
      c.added = c.added.filter((x) => x !== k.key);
      c.overwritten = c.overwritten.filter((r) => keyOf(k.table as RecordTable, r as Record<string, unknown>) !== k.key);
      if (k.before === null) c.added.push(k.key);
      else c.overwritten.push(k.before);
      c.prior![k.key] = k.prior;
      changedEntries.add(e);
    }
  }
  if (changedEntries.size) await db.imports.bulkPut([...changedEntries] as ImportRecord[]);
}
