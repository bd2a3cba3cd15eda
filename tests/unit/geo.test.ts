import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DRAWING_VERSION, drawingOf, geoDrawing, geoView } from '$lib/viz/map/geo';
import { parseBoundaryFile } from '$lib/io/boundaries';
import type { Topology } from 'topojson-specification';
import { sharedFile } from './shared';

// Read-only test input beside the checkout: skipped in a bare clone, failing when CI is set (tests/unit/shared.ts).
const shared = (name: string) => sharedFile(`geo/${name}`);

/** Six 5 km squares near Stockholm (tests/fixtures/formats/README.md): 0180 0184 0114 in a row, 0115 0117 north of the first two, 0120 apart. */
async function fixture() {
  const bytes = readFileSync(new URL('../fixtures/formats/kommuner-3006.geojson', import.meta.url));
  const r = await parseBoundaryFile('kommuner-3006.geojson', new Uint8Array(bytes));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { topology: r.value.topology, drawing: geoDrawing(r.value.topology, r.value.crs) };
}
/** `box` inside the view box with `margin` free left and right and `my` (default the same) above and below. */
const inside = (box: number[], vb: number[], margin: number, my = margin) =>
  box[0] >= vb[0] + margin && box[1] >= vb[1] + my && box[2] <= vb[0] + vb[2] - margin && box[3] <= vb[1] + vb[3] - my;

describe('geoDrawing and geoView of six squares', () => {
  it('draws every municipality once, north up, with neighbours, borders and border lines by side', async () => {
    const { drawing } = await fixture();
    expect(drawing.version).toBe(DRAWING_VERSION);
    expect(drawing.shapes.map((s) => s.kommunkod).sort()).toEqual(['0114', '0115', '0117', '0120', '0180', '0184']);
    const at = (c: string) => drawing.shapes.find((s) => s.kommunkod === c)!;
    expect(at('0115').y).toBeLessThan(at('0180').y); // north is up
    expect(at('0180').x).toBeLessThan(at('0184').x);
    for (const s of drawing.shapes) {
      expect(s.path).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(s.box[0]).toBeLessThanOrEqual(s.x);
      expect(s.x).toBeLessThanOrEqual(s.box[2]);
    }
    expect(drawing.neighbours.get('0180')).toEqual(expect.arrayContaining(['0184', '0115']));
    expect(drawing.neighbours.get('0180')).not.toContain('0114');
    // Every arc with its two sides; the outer edge has one.
    const between = (a: string, b: string) =>
      drawing.arcs.filter((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a));
    expect(between('0180', '0184')).toHaveLength(1);
    expect(drawing.arcs.some((x) => x.a === '0180' && x.b === '')).toBe(true);
    expect(drawing.outline.length).toBeGreaterThan(20);
  });

  it.each<[string, string[], string[], boolean]>([
    ['no region: everything, no outline', [], ['0180', '0184', '0114', '0115', '0117', '0120'], false],
    ['two members: fitted to them, outlined', ['0180', '0184'], ['0180', '0184'], true],
    ['one member', ['0117'], ['0117'], true],
    ['members not in the file: everything, no outline', ['9999'], ['0180', '0120'], false],
  ])('%s', async (_, members, fitted, outlined) => {
    const { drawing } = await fixture();
    const { viewBox, regionOutline } = geoView(drawing, new Set(members));
    const [, , w, h] = viewBox;
    // Fitted with a margin of 6 % of the region's width left and right, of its height above and below
    // (fit.ts): more than 5 % of the view box's width and height.
    for (const c of fitted)
      expect(inside(drawing.shapes.find((s) => s.kommunkod === c)!.box, viewBox, w * 0.05, h * 0.05)).toBe(true);
    expect(regionOutline.length > 0).toBe(outlined);
    if (outlined) {
      const member = (c: string) => members.includes(c);
      // Made of exactly the border lines with a member on one side only.
      for (const arc of drawing.arcs) expect(regionOutline.includes(arc.d)).toBe(member(arc.a) !== member(arc.b));
    }
  });

  it('drawingOf: the stored drawing when it is of this version, else drawn from the topology (text or object)', async () => {
    const { topology, drawing } = await fixture();
    const stored = { crs: 'sweref99tm' as const, topology: JSON.stringify(topology), drawing };
    expect(drawingOf(stored)).toBe(drawing);
    expect(drawingOf({ ...stored, drawing: undefined })).toEqual(drawing);
    expect(drawingOf({ crs: 'sweref99tm', topology, drawing: undefined })).toEqual(drawing);
    expect(drawingOf({ ...stored, drawing: { ...drawing, version: 0, shapes: [] } })).toEqual(drawing);
  });
});

describe.skipIf(shared('municipalities-wgs84.geojson').skip).each([
  ['municipalities-sweref99tm.geojson', 'sweref99tm'],
  ['municipalities-wgs84.geojson', 'wgs84'],
])('geoDrawing of %s', (file, crs) => {
  it('draws 290 municipalities with neighbours and county borders; a region is a view box fitted to it', async () => {
    const r = await parseBoundaryFile(file, shared(file).bytes());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.crs).toBe(crs);
    const drawing = geoDrawing(r.value.topology as Topology, r.value.crs);
    expect(drawing.shapes).toHaveLength(290);
    const all = geoView(drawing, new Set());
    for (const s of drawing.shapes) {
      expect(s.path.length).toBeGreaterThan(20);
      expect(inside(s.box, all.viewBox, 0)).toBe(true);
    }
    // North is up: Kiruna (2584) above Malmö (1280).
    const at = (code: string) => drawing.shapes.find((s) => s.kommunkod === code)!;
    expect(at('2584').y).toBeLessThan(at('1280').y);
    expect(drawing.neighbours.get('1490')).toContain('1443'); // Borås – Bollebygd
    expect(drawing.outline.length).toBeGreaterThan(1000);
    // Fitted to Sjuhärad, the view is far smaller than all of Sweden, and every member is inside it.
    const sjuharad = new Set(['1490', '1443', '1466', '1463', '1465', '1452', '1491', '1442']);
    const zoomed = geoView(drawing, sjuharad);
    expect(zoomed.viewBox[3] * 5).toBeLessThan(all.viewBox[3]);
    for (const c of sjuharad) expect(inside(at(c).box, zoomed.viewBox, 0)).toBe(true);
    expect(zoomed.regionOutline.length).toBeGreaterThan(200);
    expect(all.regionOutline).toBe('');
  });
});
