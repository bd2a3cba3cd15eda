/**
 * Writing an import: one Dexie transaction for all of it, recorded in the import history with
 * the records it overwrote and the revisions it left, so that undo restores exactly the previous
 * state of what nobody has changed since. Inside the transaction: only Dexie calls, no other
 * awaits, no catch (RELIABILITY 16).
 */
import type { EntityName } from '$lib/domain/records';
import type { Owners } from '$lib/domain/answerCheck';
import { countPlans, recordKey, type PlanCounts, type Rec, type TablePlan } from '$lib/domain/merge';
import { db } from './db';
import {
  ChunkSet,
  keyOf,
  partOf,
  revOf,
  toStored,
  type Chunk,
  type RecordTable,
  type StoredChunk,
  type StoredRow,
} from './chunks';
import { DatabaseLostError, StalePreviewError } from './errors';
import { breathe, loadStored, readExportRows, readParts, tableChunks, writeSet } from './store';

import { writePacked, type HistoryEntry } from './history';
import { Revisions, SLICE as CHANGE_SLICE, unpackChange, type PackedChange } from './changes';
import { ColumnWriter, withDictionaries } from './rowColumns';

/** Rows handled between two pauses of a long commit (no main-thread task much over ~50 ms). */
const SLICE_ROWS = 2000;

export { undoImport, type UndoReport } from './history';

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

export interface CommitInfo {
  fil: string;
  kalla: string;
  tid?: string;
  /**
   * Rows of collection answers by table and key → the municipality of their answer (domain/answerCheck):
   * checked again inside the transaction, where the row is written and the stored record it replaces is read.
   */
  owners?: Owners;
}

/**
 * What an import writes to one table, in a form that crosses to a worker cheaply: the rows to add
 * and the rows to write over stored ones, and of each stored row replaced or removed only its key,
 * its part (chunk) and the revision the preview read. The stored content itself is read again
 * inside the transaction: a row still at the revision the preview read has the content it read
 * (every write stamps a new revision).
 */
export interface TableWrite {
  table: RecordTable;
  add: Rec[];
  after: Rec[];
  /** Per row of `after`: the replaced stored row's key, part and revision as read (null: no re-check). */
  beforeKey: string[];
  beforePart: string[];
  beforeRev: (number | null)[];
  /** Stored rows the person chose to delete with the import: key, part and revision as read. */
  removeKey: string[];
  removePart: string[];
  removeRev: number[];
  /**
   * Per row of `add` and of `after`, the municipality of the collection answer it comes from ('' for
   * none); empty arrays when the import holds no answer. Inside the transaction the row, and the
   * stored record it replaces, must belong to it.
   */
  addOwner: string[];
  afterOwner: string[];
}

/** One slice of an import's history, packed as it is built (see changes.ts). */
class SliceBuilder {
  readonly added: string[] = [];
  /** The stored rows overwritten, without their revision (no copy of each row is made). */
  readonly over = new ColumnWriter('rev');
  readonly left = new Revisions();
  readonly prior = new Revisions();
  constructor(private readonly table: RecordTable) {}
  done(): PackedChange {
    const { table, added } = this;
    const over = withDictionaries(this.over.done());
    return { v: 2, table, added, over, left: this.left.done(), prior: this.prior.done() };
  }
}

/** An empty write to a table. */
export const emptyWrite = (table: RecordTable): TableWrite => ({
  table,
  add: [],
  after: [],
  beforeKey: [],
  beforePart: [],
  beforeRev: [],
  removeKey: [],
  removePart: [],
  removeRev: [],
  addOwner: [],
  afterOwner: [],
});

/**
 * Part of a plan as a write: new rows `add[from, to)`, changed rows `update[from, to)`, and the
 * removals when `removals` (they are few). A worker is sent a plan in such slices.
 */
