/**
 * Text keys for matching and sorting. One folding rule for names, headers, enumeration labels and
 * theme names, so that "Planerat klart", "planerat-klart" and "PLANERAT_KLART" meet, and one
 * Swedish collation for every sortable table. Pure.
 */
import { compareSv } from './collate';

const MARKS = /\p{M}/gu;
/** Spaces, hyphens and the Unicode dashes (U+2010–U+2015) that word processors put in. */
const SPACES_AND_DASHES = /[\s\-\u2010-\u2015]+/g;
/** The same and underscores. */
const SEPARATORS = /[\s\-\u2010-\u2015_]+/g;

export interface FoldOptions {
  /**
   * Keep underscores as written, and separators at the ends: the key of a file's column header, where
   * `__proto__` must stay recognisable (to be refused) and `plan__id` is not `plan_id`.
   */
  keepUnderscores?: boolean;
}

/**
 * The folded key of a name or header: BOM and surrounding space removed, lower case, diacritics
 * removed (å → a, é → e), every run of spaces, hyphens, dashes and underscores as one `sep`, none at
 * the ends. "  Planerat klart " → "planerat klart"; fold("Källa", '_') → "kalla".
 * With `keepUnderscores` (a column header's key, `normalizeHeader` in io/csvtext.ts) underscores stay
 * as written and only runs of spaces, hyphens and dashes become `sep`: fold("__proto__", '_',
 * { keepUnderscores: true }) → "__proto__", fold("Planerat klart", '_', …) → "planerat_klart".
 * Folding merges names that differ only in diacritics (Håbo, Habo): match exactly first
 * (see `exactKey`), and treat a folded match that fits several as ambiguous.
 */
export function fold(s: string, sep = ' ', options?: FoldOptions): string {
  const bare = s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '');
  return options?.keepUnderscores
    ? bare.replace(SPACES_AND_DASHES, sep)
    : bare.replace(SEPARATORS, sep).replace(edges(sep), '');
}

const EDGES = new Map<string, RegExp>();
/** The separator at either end (cached: fold runs for every cell of a large import). */
function edges(sep: string): RegExp {
  let re = EDGES.get(sep);
  if (!re) EDGES.set(sep, (re = new RegExp(`^(?:${escapeRe(sep)})+|(?:${escapeRe(sep)})+$`, 'g')));
  return re;
}

/**
 * The exact key of a name: case-insensitive, diacritics kept (composed, NFC), runs of spaces,
 * hyphens and dashes as one space. "HÅBO" and "Håbo" meet; "Habo" does not.
 */
export function exactKey(s: string): string {
  return s
    .replace(/^\uFEFF/, '')
    .trim()
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(SPACES_AND_DASHES, ' ')
    .trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type SortDir = 'asc' | 'desc';
export type SortValue = string | number | boolean | null | undefined;

/**
 * Two sort values in the order of `sign` (1 ascending, -1 descending): numbers by value, booleans
 * false first, text by Swedish collation; empty values (null, undefined, '', NaN) last in both
 * directions. 0 on a tie.
 */
function compareValues(x: SortValue, y: SortValue, sign: number): number {
  const ex = isEmpty(x);
  const ey = isEmpty(y);
  if (ex || ey) return ex && ey ? 0 : ex ? 1 : -1;
  let c: number;
  if (typeof x === 'number' && typeof y === 'number') c = x - y;
  else if (typeof x === 'boolean' && typeof y === 'boolean') c = Number(x) - Number(y);
  else c = compareSv(String(x), String(y));
  return c === 0 ? 0 : sign * c;
}

const isEmpty = (v: SortValue) =>
  v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v));

/**
 * The one sort of the app: a compare function for `Array.prototype.sort` by `value(row)` (see
 * `compareValues`: numbers by value, Swedish collation, empty values last in both directions); ties
 * keep their order (sort is stable), or fall back to `then` when given (always ascending).
 */
export function sortBy<T>(
  value: (row: T) => SortValue,
  dir: SortDir = 'asc',
  then?: (a: T, b: T) => number,
): (a: T, b: T) => number {
  const sign = dir === 'asc' ? 1 : -1;
  return (a, b) => compareValues(value(a), value(b), sign) || (then?.(a, b) ?? 0);
}

/**
 * A sorted copy of `rows`, the order of `sortBy`, with each row's value computed once (a table of
 * 100 000 rows sorts by a formatted or looked-up value). Every sortable table sorts through this.
 * With `limit`, only the first `limit` rows of that order are returned, and only the groups of equal
 * values that reach into them are ordered by `then`: a table showing its first 100 of 100 000 rows
 * orders a few hundred ties, not all of them (after an import, 35 of the 70 ms of one task).
 */
