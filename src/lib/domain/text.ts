/**
 * Text keys for matching and sorting. One folding rule for names, headers, enumeration labels and
 * theme names, so that "Planerat klart", "planerat-klart" and "PLANERAT_KLART" meet, and one
 * Swedish collation for every sortable table. Pure.
 */

const MARKS = /\p{M}/gu;
/** Spaces, hyphens and the Unicode dashes (U+2010–U+2015) that word processors put in. */
const SEPARATORS = /[\s\-\u2010-\u2015_]+/g;

/**
 * The folded key of a name or header: BOM and surrounding space removed, lower case, diacritics
 * removed (å → a, é → e), every run of spaces, hyphens, dashes and underscores as one `sep`.
 * "  Planerat klart " → "planerat klart"; fold("Källa", '_') → "kalla".
 * Folding merges names that differ only in diacritics (Håbo, Habo): match exactly first
 * (see `exactKey`), and treat a folded match that fits several as ambiguous.
 */
export function fold(s: string, sep = ' '): string {
  return s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SEPARATORS, sep)
    .replace(edges(sep), '');
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
    .replace(/[\s\-\u2010-\u2015]+/g, ' ')
    .trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Swedish collation (å, ä, ö after z; numbers by value: "2" before "10"). */
const COLLATOR = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

export const compareText = (a: string, b: string): number => COLLATOR.compare(a, b);

export type SortDir = 'asc' | 'desc';
export interface SortState<K extends string = string> {
  key: K;
  dir: SortDir;
}
export type SortValue = string | number | boolean | null | undefined;

/**
 * A compare function for `Array.prototype.sort`: by `value(row)`, numbers by value, text by Swedish
 * collation; empty values (null, undefined, '', NaN) last in both directions; ties keep their order
 * (sort is stable), or fall back to `then` when given.
 */
export function sortBy<T>(
  value: (row: T) => SortValue,
  dir: SortDir = 'asc',
  then?: (a: T, b: T) => number,
): (a: T, b: T) => number {
  const sign = dir === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    const ex = isEmpty(x);
    const ey = isEmpty(y);
    if (ex || ey) return ex && ey ? (then?.(a, b) ?? 0) : ex ? 1 : -1;
    let c: number;
    if (typeof x === 'number' && typeof y === 'number') c = x - y;
    else if (typeof x === 'boolean' && typeof y === 'boolean') c = Number(x) - Number(y);
    else c = compareText(String(x), String(y));
    return c === 0 ? (then?.(a, b) ?? 0) : sign * c;
  };
}

const isEmpty = (v: SortValue) =>
  v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v));

/** The sort toggle of a table header: a new column sorts ascending, the same column flips direction. */
export function nextSort<K extends string>(current: SortState<K> | null, key: K): SortState<K> {
  if (current && current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: 'asc' };
}

/** The `aria-sort` value of a column header for a sort state. */
export function ariaSort<K extends string>(current: SortState<K> | null, key: K): 'ascending' | 'descending' | 'none' {
  if (!current || current.key !== key) return 'none';
  return current.dir === 'asc' ? 'ascending' : 'descending';
}