export function tableWrite(
  p: TablePlan,
  add: [number, number] = [0, p.add.length],
  update: [number, number] = [0, p.update.length],
  removals = true,
  owners?: Owners,
): TableWrite {
  const table = p.table as RecordTable;
  const w = emptyWrite(table);
  const own = owners?.[p.table];
  for (let i = add[0]; i < add[1]; i++) {
    w.add.push(p.add[i]);
    if (own) w.addOwner.push(own.get(keyOf(table, p.add[i])) ?? '');
  }
  for (let i = update[0]; i < update[1]; i++) {
    const { before, after } = p.update[i];
    w.after.push(after);
    if (own) w.afterOwner.push(own.get(keyOf(table, after)) ?? '');
    w.beforeKey.push(keyOf(table, before));
    w.beforePart.push(partOf(table, before));
    // The revision the preview saw: the stored row is handed as it is, with its `rev`.
    w.beforeRev.push((before as Partial<StoredRow>).rev ?? null);
  }
  if (removals)
    for (const r of (p.remove ?? []) as StoredRow[]) {
      w.removeKey.push(keyOf(table, r));
      w.removePart.push(partOf(table, r));
      w.removeRev.push(revOf(r));
    }
  return w;
}

/** Add a slice of a write to the write of the same table (in order). */
export function appendWrite(into: TableWrite, w: TableWrite): void {
  const push = <T>(a: T[], b: readonly T[]) => {
    for (const x of b) a.push(x);
  };
  push(into.add, w.add);
  push(into.after, w.after);
  push(into.beforeKey, w.beforeKey);
  push(into.beforePart, w.beforePart);
  push(into.beforeRev, w.beforeRev);
  push(into.removeKey, w.removeKey);
  push(into.removePart, w.removePart);
  push(into.removeRev, w.removeRev);
  push(into.addOwner, w.addOwner);
  push(into.afterOwner, w.afterOwner);
}

/** The import's history entry before it is written: its id, time, files and counts. */
export function importEntry(info: CommitInfo, antal: PlanCounts): HistoryEntry {
  const tid = info.tid ?? new Date().toISOString();
  return {
    id: `import-${tid}-${Math.random().toString(36).slice(2, 8)}`,
    fil: info.fil,
    tid,
    kalla: info.kalla,
    antal,
    andringar: [],
  };
}

/**
 * Write the plans of one import and its history entry, all or nothing. Inside the transaction
 * every record the import adds must still be absent and every record it overwrites must still
 * have the revision the preview read; otherwise nothing is written and StalePreviewError says
 * which records changed.
 */
export async function commitImport(plans: TablePlan[], info: CommitInfo): Promise<HistoryEntry> {
  return writeImport(
    plans.map((p) => tableWrite(p, undefined, undefined, true, info.owners)),
    importEntry(info, countPlans(plans)),
  );
}

/** The municipality of a row ('' when it has none). */
const kommunOf = (r: object | undefined): string => String((r as { kommunkod?: unknown } | undefined)?.kommunkod ?? '');

export interface WriteOptions {
  /** Breaks for the page between slices of rows (on the page; not in a worker, where nothing waits). */
  breaks?: boolean;
  /** Called after every slice of rows with the rows handled so far and the total. */
  progress?: (done: number, total: number) => void;
  /** Asked after every slice: true aborts the transaction (nothing is written) with WriteCancelled. */
  cancelled?: () => boolean;
  /** The database marker the page opened (open.ts): another database under the same name is never written. */
  marker?: { key: string; value: unknown };
  /** The rows of the writes are this call's to store as they are (the commit worker's copies): no copy is made. */
  ownsRows?: boolean;
  /** The entry returned without what it changed (`andringar` empty: the commit worker sends only the summary). */
  summaryOnly?: boolean;
  /**
   * Told which chunks the transaction writes that hold only rows of the writes (needs `ownsRows`): per
   * write (by its index in `writes`), each such chunk as references to those rows. Without `breaks`
   * (the commit worker) as soon as every write is asked for, before the transaction has committed
   * (it may still abort: the page takes them only on its report, handover.ts); with them, after.
   */
  written?: (tables: WrittenTable[]) => void;
  /** Writes made ready before the transaction (prepareWrites, with the same `ownsRows`). */
  prepared?: ReadonlyMap<TableWrite, PreparedWrite>;
  /** Told of each write whose prepared work was taken (its chunks unchanged since). */
  taken?: (w: TableWrite) => void;
}

