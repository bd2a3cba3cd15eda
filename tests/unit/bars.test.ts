import { describe, expect, it } from 'vitest';
import { barRows, stackSegments, type BarDatum } from '$lib/viz/bars/layout';

const d = (key: string, value: number): BarDatum => ({ key, label: `Etikett ${key}`, value, colour: '#123456' });

describe('barRows', () => {
  it.each<[string, number[], number[]]>([
    ['proportional, the longest at the nice maximum', [4, 8, 0, 2], [50, 100, 0, 25]],
    ['a nice axis end above the maximum', [19, 5], [95, 25]],
    ['all zero: zero bars on a 0–1 axis', [0, 0], [0, 0]],
  ])('%s', (_, values, pcts) => {
    const { rows } = barRows(values.map((v, i) => d(String(i), v)));
    expect(rows.map((r) => r.pct)).toEqual(pcts);
  });

  it('ticks are integers inside 0–100 %', () => {
    const { ticks } = barRows([d('a', 13), d('b', 2)]);
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) {
      expect(Number.isInteger(t.value)).toBe(true);
      expect(t.pct).toBeGreaterThanOrEqual(0);
      expect(t.pct).toBeLessThanOrEqual(100);
    }
  });
});

describe('stackSegments', () => {
  const sum = (s: { width: number }[]) => s.reduce((n, x) => n + x.width, 0);
  it.each<[string, number[], number[]]>([
    ['8 municipalities: proportional', [0, 1, 0, 0, 0, 7], [0, 12.5, 0, 0, 0, 87.5]],
    ['290: one municipality still visible', [1, 1, 1, 0, 0, 287], [1.5, 1.5, 1.5, 0, 0, 95.5]],
    ['empty whole', [0, 0], [0, 0]],
  ])('%s', (_, values, widths) => {
    const segs = stackSegments(values.map((value, i) => ({ key: String(i), value })));
    expect(segs.map((s) => Math.round(s.width * 1000) / 1000)).toEqual(widths);
    if (values.some((v) => v > 0)) expect(sum(segs)).toBeCloseTo(100, 9);
    for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBeCloseTo(segs[i - 1].start + segs[i - 1].width, 9);
  });
});
