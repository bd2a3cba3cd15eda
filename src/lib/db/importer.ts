/**
 * Writing an import: one Dexie transaction for all of it, recorded in the import history with
 * the records it overwrote and the revisions it left, so that undo restores exactly the previous
 * state of what nobody has changed since. Inside the transaction: only Dexie calls, no other
 * awaits, no catch (RELIABILITY 16).
 */
import type { ImportRecord } from '$lib/domain/model';
import type { EntityName } from '$lib/domain/records';
import { countPlans, recordKey, type Rec, type TablePlan } from '$lib/domain/merge';
import { db } from './db';
import { keyOf, partOf, revOf, withoutRev, type RecordTable, type StoredRow } from './chunks';
import { StalePreviewError } from './errors';
import { breathe, loadParts, readExportRows, tableChunks, writeSet } from './store';

/** Rows handled between two pauses of a long commit (no main-thread task much over ~50 ms). */
const SLICE_ROWS = 2000;
import { writeEntry, type ChangeSet, type HistoryEntry } from './history';
import { SLICE as CHANGE_SLICE } from './changes';

export { undoImport, type UndoReport } from './history';

/** The revision each record handed out by storedFor/previewCopy had, for the commit's re-check. */
const previewRev = new WeakMap<object, number>();
/** The preview's copy of each stored row (the same object every time, so the re-check finds it). */
const copies = new WeakMap<object, Rec>();

/**
 * A stored row as the preview compares it: without its revision, remembered with that revision
 * so that the commit can re-check it. The same stored row always gives the same copy.
 */
export function previewCopy(row: Rec): Rec {
  let clean = copies.get(row);
  if (!clean) {
    clean = withoutRev(row as StoredRow);
    previewRev.set(clean, revOf(row as StoredRow));
    copies.set(row, clean);
  }
  return clean;
}

/** A break for the page (a new task); outside transactions only. */
const pauseOutside = () => new Promise((res) => setTimeout(res, 0));

/**
 * The stored rows (with `rev`, as stored: never change them) of a table whose keys are in `keys`,
 * by key. Reads the whole table (a record may be stored under another municipality than the file
 * says), or takes `rows`, the table as the live data holds it (every row with its revision, as of
 * the last change any tab made: the commit re-checks every revision inside its transaction).
 * Pauses every few thousand rows; never call it inside a transaction.
 */
export async function storedRows(
  table: EntityName,
  keys: { has(key: string): boolean },
  pause: () => Promise<unknown> = pauseOutside,
  rows?: readonly Rec[],
): Promise<Map<string, Rec>> {
  const out = new Map<string, Rec>();
  const parts = rows ? [rows] : (await tableChunks(table as RecordTable)).map((c) => c.rows as Rec[]);
  let n = 0;
  for (const part of parts) {
    for (const r of part) {
      const k = recordKey(table, r);
      if (keys.has(k)) out.set(k, r);
      if (++n % 5000 === 0) await pause();
    }
  }
  return out;
}

/**
 * The stored records with the keys of `incoming`, keyed by recordKey, without their revisions
 * (the merge compares content); see storedRows. The commit's re-check relies on `update.before`
 * being the very objects returned here (or by previewCopy), or stored rows with their `rev`.
 */
export async function storedFor(table: EntityName, incoming: Rec[]): Promise<Map<string, Rec>> {
  const keys = new Set(incoming.map((r) => recordKey(table, r)));
  const out = new Map<string, Rec>();
  for (const [k, r] of await storedRows(table, keys)) out.set(k, previewCopy(r));
  return out;
}

export interface CommitInfo {
  fil: string;
  kalla: string;
  tid?: string;
}

/**
 * Write the plans of one import and its history entry, all or nothing. Inside the transaction
 * every record the import adds must still be absent and every record it overwrites must still
 * have the revision the preview read; otherwise nothing is written and StalePreviewError says
 * which records changed.
 */