/**
 * A table write made ahead of its transaction (prepareWrites): everything writeImport would do with
 * it inside the transaction, done on the chunks as they were read then, with the version of each.
 */
export interface PreparedWrite {
  parts: Set<string>;
  /** The version of each chunk read (StoredChunk `v`), by key; a chunk not there is not in it. */
  versions: ReadonlyMap<string, number>;
  applied: Applied;
  /** The chunks to write, in their stored form (`toStored`). */
  ready: Map<Chunk, StoredChunk>;
  /** With owned rows: the chunks as references to the write's rows, as `writtenChunks` tells them. */
  written: WrittenChunk[];
}

/**
 * What writeImport would do inside its transaction with each write, done before it on the chunks
 * its rows touch as they are now: the checks against the revisions the preview read, the history
 * (the stored rows it replaces), the rows put into their chunks, the chunks made into the records to
 * write. Nothing is written. The commit worker does it while the person still reads the preview (the
 * rows came ahead: commitChannel presendCommit). writeImport takes it only if, inside its
 * transaction, every one of those chunks is still there with the version read and no other has come
 * (StoredChunk `v`: a new one at every write): then it would have read the same rows and done the
 * same. A write reading a chunk stored without a version (before versions existed), or one that
 * cannot be made ready (a row without its key), is left to writeImport.
 */
export async function prepareWrites(
  writes: readonly TableWrite[],
  owned: boolean,
  /** True once the commit has come: nothing more is worked on (its transaction does it). */
  stopped: () => boolean = () => false,
  /** Each write made ready goes in here as soon as it is (a commit that comes meanwhile takes those). */
  out = new Map<TableWrite, PreparedWrite>(),
): Promise<Map<TableWrite, PreparedWrite>> {
  for (const w of writes) {
    if (stopped()) break;
    if (!w || !(w.add.length || w.after.length || w.removeKey.length)) continue;
    const parts = await partsOf(w, false);
    // One read-only transaction: the chunks as one consistent state (not the live data's reads).
    const stored = await db.transaction('r', db.chunks, () => readParts(w.table, parts, false));
    // The version of each chunk read; a chunk without one cannot be proven unchanged at the commit.
    const versions = new Map<string, number>();
    if (!stored.every((c) => !c || (typeof c.v === 'number' && versions.set(c.key, c.v)))) continue;
    const set = await loadStored(w.table, stored, false);
    // Checked right before the work: the commit's transaction puts these rows too, and the two must
    // not take turns (it stamps each row's revision).
    if (stopped()) break;
    try {
      const applied = applyWrite(
        w,
        set,
        owned,
        () => undefined,
        () => false,
      ).next();
      if (!applied.done) continue; // (no breaks without a step that asks for them)
      const ok = !applied.value.stale.length;
      out.set(w, {
        parts,
        versions,
        applied: applied.value,
        ready: ok ? new Map(set.changes().put.map((c) => [c, toStored(c)])) : new Map(),
        written: ok && owned ? writtenChunks(w, set) : [],
      });
    } catch {
      continue;
    }
  }
  return out;
}

/** Are the chunks read inside the transaction exactly those `prepared` read, each at the version read? */
function unchanged(prepared: PreparedWrite, stored: readonly (StoredChunk | undefined)[]): boolean {
  let n = 0;
  for (const s of stored) {
    if (!s) continue;
    n++;
    if (typeof s.v !== 'number' || prepared.versions.get(s.key) !== s.v) return false;
  }
  return n === prepared.versions.size;
}

/** What one table write did to its chunks (applyWrite). */
export interface Applied {
  /** Rows not as the preview read them (then nothing of the import is written, and `slices` is empty). */
  stale: { table: RecordTable; key: string }[];
  /** The parts' chunks, the write's rows put into them. */
  set: ChunkSet;
  /** What the write changed, as the history's slices, packed. */
  slices: PackedChange[];
}

