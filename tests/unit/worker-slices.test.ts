import { describe, expect, it } from 'vitest';
import type { Analysis } from '$lib/io/analyse';
import { withRecords } from '$lib/state/import.svelte';

/** An analysis as the worker's `done` message carries it: every table's records left out. */
const analysis = (...counts: (number | null)[]): Analysis =>
  ({
    tables: counts.map((n) => ({
      result: n === null ? null : { entity: 'measures', records: [], rowNumbers: [], invalidRows: 0, issues: [] },
    })),
    issues: [],
  }) as unknown as Analysis;

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${from + i}` }));

describe('withRecords: the worker hands its records over in slices, the page puts them back in order', () => {
  it.each([
    ['one table, three slices', [10], new Map([[0, [rows(0, 4), rows(4, 4), rows(8, 2)]]]), [10]],
    [
      'two tables, the second in one slice',
      [3, 2],
      new Map([
        [0, [rows(0, 3)]],
        [1, [rows(0, 2)]],
      ]),
      [3, 2],
    ],
    ['a table without records and a failed table', [0, null], new Map<number, unknown[][]>(), [0, null]],
  ])('%s', (_, counts, slices, expected) => {
    const a = withRecords(analysis(...counts), slices);
    expect(a.tables.map((t) => (t.result ? t.result.records.length : null))).toEqual(expected);
    const first = a.tables[0].result?.records as { id: string }[] | undefined;
    if (first?.length) expect(first.map((r) => r.id)).toEqual(rows(0, first.length).map((r) => r.id));
  });
});
