import { describe, expect, it } from 'vitest';
import { generateCounty } from '../support/county';

describe('generated county (tests/support/county.ts)', () => {
  it.each([
    ['14', 49],
    ['01', 26],
    ['', 290],
  ])('county %j has %i municipalities', (county, n) => {
    expect(generateCounty({ county, measures: 10 }).codes).toHaveLength(n);
  });

  it('is deterministic and has dates of every precision, undated measures and overdue ones', () => {
    const a = generateCounty({ measures: 3000, today: '2026-12-07' });
    expect(a).toEqual(generateCounty({ measures: 3000, today: '2026-12-07' }));
    const rows = a.atgarder.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(3000);
    const starts = rows.map((r) => r.split(';')[7]);
    expect(new Set(starts.map((s) => s.length))).toEqual(new Set([0, 4, 7, 10]));
    expect(a.overdue).toBeGreaterThan(0);
    expect(a.overdue).toBeLessThan(3000);
    // The first municipality has a plan, the last none.
    expect(a.planer).toContain(`gen-p-${a.codes[0]}`);
    expect(a.planer).not.toContain(`gen-p-${a.codes.at(-1)}`);
  });
});