/**
 * One table write applied to the chunk set of its parts: every row checked against what the preview
 * read, the history kept (the stored rows it replaces, their revisions and those it leaves), the rows
 * put into the set. `step` counts rows (progress, cancel) and may ask for a break, which is yielded
 * (the caller awaits it: inside a transaction a native async helper would let it commit early).
 * `skip`: true when an earlier write was stale (the rows are then only checked).
 */
function* applyWrite(
  w: TableWrite,
  set: ChunkSet,
  owned: boolean,
  step: (rows?: number, force?: boolean) => PromiseLike<unknown> | undefined,
  skip: () => boolean,
): Generator<PromiseLike<unknown>, Applied, unknown> {
  const table = w.table;
  const nAdd = w.add.length;
  const nOver = w.after.length + w.removeKey.length;
  const stale: Applied['stale'] = [];
  // What the import changed, already in the history's slices, packed (changes.ts: as writeEntry
  // would cut and pack it: one slice when small, else added keys then overwritten records, SLICE
  // keys each), so that writing the entry builds no dictionary of keys and copies no stored row.
  const whole = nAdd + nOver <= CHANGE_SLICE;
  const one = new SliceBuilder(table);
  const addedSlices: SliceBuilder[] = [];
  const overSlices: SliceBuilder[] = [];
  const addedAt = (i: number) =>
    whole ? one : (addedSlices[Math.floor(i / CHANGE_SLICE)] ??= new SliceBuilder(table));
  const overAt = (i: number) => (whole ? one : (overSlices[Math.floor(i / CHANGE_SLICE)] ??= new SliceBuilder(table)));
  for (let i = 0; i < nAdd; i++) {
    const k = keyOf(table, w.add[i]);
    if (set.get(k)) stale.push({ table, key: k });
    // A collection answer's row belongs to the answer's municipality (checked in the preview, and here again).
    else if (w.addOwner[i] && kommunOf(w.add[i]) !== w.addOwner[i]) stale.push({ table, key: k });
    const c = addedAt(i);
    c.added.push(k);
    c.prior.push(0);
    const b = step();
    if (b) yield b;
  }
  // Rows overwritten, then rows removed in a collection answer that the person chose to delete:
  // each must be as the preview read it, and the history keeps it as it is stored (without its revision).
  // keepIn: the stored row (from its chunk's columns) to the history, and its revision.
  const over = (k: string, expected: number | null, i: number) => {
    const c = overAt(i);
    const rev = set.keepIn(k, c.over);
    if (rev === undefined || (expected !== null && rev !== expected)) stale.push({ table, key: k });
    c.prior.push(rev ?? 0);
  };
  for (let i = 0; i < w.after.length; i++) {
    const seen = stale.length;
    over(w.beforeKey[i], w.beforeRev[i], i);
    // An answer's row may replace only a stored record of the answer's municipality, and stays its.
    const owner = w.afterOwner[i];
    if (stale.length === seen && owner)
      if (kommunOf(set.get(w.beforeKey[i])) !== owner || kommunOf(w.after[i]) !== owner)
        stale.push({ table, key: w.beforeKey[i] });
    const b = step();
    if (b) yield b;
  }
  for (let i = 0; i < w.removeKey.length; i++) over(w.removeKey[i], w.removeRev[i], w.after.length + i);
  if (stale.length || skip()) return { stale, set, slices: [] };
  for (let i = 0; i < nAdd; i++) {
    addedAt(i).left.push(set.put(w.add[i], owned));
    const b = step();
    if (b) yield b;
  }
  for (let i = 0; i < w.after.length; i++) {
    overAt(i).left.push(set.put(w.after[i], owned));
    const b = step();
    if (b) yield b;
  }
  for (let i = 0; i < w.removeKey.length; i++) {
    set.delete(w.removeKey[i]);
    overAt(w.after.length + i).left.push(0);
  }
  const b = step(w.removeKey.length, true);
  if (b) yield b;
  return { stale, set, slices: (whole ? [one] : [...addedSlices, ...overSlices]).map((c) => c.done()) };
}

/**
 * A chunk a commit wrote whose every row is one of the commit's own (commitChannel.ts hands it to
 * the page that sent them): row `i` of the chunk is the write's row `refs[i]` (its `add` rows first,
 * then its `after` rows) with revision `revs[i]`.
 */
