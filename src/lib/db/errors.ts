/** Typed storage errors the state layer and the views turn into choices for the person. */
import type { RecordTable, StoredRow } from './chunks';

/** A save based on an older revision: `current` is the stored version now (null: deleted since). */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    readonly table: RecordTable,
    readonly key: string,
    readonly current: StoredRow | null,
  ) {
    super(`${table} ${key} changed since it was read`);
  }
}

/** The import's preview no longer matches the stored records: preview again before writing. */
export class StalePreviewError extends Error {
  override name = 'StalePreviewError';
  constructor(readonly keys: { table: RecordTable; key: string }[]) {
    super(`${keys.length} records changed since the preview`);
  }
}

/** The database was deleted or evicted under the open page. */
export class DatabaseLostError extends Error {
  override name = 'DatabaseLostError';
  constructor() {
    super('the database is gone');
  }
}
