/**
 * A table-like view of the chunked store for tests: the questions the v1 tests asked of
 * per-record tables (get, count, toArray in key order, put …), answered from the chunks.
 * Rows come back without their revision, as they are exported.
 */
import { db } from '$lib/db/db';
import { keyOf, revOf, withoutRev, type RecordTable, type StoredRow } from '$lib/db/chunks';
import { loadTable, readRows, writeSet } from '$lib/db/store';

type Row = Record<string, unknown>;

const byKey = (table: RecordTable) => (a: Row, b: Row) => {
  const x = keyOf(table, a);
  const y = keyOf(table, b);
  return x < y ? -1 : x > y ? 1 : 0;
};

export function tableOf<T = Row>(table: RecordTable) {
  const keyArg = (k: unknown) => (Array.isArray(k) ? JSON.stringify(k) : String(k));
  const rows = async () => (await readRows(table)).sort(byKey(table));
  const change = (fn: (set: Awaited<ReturnType<typeof loadTable>>) => void) =>
    db.transaction('rw', db.chunks, async () => {
      const set = await loadTable(table);
      fn(set);
      await writeSet(set);
    });
  const api = {
    toArray: async () => (await rows()).map((r) => withoutRev(r) as T),
    /** Rows with their revisions. */
    stored: async () => rows(),
    get: async (k: unknown) => {
      const r = (await rows()).find((x) => keyOf(table, x) === keyArg(k));
      return r ? (withoutRev(r) as T) : undefined;
    },
    rev: async (k: unknown) =>
      revOf((await rows()).find((x) => keyOf(table, x) === keyArg(k)) as StoredRow | undefined),
    count: async () => (await rows()).length,
    primaryKeys: async () =>
      (await rows()).map((r) => (table === 'indicatorValues' ? JSON.parse(keyOf(table, r)) : keyOf(table, r))),
    put: (r: T) => change((s) => void s.put(r as Row)),
    add: (r: T) => api.bulkAdd([r]),
    bulkPut: (rs: T[]) => change((s) => rs.forEach((r) => s.put(r as Row))),
    bulkAdd: (rs: T[]) =>
      change((s) =>
        rs.forEach((r) => {
          if (s.get(keyOf(table, r as Row))) throw new Error(`Key already exists: ${keyOf(table, r as Row)}`);
          s.put(r as Row);
        }),
      ),
    delete: (k: unknown) => change((s) => void s.delete(keyArg(k))),
    clear: () => change((s) => s.rows().forEach((r) => s.delete(keyOf(table, r)))),
    update: (k: unknown, changes: Partial<T>) =>
      change((s) => {
        const r = s.get(keyArg(k));
        if (r) s.put({ ...withoutRev(r), ...(changes as Row) });
      }),
    /** Rows whose field equals the value (or, for a list field, contains it). */
    where: (field: string) => ({
      equals: (v: unknown) => {
        const match = async () =>
          (await rows()).filter((r) =>
            Array.isArray(r[field]) ? (r[field] as unknown[]).includes(v) : r[field] === v,
          );
        return {
          primaryKeys: async () => (await match()).map((r) => keyOf(table, r)),
          count: async () => (await match()).length,
        };
      },
    }),
  };
  return api;
}

import type {
  Indicator,
  IndicatorValue,
  Measure,
  NationalRequest,
  Plan,
  PlanEvent,
  Region,
  Theme,
} from '$lib/domain/model';

/** The v1 tables, by their old names. */
export const T = {
  plans: tableOf<Plan>('plans'),
  measures: tableOf<Measure>('measures'),
  events: tableOf<PlanEvent>('events'),
  requests: tableOf<NationalRequest>('requests'),
  regions: tableOf<Region>('regions'),
  themes: tableOf<Theme>('themes'),
  indicators: tableOf<Indicator>('indicators'),
  indicatorValues: tableOf<IndicatorValue>('indicatorValues'),
};
