/**
 * Statistics of the Jämför view, pure functions of plain records: the municipality × theme matrix,
 * theme gaps, 2–4 municipalities side by side, and national requests grouped by theme and recipient.
 * Municipalities are SCB codes; `nameOf` gives the name for sorting (Swedish collation).
 */
import type { Measure, NationalRequest, Plan, Theme } from './model';
import { nextSort, sortRows, type SortValue } from './text';

import { compareSv } from './collate';

export interface Matrix {
  /** Municipality codes, sorted by municipality name (sv). */
  rows: string[];
  /** Theme ids in theme order. */
  cols: string[];
  count(kommunkod: string, theme: string): number;
  measures(kommunkod: string, theme: string): Measure[];
  /** Distinct measures of the municipality, with or without theme. */
  rowTotal(k: string): number;
  /** Measures with the theme among all rows. */
  colTotal(theme: string): number;
  /** The largest cell count (0 when empty). */
  max: number;
}

/**
 * The one theme order of every view (Översikt, Karta's "Färglägg efter", Tidslinje, Jämför): the order
 * set in Teman. Themes carry no explicit order field yet, so that order is alphabetical (Swedish
 * collation), ties by id. A stable copy; the input is not changed.
 */
export function orderThemes<T extends { id: string; namn: string }>(themes: readonly T[]): T[] {
  return [...themes].sort((a, b) => compareSv(a.namn, b.namn) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const byName = (nameOf: (code: string) => string) => (a: string, b: string) =>
  compareSv(nameOf(a), nameOf(b)) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The members' measures, in input order. Ids are unique in the store (one row per key), so no
 * de-duplication: a set of 100 000 ids cost 70 ms on every load of Jämför.
 */
function memberMeasures(members: Iterable<string>, measures: Measure[]): Measure[] {
  const set = new Set(members);
  return measures.filter((m) => set.has(m.kommunkod));
}

/** Themes of a measure that exist in the taxonomy, each once. */
const knownThemes = (teman: string[], known: Set<string>) => [...new Set(teman)].filter((t) => known.has(t));

/**
 * The municipality × theme matrix of a region: every member is a row (also those without measures),
 * every theme a column. A measure with two themes counts in both columns, and once in its row total.
 */
export function themeMatrix(
  members: string[],
  measures: Measure[],
  themes: Theme[],
  nameOf: (code: string) => string,
): Matrix {
  const rows = [...new Set(members)].sort(byName(nameOf));
  const cols = orderThemes(themes).map((t) => t.id);
  const colOf = new Map(cols.map((id, i) => [id, i]));
  // Counts only, a row of numbers per member (one lookup per measure, no key strings, no lists of
  // 100 000 measures): a cell's measures are picked out when it is opened.
  const counts = new Map<string, { total: number; cells: Int32Array }>();
  for (const k of rows) counts.set(k, { total: 0, cells: new Int32Array(cols.length) });
  const colTotals = new Int32Array(cols.length);
  for (const m of measures) {
    const row = counts.get(m.kommunkod);
    if (!row) continue;
    row.total++;
    const teman = m.teman;
    for (let i = 0; i < teman.length; i++) {
      const c = colOf.get(teman[i]);
      if (c === undefined || teman.indexOf(teman[i]) !== i) continue;
      row.cells[c]++;
      colTotals[c]++;
    }
  }
  let max = 0;
  for (const row of counts.values()) for (const n of row.cells) if (n > max) max = n;
  return {
    rows,
    cols,
    count: (k, t) => {
      const c = colOf.get(t);
      return c === undefined ? 0 : (counts.get(k)?.cells[c] ?? 0);
    },
    measures: (k, t) =>
      colOf.has(t) && counts.has(k) ? measures.filter((m) => m.kommunkod === k && m.teman.includes(t)) : [],
    rowTotal: (k) => counts.get(k)?.total ?? 0,
    colTotal: (t) => {
      const c = colOf.get(t);
      return c === undefined ? 0 : colTotals[c];
    },
    max,
  };
}

export type MatrixSort = { kind: 'name' } | { kind: 'total' } | { kind: 'theme'; theme: string };

/** The matrix rows sorted by name, row total or one theme's count; ties by name ascending. */
export function sortMatrixRows(
  m: Matrix,
  by: MatrixSort,
  descending: boolean,
  nameOf: (code: string) => string,
): string[] {
  const value = (k: string): SortValue =>
    by.kind === 'name' ? nameOf(k) : by.kind === 'total' ? m.rowTotal(k) : m.count(k, by.theme);
  return sortRows(m.rows, value, !descending, byName(nameOf));
}

/**
 * One rule for every region (county, group, all of Sweden): the matrix lists the municipalities with
 * at least one measure; those without are named apart, in the given (sorted) order.
 */
export function splitZeroRows(m: Matrix, rows: string[]): { shown: string[]; without: string[] } {
  const shown: string[] = [];
  const without: string[] = [];
  for (const k of rows) (m.rowTotal(k) > 0 ? shown : without).push(k);
  return { shown, without };
}

/** The sort a column header toggles (`nextSort`): the same column flips the direction; a new theme starts largest first. */
export function toggleSort(
  current: { key: string; descending: boolean },
  key: string,
): { key: string; descending: boolean } {
  const next = nextSort({ key: current.key, ascending: !current.descending }, key, key === 'name');
  return { key, descending: !next.ascending };
}

/** The select's value as a sort: 'name', 'total' or a theme id. */
export const sortOf = (key: string): MatrixSort =>
  key === 'name' ? { kind: 'name' } : key === 'total' ? { kind: 'total' } : { kind: 'theme', theme: key };

export interface Gap {
  theme: Theme;
  /** Codes of the members that have at least one measure on the theme, sorted. */
  municipalities: string[];
}

/**
 * Themes on which fewer than `fewerThan` of the members have a measure (fewerThan = 1: nobody),
 * fewest first, then in theme order.
 */
export function themeGaps(members: string[], measures: Measure[], themes: Theme[], fewerThan: number): Gap[] {
  return gapsOf(themeWorkers(members, measures, themes), themes, fewerThan);
}

/**
 * Which members work on each known theme (have a measure with it), by theme id, each theme's codes
 * sorted: one lookup per measure and theme, no sets or lists built per measure (100 000 of them).
 */
export function themeWorkers(members: string[], measures: Measure[], themes: Theme[]): Map<string, string[]> {
  const inRegion = new Set(members);
  const who = new Map<string, Set<string>>(themes.map((t) => [t.id, new Set<string>()]));
  for (const m of measures) {
    if (!inRegion.has(m.kommunkod)) continue;
    const teman = m.teman;
    for (let i = 0; i < teman.length; i++) who.get(teman[i])?.add(m.kommunkod);
  }
  return new Map([...who].map(([id, codes]) => [id, [...codes].sort()]));
}

/** The gaps (see themeGaps) from the themes' workers (themeWorkers). */
export function gapsOf(workers: ReadonlyMap<string, string[]>, themes: Theme[], fewerThan: number): Gap[] {
  return orderThemes(themes)
    .map((theme, order) => ({ theme, order, municipalities: workers.get(theme.id) ?? [] }))
    .filter((g) => g.municipalities.length < fewerThan)
    .sort((a, b) => a.municipalities.length - b.municipalities.length || a.order - b.order)
    .map(({ theme, municipalities }) => ({ theme, municipalities: [...municipalities] }));
}

export interface SideBySide {
  /** Each chosen municipality's plans, in input order. */
  plans: Record<string, Plan[]>;
  /** One row per theme that any chosen municipality works on (theme order), then `theme: null` for measures without a (known) theme. */
  rows: { theme: Theme | null; cells: Record<string, Measure[]> }[];
}

/** 2–4 municipalities side by side: their plans, and their measures per theme. */
export function sideBySide(codes: string[], plans: Plan[], measures: Measure[], themes: Theme[]): SideBySide {
  const chosen = [...new Set(codes)];
  const empty = <T>(): Record<string, T[]> => Object.fromEntries(chosen.map((c) => [c, [] as T[]]));
  const planMap = empty<Plan>();
  for (const p of plans) planMap[p.kommunkod]?.push(p);
  const known = new Set(themes.map((t) => t.id));
  const byTheme = new Map<string, Record<string, Measure[]>>();
  const none = empty<Measure>();
  let anyNone = false;
  for (const m of memberMeasures(chosen, measures)) {
    const ts = knownThemes(m.teman, known);
    if (ts.length === 0) {
      none[m.kommunkod].push(m);
      anyNone = true;
    }
    for (const t of ts) {
      let cells = byTheme.get(t);
      if (!cells) byTheme.set(t, (cells = empty<Measure>()));
      cells[m.kommunkod].push(m);
    }
  }
  const rows: SideBySide['rows'] = [];
  for (const theme of orderThemes(themes)) {
    const cells = byTheme.get(theme.id);
    if (cells) rows.push({ theme, cells });
  }
  if (anyNone) rows.push({ theme: null, cells: none });
  return { plans: planMap, rows };
}

export interface RequestGroup {
  /** null = requests without a (known) theme. */
  theme: Theme | null;
  /** Requests in the group. */
  total: number;
  recipients: { mottagare: string; requests: NationalRequest[] }[];
}

/**
 * The members' national requests grouped by theme (theme order; a request with two themes is in both;
 * those without theme last) and within a theme by recipient: most requests first, then by name.
 * Recipients that differ only in case or spacing are one; an empty recipient is ''.
 */
export function groupRequests(requests: NationalRequest[], members: string[], themes: Theme[]): RequestGroup[] {
  const set = new Set(members);
  const known = new Set(themes.map((t) => t.id));
  const NONE = '\u0000none';
  const groups = new Map<
    string,
    { list: NationalRequest[]; recipients: Map<string, { mottagare: string; requests: NationalRequest[] }> }
  >();
  const seen = new Set<string>();
  for (const r of requests) {
    if (!set.has(r.kommunkod) || seen.has(r.id)) continue;
    seen.add(r.id);
    const ts = knownThemes(r.teman, known);
    const mottagare = (r.mottagare ?? '').trim().replace(/\s+/g, ' ');
    const rkey = mottagare.toLocaleLowerCase('sv');
    for (const t of ts.length ? ts : [NONE]) {
      let g = groups.get(t);
      if (!g) groups.set(t, (g = { list: [], recipients: new Map() }));
      g.list.push(r);
      let rec = g.recipients.get(rkey);
      if (!rec) g.recipients.set(rkey, (rec = { mottagare, requests: [] }));
      rec.requests.push(r);
    }
  }
  const group = (theme: Theme | null, key: string): RequestGroup[] => {
    const g = groups.get(key);
    if (!g) return [];
    const recipients = [...g.recipients.values()].sort(
      (a, b) =>
        b.requests.length - a.requests.length ||
        compareSv(a.mottagare, b.mottagare) ||
        (a.mottagare < b.mottagare ? -1 : 1),
    );
    return [{ theme, total: g.list.length, recipients }];
  };
  return [...orderThemes(themes).flatMap((t) => group(t, t.id)), ...group(null, NONE)];
}
