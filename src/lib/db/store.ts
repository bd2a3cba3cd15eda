/**
 * Reading and writing chunks inside Dexie transactions. Only Dexie calls are awaited here, so
 * these helpers are safe inside `db.transaction(...)` (RELIABILITY 16).
 */
import { db } from './db';
import {
  ChunkSet,
  chunkKey,
  flatten,
  keyOf,
  restoreChunk,
  tableRange,
  withoutRev,
  type Chunk,
  type RecordTable,
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
 * stored before a field existed come back with its empty value (`restoreChunk`).
 */
export async function getChunks(keys: string[]): Promise<(Chunk | undefined)[]> {
  const restore = (cs: (Chunk | undefined)[]) => cs.map((c) => c && restoreChunk(c));
  if (keys.length <= READ_BATCH) return restore(await db.chunks.bulkGet(keys));
  const out: (Chunk | undefined)[] = [];
  for (let i = 0; i < keys.length; i += READ_BATCH)
    out.push(...restore(await db.chunks.bulkGet(keys.slice(i, i + READ_BATCH))));
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

/** Some parts (municipalities) of a table, ready to change. */
export async function loadParts(table: RecordTable, parts: Iterable<string>): Promise<ChunkSet> {
  const keys = [...new Set(parts)].map((p) => chunkKey(table, p));
  return new ChunkSet(table, []).addAll(await getChunks(keys), breathe);
}

/**
 * Write what changed in a chunk set. Large writes go in slices of about `sliceRows` rows (2 000:
 * well under 50 ms of serialising per task), each awaited: the transaction stays open, and the
 * main thread gets a break between slices. `written` is told after each slice how many of the rows
 * to write are written, of how many (every row of the chunks written, not only the changed ones);
 * it may throw to abort the transaction (only Dexie calls are awaited here).
 */
export async function writeSet(
  set: ChunkSet,
  sliceRows = 2000,
  written?: (done: number, all: number) => void,
): Promise<void> {
  const { put, del } = set.changes();
  if (del.length) await db.chunks.bulkDelete(del);
  const all = put.reduce((n, c) => n + c.rows.length, 0);
  let done = 0;
  let slice: Chunk[] = [];
  let rows = 0;
  for (const c of put) {
    slice.push(c);
    rows += c.rows.length;
    if (rows >= sliceRows) {
      await db.chunks.bulkPut(slice);
      written?.((done += rows), all);
      slice = [];
      rows = 0;
      await breathe();
    }
  }
  if (slice.length) {
    await db.chunks.bulkPut(slice);
    written?.(done + rows, all);
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
