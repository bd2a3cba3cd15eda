/**
 * Live reads without runes state: each subscription calls back with a whole table whenever any
 * tab or any action changes it (Dexie's liveQuery, across tabs). The rows of a table come from
 * its chunks, flattened once per change.
 */
import { liveQuery } from 'dexie';
import type { BoundaryFile, HistoryEntry } from '$lib/domain/model';
import { db } from './db';
import { flatten, RECORD_TABLES, type RecordTable } from './chunks';
import { tableChunks } from './store';

export interface Subscription {
  unsubscribe(): void;
}

export interface Watcher<T> {
  next: (value: T) => void;
  error: (e: unknown) => void;
}

/** Follow every row of one record table. */
export function watchTable<T>(table: RecordTable, w: Watcher<T[]>): Subscription {
  return liveQuery(async () => flatten<T>(await tableChunks(table))).subscribe(w);
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
