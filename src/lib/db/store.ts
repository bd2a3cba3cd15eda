/**
 * Reading and writing chunks inside Dexie transactions. Only Dexie calls are awaited here, so
 * these helpers are safe inside `db.transaction(...)` (RELIABILITY 16).
 */
import { db } from './db';
import {
  ChunkSet,
  chunkKey,
  flatten,
  fromStored,
  keyOf,
  restoreChunk,
  tableRange,
  toStored as storedOf,
  withoutRev,
  type Chunk,
  type RecordTable,
  type StoredChunk,
  type StoredRow,
} from './chunks';

/**
 * Every chunk of a table, in key order: the keys by one range read (which is also what a live
 * query watches), then the chunks one request each, so that the browser decodes them in
 * separate tasks instead of one long one.
 */
export async function tableChunks(table: RecordTable): Promise<Chunk[]> {
  const [lo, hi] = tableRange(table);
  const keys = await db.chunks.where('key').between(lo, hi, true, true).primaryKeys();
  return (await getChunks(keys)).filter((c): c is Chunk => !!c);
}

/** Chunks read at a time: the browser hands the answers of one bulkGet to the page in one task. */
const READ_BATCH = 24;

/**
 * Chunks by key, in order, read a few at a time: 290 chunks of 100 000 rows in one bulkGet were
 * decoded in one task of 50–150 ms. Only Dexie calls are awaited (safe in a transaction). Rows
 * stored before a field existed come back with its empty value (`restoreChunk`). `batch`: chunks
 * per request (Infinity in a worker, where no task is too long).
 */
export async function getChunks(keys: string[], batch = READ_BATCH): Promise<(Chunk | undefined)[]> {
  return readBatched(keys, batch, (c) => c && restoreChunk(fromStored(c)));
}

/** Chunks by key, in order, as the database holds them (see getChunks; not decoded into rows). */
const getStored = (keys: string[], batch = READ_BATCH): Promise<(StoredChunk | undefined)[]> =>
  readBatched(keys, batch, (c) => c);

/** Chunks by key, `batch` per bulkGet, each answer turned by `each` as it comes (in its own task). */
async function readBatched<T>(keys: string[], batch: number, each: (c: StoredChunk | undefined) => T): Promise<T[]> {
  if (keys.length <= batch) return (await db.chunks.bulkGet(keys)).map(each);
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += batch)
    out.push(...(await db.chunks.bulkGet(keys.slice(i, i + batch))).map(each));
  return out;
}

/**
 * Chunks by key, in order, as `getChunks` (`batch` chunks per request, each answer decoded in a task
 * of its own), but with up to `inFlight` requests asked at once: the database reads the next
 * batches while the page decodes one (the live data's read after an import: 13 requests for 290
 * chunks, each waited for in turn, were most of the time to rows shown).
 */
export async function getChunksAhead(
  keys: readonly string[],
  batch = READ_BATCH,
  inFlight = Infinity,
): Promise<(Chunk | undefined)[]> {
  const out: (Chunk | undefined)[] = new Array(keys.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < keys.length) {
      const at = next;
      next += batch;
      const got = await db.chunks.bulkGet(keys.slice(at, at + batch));
      got.forEach((c, i) => (out[at + i] = c && restoreChunk(fromStored(c))));
    }
  };
  const lanes = Math.max(1, Math.min(inFlight, Math.ceil(keys.length / batch)));
  await Promise.all(Array.from({ length: lanes }, lane));
  return out;
}

/**
 * A pause that keeps a transaction open: one tiny Dexie request (its answer comes as a new task),
 * so the browser can paint and take input between slices of a long write. Outside a transaction
 * it costs one read.
 */
export const breathe = (): PromiseLike<unknown> => db.chunks.get('\uffff');

/** A whole table, ready to change. */
export async function loadTable(table: RecordTable): Promise<ChunkSet> {
  return new ChunkSet(table, []).addAll(await tableChunks(table), breathe);
}