export async function commitImport(plans: TablePlan[], info: CommitInfo): Promise<ImportRecord> {
  const tid = info.tid ?? new Date().toISOString();
  const record: HistoryEntry = {
    id: `import-${tid}-${Math.random().toString(36).slice(2, 8)}`,
    fil: info.fil,
    tid,
    kalla: info.kalla,
    antal: countPlans(plans),
    andringar: [],
  };
  const sets: ChangeSet[] = [];
  // The municipalities (chunks) each plan touches, found before the transaction, with breaks for the page.
  const touched = new Map<TablePlan, Set<string>>();
  for (const p of plans) touched.set(p, await partsOf(p));
  await db.transaction('rw', [db.chunks, db.imports, db.changes], async () => {
    const stale: { table: RecordTable; key: string }[] = [];
    for (const p of plans) {
      const removed = (p.remove ?? []) as StoredRow[];
      if (!p.add.length && !p.update.length && !removed.length) continue;
      const table = p.table as RecordTable;
      const set = await loadParts(table, touched.get(p)!);
      // What the import changed, already in the history's slices (as sliceChange cuts them: one set
      // when small, else added keys then overwritten records, SLICE keys each), so that writing the
      // entry does not cut 100 000 keys into slices in one task.
      const whole = p.add.length + p.update.length + removed.length <= CHANGE_SLICE;
      const mk = (): ChangeSet => ({ table, added: [], overwritten: [], left: {}, prior: {} });
      const one = mk();
      const addedSlices: ChangeSet[] = [];
      const overSlices: ChangeSet[] = [];
      const addedAt = (i: number) => (whole ? one : (addedSlices[Math.floor(i / CHANGE_SLICE)] ??= mk()));
      const overAt = (i: number) => (whole ? one : (overSlices[Math.floor(i / CHANGE_SLICE)] ??= mk()));
      // Only Dexie promises are awaited in here (a native async helper would let the transaction commit early).
      let n = 0;
      for (let i = 0; i < p.add.length; i++) {
        const k = keyOf(table, p.add[i]);
        if (set.get(k)) stale.push({ table, key: k });
        const c = addedAt(i);
        c.added.push(k);
        c.prior![k] = 0;
        if (++n % SLICE_ROWS === 0) await breathe();
      }
      for (let i = 0; i < p.update.length; i++) {
        const u = p.update[i];
        const k = keyOf(table, u.before);
        // The revision the preview saw: remembered for a copy (previewCopy), carried by a stored row handed as it is.
        const expected = previewRev.get(u.before) ?? (u.before as Partial<StoredRow>).rev;
        const current = set.get(k);
        if (!current || (expected !== undefined && revOf(current) !== expected)) stale.push({ table, key: k });
        const c = overAt(i);
        c.overwritten.push('rev' in u.before ? withoutRev(u.before as StoredRow) : u.before);
        c.prior![k] = revOf(current);
        if (++n % SLICE_ROWS === 0) await breathe();
      }
      // Rows removed in a collection answer that the person chose to delete: the record must be as it was read.
      for (let i = 0; i < removed.length; i++) {
        const r = removed[i];
        const k = keyOf(table, r);
        const current = set.get(k);
        if (!current || revOf(current) !== revOf(r)) stale.push({ table, key: k });
        const c = overAt(p.update.length + i);
        c.overwritten.push(withoutRev(r));
        c.prior![k] = revOf(current);
      }
      if (stale.length) continue;
      for (let i = 0; i < p.add.length; i++) {
        addedAt(i).left![keyOf(table, p.add[i])] = set.put(p.add[i]);
        if (++n % SLICE_ROWS === 0) await breathe();
      }
      for (let i = 0; i < p.update.length; i++) {
        overAt(i).left![keyOf(table, p.update[i].after)] = set.put(p.update[i].after);
        if (++n % SLICE_ROWS === 0) await breathe();
      }
      for (let i = 0; i < removed.length; i++) {
        const k = keyOf(table, removed[i]);
        set.delete(k);
        overAt(p.update.length + i).left![k] = 0;
      }
      await writeSet(set);
      sets.push(...(whole ? [one] : [...addedSlices, ...overSlices]));
    }
    // Throwing inside the transaction aborts it: nothing of this import is written.
    if (stale.length) throw new StalePreviewError(stale);
    await writeEntry(record, sets);
  });
  return { ...record, andringar: sets } as ImportRecord;
}

/** The parts (chunks) a plan adds to or overwrites in: where its new rows go, where its changed rows were and go. */
async function partsOf(p: TablePlan): Promise<Set<string>> {
  const table = p.table as RecordTable;
  const parts = new Set<string>();
  let n = 0;
  for (const r of p.add) {
    parts.add(partOf(table, r));
    if (++n % SLICE_ROWS === 0) await pauseOutside();
  }
  for (const u of p.update) {
    parts.add(partOf(table, u.before)).add(partOf(table, u.after));
    if (++n % SLICE_ROWS === 0) await pauseOutside();
  }
  for (const r of p.remove ?? []) parts.add(partOf(table, r));
  return parts;
}

/** Every record of every exportable table, for export (without revisions). */
export async function readTables(names: EntityName[]): Promise<Record<string, Rec[]>> {
  const out: Record<string, Rec[]> = {};
  await db.transaction('r', db.chunks, async () => {
    for (const n of names) out[n] = await readExportRows(n as RecordTable);
  });
  return out;
}
