/**
 * Live reads without runes state: each subscription calls back with a whole table whenever any
 * tab or any action changes it (Dexie's liveQuery, across tabs). The rows of a table come from
 * its chunks, flattened once per change; only the chunks a change touched are read and decoded
 * again (chunkCache.ts).
 */
import { Dexie, liveQuery, type ObservabilitySet } from 'dexie';
import type { BoundaryFile, HistoryEntry } from '$lib/domain/model';
import { db } from './db';
import { ChunkCache } from './chunkCache';
import { flatten, RECORD_TABLES, tableRange, type RecordTable } from './chunks';
import { getChunksAhead } from './store';
import { commitOf, listen } from './handover';

export interface Subscription {
  unsubscribe(): void;
}

export interface Watcher<T> {
  next: (value: T) => void;
  error: (e: unknown) => void;
}

/** The part of Dexie's `storagemutated` report that holds the chunk keys written. */
const CHUNK_KEYS = `idb://${db.name}/chunks/`;
/** The part that holds the history entries written: a commit's own report has its entry's id. */
const IMPORT_KEYS = `idb://${db.name}/imports/`;

/**
 * Follow every row of one record table. The chunks are kept decoded between reads (`ChunkCache`):
 * a write re-reads only the chunks it touched, as Dexie reports them for every committed
 * transaction here, in a worker or in another tab; those are read with every request asked at once.
 * The chunks a commit worker wrote are handed over instead (handover.ts) when nothing else touched them.
 */
export function watchTable<T>(table: RecordTable, w: Watcher<T[]>): Subscription {
  const cache = new ChunkCache();
  const heard = (parts: ObservabilitySet) => {
    if ('all' in parts) cache.touched(null);
    else if (parts[CHUNK_KEYS]) cache.touched(parts[CHUNK_KEYS], commitOf(parts[IMPORT_KEYS]));
  };
  Dexie.on('storagemutated', heard);
  // A commit in the commit worker hands over the chunks it wrote (handover.ts): they are not read back.
  const unlisten = listen(table, cache);
  const [lo, hi] = tableRange(table);
  const sub = liveQuery(async () => {
    const keys = await db.chunks.where('key').between(lo, hi, true, true).primaryKeys();
    return flatten<T>(await cache.chunks(keys, (missing) => getChunksAhead(missing)));
  }).subscribe(w);
  return {
    unsubscribe() {
      sub.unsubscribe();
      Dexie.on.storagemutated.unsubscribe(heard);
      unlisten();
    },
  };
}

/** Follow the import history, newest first. */
export function watchImports(w: Watcher<HistoryEntry[]>): Subscription {
  return liveQuery(() => db.imports.orderBy('tid').reverse().toArray()).subscribe(w);
}

/** Follow the stored boundary files. */
export function watchBoundaries(w: Watcher<BoundaryFile[]>): Subscription {
  return liveQuery(() => db.boundaries.toArray()).subscribe(w);
}

export { RECORD_TABLES };
