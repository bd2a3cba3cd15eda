/**
 * The history of imports (and of other bulk changes such as removing the example data) and its
 * undo. An entry records, per table, the keys it added, the records it overwrote (as they were),
 * the revision each key had before (`prior`, 0 = absent) and the revision it left (`left`,
 * 0 = absent). Undo puts back only what is still exactly as the entry left it; the rest is
 * listed and kept unless the person asks (`force`). Undo never leaves a reference to a plan,
 * theme or group that no longer exists: such references are detached, and the report says how many.
 */
import type { ImportRecord, Measure } from '$lib/domain/model';
import { db } from './db';
import { keyOf, revOf, type ChunkSet, type RecordTable, type StoredRow } from './chunks';
import { loadTable, writeSet } from './store';
import { changeKey, changeRange, sliceChange, type ChangeSet, type StoredChange } from './changes';

/** Write an entry: its summary in the history, what it changed in slices (inside the caller's transaction). */
export async function writeEntry(entry: HistoryEntry, sets: ChangeSet[]): Promise<void> {
  const slices = sets.flatMap((c) =>
    sliceChange(c, (r) => keyOf(c.table as RecordTable, r as Record<string, unknown>)),
  );
  await db.imports.add({ ...entry, andringar: [] } as ImportRecord);
  for (let i = 0; i < slices.length; i += 10) {
    await db.changes.bulkPut(
      slices.slice(i, i + 10).map((c, j) => ({ ...c, key: changeKey(entry.id, i + j), entry: entry.id })),
    );
  }
}

/** What an entry changed. */
export function readChanges(id: string): Promise<StoredChange[]> {
  const [lo, hi] = changeRange(id);
  return db.changes.where('key').between(lo, hi, true, true).toArray();
}

export type { ChangeSet } from './changes';

/** A history entry as listed (its `andringar` are stored apart, in the changes table). */
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
  await db.transaction(o.dryRun ? 'r' : 'rw', [db.chunks, db.imports, db.changes], async () => {
    const entry = (await db.imports.get(id)) as HistoryEntry | undefined;
    if (!entry || entry.angrad) return;
    const changes = await readChanges(id);
    const sets = new Map<RecordTable, ChunkSet>();
    const load = async (t: RecordTable) => {
      if (!sets.has(t)) sets.set(t, await loadTable(t));
      return sets.get(t)!;
    };
    const kept: { table: string; key: string; left: number; before: unknown | null; prior: number }[] = [];
    const removed = new Map<RecordTable, Set<string>>();
    const relabel: { table: string; key: string; from: number; to: number }[] = [];
    for (const c of changes) {
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
          const rev = set.put(clean);
          // The record is back at the version an earlier entry may have left: that entry now left this revision.
          const prior = c.prior?.[k];
          if (prior !== undefined && prior > 0) relabel.push({ table, key: k, from: prior, to: rev });
        }
      }
    }
    report.detached = await detachDangling(load, removed, now);
    if (o.dryRun) return;
    for (const set of sets.values()) await writeSet(set);
    await rewriteOthers(entry, kept, relabel);
    await db.imports.update(id, { angrad: now });
  });
  return report;
}

/** Detach references to removed plans, themes and groups; returns how many records changed. */
async function detachDangling(
  load: (t: RecordTable) => Promise<ChunkSet>,
  removed: Map<RecordTable, Set<string>>,
  now: string,
): Promise<number> {
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
      if (t === 'themes' && typeof r.overordnat === 'string' && themes.has(r.overordnat))
        [next.overordnat, changed] = ['', true];
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
 * Keep the other entries true after this undo. A record this undo keeps was changed by a later
 * entry that saw exactly the version this entry left: that entry's "before" becomes this entry's
 * "before", as if this entry had never been. A record this undo put back at an earlier version
 * carries a new revision: an entry that left that version now left this revision.
 */
async function rewriteOthers(
  entry: HistoryEntry,
  kept: { table: string; key: string; left: number; before: unknown | null; prior: number }[],
  relabel: { table: string; key: string; from: number; to: number }[],
): Promise<void> {
  const candidates = kept.filter((k) => k.left !== -1);
  if (!candidates.length && !relabel.length) return;
  const others = ((await db.imports.toArray()) as HistoryEntry[]).filter((e) => !e.angrad && e.id !== entry.id);
  const changed = new Set<StoredChange>();
  for (const e of others) {
    for (const c of await readChanges(e.id)) {
      for (const r of relabel) {
        if (c.table === r.table && c.left?.[r.key] === r.from) {
          c.left[r.key] = r.to;
          changed.add(c);
        }
      }
      if (e.tid < entry.tid) continue;
      for (const k of candidates) {
        if (c.table !== k.table || c.prior?.[k.key] !== k.left) continue;
        c.added = c.added.filter((x) => x !== k.key);
        c.overwritten = c.overwritten.filter(
          (r) => keyOf(k.table as RecordTable, r as Record<string, unknown>) !== k.key,
        );
        if (k.before === null) c.added.push(k.key);
        else c.overwritten.push(k.before);
        c.prior![k.key] = k.prior;
        changed.add(c);
      }
    }
  }
  if (changed.size) await db.changes.bulkPut([...changed]);
}
