/**
 * Committing an import off the page's thread. The page sends the plan to the commit worker
 * (workers/commit.worker.ts) in slices of rows, each one small structured clone of the rows as
 * columns (rowColumns.ts); the worker writes it with its own connection (writeImport: the same
 * transaction, checks and history as on the page), so that the 200 000 row objects a large commit
 * makes, their garbage collection and IndexedDB's serialising all happen off the page. Dexie tells the page's live queries and other
 * tabs of the change (its BroadcastChannel), as for any write.
 *
 * The two halves speak over any port (a Worker, the worker's global scope, a MessagePort), so
 * that the unit tests run both over a MessageChannel.
 */
import Dexie from 'dexie';
import type { HistoryEntry } from '$lib/domain/model';
import type { Owners } from '$lib/domain/answerCheck';
import { countPlans, type Rec, type TablePlan } from '$lib/domain/merge';
import { db } from './db';
import { databaseMarker } from './open';
import { restoreChunk, type Chunk, type RecordTable, type StoredRow } from './chunks';
import { endCommit, expectCommit, handOver } from './handover';
import { compact, fromColumns, toColumns, type RowColumns } from './rowColumns';
import { DatabaseLostError, StalePreviewError } from './errors';
import {
  appendWrite,
  emptyWrite,
  importEntry,
  prepareWrites,
  tableWrite,
  WriteCancelled,
  type PreparedWrite,
  writeImport,
  type CommitInfo,
  type TableWrite,
  type WrittenTable,
} from './importer';

/** What both ends of a commit channel need: a Worker, a worker's global scope, a MessagePort. */
export interface CommitPort {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/** Page → worker. */
export type ToWorker =
  /** The rows of a commit come (the worker forgets any it had): ahead of the commit or at it. */
  | { type: 'begin'; sending: number; marker?: Marker }
  /** Rows of the plan of table number `at`, in order. */
  | { type: 'rows'; sending: number; at: number; write: WireWrite }
  /** Every row sent ahead of the commit: the worker makes ready what it can meanwhile (importer prepareWrites). */
  | { type: 'sent'; sending: number }
  /** Write the rows as import `entry` (made at the click: its time is the commit's). */
  | { type: 'commit'; sending: number; entry: HistoryEntry }
  /** Stop if still possible: the worker answers `failed` with WriteCancelled, or `done` if it was too late. */
  | { type: 'cancel' };

/** Worker → page. */
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  /** Written (sent just before `done`): the chunks that hold only rows the page sent, as references to them. */
  | { type: 'chunks'; tables: WrittenTable[] }
  /**
   * Written: the history entry's summary (what it changed is in the changes table); `madeReady`: the
   * writes whose work, made ready before the commit (prepareWrites), was taken.
   */
  | { type: 'done'; record: HistoryEntry; madeReady: number }
  | {
      type: 'failed';
      name: string;
      message: string;
      /** The cause Dexie wraps (an AbortError at commit carries the QuotaExceededError of a full disk). */
      inner?: { name: string; message: string };
      keys?: { table: RecordTable; key: string }[];
    };

/** The database marker the page opened (open.ts): the worker writes only into that database. */
export interface Marker {
  key: string;
  value: unknown;
}

/**
 * How long a written commit's chunks wait for its transaction's report (Dexie's broadcast) after the
 * worker's answer: it comes within milliseconds; a commit never heard has its chunks read instead.
 */
const HEARD_WITHIN = 3000;

/** Rows per message: one structured clone of about 0.5 MB, a few ms on the page. */
export const SEND_ROWS = 2000;

/**
 * A slice of a table write as it crosses: its rows as compact columns (rowColumns.ts: lists of strings
 * flattened, columns of few distinct strings as a dictionary), as the import worker sends its records:
 * cheaper to clone than row objects or plain columns, on both sides.
 */
export type WireWrite = Omit<TableWrite, 'add' | 'after'> & { add: RowColumns; after: RowColumns };

/** A slice of a write for the wire. */
export const toWire = (w: TableWrite): WireWrite => ({
  ...w,
  add: compact(toColumns(w.add)),
  after: compact(toColumns(w.after)),
});

/** A slice of a write as it came over the wire, its rows objects again. */
export const fromWire = (w: WireWrite): TableWrite => ({
  ...w,
  add: fromColumns(w.add) as Rec[],
  after: fromColumns(w.after) as Rec[],
});

export interface SendOptions {
  marker?: Marker;
  /** Rows sent and written so far, of all. */
  progress?: (done: number, total: number) => void;
  /** Aborting stops the commit if it is not written yet: then the promise resolves to null. */
  signal?: AbortSignal;
  /** A break for the page between two slices. */
  pause?: () => Promise<unknown>;
  /** Settles when the caller gives up on the worker (it failed to start): sending stops, later answers are ignored. */
  stop?: Promise<unknown>;
  /** Told when written: how many table writes the worker had made ready before the commit and took. */
  madeReady?: (writes: number) => void;
}

const pauseOutside = () => new Promise((res) => setTimeout(res, 0));

/** Sendings started on this page (RowSender ids). */
let sendings = 0;

/**
 * The rows of an import's plans sent to a commit worker, a slice at a time (`begin`, then `rows`
 * messages): at the commit, or ahead of it while the person reads the preview (`presendCommit`), so
 * that the click finds most of them across already. Sending stops at `stop()`; the worker forgets
 * what it had at the next `begin`.
 */
export class RowSender {
  /** Rows sent so far. */
  sent = 0;
  /** Rows to send. */
  readonly rows: number;
  /** The commit's whole work in the units of `progress`: sending is a fourth (the worker then checks, puts and writes every row). */
  readonly all: number;
  /** Told after each slice: rows sent, of `all`. */
  progress?: (done: number, total: number) => void;
  /** True once every slice is sent; false if stopped before (`start` sets it). */
  done: Promise<boolean> = Promise.resolve(false);
  private stopped = false;
  /** Sent ahead of the commit (presendCommit): the worker is told when every row is there (`sent`). */
  ahead = false;
  /**
   * This sending's number, on each of its messages: the worker takes only those of the last `begin`
   * (a sender stopped in a break could otherwise still post into the next sending).
   */
  readonly id = ++sendings;

