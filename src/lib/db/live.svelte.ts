/**
 * Live reads (raw state: the arrays are replaced, never mutated, so no deep proxies over 100 000 rows): one liveQuery per table, kept in $state, so every view re-renders when
 * any tab or any action changes the database. Views filter with $derived.
 */
import { liveQuery } from 'dexie';
import type { BoundaryFile, Indicator, IndicatorValue, ImportRecord, Measure, NationalRequest, Plan, PlanEvent, Region, Theme } from '../domain/model';
import { db } from './db';

export class LiveData {
  plans = $state.raw<Plan[]>([]);
  measures = $state.raw<Measure[]>([]);
  events = $state.raw<PlanEvent[]>([]);
  requests = $state.raw<NationalRequest[]>([]);
  regions = $state.raw<Region[]>([]);
  themes = $state.raw<Theme[]>([]);
  indicators = $state.raw<Indicator[]>([]);
  indicatorValues = $state.raw<IndicatorValue[]>([]);
  imports = $state.raw<ImportRecord[]>([]);
  boundaries = $state.raw<BoundaryFile[]>([]);
  /** Number of tables whose first result has arrived. */
  loadedTables = $state(0);
  error = $state<string | null>(null);
  readonly tableCount = 10;

  get loaded(): boolean {
    return this.loadedTables >= this.tableCount;
  }

  /** Subscribe to every table; returns the unsubscribe function. */
  start(): () => void {
    const subs = [
      this.watch(() => db.plans.toArray(), (v) => (this.plans = v)),
      this.watch(() => db.measures.toArray(), (v) => (this.measures = v)),
      this.watch(() => db.events.toArray(), (v) => (this.events = v)),
      this.watch(() => db.requests.toArray(), (v) => (this.requests = v)),
      this.watch(() => db.regions.toArray(), (v) => (this.regions = v)),
      this.watch(() => db.themes.toArray(), (v) => (this.themes = v)),
      this.watch(() => db.indicators.toArray(), (v) => (this.indicators = v)),
      this.watch(() => db.indicatorValues.toArray(), (v) => (this.indicatorValues = v)),
      this.watch(() => db.imports.orderBy('tid').reverse().toArray(), (v) => (this.imports = v)),
      this.watch(() => db.boundaries.toArray(), (v) => (this.boundaries = v)),
    ];
    return () => subs.forEach((s) => s.unsubscribe());
  }

  private watch<T>(query: () => Promise<T>, set: (v: T) => void) {
    let first = true;
    return liveQuery(query).subscribe({
      next: (v) => {
        set(v);
        if (first) {
          first = false;
          this.loadedTables++;
        }
      },
      error: (e: unknown) => {
        this.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      },
    });
  }
}

export const live = new LiveData();
