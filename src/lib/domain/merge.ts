/**
 * The import plan: what an import would do to the stored records, before anything is written.
 * new: the key is not stored. unchanged: stored with the same content (uppdaterad aside).
 * conflict: stored with other content; the strategy decides who wins, and the winners are "changed".
 *
 * The truth rules (DATA.md, "Identity, merge and provenance"):
 * - a row without `uppdaterad` is older than any stored record that has one: it never wins under
 *   "the newer wins"; it is stamped with the time of the import when it is written;
 * - a record whose `kommunkod` differs from the stored one's is a conflict of its own kind
 *   (`kommun`), never taken under "newer wins" — only when the person chose "take theirs";
 * - every change and every conflict carries the list of fields that differ, for the preview.
 */
import {
  ENTITIES,
  keyOf,
  storeKeyOf,
  type EntityName,
  type EntityRecord,
  type RecordOfEntity,
  type SomeRecord,
  type StoreKey,
} from '$lib/domain/entities';

export type Strategy = 'newer' | 'mine' | 'theirs';

/** @deprecated A record before validation; use `EntityRecord<E>` (kept for callers not yet typed). */
export type Rec = Record<string, unknown>;

/** One record that the import would change or that conflicts with what is stored. */
export interface Change<R = SomeRecord> {
  key: string;
  before: R;
  after: R;
  /** Fields whose values differ (never `uppdaterad`), in the entity's field order of `after`. */
  fields: string[];
}

export interface Conflict<R = SomeRecord> extends Change<R> {
  /** `content`: other values; `kommun`: the same id belongs to another municipality. */
  kind: 'content' | 'kommun';
  /** Which version the strategy keeps. */
  winner: 'mine' | 'theirs';
}

export interface TablePlan<E extends EntityName = EntityName, R = RecordOfEntity<E>> {
  table: E;
  add: R[];
  /** Stored records the import overwrites, with what they were and which fields change. */
  update: Change<R>[];
  unchanged: number;
  /** Number of conflicts (stored with other content), whoever wins. */
  conflicts: number;
  /** Every conflict, with its kind and winner, for the preview. */
  conflictList: Conflict<R>[];
  /** Stored records (as read, with their revision) the person chose to delete with this import (rows removed in a collection answer). */
  remove?: R[];
}

/** The identity of a record as one string (see `keyOf` in domain/entities). */
export function recordKey(table: EntityName, r: object): string {
  return keyOf(table, r);
}

/** The store (Dexie) primary key of a record (compound for indicator values). */
export function primaryKey(table: EntityName, r: object): StoreKey {
  return storeKeyOf(table, r);
}

/** Same content, comparing every field but `uppdaterad` (a re-import of an unchanged row is unchanged). */
export function sameContent(a: object, b: object): boolean {
  return changedFields(a, b).length === 0;
}

/**
 * Fields that are never content: the time of the last change, and the revision a stored row carries
 * (the import's preview holds stored rows as they are, not copies without it).
 */
export const NOT_CONTENT: ReadonlySet<string> = new Set(['uppdaterad', 'rev']);

/** `NOT_CONTENT.has(k)`, as two comparisons (a third cheaper than the set, per field of 100 000 rows). */
export const notContent = (k: string): boolean => k === 'uppdaterad' || k === 'rev';

/**
 * The fields whose values differ between two versions of a record (NOT_CONTENT aside): `after`'s
 * fields in its order, then those only `before` has. Compares in place, without building a set or
 * lists of the keys (a re-import of 100 000 changed rows diffs every one of them).
 */
export function changedFields(before: object, after: object): string[] {
  const a = before as Rec;
  const b = after as Rec;
  const out: string[] = [];
  for (const k in b) if (Object.hasOwn(b, k) && !notContent(k) && !sameValue(a[k], b[k])) out.push(k);
  for (const k in a)
    if (Object.hasOwn(a, k) && !Object.hasOwn(b, k) && !notContent(k) && !sameValue(a[k], undefined)) out.push(k);
  // At its size: an array grown by `push` keeps room for 16 fields, and the preview keeps this list
  // for every differing row (100 000 of them: 7 MB instead of 2).
  return out.length ? out.slice() : out;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/** One field's values are the same: absent, null and '' alike (as in a CSV); lists element by element. */
export function sameValue(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameValue(x[i], y[i])) return false;
    return true;
  }
  // Absent and empty are the same value in a CSV.
  const ex = isEmpty(x);
  const ey = isEmpty(y);
  if (ex || ey) return ex && ey;
  return x === y;
}

/**
 * Decide, for one table, what an import does. `existing` holds the stored records with the incoming
 * keys (from one bulkGet), by `recordKey`. With 'newer', the later `uppdaterad` wins, and a row without
 * one loses to a stored record with one; a table without timestamps (themes, regions, indicators)
 * takes the file's version. Records written get `now` as `uppdaterad` when they have an empty one.
 */