  constructor(
    private readonly port: CommitPort,
    readonly plans: readonly TablePlan[],
    readonly owners: Owners | undefined,
    readonly marker: Marker | undefined,
    /** The break between two slices (the sender's owner may change it: a quicker one once the person waits). */
    public pause: () => Promise<unknown> = pauseOutside,
  ) {
    this.rows = plans.reduce((n, p) => n + p.add.length + p.update.length, 0);
    this.all = 4 * this.rows + plans.reduce((n, p) => n + (p.remove?.length ?? 0), 0);
  }

  /** Start sending (the first slice at once). */
  start(): this {
    this.done = this.run();
    return this;
  }

  stop(): void {
    this.stopped = true;
  }

  /** Is this the sending of exactly these plans and owners (the same objects: any change makes new ones), into that database? */
  sends(plans: readonly TablePlan[], owners: Owners | undefined, marker: Marker | undefined): boolean {
    return (
      !this.stopped &&
      this.plans === plans &&
      this.owners === owners &&
      this.marker?.key === marker?.key &&
      this.marker?.value === marker?.value
    );
  }

  private async run(): Promise<boolean> {
    const post = (m: ToWorker) => this.port.postMessage(m);
    const { plans, owners, marker } = this;
    const sending = this.id;
    post({ type: 'begin', sending, marker });
    for (let at = 0; at < plans.length; at++) {
      if (this.stopped) return false;
      const p = plans[at];
      // The removals first (they are few), then the new rows, then the changed ones, a slice at a time.
      post({ type: 'rows', sending, at, write: toWire(tableWrite(p, [0, 0], [0, 0], true, owners)) });
      const slices: [[number, number], [number, number]][] = [];
      for (let i = 0; i < p.add.length; i += SEND_ROWS)
        slices.push([
          [i, Math.min(i + SEND_ROWS, p.add.length)],
          [0, 0],
        ]);
      for (let i = 0; i < p.update.length; i += SEND_ROWS)
        slices.push([
          [0, 0],
          [i, Math.min(i + SEND_ROWS, p.update.length)],
        ]);
      for (const [add, update] of slices) {
        if (this.stopped) return false;
        post({ type: 'rows', sending, at, write: toWire(tableWrite(p, add, update, false, owners)) });
        this.sent += add[1] - add[0] + update[1] - update[0];
        this.progress?.(this.sent, this.all);
        await this.pause();
      }
    }
    if (!this.stopped && this.ahead) post({ type: 'sent', sending });
    return !this.stopped;
  }
}

/**
 * Send an import to a commit worker and wait for it to be written. Resolves to the history
 * entry, or to null when it was cancelled in time (nothing written); rejects with
 * StalePreviewError, DatabaseLostError or the storage error (its name kept, e.g. QuotaExceededError).
 * `ahead`: the rows already being sent to this port (presendCommit); taken if it sends these very
 * plans, else stopped and the rows sent again.
 */
export function sendCommit(
  port: CommitPort,
  plans: readonly TablePlan[],
  info: CommitInfo,
  opts: SendOptions = {},
  ahead?: RowSender,
): Promise<HistoryEntry | null> {
  const { signal, progress } = opts;
  const pause = opts.pause ?? pauseOutside;
  const post = (m: ToWorker) => port.postMessage(m);
  let onAbort = () => {};
  let ended = () => {};
  /** The written chunks being built for the live data: the handover ends when they are handed over. */
  let building: Promise<unknown> = Promise.resolve();
  /** True once the promise has settled (an answer, a cancel in time, or the caller gave up: see `stop`). */
  let settled = false;
  let sender: RowSender | undefined;
  let written = false;
  let unbuilt = false;
  return new Promise<HistoryEntry | null>((res, rej) => {
    const resolve = (v: HistoryEntry | null) => {
      settled = true;
      res(v);
    };
    const reject = (e: unknown) => {
      settled = true;
      rej(e);
    };
    if (signal?.aborted) {
      ahead?.stop();
      return resolve(null);
    }
    let committed = false;
    const entry = importEntry(info, countPlans(plans));
    // The live data takes the chunks written from the rows sent, instead of reading them back (handover.ts).
    expectCommit(entry.id);
    // Written: its chunks wait a while for the transaction's report to be heard (handover.ts); not if
    // they could not be built (nothing to wait for).
    ended = () => endCommit(entry.id, written && !unbuilt ? HEARD_WITHIN : 0);
    onAbort = () => {
      if (committed) post({ type: 'cancel' });
      else resolve(null);
    };
    signal?.addEventListener('abort', onAbort);
    // The caller gave up on the worker (it failed to start): settled here too, so that the handover ends.
    void opts.stop?.then(() => {
      sender?.stop();
      resolve(null);
    });
    const taken = ahead?.sends(plans, info.owners, opts.marker);
    if (!taken) ahead?.stop();
    const s = (sender = taken ? ahead! : new RowSender(port, plans, info.owners, opts.marker));
    s.pause = pause;
    s.progress = progress;
    port.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (settled) return;
      if (m.type === 'progress') progress?.(Math.min(s.rows + m.done, s.rows + m.total), s.rows + m.total);
      else if (m.type === 'chunks')
        building = writtenChunks(plans, m.tables, pause).then(
          (chunks) => handOver(entry.id, chunks),
          () => (unbuilt = true),
        );
      else if (m.type === 'done') {
        written = true;
        opts.madeReady?.(m.madeReady);
        resolve(m.record);
      } else if (m.name === 'WriteCancelled') resolve(null);
      else reject(errorOf(m));
    };
    if (taken) progress?.(s.sent, s.all);
    else s.start();
    void s.done
      .then((all) => {
        if (!all || signal?.aborted || settled) return;
        committed = true;
        post({ type: 'commit', sending: s.id, entry });
      })
      .catch(reject);
  }).finally(() => {
    // Stopped here if it was not done: cancelled in time, or the caller gave up on the worker.
    sender?.stop();
    signal?.removeEventListener('abort', onAbort);
    void building.then(ended, ended);
  });
}

