/**
 * The history of imports, of other bulk changes such as removing the example data, and of hand
 * edits (edits.ts), and its one undo. An entry records, per table, the keys it added, the records it overwrote (as they were),
 * the revision each key had before (`prior`, 0 = absent) and the revision it left (`left`,
 * 0 = absent). Undo puts back only what is still exactly as the entry left it; the rest is
 * listed and kept unless the person asks (`force`). Undo never leaves a reference to a plan,
 * theme or group that no longer exists: such references are detached, and the report says how many.
 */
import type { HistoryEntry } from '$lib/domain/model';
import { db } from './db';
import { keyOf, partOf, revOf, type ChunkSet, type RecordTable, type StoredRow } from './chunks';
import { loadParts, loadTable, writeSet } from './store';
import {
  changeKey,
  changeRange,
  packChange,
  sliceChange,
  unpackChange,
  type ChangeSet,
  type EntryChange,
  type PackedChange,
  type StoredChange,
} from './changes';

/**
 * Write an entry: its summary in the history, what it changed in slices (inside the caller's
 * transaction). `pipelined` (in a worker): every slice requested at once, without waiting for the one before.
 */
export async function writeEntry(entry: HistoryEntry, sets: ChangeSet[], pipelined = false): Promise<void> {
  const slices = sets.flatMap((c) => {
    const key = keyFor(c.table);
    return sliceChange(c, key).map((s) => packChange(s, key));
  });
  await writePacked(entry, slices, pipelined);
}

/** Write an entry whose changes are already packed slices (see writeEntry). */
export async function writePacked(entry: HistoryEntry, slices: PackedChange[], pipelined = false): Promise<void> {
  const stored = (i: number): StoredChange => ({ ...slices[i], key: changeKey(entry.id, i), entry: entry.id });
  if (pipelined) {
    await Promise.all([
      db.imports.add({ ...entry, andringar: [] }),
      db.changes.bulkPut(slices.map((_, i) => stored(i))),
    ]);
    return;
  }
  await db.imports.add({ ...entry, andringar: [] });
  // One slice per request: each request's structured clone is one main-thread task, and ten slices
  // of a 100 000-row import took 137–158 ms each; one takes well under 50 ms.
  for (let i = 0; i < slices.length; i++) await db.changes.put(stored(i));
}

/** The key of an overwritten record of a table. */
const keyFor =
  (table: string) =>
  (r: unknown): string =>
    keyOf(table as RecordTable, r as Record<string, unknown>);

/** A stored slice, in either shape, as a ChangeSet. */
export const readable = <T extends StoredChange>(c: T): EntryChange => unpackChange(c, keyFor(c.table)) as EntryChange;

/** What an entry changed, as ChangeSets (whichever shape it was stored in). */
export async function readChanges(id: string): Promise<EntryChange[]> {
  const [lo, hi] = changeRange(id);
  return (await db.changes.where('key').between(lo, hi, true, true).toArray()).map(readable);
}

export type { ChangeSet } from './changes';

export type { EditLabel, EditOp, HistoryEntry } from '$lib/domain/model';

export interface UndoReport {
  /** Records put back (deleted or restored). */
  restored: number;
  /** Records changed since the entry (kept unless forced), with their current version (null: deleted since). */
  changed: { table: RecordTable; key: string; current: StoredRow | null }[];
  /** References detached so that none points at a removed plan, theme or group. */
  detached: number;
}

const REF_TABLES: RecordTable[] = ['plans', 'themes', 'regions', 'measures', 'requests', 'events'];
const REFERABLE = new Set<string>(['plans', 'themes', 'regions']);

interface Target {
  table: RecordTable;
  key: string;
  before: unknown | null;
  left: number;
  prior: number;
}

/**
 * Undo an entry — an import, the removal of the example data or a hand edit — (or, with
 * `dryRun`, only report what undo would do). One transaction; the history entry stays, marked
 * as undone. Later entries that changed a record this undo keeps are rewritten so that undoing
 * them later goes back to the state before this entry.
 */
