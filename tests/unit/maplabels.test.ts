import { describe, expect, it } from 'vitest';
import { CHAR_W, MIN_PX, groupCentres, placeLabels, shortName, tileLabels } from '$lib/viz/map/labels';

describe('shortName', () => {
  it.each([
    ['Borås', 8, 'Borås'],
    ['Ulricehamn', 10, 'Ulricehamn'],
    ['Ulricehamn', 6, 'Ulric.'],
    ['Upplands Väsby', 9, 'Upplands.'],
    ['Upplands Väsby', 10, 'Upplands.'],
    ['Öckerö', 3, ''],
    ['Malung-Sälen', 8, 'Malung.'],
  ])('%s in %i characters → %s', (name, max, out) => expect(shortName(name, max)).toBe(out));
});

describe('tileLabels', () => {
  const cells = [
    { kommunkod: '1490', x: 0, y: 0 },
    { kommunkod: '1443', x: 20, y: 0 },
    { kommunkod: '0180', x: 40, y: 0 },
  ];
  const names: Record<string, string> = { '1490': 'Borås', '1443': 'Bollebygd', '0180': 'Stockholm' };
  const base = { cells, codes: new Set(['1490', '1443']), name: (c: string) => names[c], hexSize: 10 };

  it('labels only the chosen tiles, at least MIN_PX on screen, each fitting its tile', () => {
    for (const pxPerUnit of [1.8, 3, 6]) {
      const labels = tileLabels({ ...base, pxPerUnit });
      expect(labels.map((l) => l.code)).toEqual(['1490', '1443']);
      for (const l of labels) {
        expect(l.size * pxPerUnit).toBeGreaterThanOrEqual(MIN_PX);
        expect(l.text.length * CHAR_W * l.size).toBeLessThanOrEqual(Math.sqrt(3) * 10);
      }
    }
  });
  it('shortens a long name consistently when the tile is small and keeps it whole when large', () => {
    expect(tileLabels({ ...base, pxPerUnit: 2 }).find((l) => l.code === '1443')!.text).toBe('Boll.');
    expect(tileLabels({ ...base, pxPerUnit: 6 }).find((l) => l.code === '1443')!.text).toBe('Bollebygd');
  });
  it('gives no label when not even three letters fit at the minimum size', () => {
    expect(tileLabels({ ...base, pxPerUnit: 0.5 })).toEqual([]);
  });
});

describe('placeLabels', () => {
  it('keeps the higher priority of two overlapping labels and every label that is clear', () => {
    const out = placeLabels(
      [
        { code: 'a', x: 0, y: 0, text: 'Alingsås', priority: 1 },
        { code: 'b', x: 5, y: 0, text: 'Borås', priority: 2 },
        { code: 'c', x: 200, y: 0, text: 'Mark', priority: 0 },
        { code: 'd', x: NaN, y: 0, text: 'Nowhere', priority: 9 },
      ],
      1,
    );
    expect(out.map((l) => l.code)).toEqual(['b', 'c']);
  });
  it('places no two labels whose boxes overlap', () => {
    const cands = Array.from({ length: 60 }, (_, i) => ({
      code: String(i),
      x: (i * 37) % 300,
      y: (i * 53) % 200,
      text: 'Kommunnamn',
      priority: i % 3,
    }));
    const out = placeLabels(cands, 1, 11);
    const box = (l: (typeof out)[number]) => ({
      x0: l.x - (l.text.length * CHAR_W * l.size) / 2,
      x1: l.x + (l.text.length * CHAR_W * l.size) / 2,
      y0: l.y - l.size * 0.6,
      y1: l.y + l.size * 0.6,
    });
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = box(out[i]);
        const b = box(out[j]);
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    expect(out.length).toBeGreaterThan(5);
  });
});

describe('groupCentres', () => {
  it('averages the points of each group', () => {
    const c = groupCentres(
      [
        { kommunkod: '1401', x: 0, y: 0 },
        { kommunkod: '1402', x: 10, y: 4 },
        { kommunkod: '0180', x: 5, y: 5 },
      ],
      (k) => k.slice(0, 2),
    );
    expect(c.get('14')).toEqual({ x: 5, y: 2, n: 2 });
    expect(c.get('01')).toEqual({ x: 5, y: 5, n: 1 });
  });
});