/**
 * The page's time between two breaks while a commit's chunks are built (about 25 000 rows here; a
 * count of rows instead broke 100 000 rows into ten tasks of 5 ms, each break a 4 ms timer or more).
 */
const BUILD_MS = 25;

/**
 * The chunks a commit worker wrote, as the database holds them (read back they would be the same:
 * the same rows, in the same order, with the same revisions, restored as `restoreChunk` restores a
 * chunk read), built from the rows the page sent it, with a break for the page every BUILD_MS.
 * The rows themselves become the chunks' rows, their revision stamped on them as the worker stamped
 * its copies (`ChunkSet.put(row, owned)`): the plans are the commit's, and the import forgets them
 * once they are written (new objects cost 80–150 ms of the page's time for 100 000 rows, and the
 * views were no faster on them).
 */
export async function writtenChunks(
  plans: readonly TablePlan[],
  tables: readonly WrittenTable[],
  pause: () => Promise<unknown> = pauseOutside,
): Promise<Map<RecordTable, Chunk[]>> {
  const out = new Map<RecordTable, Chunk[]>();
  let since = performance.now();
  for (const { at, chunks } of tables) {
    const p = plans[at];
    const table = p.table as RecordTable;
    const nAdd = p.add.length;
    const built: Chunk[] = [];
    for (const { key, part, refs, revs } of chunks) {
      const rows: StoredRow[] = new Array(refs.length);
      for (let i = 0; i < refs.length; i++) {
        const r = (refs[i] < nAdd ? p.add[refs[i]] : p.update[refs[i] - nAdd].after) as StoredRow;
        r.rev = revs[i];
        rows[i] = r;
      }
      built.push(restoreChunk({ key, table, part, rows }));
      if (performance.now() - since > BUILD_MS) {
        await pause();
        since = performance.now();
      }
    }
    out.set(table, built);
  }
  return out;
}