export async function undoEntry(
  id: string,
  opts: { now?: string; force?: boolean; dryRun?: boolean } | string = {},
): Promise<UndoReport> {
  const o = typeof opts === 'string' ? { now: opts } : opts;
  const now = o.now ?? new Date().toISOString();
  const report: UndoReport = { restored: 0, changed: [], detached: 0 };
  await db.transaction(o.dryRun ? 'r' : 'rw', [db.chunks, db.imports, db.changes], async () => {
    const entry = await db.imports.get(id);
    if (!entry || entry.angrad) return;
    const changes = await readChanges(id);
    const targets: Target[] = [];
    for (const c of changes) {
      const table = c.table as RecordTable;
      for (const k of c.added)
        targets.push({ table, key: k, before: null, left: c.left?.[k] ?? -1, prior: c.prior?.[k] ?? -1 });
      for (const r of c.overwritten) {
        const k = keyOf(table, r as Record<string, unknown>);
        targets.push({ table, key: k, before: r, left: c.left?.[k] ?? -1, prior: c.prior?.[k] ?? -1 });
      }
    }
    const { sets, partial } = await loadFor(changes, targets);
    const load = async (t: RecordTable) => {
      if (!sets.has(t)) sets.set(t, await loadTable(t));
      return sets.get(t)!;
    };
    const kept: { table: string; key: string; left: number; before: unknown | null; prior: number }[] = [];
    const removed = new Map<RecordTable, Set<string>>();
    const restored: { table: RecordTable; key: string }[] = [];
    const relabel: { table: RecordTable; key: string; from: number; to: number }[] = [];
    // One await per table, none per record: thousands of awaits of settled native promises let the
    // transaction commit early (Dexie's zone cannot follow them; PrematureCommitError at 9 000 rows).
    for (const table of new Set(targets.map((x) => x.table))) await load(table);
    for (const { table, key: k, before, left, prior } of targets) {
      const set = sets.get(table)!;
      const current = set.get(k);
      if (revOf(current) !== left && !o.force) {
        report.changed.push({ table, key: k, current: current ?? null });
        kept.push({ table, key: k, left, before, prior });
        continue;
      }
      report.restored++;
      if (before === null) {
        if (set.delete(k)) removed.set(table, (removed.get(table) ?? new Set()).add(k));
      } else {
        const { rev: _r, ...clean } = before as StoredRow;
        set.put(clean);
        restored.push({ table, key: k });
        // The record is back at the version an earlier entry may have left: that entry now left this revision.
        if (prior > 0) relabel.push({ table, key: k, from: prior, to: 0 });
      }
    }
    report.detached = await detachDangling(load, removed, now);
    report.detached += await detachRestored(sets, partial, restored, now);
    for (const r of relabel) r.to = revOf(sets.get(r.table)!.get(r.key));
    if (o.dryRun) return;
    for (const set of sets.values()) await writeSet(set);
    await rewriteOthers(entry, kept, relabel);
    await db.imports.update(id, { angrad: now });
  });
  return report;
}

/** The former name (imports were the first entries of the history). */
export const undoImport = undoEntry;

/**
 * The chunk sets an undo works on. A hand edit names the parts (municipalities) it touched:
 * when every record it left is still there at the revision it left, only those parts are read
 * (an undo of one edit stays small). Otherwise — or when the undo may remove a plan, theme or
 * group, whose references are then searched everywhere — whole tables.
 */
