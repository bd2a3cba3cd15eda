/**
 * The import plan: what an import would do to the stored records, before anything is written.
 * new: the key is not stored. unchanged: stored with the same content (uppdaterad aside).
 * conflict: stored with other content; the strategy decides who wins, and the winners are "changed".
 */
import type { EntityName } from '../domain/records';

export type Strategy = 'newer' | 'mine' | 'theirs';

export type Rec = Record<string, unknown>;

export interface TablePlan {
  table: EntityName;
  add: Rec[];
  /** Stored records the import overwrites, with what they were. */
  update: { before: Rec; after: Rec }[];
  unchanged: number;
  conflicts: number;
}

export function recordKey(table: EntityName, r: Rec): string {
  return table === 'indicatorValues' ? JSON.stringify([r.indikator, r.kommunkod, r.period]) : String(r.id);
}

/** The Dexie primary key of a record (compound for indicator values). */
export function primaryKey(table: EntityName, r: Rec): string | [string, string, string] {
  return table === 'indicatorValues' ? [String(r.indikator), String(r.kommunkod), String(r.period)] : String(r.id);
}

/** Same content, comparing every field but `uppdaterad` (a re-import of an unchanged row is unchanged). */
export function sameContent(a: Rec, b: Rec): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('uppdaterad');
  for (const k of keys) if (!equal(a[k], b[k])) return false;
  return true;
}

function equal(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => equal(v, y[i]));
  // Absent and empty are the same value in a CSV.
  const ex = x === undefined || x === null || x === '';
  const ey = y === undefined || y === null || y === '';
  if (ex || ey) return ex && ey;
  return x === y;
}

/**
 * Decide, for one table, what an import does. `existing` holds the stored records with the incoming
 * keys (from one bulkGet). With 'newer', the later `uppdaterad` wins; a table without timestamps
 * (themes, regions, indicators) takes the file's version.
 */
export function planTable(table: EntityName, incoming: Rec[], existing: Map<string, Rec>, strategy: Strategy): TablePlan {
  const plan: TablePlan = { table, add: [], update: [], unchanged: 0, conflicts: 0 };
  for (const rec of incoming) {
    const before = existing.get(recordKey(table, rec));
    if (!before) {
      plan.add.push(rec);
      continue;
    }
    if (sameContent(before, rec)) {
      plan.unchanged++;
      continue;
    }
    plan.conflicts++;
    if (takeIncoming(before, rec, strategy)) plan.update.push({ before, after: rec });
  }
  return plan;
}

function takeIncoming(mine: Rec, theirs: Rec, strategy: Strategy): boolean {
  if (strategy === 'mine') return false;
  if (strategy === 'theirs') return true;
  const a = typeof mine.uppdaterad === 'string' ? mine.uppdaterad : '';
  const b = typeof theirs.uppdaterad === 'string' ? theirs.uppdaterad : '';
  if (!a || !b) return true;
  return Date.parse(b) > Date.parse(a);
}

export interface PlanCounts {
  nya: number;
  andrade: number;
  oforandrade: number;
  konflikter: number;
}

export function countPlans(plans: TablePlan[]): PlanCounts {
  return plans.reduce(
    (c, p) => ({ nya: c.nya + p.add.length, andrade: c.andrade + p.update.length, oforandrade: c.oforandrade + p.unchanged, konflikter: c.konflikter + p.conflicts }),
    { nya: 0, andrade: 0, oforandrade: 0, konflikter: 0 },
  );
}
