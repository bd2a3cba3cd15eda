import { describe, expect, it } from 'vitest';
import { boundsOf, boxFill, fitBounds, FIT_MARGIN, type Bounds } from '$lib/viz/map/fit';
import { fitViewBox, TILE_MARGIN, tileGeometry } from '$lib/viz/map/tiles';
import tilemap from '../../src/data/tilemap.json';

const SQUARE: Bounds = { x0: 0, y0: 0, x1: 100, y1: 100 };
const TALL: Bounds = { x0: 10, y0: -50, x1: 70, y1: 150 };
const WIDE: Bounds = { x0: 0, y0: 0, x1: 300, y1: 120 };

describe('fitBounds and boxFill: the region fills the box with a margin in the binding dimension', () => {
  it.each([
    ['a square region', SQUARE, 1366 - 440, 500],
    ['a square region, a phone', SQUARE, 356, 340],
    ['a tall region (Sweden) in a wide box', TALL, 926, 500],
    ['a tall region in a tall box', TALL, 300, 900],
    ['a wide region (Sjuhärad) in a wide box', WIDE, 926, 500],
    ['a wide region in a tall box', WIDE, 356, 600],
  ])('%s in %i × %i', (_, bounds, width, height) => {
    for (const margin of [FIT_MARGIN, TILE_MARGIN]) {
      const fill = boxFill(bounds, fitBounds(bounds, margin), width, height);
      // 1 / (1 + 2 × margin): 89 % at 6 %, 93 % at 4 %, whatever the box's shape.
      expect(fill.binding).toBeCloseTo(1 / (1 + 2 * margin), 6);
      expect(fill.binding).toBeGreaterThan(0.85);
      expect(fill.binding).toBeLessThan(0.95);
      expect(Math.min(fill.x, fill.y)).toBeGreaterThan(0);
    }
  });

  it("a box of the view box's shape is filled both ways", () => {
    for (const bounds of [SQUARE, TALL, WIDE]) {
      const vb = fitBounds(bounds);
      const fill = boxFill(bounds, vb, (500 * vb[2]) / vb[3], 500);
      expect(Math.min(fill.x, fill.y)).toBeGreaterThan(0.85);
    }
  });

  it('leaves a share of the width left and right, of the height above and below, the region centred', () => {
    expect(fitBounds(TALL, 0.05)).toEqual([10 - 3, -50 - 10, 60 + 6, 200 + 20]);
    // One point: a square margin.
    expect(fitBounds({ x0: 5, y0: 5, x1: 5, y1: 5 }, 0.5)).toEqual([4.5, 4.5, 1, 1]);
    expect(fitBounds({ x0: 0, y0: 5, x1: 10, y1: 5 }, 0.1)).toEqual([-1, 4, 12, 2]);
  });

  it('boundsOf: the boxes together, null for none', () => {
    expect(
      boundsOf([
        [0, 5, 10, 20],
        [-3, 7, 4, 30],
      ]),
    ).toEqual({ x0: -3, y0: 5, x1: 10, y1: 30 });
    expect(boundsOf([])).toBeNull();
  });
});

describe('fitViewBox on the tile map', () => {
  const SIZE = 10;
  const geo = tileGeometry(tilemap.cells, (c) => c.slice(0, 2), SIZE);
  const members = (county: string) =>
    new Set(tilemap.cells.filter((c) => c.kommunkod.startsWith(county)).map((c) => c.kommunkod));
  const hexBounds = (codes: Set<string>): Bounds =>
    boundsOf(
      geo.cells
        .filter((c) => codes.has(c.kommunkod))
        .map(
          (c) => [c.x - (SIZE * Math.sqrt(3)) / 2, c.y - SIZE, c.x + (SIZE * Math.sqrt(3)) / 2, c.y + SIZE] as const,
        ),
    )!;

  it.each([
    ['Västra Götaland', '14', 926, 500],
    ['Västra Götaland, a phone', '14', 356, 340],
    ['Stockholm', '01', 926, 500],
    ['Norrbotten', '25', 670, 486],
  ])('%s fills %i × %i to 93 %% in its binding dimension, every hexagon inside', (_, county, width, height) => {
    const codes = members(county);
    const vb = fitViewBox(geo, codes, SIZE, false);
    const b = hexBounds(codes);
    expect(boxFill(b, vb, width, height).binding).toBeCloseTo(1 / (1 + 2 * TILE_MARGIN), 6);
    expect(b.x0).toBeGreaterThan(vb[0]);
    expect(b.y0).toBeGreaterThan(vb[1]);
    expect(b.x1).toBeLessThan(vb[0] + vb[2]);
    expect(b.y1).toBeLessThan(vb[1] + vb[3]);
  });

  it('all of Sweden when no region (or none of the codes is on the map)', () => {
    const all = fitViewBox(geo, new Set(), SIZE, true);
    expect(fitViewBox(geo, new Set(['9999']), SIZE, false)).toEqual(all);
    const everyone = hexBounds(new Set(tilemap.cells.map((c) => c.kommunkod)));
    expect(boxFill(everyone, all, 926, 500).binding).toBeCloseTo(1 / (1 + 2 * TILE_MARGIN), 6);
  });
});