async function loadFor(
  changes: EntryChange[],
  targets: Target[],
): Promise<{ sets: Map<RecordTable, ChunkSet>; partial: Set<RecordTable> }> {
  const sets = new Map<RecordTable, ChunkSet>();
  const partial = new Set<RecordTable>();
  const removesReferable = targets.some((t) => t.before === null && REFERABLE.has(t.table));
  for (const table of new Set(changes.map((c) => c.table as RecordTable))) {
    const cs = changes.filter((c) => c.table === table);
    const ts = targets.filter((t) => t.table === table);
    if (!removesReferable && cs.every((c) => c.parts?.length) && ts.every((t) => t.left > 0)) {
      // The parts it left records in, and those of the versions undo puts back (never a part not read).
      const parts = new Set(cs.flatMap((c) => c.parts!));
      for (const t of ts) if (t.before) parts.add(partOf(table, t.before as Record<string, unknown>));
      const set = await loadParts(table, parts);
      if (ts.every((t) => revOf(set.get(t.key)) === t.left)) {
        sets.set(table, set);
        partial.add(table);
        continue;
      }
    }
    sets.set(table, await loadTable(table));
  }
  return { sets, partial };
}

/**
 * A restored record may point at a plan, theme or group removed since (by hand or by another
 * entry): that reference is cleared, so undo never leaves a dangling one. Returns how many
 * records changed.
 */
async function detachRestored(
  sets: Map<RecordTable, ChunkSet>,
  partial: Set<RecordTable>,
  restored: { table: RecordTable; key: string }[],
  now: string,
): Promise<number> {
  if (!restored.length) return 0;
  // Only Dexie calls are awaited in a transaction: read the tables needed first, then check synchronously.
  const rows = restored.map(({ table, key }) => ({ table, set: sets.get(table)!, r: sets.get(table)!.get(key) }));
  const needs = new Set<RecordTable>();
  for (const { table, r } of rows) {
    if (!r) continue;
    if (r.plan_id) needs.add('plans');
    if (r.region_id) needs.add('regions');
    if ((table === 'themes' && r.overordnat) || (Array.isArray(r.teman) && r.teman.length)) needs.add('themes');
  }
  const full = new Map<RecordTable, ChunkSet>();
  for (const t of needs) if (!sets.has(t) || partial.has(t)) full.set(t, await loadTable(t));
  const exists = (table: RecordTable, id: string): boolean => {
    const s = sets.get(table);
    if (s && !partial.has(table)) return !!s.get(id);
    return !!s?.get(id) || !!full.get(table)!.get(id);
  };
  let n = 0;
  for (const { table, set, r } of rows) {
    const clean = r && withoutLinks(table, r, (t, id) => !exists(t, id), now);
    if (!clean) continue;
    set.put(clean);
    n++;
  }
  return n;
}

/**
 * `r` with its links to records that `missing` says are gone cleared (plan, group, parent theme,
 * themes), stamped `now` and without its revision; null when it links to nothing missing.
 */
function withoutLinks(
  table: RecordTable,
  r: StoredRow,
  missing: (table: RecordTable, id: string) => boolean,
  now: string,
): Record<string, unknown> | null {
  const next: Record<string, unknown> = { ...r };
  let changed = false;
  if (typeof r.plan_id === 'string' && r.plan_id && missing('plans', r.plan_id)) [next.plan_id, changed] = ['', true];
  if (typeof r.region_id === 'string' && r.region_id && missing('regions', r.region_id))
    [next.region_id, changed] = ['', true];
  if (table === 'themes' && typeof r.overordnat === 'string' && r.overordnat && missing('themes', r.overordnat))
    [next.overordnat, changed] = ['', true];
  if (Array.isArray(r.teman)) {
    const keep = (r.teman as string[]).filter((th) => !missing('themes', th));
    if (keep.length !== r.teman.length) [next.teman, changed] = [keep, true];
  }
  if (!changed) return null;
  if ('uppdaterad' in r) next.uppdaterad = now;
  const { rev: _r, ...clean } = next;
  return clean;
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
      const clean = withoutLinks(t, r, (table, id) => gone(table).has(id), now);
      if (!clean) continue;
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
  const others = (await db.imports.toArray()).filter((e) => !e.angrad && e.id !== entry.id);
  const changed = new Set<EntryChange>();
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
  // Written back packed, whichever shape they were read in.
  if (changed.size)
    await db.changes.bulkPut(
      [...changed].map(({ key, entry: e, ...c }) => ({ ...packChange(c, keyFor(c.table)), key, entry: e })),
    );
}
