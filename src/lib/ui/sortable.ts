/**
 * The one sort of every sortable table (Data, Karta's table, the import history, Jämför): a column's
 * sort value, Swedish collation with numbers in numeric order, empty values last in either direction,
 * ties by a stable key. Pure; SortableTable only draws the result.
 */
import type { Snippet } from 'svelte';

export type SortValue = string | number | null | undefined;

/** A column of SortableTable. */
export interface Column<Row> {
  key: string;
  label: string;
  /** What the column sorts by (display text, canonical date, number); also the cell text by default. */
  value: (r: Row) => SortValue;
  /** The cell's text when it differs from the sort value (a formatted date); default: the value. */
  text?: (r: Row) => string;
  /** The cell's content when it is more than text (a tag, a link). */
  cell?: Snippet<[Row]>;
  /** The first click sorts descending (counts, dates of "latest"). */
  firstDescending?: boolean;
}

export interface SortState {
  key: string;
  ascending: boolean;
}

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

const isEmpty = (v: SortValue) => v === null || v === undefined || v === '';

export function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Sort a copy of `rows` by `value`; empty values go last whichever the direction; ties by `tie` ascending. */
export function sortRows<R>(
  rows: readonly R[],
  value: (r: R) => SortValue,
  ascending: boolean,
  tie: (r: R) => string = () => '',
): R[] {
  const keyed = rows.map((r) => ({ r, v: value(r), t: tie(r) }));
  keyed.sort((x, y) => {
    const ex = isEmpty(x.v);
    const ey = isEmpty(y.v);
    if (ex !== ey) return ex ? 1 : -1;
    const c = ex ? 0 : compareValues(x.v, y.v) * (ascending ? 1 : -1);
    return c || (x.t < y.t ? -1 : x.t > y.t ? 1 : 0);
  });
  return keyed.map((x) => x.r);
}

/** A click on a column header: the same column flips the direction, another starts in its natural direction. */
export function nextSort(current: SortState, key: string, firstAscending = true): SortState {
  return current.key === key ? { key, ascending: !current.ascending } : { key, ascending: firstAscending };
}

export const ariaSort = (s: SortState, key: string): 'ascending' | 'descending' | 'none' =>
  s.key === key ? (s.ascending ? 'ascending' : 'descending') : 'none';
