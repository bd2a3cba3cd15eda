/**
 * A commit's chunks handed from the commit worker to the page's live data, so that the page need not
 * read back and decode the chunks it has just had written (100 000 rows: 290 chunk records, each
 * decoded on the page). The worker tells, per chunk it wrote whose every row came from the import,
 * which of the page's rows it holds in which order and with which revision (commitChannel.ts); the
 * page builds the chunks from the rows it sent, and each table's ChunkCache takes them as read when
 * it hears that commit's own transaction (its history entry's key in Dexie's report), except the
 * chunks any other write touched meanwhile (chunkCache.ts). Pure bookkeeping, no Dexie.
 */
import type { Chunk, RecordTable } from './chunks';
import { rangesOf, type ChunkCache } from './chunkCache';

const caches = new Map<ChunkCache, RecordTable>();
/** Ids (history entry ids) of the commits under way that hand their chunks over. */
const expected = new Set<string>();

/** A live table's cache takes handed-over chunks of `table` until the returned function is called. */
export function listen(table: RecordTable, cache: ChunkCache): () => void {
  caches.set(cache, table);
  return () => caches.delete(cache);
}

/** A commit with this history entry id is under way and will hand over its chunks. */
export function expectCommit(id: string): void {
  expected.add(id);
  for (const cache of caches.keys()) cache.expect(id);
}

/** The chunks commit `id` wrote, by table (a table left out hands over none). */
export function handOver(id: string, chunks: ReadonlyMap<RecordTable, Chunk[]>): void {
  if (!expected.has(id)) return;
  for (const [cache, table] of caches) cache.handOver(id, chunks.get(table) ?? []);
}

/**
 * Commit `id` is over: what was not handed over is read. `heardWithin` (ms, for a commit that was
 * written): its transaction's report may still be on its way (Dexie's broadcast and the worker's
 * answer come by different channels, in either order), so its chunks wait that long to be taken.
 */
export function endCommit(id: string, heardWithin = 0): void {
  const end = () => {
    expected.delete(id);
    for (const cache of caches.keys()) cache.end(id);
  };
  if (heardWithin > 0) setTimeout(end, heardWithin);
  else end();
}

/**
 * The commit under way whose transaction a report is, from the history keys it wrote (Dexie's
 * report of the `imports` store: the entry's id alone), or undefined.
 */
export function commitOf(imports: object | undefined): string | undefined {
  if (!imports || !expected.size) return undefined;
  for (const r of rangesOf(imports)) if (r.from === r.to && expected.has(r.from as string)) return r.from as string;
  return undefined;
}
