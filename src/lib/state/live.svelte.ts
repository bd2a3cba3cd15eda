/**
 * Live data (raw state: the arrays are replaced, never mutated, so no deep proxies over 100 000
 * rows): one subscription per table, kept in $state, so every view re-renders when any tab or any
 * action changes the database. Views filter with $derived. Rows carry their revision (`rev`),
 * which forms use to notice a change made elsewhere.
 */
import { orderThemes } from '$lib/domain/compare';
import type { BoundaryFile, HistoryEntry } from '$lib/domain/model';
import { ENTITY_NAMES, type EntityName, type EntityRecord, type RecordOfEntity } from '$lib/domain/records';
import { watchBoundaries, watchImports, watchTable, type Subscription, type Watcher } from '$lib/db/watch';

/** The rows of every record table: LiveData has one property per entity of the registry. */
export type LiveTables = { [E in EntityName]: EntityRecord<E>[] };

/** How a table's rows are kept, when not as read: one theme order everywhere (Teman, Karta, Tidslinje, Jämför, Översikt). */
const SHAPE: { [E in EntityName]?: (rows: EntityRecord<E>[]) => EntityRecord<E>[] } = { themes: orderThemes };

/** One table's rows as state of its own, so a change to one table re-runs only what reads that table. */
class TableState<T> {
  rows = $state.raw<T[]>([]);
}

/**
 * Live data has one property per entity of the registry (`live.plans`, `live.measures` …): declared
 * by this interface, defined in the constructor, so a new entity needs no line here.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface LiveData extends LiveTables {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class LiveData {
  imports = $state.raw<HistoryEntry[]>([]);
  boundaries = $state.raw<BoundaryFile[]>([]);
  /** Number of tables whose first result has arrived. */
  loadedTables = $state(0);
  error = $state<string | null>(null);
  /** Every record table of the registry, the import history and the boundaries. */
  readonly tableCount = ENTITY_NAMES.length + 2;

  constructor() {
    for (const e of ENTITY_NAMES) {
      const table = new TableState<unknown>();
      Object.defineProperty(this, e, {
        get: () => table.rows,
        set: (rows: unknown[]) => (table.rows = rows),
        enumerable: true,
      });
    }
  }

  get loaded(): boolean {
    return this.loadedTables >= this.tableCount;
  }

  /** Subscribe to every table; returns the unsubscribe function. */
  start(): () => void {
    const subs: Subscription[] = [
      ...ENTITY_NAMES.map((e) => this.watchEntity(e)),
      watchImports(this.watcher((v) => (this.imports = v))),
      watchBoundaries(this.watcher((v) => (this.boundaries = v))),
    ];
    return () => subs.forEach((s) => s.unsubscribe());
  }

  /**
   * Show fixed rows instead of the database's (the published file: read-only, in memory, nothing
   * subscribed or stored). Every table counts as loaded; a table left out is empty.
   */
  show(tables: Partial<LiveTables>, boundaries: BoundaryFile[] = []): void {
    for (const e of ENTITY_NAMES) {
      const rows = (tables[e] ?? []) as EntityRecord<typeof e>[];
      const shape = SHAPE[e] as ((rows: EntityRecord<typeof e>[]) => EntityRecord<typeof e>[]) | undefined;
      this.set(e, shape ? shape(rows) : rows);
    }
    this.imports = [];
    this.boundaries = boundaries;
    this.loadedTables = this.tableCount;
  }

  /** Forget everything shown (the database is gone: stale data must not look current). */
  clear(): void {
    for (const e of ENTITY_NAMES) this.set(e, []);
    this.imports = [];
    this.boundaries = [];
  }

  /** The rows of a table (with their revisions), for code that handles every entity alike. */
  rows<E extends EntityName>(entity: E): (RecordOfEntity<E> & { rev?: number })[] {
    return (this as LiveTables)[entity] as (RecordOfEntity<E> & { rev?: number })[];
  }

  private set<E extends EntityName>(entity: E, rows: EntityRecord<E>[]): void {
    (this as LiveTables)[entity] = rows;
  }

  private watchEntity<E extends EntityName>(entity: E): Subscription {
    const shape = SHAPE[entity] as ((rows: EntityRecord<E>[]) => EntityRecord<E>[]) | undefined;
    return watchTable<EntityRecord<E>>(
      entity,
      this.watcher((v) => this.set(entity, shape ? shape(v) : v)),
    );
  }

  private watcher<T>(set: (v: T) => void): Watcher<T> {
    let first = true;
    let latest: T;
    let scheduled = false;
    return {
      // The new rows are handed to the views in a task of their own: reading and flattening 100 000
      // rows and every view's re-derivation would otherwise be one long task. Several results in a row
      // are given once, the latest.
      next: (v) => {
        latest = v;
        if (scheduled) return;
        scheduled = true;
        setTimeout(() => {
          scheduled = false;
          set(latest);
          if (first) {
            first = false;
            this.loadedTables++;
          }
        }, 0);
      },
      error: (e: unknown) => {
        this.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      },
    };
  }
}

export const live = new LiveData();
