/**
 * The import preview's merge plan, computed in slices so that the page never blocks (RELIABILITY 36:
 * no main-thread task over 100 ms while importing 100 000 rows). The result is exactly
 * `planTable(table, incoming, stored, strategy, now)`; what makes it cheap:
 * - rows whose stored record has the same content are counted as unchanged by `sameRecord`, which
 *   allocates nothing (an identical re-import never copies or diffs a stored row);
 * - only new and differing rows go through `planTable`, a slice at a time, with a pause between slices
 *   (every PLAN_SLICE rows, and every DIFF_SLICE differing ones).
 */
import {
  notContent,
  planTable,
  recordKey,
  sameValue,
  type Rec,
  type Strategy,
  type TablePlan,
} from '$lib/domain/merge';
import type { EntityName } from '$lib/domain/records';

/** A break for the page between slices (resolves in a later task). */
export type Pause = () => Promise<unknown>;

/** Rows handled between two pauses. */
export const PLAN_SLICE = 5000;
/** Differing rows handled between two pauses. */
export const DIFF_SLICE = 1000;

/**
 * Same content by the merge's rule (`sameContent`: every field but NOT_CONTENT (`notContent`), absent = null = '',
 * arrays element by element), also ignoring a stored row's `rev`; allocates nothing.
 */
export function sameRecord(stored: Rec, incoming: Rec): boolean {
  for (const k in incoming) if (!notContent(k) && !sameValue(stored[k], incoming[k])) return false;
  for (const k in stored) if (!notContent(k) && !(k in incoming) && !sameValue(stored[k], undefined)) return false;
  return true;
}

/** The incoming records of one table by key (a later record wins over an earlier one with the same key). */
export async function keyRecords(table: EntityName, records: readonly Rec[], pause: Pause): Promise<Map<string, Rec>> {
  const out = new Map<string, Rec>();
  for (let i = 0; i < records.length; i++) {
    out.set(recordKey(table, records[i]), records[i]);
    if (i % PLAN_SLICE === PLAN_SLICE - 1) await pause();
  }
  return out;
}

/**
 * `planTable` for `incoming` (by key) against `stored` (rows by key, possibly with `rev`), in slices.
 * A row that differs keeps the stored row itself as `before`, with its `rev`, which the commit
 * re-checks; the revision is never content (NOT_CONTENT). No copy: a re-import of 100 000 changed
 * rows would hold a copy of every stored row while it previews and commits (60 MB of heap that
 * garbage collection marks in pauses of over 100 ms).
 */
export async function planInSlices(
  table: EntityName,
  incoming: ReadonlyMap<string, Rec>,
  stored: ReadonlyMap<string, Rec>,
  strategy: Strategy,
  now: string,
  pause: Pause,
): Promise<TablePlan> {
  const out: TablePlan = { table, add: [], update: [], unchanged: 0, conflicts: 0, conflictList: [] };
  let rest: Rec[] = [];
  let existing = new Map<string, Rec>();
  // Rows of `rest` with a stored row (diffed field by field); new rows are only stamped.
  let differing = 0;
  const flush = () => {
    const p = planTable(table, rest, existing, strategy, now);
    for (const r of p.add) out.add.push(r);
    for (const u of p.update) out.update.push(u);
    for (const c of p.conflictList) out.conflictList.push(c);
    out.unchanged += p.unchanged;
    out.conflicts += p.conflicts;
    rest = [];
    existing = new Map();
    differing = 0;
  };
  // The keys and records as two arrays (Map entries would be an array and a result object per row).
  const keys = [...incoming.keys()];
  const recs = [...incoming.values()];
  let n = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const rec = recs[i];
    const before = stored.get(key);
    if (before && sameRecord(before, rec)) out.unchanged++;
    else {
      rest.push(rec);
      if (before) {
        existing.set(key, before);
        differing++;
      }
    }
    // A pause every PLAN_SLICE rows, and sooner when many rows differ (those are diffed field by
    // field; a new row is not: 100 000 new rows take 20 pauses, not 100).
    if (++n % PLAN_SLICE === 0 || differing >= DIFF_SLICE) {
      flush();
      await pause();
    }
  }
  flush();
  return out;
}

/**
 * A pause that lets the page paint and take input: `scheduler.yield()` where there is one, else a
 * message to ourselves (a new task without setTimeout's 4 ms clamp).
 */
export function yieldToPage(): Promise<unknown> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<unknown> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve(undefined);
    };
    ch.port2.postMessage(null);
  });
}

/**
 * A pause for work nobody waits for (the preview's theme suggestions): the page's frames, input and
 * the import's own slices go first (`scheduler.postTask` at background priority, else a timer).
 */
export function yieldToBackground(): Promise<unknown> {
  const s = (
    globalThis as {
      scheduler?: { postTask?: (f: () => void, o: { priority: 'background' }) => Promise<unknown> };
    }
  ).scheduler;
  if (s?.postTask) return s.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