export function planTable<E extends EntityName>(
  table: E,
  incoming: readonly EntityRecord<E>[],
  existing: ReadonlyMap<string, EntityRecord<E>>,
  strategy: Strategy,
  now?: string,
): TablePlan<E>;
/** @deprecated Untyped records: pass `EntityRecord<E>` instead. */
export function planTable(
  table: EntityName,
  incoming: readonly Rec[],
  existing: ReadonlyMap<string, Rec>,
  strategy: Strategy,
  now?: string,
): TablePlan;
export function planTable(
  table: EntityName,
  incoming: readonly Rec[],
  existing: ReadonlyMap<string, Rec>,
  strategy: Strategy,
  now = new Date().toISOString(),
): TablePlan {
  const plan = { table, add: [], update: [], unchanged: 0, conflicts: 0, conflictList: [] } as unknown as TablePlan & {
    add: Rec[];
    update: Change<Rec>[];
    conflictList: Conflict<Rec>[];
  };
  const stamp = (r: Rec): Rec => ('uppdaterad' in r && !r.uppdaterad ? { ...r, uppdaterad: now } : r);
  for (const rec of incoming) {
    const key = recordKey(table, rec);
    const before = existing.get(key);
    if (!before) {
      plan.add.push(stamp(rec));
      continue;
    }
    const fields = changedFields(before, rec);
    if (fields.length === 0) {
      plan.unchanged++;
      continue;
    }
    const kind = kommunOf(before) && kommunOf(rec) && kommunOf(before) !== kommunOf(rec) ? 'kommun' : 'content';
    const theirs = kind === 'kommun' ? strategy === 'theirs' : takeIncoming(before, rec, strategy);
    plan.conflicts++;
    plan.conflictList.push({ key, before, after: rec, fields, kind, winner: theirs ? 'theirs' : 'mine' });
    if (theirs) plan.update.push({ key, before, after: stamp(rec), fields });
  }
  return plan;
}

const kommunOf = (r: Rec) => (typeof r.kommunkod === 'string' ? r.kommunkod : '');
const stampOf = (r: Rec) => (typeof r.uppdaterad === 'string' ? r.uppdaterad : '');

function takeIncoming(mine: Rec, theirs: Rec, strategy: Strategy): boolean {
  if (strategy === 'mine') return false;
  if (strategy === 'theirs') return true;
  const a = stampOf(mine);
  const b = stampOf(theirs);
  // Without a time on either side (tables without timestamps) the file's version is taken;
  // a row without a time is older than any stored record with one.
  if (!b) return !a;
  if (!a) return true;
  return timeOf(b) > timeOf(a);
}

/**
 * `Date.parse`, remembering the last few times read: the rows of one import, and the stored rows
 * one import wrote, mostly share their `uppdaterad`, which is then read once rather than per row.
 */
const times = new Map<string, number>();
function timeOf(s: string): number {
  let t = times.get(s);
  if (t === undefined) {
    if (times.size >= 64) times.clear();
    t = Date.parse(s);
    times.set(s, t);
  }
  return t;
}

export interface PlanCounts {
  nya: number;
  andrade: number;
  oforandrade: number;
  konflikter: number;
}

export function countPlans(plans: readonly TablePlan[]): PlanCounts {
  return plans.reduce(
    (c, p) => ({
      nya: c.nya + p.add.length,
      andrade: c.andrade + p.update.length,
      oforandrade: c.oforandrade + p.unchanged,
      konflikter: c.konflikter + p.conflicts,
    }),
    { nya: 0, andrade: 0, oforandrade: 0, konflikter: 0 },
  );
}

/** One line of the preview's list of records that an import changes or that conflict. */
export interface ChangeRow {
  table: EntityName;
  key: string;
  /** The record's title field (titel, namn, text …) as the file has it. */
  title: string;
  /** new: added; changed: overwritten by the file; kept: a conflict where the stored version stays. */
  change: 'new' | 'changed' | 'kept';
  /** For changed and kept: a conflict of content, or of municipality (same id, another kommunkod). */
  conflict?: 'content' | 'kommun';
  /** The municipality before (stored) and after (file); equal unless the conflict is 'kommun'. */
  kommunkod: { before: string; after: string };
  /** Fields that differ (empty for new records). */
  fields: string[];
}

/** The preview's list: per table, new records, then overwritten ones, then conflicts that keep the stored version. */
export function listChanges(plans: readonly TablePlan[]): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const p of plans) {
    const titleOf = (r: object) => String((r as Rec)[ENTITIES[p.table].titleField] ?? '');
    const kommun = (r: object) => kommunOf(r as Rec);
    const conflictOf = new Map(p.conflictList.map((c) => [c.key, c]));
    for (const r of p.add) {
      rows.push({
        table: p.table,
        key: recordKey(p.table, r),
        title: titleOf(r),
        change: 'new',
        kommunkod: { before: '', after: kommun(r) },
        fields: [],
      });
    }
    for (const u of p.update) {
      const conflict = conflictOf.get(u.key)?.kind ?? 'content';
      rows.push({
        table: p.table,
        key: u.key,
        title: titleOf(u.after),
        change: 'changed',
        conflict,
        kommunkod: { before: kommun(u.before), after: kommun(u.after) },
        fields: u.fields,
      });
    }
    for (const c of p.conflictList) {
      if (c.winner !== 'mine') continue;
      rows.push({
        table: p.table,
        key: c.key,
        title: titleOf(c.after),
        change: 'kept',
        conflict: c.kind,
        kommunkod: { before: kommun(c.before), after: kommun(c.after) },
        fields: c.fields,
      });
    }
  }
  return rows;
}
