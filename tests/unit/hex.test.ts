import { describe, expect, it } from 'vitest';
import { hexCorners, hexDistance, hexNeighbours, hexToPixel } from '$lib/viz/map/hex';

describe('hexDistance', () => {
  it('is 0 to itself and 1 to each neighbour', () => {
    expect(hexDistance({ q: 3, r: -2 }, { q: 3, r: -2 })).toBe(0);
    for (const n of hexNeighbours(3, -2)) expect(hexDistance({ q: 3, r: -2 }, n)).toBe(1);
  });

  it('counts steps along every axis', () => {
    expect(hexDistance({ q: 0, r: 0 }, { q: 3, r: 0 })).toBe(3);
    expect(hexDistance({ q: 0, r: 0 }, { q: 0, r: -4 })).toBe(4);
    expect(hexDistance({ q: 0, r: 0 }, { q: 2, r: -2 })).toBe(2);
    expect(hexDistance({ q: 0, r: 0 }, { q: 2, r: 2 })).toBe(4);
    expect(hexDistance({ q: 1, r: 5 }, { q: -2, r: 7 })).toBe(3);
  });

  it('is symmetric', () => {
    expect(hexDistance({ q: 1, r: 5 }, { q: 4, r: -1 })).toBe(hexDistance({ q: 4, r: -1 }, { q: 1, r: 5 }));
  });
});

describe('hexNeighbours', () => {
  it('gives 6 distinct hexagons whose centres are √3·size away', () => {
    const ns = hexNeighbours(2, 3);
    expect(ns).toHaveLength(6);
    expect(new Set(ns.map((n) => `${n.q},${n.r}`)).size).toBe(6);
    const c = hexToPixel(2, 3, 10);
    for (const n of ns) {
      const p = hexToPixel(n.q, n.r, 10);
      expect(Math.hypot(p.x - c.x, p.y - c.y)).toBeCloseTo(10 * Math.sqrt(3), 9);
    }
  });
});

describe('hexToPixel', () => {
  it('uses the pointy layout: x = size·√3·(q + r/2), y = size·3/2·r', () => {
    expect(hexToPixel(0, 0, 10)).toEqual({ x: 0, y: 0 });
    const p = hexToPixel(1, 2, 10);
    expect(p.x).toBeCloseTo(10 * Math.sqrt(3) * 2, 9);
    expect(p.y).toBeCloseTo(30, 9);
    // r grows downwards, alternate rows shift half a hexagon.
    expect(hexToPixel(0, 1, 10).x).toBeCloseTo((10 * Math.sqrt(3)) / 2, 9);
  });
});

describe('hexCorners', () => {
  it('gives 6 corners at distance size, pointy top and bottom', () => {
    const cs = hexCorners(5, 7, 10);
    expect(cs).toHaveLength(6);
    for (const c of cs) expect(Math.hypot(c.x - 5, c.y - 7)).toBeCloseTo(10, 9);
    expect(cs[0]).toEqual({ x: 5, y: -3 });
    expect(cs[3]).toEqual({ x: 5, y: 17 });
  });

  it('neighbouring hexagons share two corners', () => {
    const a = hexToPixel(0, 0, 10);
    const b = hexToPixel(1, 0, 10);
    const ca = hexCorners(a.x, a.y, 10);
    const cb = hexCorners(b.x, b.y, 10);
    const shared = ca.filter((p) => cb.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < 1e-9));
    expect(shared).toHaveLength(2);
  });
});
