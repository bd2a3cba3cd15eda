/**
 * The columns of SortableTable. The sort itself is the app's one sort helper in `$lib/domain/text`
 * (`sortRows`, `nextSort`, `ariaSort`: Swedish collation with numbers in numeric order, empty values
 * last in either direction, ties by a stable key), re-exported here for the table's users.
 */
import type { Snippet } from 'svelte';
import type { SortValue } from '$lib/domain/text';

export { ariaSort, byKey, nextSort, sortRows, type SortState, type SortValue } from '$lib/domain/text';

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
  /** false: a plain header that does not sort (the column still shows its value). Default true. */
  sortable?: boolean;
}