export interface WrittenChunk {
  key: string;
  part: string;
  refs: Int32Array;
  /** Revisions as small integers (a row's `rev` read from a Float64Array would be stored as a double:
   * another field representation than a read gives, and the views' optimised code thrown away). */
  revs: Int32Array;
}

/** The chunks of one table write, by the write's index. */
export interface WrittenTable {
  at: number;
  chunks: WrittenChunk[];
}

/** The chunks of `set` that hold only rows of `w` (the very objects: `ownsRows`), as references to them. */
function writtenChunks(w: TableWrite, set: ChunkSet): WrittenChunk[] {
  const at = new Map<object, number>();
  w.add.forEach((r, i) => at.set(r, i));
  w.after.forEach((r, i) => at.set(r, w.add.length + i));
  const out: WrittenChunk[] = [];
  next: for (const c of set.changes().put) {
    const refs = new Int32Array(c.rows.length);
    const revs = new Int32Array(c.rows.length);
    for (let i = 0; i < c.rows.length; i++) {
      const ref = at.get(c.rows[i]);
      const rev = revOf(c.rows[i]);
      // A row stored before (not among the writes), or a revision past 2³¹: the page reads this chunk.
      if (ref === undefined || rev !== (rev | 0)) continue next;
      refs[i] = ref;
      revs[i] = rev;
    }
    out.push({ key: c.key, part: c.part, refs, revs });
  }
  return out;
}

/** The person stopped the import while it was being written: nothing was written. */
export class WriteCancelled extends Error {
  override name = 'WriteCancelled';
  constructor() {
    super('the import was cancelled before it was written');
  }
}

/** Rows a write handles: the progress' total. */
const rowsOf = (writes: readonly TableWrite[]) =>
  // Every row is checked, put in its chunk and written; a removal is checked and removed.
  writes.reduce((n, w) => n + 3 * (w.add.length + w.after.length) + w.removeKey.length, 0);

/**
 * Write an import (see commitImport) from its table writes and its history entry, all or nothing.
 * Runs on the page or in the commit worker (workers/commit.worker.ts), with its own connection there.
 */
