import { describe, expect, it } from 'vitest';
import { barRows, layoutBars, stackSegments, type BarDatum } from '$lib/viz/bars/layout';

const d = (key: string, value: number): BarDatum => ({ key, label: `Etikett ${key}`, value, colour: '#123456' });
const OPTS = { width: 600, labelWidth: 200 };

describe('layoutBars', () => {
  const data = [d('c', 4), d('a', 8), d('b', 0), d('d', 2)];
  const out = layoutBars(data, OPTS);

  it('keeps the input order, top to bottom', () => {
    expect(out.bars.map((b) => b.key)).toEqual(['c', 'a', 'b', 'd']);
    for (let i = 1; i < out.bars.length; i++) expect(out.bars[i].y).toBeGreaterThan(out.bars[i - 1].y);
  });

  it('keeps the datum fields', () => {
    expect(out.bars[1]).toMatchObject({ key: 'a', label: 'Etikett a', value: 8, colour: '#123456' });
  });

  it('starts every bar at the label column and makes widths proportional to values', () => {
    for (const b of out.bars) expect(b.x).toBe(OPTS.labelWidth);
    const [c, a, , dd] = out.bars;
    expect(a.w).toBeGreaterThan(0);
    expect(c.w / a.w).toBeCloseTo(0.5, 10);
    expect(dd.w / a.w).toBeCloseTo(0.25, 10);
    // the longest bar fits inside the chart
    expect(a.x + a.w).toBeLessThanOrEqual(OPTS.width - 40 + 1e-9);
  });

  it('gives a zero value zero width', () => {
    expect(out.bars[2].w).toBe(0);
    expect(layoutBars([d('z', 0)], OPTS).bars[0].w).toBe(0);
  });

  it('puts the value text right of its bar, vertically centred', () => {
    for (const b of out.bars) {
      expect(b.textX).toBeCloseTo(b.x + b.w + 6, 10);
      expect(b.textY).toBeCloseTo(b.y + b.h / 2, 10);
    }
  });

  it('gives all bars the same positive height without overlap', () => {
    const h = out.bars[0].h;
    expect(h).toBeGreaterThan(0);
    for (let i = 0; i < out.bars.length; i++) {
      expect(out.bars[i].h).toBe(h);
      if (i > 0) expect(out.bars[i].y).toBeGreaterThanOrEqual(out.bars[i - 1].y + h);
    }
    const last = out.bars[out.bars.length - 1];
    expect(last.y + last.h).toBeLessThanOrEqual(out.height);
  });

  it.each([[[1]], [[3]], [[7]], [[0, 0]], [[12, 5]], [[123, 4]], [[2.5, 1]]])(
    'ticks for values %j are integers from 0, increasing, inside the axis',
    (values) => {
      const l = layoutBars(
        values.map((v, i) => d(String(i), v)),
        OPTS,
      );
      expect(l.ticks.length).toBeGreaterThan(1);
      expect(l.ticks[0]).toEqual({ value: 0, x: OPTS.labelWidth });
      for (const t of l.ticks) {
        expect(Number.isInteger(t.value)).toBe(true);
        expect(t.x).toBeGreaterThanOrEqual(OPTS.labelWidth);
        expect(t.x).toBeLessThanOrEqual(OPTS.width - 40 + 1e-9);
      }
      for (let i = 1; i < l.ticks.length; i++) {
        expect(l.ticks[i].value).toBeGreaterThan(l.ticks[i - 1].value);
        expect(l.ticks[i].x).toBeGreaterThan(l.ticks[i - 1].x);
      }
      expect(l.ticks.length).toBeLessThanOrEqual(11);
    },
  );

  it('places ticks on the same scale as the bars', () => {
    const l = layoutBars([d('a', 10), d('b', 4)], OPTS);
    const tick4 = l.ticks.find((t) => t.value === 4)!;
    const tick10 = l.ticks.find((t) => t.value === 10)!;
    expect(tick4.x).toBeCloseTo(l.bars[1].x + l.bars[1].w, 10);
    expect(tick10.x).toBeCloseTo(l.bars[0].x + l.bars[0].w, 10);
  });

  it('grows in height with the number of bars', () => {
    const heights = [1, 2, 5, 13].map(
      (n) =>
        layoutBars(
          Array.from({ length: n }, (_, i) => d(`k${i}`, i + 1)),
          OPTS,
        ).height,
    );
    expect(heights).toEqual([...heights].sort((a, b) => a - b));
    expect(new Set(heights).size).toBe(4);
    // linear in the count: default bar height 22 + gap 8 per bar
    expect(heights[1] - heights[0]).toBe(30);
    expect(heights[3] - heights[2]).toBe(8 * 30);
  });

  it('uses barHeight and gap options', () => {
    const a = layoutBars([d('a', 1), d('b', 2)], { ...OPTS, barHeight: 10, gap: 2 });
    const b = layoutBars([d('a', 1), d('b', 2), d('c', 3)], { ...OPTS, barHeight: 10, gap: 2 });
    expect(b.height - a.height).toBe(12);
  });

  it('has a height and no bars for empty data', () => {
    const l = layoutBars([], OPTS);
    expect(l.bars).toEqual([]);
    expect(l.height).toBeGreaterThan(0);
    expect(l.height).toBe(layoutBars([d('a', 1)], OPTS).height);
    expect([l.width, l.labelWidth]).toEqual([600, 200]);
  });
});

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