/**
 * Some parts (municipalities) of a table, ready to change, their rows built only when asked for
 * (ChunkSet.addStored). `breaks` false (in a worker, where nothing waits): read in one request and
 * indexed without pauses.
 */
export async function loadParts(table: RecordTable, parts: Iterable<string>, breaks = true): Promise<ChunkSet> {
  return loadStored(table, await readParts(table, parts, breaks), breaks);
}

/** The chunks of some parts of a table as the database holds them (loadParts without indexing them). */
export function readParts(
  table: RecordTable,
  parts: Iterable<string>,
  breaks = true,
): Promise<(StoredChunk | undefined)[]> {
  const keys = [...new Set(parts)].map((p) => chunkKey(table, p));
  return getStored(keys, breaks ? READ_BATCH : Infinity);
}

/** Chunks read by readParts, ready to change (see loadParts). */
export async function loadStored(
  table: RecordTable,
  stored: (StoredChunk | undefined)[],
  breaks = true,
): Promise<ChunkSet> {
  if (!breaks) return new ChunkSet(table, []).addStored(stored);
  return new ChunkSet(table, []).addStoredPausing(stored, breathe);
}

/**
 * Write what changed in a chunk set. Large writes go in slices of about `sliceRows` rows (2 000:
 * well under 50 ms of serialising per task), each awaited: the transaction stays open, and the
 * main thread gets a break between slices. `written` is told after each slice how many of the rows
 * to write are written, of how many (every row of the chunks written, not only the changed ones);
 * it may throw to abort the transaction (only Dexie calls are awaited here).
 * `pipelined` (in a worker, where no task is too long): every slice is requested at once, without
 * waiting for the one before, so that the database never waits for the next request; `written` is
 * still told as each slice is written (in order), and its throw still aborts the transaction.
 * `ready`: chunks already made into their stored form (`toStored`) before the transaction (importer
 * `prepareWrites`), written as they are.
 */
export async function writeSet(
  set: ChunkSet,
  sliceRows = 2000,
  written?: (done: number, all: number) => void,
  pipelined = false,
  ready?: ReadonlyMap<Chunk, StoredChunk>,
): Promise<void> {
  const toStored = (c: Chunk) => ready?.get(c) ?? storedOf(c);
  const { put, del } = set.changes();
  if (del.length) await db.chunks.bulkDelete(del);
  const all = put.reduce((n, c) => n + c.rows.length, 0);
  const slices: { chunks: Chunk[]; done: number }[] = [];
  let done = 0;
  let slice: Chunk[] = [];
  for (const c of put) {
    slice.push(c);
    done += c.rows.length;
    if (done - (slices.at(-1)?.done ?? 0) >= sliceRows) {
      slices.push({ chunks: slice, done });
      slice = [];
    }
  }
  if (slice.length) slices.push({ chunks: slice, done });
  if (pipelined) {
    await Promise.all(slices.map((s) => db.chunks.bulkPut(s.chunks.map(toStored)).then(() => written?.(s.done, all))));
    return;
  }
  for (let i = 0; i < slices.length; i++) {
    await db.chunks.bulkPut(slices[i].chunks.map(toStored));
    written?.(slices[i].done, all);
    if (i < slices.length - 1) await breathe();
  }
}

/** Every row of a table, with revisions (live data, forms). */
export async function readRows<T = StoredRow>(table: RecordTable): Promise<T[]> {
  return flatten<T>(await tableChunks(table));
}

/** Every row of a table without revisions (export). */
export async function readExportRows(table: RecordTable): Promise<Record<string, unknown>[]> {
  return (await readRows(table)).map(withoutRev);
}

/** One stored row by key, with its revision, or undefined. */
export async function getRow<T = StoredRow>(table: RecordTable, key: string): Promise<T | undefined> {
  return (await readRows(table)).find((r) => keyOf(table, r) === key) as T | undefined;
}

/** Number of rows of a table. */
export async function countRows(table: RecordTable): Promise<number> {
  return (await tableChunks(table)).reduce((n, c) => n + c.rows.length, 0);
}
