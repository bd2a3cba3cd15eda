/**
 * Live data (raw state: the arrays are replaced, never mutated, so no deep proxies over 100 000
 * rows): one subscription per table, kept in $state, so every view re-renders when any tab or any
 * action changes the database. Views filter with $derived. Rows carry their revision (`rev`),
 * which forms use to notice a change made elsewhere.
 */
import { orderThemes } from '$lib/domain/compare';
import type {
  BoundaryFile,
  Indicator,
  IndicatorValue,
  ImportRecord,
  Measure,
  NationalRequest,
  Plan,
  PlanEvent,
  Region,
  Theme,
} from '$lib/domain/model';
import type { Answer, Round } from '$lib/domain/collection';
import { watchBoundaries, watchImports, watchTable, type Subscription, type Watcher } from '$lib/db/watch';

export class LiveData {
  plans = $state.raw<Plan[]>([]);
  measures = $state.raw<Measure[]>([]);
  events = $state.raw<PlanEvent[]>([]);
  requests = $state.raw<NationalRequest[]>([]);
  regions = $state.raw<Region[]>([]);
  themes = $state.raw<Theme[]>([]);
  indicators = $state.raw<Indicator[]>([]);
  indicatorValues = $state.raw<IndicatorValue[]>([]);
  rounds = $state.raw<Round[]>([]);
  answers = $state.raw<Answer[]>([]);
  imports = $state.raw<ImportRecord[]>([]);
  boundaries = $state.raw<BoundaryFile[]>([]);
  /** Number of tables whose first result has arrived. */
  loadedTables = $state(0);
  error = $state<string | null>(null);
  readonly tableCount = 12;

  get loaded(): boolean {
    return this.loadedTables >= this.tableCount;
  }

  /** Subscribe to every table; returns the unsubscribe function. */
  start(): () => void {
    const subs: Subscription[] = [
      watchTable<Plan>(
        'plans',
        this.watcher((v) => (this.plans = v)),
      ),
      watchTable<Measure>(
        'measures',
        this.watcher((v) => (this.measures = v)),
      ),
      watchTable<PlanEvent>(
        'events',
        this.watcher((v) => (this.events = v)),
      ),
      watchTable<NationalRequest>(
        'requests',
        this.watcher((v) => (this.requests = v)),
      ),
      watchTable<Region>(
        'regions',
        this.watcher((v) => (this.regions = v)),
      ),
      // One theme order everywhere (Teman, Karta, Tidslinje, Jämför, Översikt): orderThemes.
      watchTable<Theme>(
        'themes',
        this.watcher((v) => (this.themes = orderThemes(v))),
      ),
      watchTable<Indicator>(
        'indicators',
        this.watcher((v) => (this.indicators = v)),
      ),
      watchTable<IndicatorValue>(
        'indicatorValues',
        this.watcher((v) => (this.indicatorValues = v)),
      ),
      watchTable<Round>(
        'rounds',
        this.watcher((v) => (this.rounds = v)),
      ),
      watchTable<Answer>(
        'answers',
        this.watcher((v) => (this.answers = v)),
      ),
      watchImports(this.watcher((v) => (this.imports = v))),
      watchBoundaries(this.watcher((v) => (this.boundaries = v))),
    ];
    return () => subs.forEach((s) => s.unsubscribe());
  }

  /** Forget everything shown (the database is gone: stale data must not look current). */
  clear(): void {
    this.plans = [];
    this.measures = [];
    this.events = [];
    this.requests = [];
    this.regions = [];
    this.themes = [];
    this.indicators = [];
    this.indicatorValues = [];
    this.rounds = [];
    this.answers = [];
    this.imports = [];
    this.boundaries = [];
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
