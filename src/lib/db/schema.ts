/**
 * The IndexedDB schema. Every version stays here forever: a later version is added as
 * `this.version(2).stores({...}).upgrade(tx => ...)` beside version 1, never by editing it.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  BoundaryFile, ImportRecord, Indicator, IndicatorValue, Measure, NationalRequest, Plan, PlanEvent, Region, Theme,
} from '../domain/model';
import { defaultThemes } from '../domain/themes';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export class PlanatlasDb extends Dexie {
  plans!: EntityTable<Plan, 'id'>;
  measures!: EntityTable<Measure, 'id'>;
  themes!: EntityTable<Theme, 'id'>;
  events!: EntityTable<PlanEvent, 'id'>;
  requests!: EntityTable<NationalRequest, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  indicatorValues!: Table<IndicatorValue, [string, string, string]>;
  regions!: EntityTable<Region, 'id'>;
  boundaries!: EntityTable<BoundaryFile, 'id'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name = 'planatlas') {
    super(name);
    // Indexes cost time on every write (a 100 000-row import writes each one): only what queries use.
    this.version(1).stores({
      plans: 'id, kommunkod',
      measures: 'id, kommunkod, plan_id, *teman',
      themes: 'id',
      events: 'id, kommunkod, region_id, datum',
      requests: 'id, kommunkod, *teman',
      indicators: 'id',
      indicatorValues: '[indikator+kommunkod+period], indikator, kommunkod',
      regions: 'id',
      boundaries: 'id',
      imports: 'id, tid',
      meta: 'key',
    });
    // First start: the default taxonomy of PRODUCT.md, which the region can then edit.
    this.on('populate', (tx) => {
      tx.table('themes').bulkAdd(defaultThemes());
    });
  }
}

/** Tables that hold user records, by entity name. */
export const RECORD_TABLES = ['plans', 'measures', 'events', 'requests', 'regions', 'themes', 'indicators', 'indicatorValues'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];
