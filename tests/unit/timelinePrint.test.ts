import { describe, expect, it } from 'vitest';
import { printPieces } from '../../src/lib/viz/timeline/print';
import type { Lane } from '../../src/lib/viz/timeline/layout';

const OPTS = { markRow: 36, rowHeight: 18 };
/** Lanes laid out like layoutLanes: markRow + rows × rowHeight + gap 8. */
function lanes(rows: number[]): Lane[] {
  let top = 0;
  return rows.map((r, i) => {
    const height = 36 + r * 18 + 8;
    const lane = { id: `l${i}`, label: `L${i}`, top, height, rows: r };
    top += height;
    return lane;
  });
}

describe('printPieces: the timeline cut for paper', () => {
  it.each([
    // [rows per lane, maxH, expected pieces as [y0, h]] (offset 28: the axis)
    {
      rows: [1, 1, 1],
      maxH: 150,
      want: [
        [28, 124],
        [152, 62],
      ],
    },
    {
      rows: [1, 1, 1],
      maxH: 62,
      want: [
        [28, 62],
        [90, 62],
        [152, 62],
      ],
    },
    { rows: [1, 1, 1], maxH: 1000, want: [[28, 186]] },
    // A lane of 10 rows (224 high) is cut between its rows, never through one.
    {
      rows: [10],
      maxH: 100,
      want: [
        [28, 90],
        [118, 90],
        [208, 44],
      ],
    },
    { rows: [], maxH: 100, want: [] },
  ])('$rows rows, at most $maxH: $want', ({ rows, maxH, want }) => {
    const ls = lanes(rows);
    const pieces = printPieces(ls, 28, maxH, OPTS);
    expect(pieces.map((p) => [p.y0, p.h])).toEqual(want);
    // The pieces cover the drawing once, top to bottom, without gaps.
    if (ls.length) {
      expect(pieces[0].y0).toBe(28);
      for (let i = 1; i < pieces.length; i++) expect(pieces[i].y0).toBe(pieces[i - 1].y0 + pieces[i - 1].h);
      const end = ls.at(-1)!.top + ls.at(-1)!.height + 28;
      expect(pieces.at(-1)!.y0 + pieces.at(-1)!.h).toBe(end);
    }
  });
});