/** An error as it crosses to the page: its name, message and the cause Dexie wraps, and a stale preview's keys. */
export function wireError(e: unknown): Extract<FromWorker, { type: 'failed' }> {
  const err = e instanceof Error ? e : new Error(String(e));
  const inner = (err as { inner?: unknown }).inner;
  return {
    type: 'failed',
    name: err.name,
    message: err.message,
    ...(inner instanceof Error ? { inner: { name: inner.name, message: inner.message } } : {}),
    ...(e instanceof StalePreviewError ? { keys: e.keys } : {}),
  };
}

/** The error a worker reported, as the page knows it (the same classes, names and causes). */
export function errorOf(m: Extract<FromWorker, { type: 'failed' }>): Error {
  if (m.name === 'StalePreviewError' && m.keys) return new StalePreviewError(m.keys);
  if (m.name === 'DatabaseLostError') return new DatabaseLostError();
  const e = new Error(m.message) as Error & { inner?: Error };
  e.name = m.name;
  if (m.inner) {
    e.inner = new Error(m.inner.message);
    e.inner.name = m.inner.name;
  }
  return e;
}

/**
 * The worker's half: gather the slices, then write them all in one transaction (writeImport,
 * without breaks: nothing waits on this thread) and answer. `after` runs when it has answered.
 */
export function serveCommit(
  port: CommitPort,
  after?: () => void,
  /** Told when the rows sent ahead have been made ready (prepareWrites): how many table writes. */
  madeReady?: (writes: number) => void,
): void {
  const post = (m: FromWorker) => port.postMessage(m);
  let entry: HistoryEntry | undefined;
  let marker: Marker | undefined;
  let writes: TableWrite[] = [];
  let cancelled = false;
  /** The sending of the last `begin`: messages of another (stopped) one are ignored. */
  let sending = -1;
  /** The writes made ready while the rows waited for the commit (after `sent`), for these `writes`. */
  let ready: { prepared: Map<TableWrite, PreparedWrite>; stop: boolean } | undefined;
  port.onmessage = (e: MessageEvent<ToWorker>) => {
    const m = e.data;
    if (m.type === 'begin') {
      sending = m.sending;
      entry = undefined;
      marker = m.marker;
      writes = [];
      if (ready) ready.stop = true;
      ready = undefined;
      cancelled = false;
    } else if (m.type === 'cancel') cancelled = true;
    else if (m.sending !== sending) {
      // Rows of a stopped sending: never part of this one. A commit of it cannot come (it commits its own).
      if (m.type === 'commit') post(wireError(new Error('commit of a sending that is not the last one')));
    } else if (m.type === 'rows') appendWrite((writes[m.at] ??= emptyWrite(m.write.table)), fromWire(m.write));
    else if (m.type === 'sent') {
      if (ready) ready.stop = true; // (a sending says `sent` once; another would take its place)
      const making: NonNullable<typeof ready> = (ready = { prepared: new Map(), stop: false });
      void prepareWrites(writes, true, () => making.stop, making.prepared).then(
        (prepared) => madeReady?.(prepared.size),
        () => undefined,
      );
    } else {
      entry = m.entry;
      void commit();
    }
  };
  async function commit(): Promise<void> {
    try {
      if (!entry) throw new Error('commit before begin');
      // A database deleted under the page is not created again here (RELIABILITY: nothing lands in a fresh one).
      if (marker && !(await Dexie.exists(db.name))) throw new DatabaseLostError();
      // The writes made ready so far (each complete): the rest is not waited for (the commit does it
      // itself, and reads the chunks once, not twice), and no more is worked on: the transaction puts
      // the same row objects, stamping their revisions, and the two must not take turns.
      const prepared = ready?.prepared;
      if (ready) ready.stop = true;
      let madeReady = 0;
      const record = await writeImport(writes, entry, {
        prepared,
        taken: () => madeReady++,
        breaks: false,
        ownsRows: true,
        summaryOnly: true,
        written: (tables) => post({ type: 'chunks', tables }),
        marker,
        progress: (done, total) => post({ type: 'progress', done, total }),
        cancelled: () => cancelled,
      });
      post({ type: 'done', record: { ...record, andringar: [] }, madeReady });
    } catch (e) {
      post(wireError(e));
    } finally {
      writes = [];
      ready = undefined;
      entry = undefined;
      after?.();
    }
  }
}

