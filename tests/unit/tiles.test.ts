import { describe, expect, it } from 'vitest';
import { fitViewBox, moveFrom, tileGeometry, type Cell } from '$lib/viz/map/tiles';
import tilemap from '../../src/data/tilemap.json';

const cells: Cell[] = [
  { kommunkod: '0101', q: 0, r: 0 },
  { kommunkod: '0102', q: 1, r: 0 },
  { kommunkod: '0201', q: 0, r: 1 },
  { kommunkod: '0202', q: 1, r: 1 },
];
const county = (c: string) => c.slice(0, 2);

describe('tileGeometry', () => {
  const geo = tileGeometry(cells, county, 10);
  it('gives every cell a closed hexagon path', () => {
    expect(geo.cells.map((c) => c.path.split('L').length)).toEqual([6, 6, 6, 6]);
    expect(geo.cells[0].path.endsWith('Z')).toBe(true);
  });
  it('draws county borders and coasts, not the sides inside a county', () => {
    const segments = geo.outline.split('M').filter(Boolean);
    // 4 hexes have 24 sides. 0101–0102 and 0201–0202 share a side inside their county (not drawn: 4 fewer);
    // 0101–0201, 0102–0201 and 0102–0202 share county borders, each drawn once (3 fewer): 24 − 4 − 3 = 17.
    expect(segments).toHaveLength(17);
  });
  it('fits the view box to a region', () => {
    const [, , w1] = fitViewBox(geo, new Set(['0101']), 10, false);
    const [, , w2] = fitViewBox(geo, new Set(), 10, true);
    expect(w1).toBeLessThan(w2 + 50);
    expect(w1).toBeGreaterThan(0);
  });
});

describe('keyboard moves', () => {
  const geo = tileGeometry(tilemap.cells, county, 10);
  it.each(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const)(
    '%s from Borås lands on a neighbouring hexagon',
    (key) => {
      const from = geo.cells.find((c) => c.kommunkod === '1490')!;
      const to = moveFrom(geo, '1490', key);
      expect(to).not.toBeNull();
      const c = geo.cells.find((x) => x.kommunkod === to)!;
      const dist = Math.hypot(c.x - from.x, c.y - from.y);
      expect(dist).toBeLessThan(10 * 2 * 1.8);
      const dir = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[key];
      expect((c.x - from.x) * dir[0] + (c.y - from.y) * dir[1]).toBeGreaterThan(0);
    },
  );
  it('stays within a region when asked', () => {
    const within = new Set(['1490', '1491', '1443', '1463']);
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const) {
      const to = moveFrom(geo, '1490', key, within);
      if (to) expect(within.has(to)).toBe(true);
    }
  });
});
