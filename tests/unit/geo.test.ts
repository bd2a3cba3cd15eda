import { describe, expect, it } from 'vitest';
import { geoLayout } from '$lib/viz/map/geo';
import { parseBoundaryFile } from '$lib/io/boundaries';
import type { Topology } from 'topojson-specification';
import { sharedFile } from './shared';

// Read-only test input beside the checkout: skipped in a bare clone, failing when CI is set (tests/unit/shared.ts).
const shared = (name: string) => sharedFile(`geo/${name}`);

describe.skipIf(shared('municipalities-wgs84.geojson').skip).each([
  ['municipalities-sweref99tm.geojson', 'sweref99tm'],
  ['municipalities-wgs84.geojson', 'wgs84'],
])('geoLayout of %s', (file, crs) => {
  it('draws 290 municipalities inside the box, fitted to the region, with neighbours and county borders', async () => {
    const r = await parseBoundaryFile(file, shared(file).bytes());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.crs).toBe(crs);
    const topology = r.value.topology as Topology;
    const all = geoLayout(topology, r.value.crs, new Set(), 800, 900);
    expect(all.shapes).toHaveLength(290);
    for (const s of all.shapes) {
      expect(s.path.length).toBeGreaterThan(20);
      expect(s.x).toBeGreaterThan(0);
      expect(s.x).toBeLessThan(800);
      expect(s.y).toBeGreaterThan(0);
      expect(s.y).toBeLessThan(900);
    }
    // North is up: Kiruna (2584) above Malmö (1280).
    const at = (code: string, l = all) => l.shapes.find((s) => s.kommunkod === code)!;
    expect(at('2584').y).toBeLessThan(at('1280').y);
    expect(all.neighbours.get('1490')).toContain('1443'); // Borås – Bollebygd
    expect(all.outline.length).toBeGreaterThan(1000);
    // Fitted to Sjuhärad, Borås is drawn far larger than in the whole of Sweden.
    const sjuharad = new Set(['1490', '1443', '1466', '1463', '1465', '1452', '1491', '1442']);
    const zoomed = geoLayout(topology, r.value.crs, sjuharad, 800, 900);
    expect(Math.abs(at('1490', zoomed).x - at('1491', zoomed).x)).toBeGreaterThan(
      5 * Math.abs(at('1490').x - at('1491').x),
    );
    // The region's own outline, for emphasis; none without a region.
    expect(zoomed.regionOutline.length).toBeGreaterThan(200);
    expect(all.regionOutline).toBe('');
    // Fitted with a margin of 6 % of the smaller side: every member's centre well inside.
    for (const c of sjuharad) {
      expect(at(c, zoomed).x).toBeGreaterThan(48);
      expect(at(c, zoomed).x).toBeLessThan(800 - 48);
    }
  });
});