export async function writeImport(
  writes: TableWrite[],
  record: HistoryEntry,
  opts: WriteOptions = {},
): Promise<HistoryEntry> {
  const breaks = opts.breaks ?? true;
  const owned = opts.ownsRows ?? false;
  const total = rowsOf(writes);
  let done = 0;
  let reported = 0;
  /** Count rows; after every SLICE_ROWS of them (or when `force`): progress and cancellation. */
  const report = (rows: number, force: boolean): boolean => {
    done += rows;
    if (done - reported < SLICE_ROWS && !force) return false;
    reported = done;
    opts.progress?.(done, total);
    if (opts.cancelled?.()) throw new WriteCancelled();
    return true;
  };
  /** report(), then on the page a break: a Dexie request the caller awaits (no native async helper inside the transaction). */
  const step = (rows = 1, force = false): PromiseLike<unknown> | undefined =>
    report(rows, force) && breaks ? breathe() : undefined;
  const slices: PackedChange[] = [];
  const handed: WrittenTable[] = [];
  // The municipalities (chunks) each write touches, found before the transaction, with breaks for the page.
  const touched = new Map<TableWrite, Set<string>>();
  for (const w of writes) touched.set(w, opts.prepared?.get(w)?.parts ?? (await partsOf(w, breaks)));
  await db.transaction('rw', [db.chunks, db.imports, db.changes, db.meta], async () => {
    if (opts.marker && (await db.meta.get(opts.marker.key))?.value !== opts.marker.value) throw new DatabaseLostError();
    const stale: { table: RecordTable; key: string }[] = [];
    /** In a worker: the chunk writes requested and not yet awaited. */
    const writing: Promise<void>[] = [];
    for (const [at, w] of writes.entries()) {
      const table = w.table;
      const nAdd = w.add.length;
      const nOver = w.after.length + w.removeKey.length;
      if (!nAdd && !nOver) continue;
      // The previous table's chunk writes first: two flows of awaits at once would let the transaction commit early.
      if (writing.length) await Promise.all(writing.splice(0));
      const stored = await readParts(table, touched.get(w)!, breaks);
      // Made ready before the transaction (prepareWrites): taken while its chunks are still those it
      // read (their versions compared; then they are not indexed into a chunk set at all).
      const prep = opts.prepared?.get(w);
      const ready = prep && unchanged(prep, stored) ? prep : undefined;
      let applied: Applied;
      if (ready) {
        opts.taken?.(w);
        applied = ready.applied;
        // Its rows counted as checked and put (progress, and a last chance to cancel), unless stale.
        const b = applied.stale.length ? undefined : step(2 * (nAdd + w.after.length) + w.removeKey.length, true);
        if (b) await b;
      } else {
        // Only Dexie promises are awaited in here, directly or inside a helper that awaits nothing else
        // (loadStored: a break is a Dexie request); anything else would let the transaction commit early.
        const loaded = await loadStored(table, stored, breaks);
        const g = applyWrite(w, loaded, owned, step, () => stale.length > 0);
        for (let r = g.next(); ; r = g.next()) {
          if (r.done) {
            applied = r.value;
            break;
          }
          await r.value;
        }
      }
      stale.push(...applied.stale);
      if (stale.length) continue;
      const set = applied.set;
      // Its share of the progress: the import's rows, however many stored rows their chunks hold.
      const share = nAdd + w.after.length;
      let counted = 0;
      const written = writeSet(
        set,
        SLICE_ROWS,
        (written, all) => {
          const now = all ? Math.round((share * written) / all) : share;
          report(now - counted, true);
          counted = now;
        },
        !breaks,
        ready?.ready,
      );
      if (breaks) await written;
      else {
        // Awaited with the history below (or before the next table's read), so that serialising the history
        // overlaps the database writing the chunks. Handled here too: a later table found stale aborts the
        // transaction before they settle.
        written.then(undefined, () => undefined);
        writing.push(written);
      }
      slices.push(...applied.slices);
      if (opts.written && owned) handed.push({ at, chunks: ready?.written ?? writtenChunks(w, set) });
    }
    // Throwing inside the transaction aborts it: nothing of this import is written.
    if (stale.length) throw new StalePreviewError(stale);
    if (opts.cancelled?.()) throw new WriteCancelled();
    if (breaks) await writePacked(record, slices);
    else {
      const all = Promise.all([...writing, writePacked(record, slices, true)]);
      // Told as soon as every write is asked for: the page builds the chunks while the database commits
      // (it takes them only when it hears this transaction's report, handover.ts; never if it aborts).
      opts.written?.(handed);
      await all;
    }
  });
  if (breaks) opts.written?.(handed);
  return {
    ...record,
    andringar: opts.summaryOnly
      ? []
      : slices.map((c) => unpackChange(c, (r) => keyOf(c.table as RecordTable, r as Rec))),
  };
}

/**
 * The parts (chunks) a write adds to or overwrites in: where its new rows go, where its changed rows
 * were and go. With `breaks`, a pause for the page every SLICE_ROWS rows (none in a worker).
 */
async function partsOf(w: TableWrite, breaks: boolean): Promise<Set<string>> {
  const table = w.table;
  const parts = new Set<string>(w.removePart);
  let n = 0;
  for (const r of w.add) {
    parts.add(partOf(table, r));
    if (breaks && ++n % SLICE_ROWS === 0) await pauseOutside();
  }
  for (let i = 0; i < w.after.length; i++) {
    parts.add(w.beforePart[i]).add(partOf(table, w.after[i]));
    if (breaks && ++n % SLICE_ROWS === 0) await pauseOutside();
  }
  return parts;
}

/** Every record of every exportable table, for export (without revisions). */
export async function readTables(names: readonly EntityName[]): Promise<Record<string, Rec[]>> {
  const out: Record<string, Rec[]> = {};
  await db.transaction('r', db.chunks, async () => {
    for (const n of names) out[n] = await readExportRows(n as RecordTable);
  });
  return out;
}
