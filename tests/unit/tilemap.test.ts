import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build } from '../../scripts/gen-tilemap';
import { hexDistance, hexNeighbours, type Hex } from '$lib/viz/map/hex';
import { sharedFile } from './shared';

interface Cell extends Hex {
  kommunkod: string;
}
interface TileMap {
  source: string;
  layout: string;
  cells: Cell[];
}
interface Register {
  municipalities: { code: string; name: string; county: string }[];
}

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), 'utf8');
const tilemapText = read('../../src/data/tilemap.json');
const tilemap = JSON.parse(tilemapText) as TileMap;
const register = JSON.parse(read('../../src/data/municipalities.json')) as Register;
const cellOf = new Map(tilemap.cells.map((c) => [c.kommunkod, c]));
const key = (h: Hex) => `${h.q},${h.r}`;

describe('tile map', () => {
  it('src/data/tilemap.json is exactly what scripts/gen-tilemap.ts generates', () => {
    expect(tilemapText).toBe(build());
  }, 120_000);

  it('is a pointy hexagon layout with its source credited', () => {
    expect(tilemap.layout).toBe('hex-pointy');
    expect(tilemap.source).toMatch(/^cities\.json@\d+\.\d+\.\d+, CC-BY-4\.0/);
    expect(tilemap.source).toContain('GeoNames');
  });

  it('has each of the 290 municipalities once, on integer axial coordinates, no two on the same hexagon', () => {
    expect(tilemap.cells).toHaveLength(290);
    const codes = tilemap.cells.map((c) => c.kommunkod);
    expect(codes).toEqual(register.municipalities.map((m) => m.code).sort());
    expect(new Set(codes).size).toBe(290);
    for (const c of tilemap.cells) {
      expect(Object.keys(c)).toEqual(['kommunkod', 'q', 'r']);
      expect(Number.isInteger(c.q) && Number.isInteger(c.r)).toBe(true);
    }
    expect(new Set(tilemap.cells.map(key)).size).toBe(290);
  });

  it("every county's hexagons form one connected area", () => {
    const byHex = new Map(tilemap.cells.map((c) => [key(c), c.kommunkod]));
    const countyOf = new Map(register.municipalities.map((m) => [m.code, m.county]));
    const counties = [...new Set(register.municipalities.map((m) => m.county))];
    expect(counties).toHaveLength(21);
    const broken: string[] = [];
    for (const county of counties) {
      const members = register.municipalities.filter((m) => m.county === county).map((m) => m.code);
      const seen = new Set([members[0]]);
      const stack = [members[0]];
      while (stack.length) {
        const c = cellOf.get(stack.pop()!)!;
        for (const n of hexNeighbours(c.q, c.r)) {
          const other = byHex.get(key(n));
          if (other && countyOf.get(other) === county && !seen.has(other)) {
            seen.add(other);
            stack.push(other);
          }
        }
      }
      if (seen.size !== members.length) broken.push(`${county} (${seen.size} of ${members.length} reached)`);
    }
    expect(broken).toEqual([]);
  });
});

// ----------------------------------------------------------------- quality

// Read-only test input beside the checkout: skipped in a bare clone, failing when CI is set (tests/unit/shared.ts).
const GEOJSON = sharedFile('geo/municipalities-wgs84.geojson');

type Position = number[];
interface Feature {
  properties: { id: string };
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
}

/**
 * Pairs of municipalities that share a border: in the simplified file
 * neighbours share their border vertices, so two municipalities share a border
 * when they have a vertex in common (coordinates rounded to 5 decimals, ~1 m).
 */
function borderPairs(features: Feature[]): [string, string][] {
  const byVertex = new Map<string, Set<string>>();
  for (const f of features) {
    const g = f.geometry;
    const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat(1);
    for (const ring of rings) {
      for (const [x, y] of ring) {
        const k = `${x.toFixed(5)},${y.toFixed(5)}`;
        let ids = byVertex.get(k);
        if (!ids) byVertex.set(k, (ids = new Set()));
        ids.add(String(f.properties.id));
      }
    }
  }
  const pairs = new Map<string, [string, string]>();
  for (const ids of byVertex.values()) {
    const list = [...ids].sort();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) pairs.set(`${list[i]}-${list[j]}`, [list[i], list[j]]);
  }
  return [...pairs.values()];
}

describe.skipIf(GEOJSON.skip)('tile map quality against the real borders (the shared boundary file)', () => {
  // README "Data sources and credits" promises 95 %.
  it('keeps at least 95 % of bordering municipalities at most 2 hexagon steps apart', () => {
    const features = (JSON.parse(GEOJSON.text()) as { features: Feature[] }).features;
    expect(features).toHaveLength(290);
    for (const f of features) expect(cellOf.has(String(f.properties.id))).toBe(true);

    const pairs = borderPairs(features);
    expect(pairs.length).toBeGreaterThan(600); // sanity: the shared-vertex test found the borders
    let near = 0;
    let touching = 0;
    const far: string[] = [];
    for (const [a, b] of pairs) {
      const d = hexDistance(cellOf.get(a)!, cellOf.get(b)!);
      if (d <= 1) touching++;
      if (d <= 2) near++;
      else far.push(`${a}–${b}: ${d}`);
    }
    const share = near / pairs.length;
    console.log(
      `tile map: ${near} of ${pairs.length} bordering pairs (${(100 * share).toFixed(1)} %) are at most 2 steps apart, ` +
        `${touching} (${((100 * touching) / pairs.length).toFixed(1)} %) are neighbours; farther: ${far.join(', ')}`,
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});