/** A commit worker started ahead of its commit (prepareCommit), or null; `ahead`: the rows it is being sent (presendCommit). */
let prepared: { worker: Worker; ahead?: RowSender } | null = null;

const startWorker = (): Worker =>
  new Worker(new URL('../workers/commit.worker.ts', import.meta.url), { type: 'module', name: 'commit' });

/**
 * Start the commit worker before the commit, when the preview is shown: it loads while the person
 * reads the preview, so that it takes the first rows as the page sends them (started at the
 * commit, it took them only after the page had sent them all). One at most; a worker that fails to
 * start is dropped (the commit then starts its own, which says why).
 */
export function prepareCommit(): void {
  if (typeof Worker === 'undefined' || prepared) return;
  const worker = startWorker();
  const mine: { worker: Worker; ahead?: RowSender } = { worker };
  worker.onerror = () => {
    mine.ahead?.stop();
    worker.terminate();
    if (prepared === mine) prepared = null;
  };
  prepared = mine;
}

/**
 * Send the rows of `plans` to the prepared commit worker now, while the person reads the preview,
 * with breaks that let the page's own work go first (`pause`): the commit of these very plans (the
 * same objects) then sends only what is left, and the worker has decoded the rest meanwhile. Plans
 * that changed since (another choice in the preview makes new ones) stop it; the commit sends its own.
 * Nothing is written before the commit: the worker only holds the rows.
 */
export function presendCommit(
  plans: readonly TablePlan[],
  owners: Owners | undefined,
  pause: () => Promise<unknown>,
): void {
  prepareCommit();
  const marker = databaseMarker();
  if (!prepared || prepared.ahead?.sends(plans, owners, marker)) return;
  prepared.ahead?.stop();
  const ahead = new RowSender(prepared.worker, plans, owners, marker, pause);
  ahead.ahead = true;
  prepared.ahead = ahead.start();
}

/** The prepared commit worker is not needed (the import ended without a commit). */
export function releaseCommit(): void {
  prepared?.ahead?.stop();
  prepared?.worker.terminate();
  prepared = null;
}

/**
 * Commit an import in the commit worker (see above; the prepared one if there is one, with the rows
 * sent ahead if they are these plans'), or on the page where there are no workers (the unit tests).
 * Resolves to null when `signal` aborted it in time: nothing was written.
 */
export async function commitOffThread(
  plans: readonly TablePlan[],
  info: CommitInfo,
  opts: Omit<SendOptions, 'marker'> = {},
): Promise<HistoryEntry | null> {
  if (typeof Worker === 'undefined') return commitOnPage(plans, info, opts);
  const { worker, ahead } = prepared ?? { worker: startWorker() };
  prepared = null;
  const broken = new Promise<never>((_, reject) => {
    worker.onerror = (e) => reject(new Error(e.message || 'the commit worker did not start'));
  });
  const stop = broken.catch(() => undefined);
  try {
    return await Promise.race([
      sendCommit(worker, plans, info, { ...opts, marker: databaseMarker(), stop }, ahead),
      broken,
    ]);
  } finally {
    worker.terminate();
  }
}

/** The same commit on the page's thread, in slices with breaks. */
export async function commitOnPage(
  plans: readonly TablePlan[],
  info: CommitInfo,
  opts: Omit<SendOptions, 'marker'> = {},
): Promise<HistoryEntry | null> {
  try {
    return await writeImport(
      plans.map((p) => tableWrite(p, undefined, undefined, true, info.owners)),
      importEntry(info, countPlans(plans)),
      { progress: opts.progress, cancelled: () => !!opts.signal?.aborted },
    );
  } catch (e) {
    if (e instanceof WriteCancelled) return null;
    throw e;
  }
}