export function sortRows<R>(
  rows: readonly R[],
  value: (r: R) => SortValue,
  ascending: boolean,
  then?: (a: R, b: R) => number,
  limit = Infinity,
): R[] {
  const sign = ascending ? 1 : -1;
  const values = rows.map(value);
  // The distinct values are sorted once (Swedish collation is the costly compare); rows then sort by
  // their value's rank, a number. A column of 100 000 rows has a few hundred distinct municipalities,
  // statuses or dates: after an import the Data table re-sorted in 194 ms, one task.
  const distinct = [...new Set(values.filter((v) => !isEmpty(v)))].sort((x, y) => compareValues(x, y, 1));
  const rank = new Map<SortValue, number>();
  distinct.forEach((v, i) =>
    rank.set(v, i > 0 && compareValues(distinct[i - 1], v, 1) === 0 ? rank.get(distinct[i - 1])! : i),
  );
  // Rows placed by rank (a counting sort: one pass, no comparisons), then each group of equal
  // values ordered by `then`: 345 rows of a municipality, not 100 000 rows, per sort.
  const n = rows.length;
  const groups = distinct.length ? rank.get(distinct[distinct.length - 1])! + 1 : 0;
  const EMPTY = groups; // empty values last in both directions
  const group = new Int32Array(n);
  const size = new Int32Array(groups + 2);
  for (let i = 0; i < n; i++) {
    const g = isEmpty(values[i]) ? EMPTY : sign > 0 ? rank.get(values[i])! : groups - 1 - rank.get(values[i])!;
    group[i] = g;
    size[g + 1]++;
  }
  for (let g = 1; g <= groups + 1; g++) size[g] += size[g - 1];
  const starts = size.slice();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[size[group[i]]++] = i;
  const upTo = Math.max(0, Math.min(n, limit));
  if (then) {
    const keyOf = (then as Partial<ByKey<R>>).key;
    // Keys only for the rows of the groups that are ordered (a holey array, filled where needed).
    const keys: string[] = keyOf ? new Array<string>(n) : [];
    const tie = keyOf
      ? (a: number, b: number) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b)
      : (a: number, b: number) => then(rows[a], rows[b]) || a - b;
    for (let g = 0; g <= groups && starts[g] < upTo; g++) {
      if (starts[g + 1] - starts[g] < 2) continue;
      const part = order.subarray(starts[g], starts[g + 1]);
      if (keyOf) for (const i of part) keys[i] = keyOf(rows[i]);
      part.sort(tie);
    }
  }
  return Array.from(upTo < n ? order.subarray(0, upTo) : order, (i) => rows[i]);
}

/**
 * The first `k` of `rows` in the order of `compare`: what `[...rows].sort(compare).slice(0, k)` gives
 * (stable), without sorting everything. Each row is compared with the last kept one first, so a
 * list of 50 000 overdue measures costs about one Swedish-collation compare per row for its first
 * page, not seventeen.
 */
export function smallest<T>(rows: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (k <= 0) return kept;
  // Many rows wanted (a list paged far): one sort is cheaper than keeping thousands in order.
  if (k > 1000) return [...rows].sort(compare).slice(0, k);
  for (const r of rows) {
    if (kept.length === k && compare(r, kept[k - 1]) >= 0) continue;
    // After the last kept row that is not greater (stable: an equal row keeps its place after).
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(r, kept[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    kept.splice(lo, 0, r);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

/** A compare function that orders by a string key in code-point order, and says which key (`byKey`). */
export type ByKey<R> = ((a: R, b: R) => number) & { key: (r: R) => string };

/**
 * Ties by a stable key (a record id), in code-point order: a `then` for `sortBy` and `sortRows`.
 * `sortRows` reads each row's key once instead of twice per comparison.
 */
export const byKey = <R>(key: (r: R) => string): ByKey<R> =>
  Object.assign(
    (a: R, b: R): number => {
      const x = key(a);
      const y = key(b);
      return x < y ? -1 : x > y ? 1 : 0;
    },
    { key },
  );

/** A table's sort: the column and the direction. */
export interface SortState<K extends string = string> {
  key: K;
  ascending: boolean;
}

/**
 * The sort toggle of a table header: the same column flips the direction, another starts in its
 * natural direction (`firstAscending`; counts and "latest" dates start descending).
 */
export function nextSort<K extends string>(current: SortState<K>, key: K, firstAscending = true): SortState<K> {
  return current.key === key ? { key, ascending: !current.ascending } : { key, ascending: firstAscending };
}

/** The `aria-sort` value of a column header for a sort state. */
export const ariaSort = <K extends string>(s: SortState<K>, key: K): 'ascending' | 'descending' | 'none' =>
  s.key === key ? (s.ascending ? 'ascending' : 'descending') : 'none';
