import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { MAX_POINTS, parseBoundaryFile, prjCrs, type BoundaryResult } from '$lib/io/boundaries';
import { crsName, epsgFromWkt, proj4Definition, toSweref99tm } from '$lib/io/crs';
import { isSqlite } from '$lib/io/gpkg';
import { readGpkgGeometry, readWkb, WkbError } from '$lib/io/wkb';
import { sharedFile, systemTool } from '../support/needs';

/** ogr2ogr (gdal-bin) makes test input at test time; the rule of tests/support/needs.ts when it is missing. */
const OGR = systemTool('ogr2ogr');

const fixturePath = (name: string) => new URL(`../fixtures/formats/${name}`, import.meta.url).pathname;
const fixture = (name: string) => new Uint8Array(readFileSync(fixturePath(name)));
const original = JSON.parse(readFileSync(fixturePath('kommuner-3006.geojson'), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon
>;

async function ok(name: string, b: Uint8Array, opts = {}) {
  const r = await parseBoundaryFile(name, b, opts);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r;
}
const features = (v: BoundaryResult) =>
  (
    feature(v.topology, v.topology.objects.kommuner as GeometryCollection) as unknown as FeatureCollection<
      Polygon | MultiPolygon,
      { kommunkod: string }
    >
  ).features;
/** Lower-left corner of each municipality's first ring, by code (to compare positions across systems). */
function corners(v: BoundaryResult): Record<string, Position> {
  const out: Record<string, Position> = {};
  for (const f of features(v)) {
    const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
    out[f.properties.kommunkod] = [Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1]))];
  }
  return out;
}
const expectedCorners: Record<string, Position> = Object.fromEntries(
  original.features.map((f) => {
    const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
    return [String(f.properties!.KnKod), [Math.min(...ring.map((p) => p[0])), Math.min(...ring.map((p) => p[1]))]];
  }),
);
function expectCornersNear(v: BoundaryResult, metres: number) {
  const got = corners(v);
  expect(Object.keys(got).sort()).toEqual(Object.keys(expectedCorners).sort());
  for (const [code, [x, y]] of Object.entries(expectedCorners)) {
    expect(Math.abs(got[code][0] - x), `${code} x`).toBeLessThan(metres);
    expect(Math.abs(got[code][1] - y), `${code} y`).toBeLessThan(metres);
  }
}

// ---------------------------------------------------------------------------------------------

/** Little- or big-endian WKB of a polygon (rings of [x, y]), optionally ISO Z. */
function wkbPolygon(rings: number[][][], little = true, z = false): Uint8Array {
  const dims = z ? 3 : 2;
  const size = 9 + rings.reduce((n, r) => n + 4 + r.length * 8 * dims, 0);
  const v = new DataView(new ArrayBuffer(size));
  let at = 0;
  v.setUint8(at++, little ? 1 : 0);
  v.setUint32(at, z ? 1003 : 3, little);
  at += 4;
  v.setUint32(at, rings.length, little);
  at += 4;
  for (const r of rings) {
    v.setUint32(at, r.length, little);
    at += 4;
    for (const p of r) {
      v.setFloat64(at, p[0], little);
      v.setFloat64(at + 8, p[1], little);
      if (z) v.setFloat64(at + 16, 99, little);
      at += 8 * dims;
    }
  }
  return new Uint8Array(v.buffer);
}
function gpkgBlob(wkb: Uint8Array, envelope = 1, empty = false): Uint8Array {
  const env = [0, 32, 48, 48, 64][envelope];
  const out = new Uint8Array(8 + env + wkb.length);
  out.set([0x47, 0x50, 0, 1 | (envelope << 1) | (empty ? 0x10 : 0), 0x0b, 0x0c, 0, 0]);
  out.set(wkb, 8 + env);
  return out;
}
const ring = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe('WKB', () => {
  it.each([
    ['little-endian', wkbPolygon([ring], true)],
    ['big-endian', wkbPolygon([ring], false)],
    ['ISO Z (dropped)', wkbPolygon([ring], true, true)],
  ])('reads a %s polygon', (_, bytes) => expect(readWkb(bytes)).toEqual({ type: 'Polygon', coordinates: [ring] }));

  it('reads a multipolygon of two parts', () => {
    const a = wkbPolygon([ring]);
    const b = wkbPolygon([ring.map(([x, y]) => [x + 5, y])]);
    const head = new Uint8Array([1, 6, 0, 0, 0, 2, 0, 0, 0]);
    const all = new Uint8Array(head.length + a.length + b.length);
    all.set(head);
    all.set(a, head.length);
    all.set(b, head.length + a.length);
    expect(readWkb(all)).toEqual({ type: 'MultiPolygon', coordinates: [[ring], [ring.map(([x, y]) => [x + 5, y])]] });
  });

  it.each([0, 1, 2, 4])('skips a GeoPackage header with envelope %i', (env) => {
    expect(readGpkgGeometry(gpkgBlob(wkbPolygon([ring]), env))).toEqual({ type: 'Polygon', coordinates: [ring] });
  });

  it('an empty geometry is null', () => expect(readGpkgGeometry(gpkgBlob(wkbPolygon([ring]), 0, true))).toBeNull());

  it.each([
    ['no header', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])],
    ['cut short', gpkgBlob(wkbPolygon([ring])).subarray(0, 60)],
    ['unknown type', gpkgBlob(new Uint8Array([1, 99, 0, 0, 0]), 0)],
  ])('throws WkbError on %s', (_, blob) => expect(() => readGpkgGeometry(blob)).toThrow(WkbError));
});

describe('coordinate systems', () => {
  it.each([
    ['PROJCS["SWEREF99_15_45",GEOGCS["GCS_SWEREF99"],PROJECTION["Transverse_Mercator"]]', 3013],
    ['PROJCS["SWEREF99_TM",GEOGCS["GCS_SWEREF99"],PROJECTION["Transverse_Mercator"]]', 3006],
    ['PROJCS["RT90_25_gon_V",GEOGCS["GCS_RT_1990"]]', 3021],
    ['PROJCRS["RT90 2.5 gon V",BASEGEOGCRS["RT90"],ID["EPSG",3021]]', 3021],
    ['PROJCRS["SWEREF99 18 00",BASEGEOGCRS["SWEREF99",ID["EPSG",4619]],ID["EPSG",3011]]', 3011],
    ['GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]', 4326],
    ['urn:ogc:def:crs:EPSG::3010', 3010],
    ['EPSG:3021', 3021],
    ['PROJCS["ETRS89 / UTM zone 32N"]', undefined],
    ['', undefined],
  ])('%s → EPSG:%s', (wkt, epsg) => expect(epsgFromWkt(wkt)).toBe(epsg));

  it('has a definition for every supported code and none for others', () => {
    for (const code of [4326, 3006, 3021, ...Array.from({ length: 12 }, (_, i) => 3007 + i)])
      expect(proj4Definition(code), String(code)).toBeTruthy();
    expect(proj4Definition(32633)).toBeUndefined();
    expect(crsName(3011)).toBe('SWEREF 99 18 00 (EPSG:3011)');
  });

  it('transforms a known point: SWEREF 99 18 00 false easting 150 000 on 18°E', () => {
    const [x, y] = toSweref99tm(3011)([150_000, 6_580_000]);
    // 18°E lies 3° east of TM's 15°E meridian: about 171 km east of 500 000 at 59.3°N.
    expect(x).toBeGreaterThan(665_000);
    expect(x).toBeLessThan(675_000);
    expect(Math.abs(y - 6_580_000)).toBeLessThan(3_000);
  });

  it('prjCrs tells the transform for a zone and RT90', () => {
    expect(prjCrs('PROJCS["SWEREF99_15_45",GEOGCS["GCS_SWEREF99"],PROJECTION["Transverse_Mercator"]]')).toMatchObject({
      epsg: 3013,
    });
    expect(prjCrs('PROJCS["RT90_25_gon_V",GEOGCS["GCS_RT_1990"]]')).toMatchObject({ epsg: 3021 });
  });
});

describe('GeoPackage boundaries (fixtures made with ogr2ogr, see make-gpkg.sh)', () => {
  it('recognises SQLite by its header', () => {
    expect(isSqlite(fixture('kommuner-3006.gpkg'))).toBe(true);
    expect(isSqlite(fixture('kommuner-3006.geojson'))).toBe(false);
  });

  it('two layers in EPSG:3006: finds the municipality layer by its codes, merges islands, keeps holes', async () => {
    const r = await ok('kommuner-3006.gpkg', fixture('kommuner-3006.gpkg'));
    const v = r.value;
    expect(v.format).toBe('geopackage');
    expect(v.layer).toBe('kommuner');
    expect(v.crs).toBe('sweref99tm');
    expect(v.codeProperty).toBe('KnKod');
    expect(v.codes).toEqual(['0114', '0115', '0117', '0120', '0180', '0184']);
    expect(r.issues.map((i) => i.message).join(' ')).toMatch(
      /Lagret kommuner lästes \(6 kommunkoder\); övriga lager: lan/,
    );
    const byCode = Object.fromEntries(features(v).map((f) => [f.properties.kommunkod, f.geometry]));
    expect(byCode['0120'].type).toBe('MultiPolygon');
    expect((byCode['0180'] as Polygon).coordinates).toHaveLength(2); // exterior + hole
    expectCornersNear(v, 20); // quantization: about 15 m over Sweden's extent of this file
  });

  it('a chosen layer is read; an unknown one is refused with the list of layers', async () => {
    const bytes = fixture('kommuner-3006.gpkg');
    const lan = await parseBoundaryFile('k.gpkg', bytes, { layer: 'lan' });
    expect(lan.ok).toBe(false); // the county layer has no municipality codes
    const missing = await parseBoundaryFile('k.gpkg', bytes, { layer: 'finns-inte' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.layers).toEqual(['lan', 'kommuner']);
    const chosen = await ok('k.gpkg', bytes, { layer: 'kommuner' });
    expect(chosen.value.codes).toHaveLength(6);
  });

  it('a local SWEREF 99 zone (EPSG:3011) is read from gpkg_spatial_ref_sys and transformed to SWEREF 99 TM', async () => {
    const r = await ok('kommuner-3011.gpkg', fixture('kommuner-3011.gpkg'));
    expect(r.value.layer).toBe('ak_kommun');
    expect(r.value.codeProperty).toBe('kommunkod');
    expect(r.value.crs).toBe('sweref99tm');
    expect(r.issues.find((i) => /räknades om från SWEREF 99 18 00/.test(i.message))).toBeTruthy();
    expect(r.issues.some((i) => i.severity === 'warning' && /zon/.test(i.message))).toBe(false);
    expectCornersNear(r.value, 20);
  });

  it('RT90 2.5 gon V (EPSG:3021) is transformed to SWEREF 99 TM', async () => {
    const r = await ok('kommuner-3021.gpkg', fixture('kommuner-3021.gpkg'));
    expect(r.value.crs).toBe('sweref99tm');
    expect(r.issues.find((i) => /RT90 2\.5 gon V/.test(i.message))).toBeTruthy();
    expectCornersNear(r.value, 25);
  });

  it('a zipped Shapefile in a local zone is transformed from its .prj', async () => {
    const r = await ok('kommuner.zip', fixture('kommuner-3011-shp.zip'));
    expect(r.value.format).toBe('shapefile');
    expect(r.issues.find((i) => /räknades om från SWEREF 99 18 00/.test(i.message))).toBeTruthy();
    expectCornersNear(r.value, 20);
  });

  it('SWEREF 99 TM needs no transformation', () => {
    const to = toSweref99tm(3006);
    expect(to([1, 2])).toEqual([1, 2]);
  });

  it.skipIf(OGR.skip)('RT90 coordinates without a declaration are recognised by their extent', async () => {
    // Take the RT90 features out of the GeoPackage as GeoJSON without crs, with ogr2ogr (an independent reader):
    const rt90 = JSON.parse(
      execFileSync(
        OGR.located(),
        ['-f', 'GeoJSON', '/vsistdout/', fixturePath('kommuner-3021.gpkg'), '-lco', 'RFC7946=NO'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ),
    );
    delete rt90.crs;
    const r = await ok('rt90.geojson', new TextEncoder().encode(JSON.stringify(rt90)));
    expect(r.value.crs).toBe('sweref99tm');
    expectCornersNear(r.value, 25);
  });

  it('a SQLite file that is not a GeoPackage gets a sentence', async () => {
    const bytes = fixture('kommuner-3006.gpkg');
    const r = await parseBoundaryFile('x.gpkg', bytes.subarray(0, 200));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toMatch(/GeoPackage/);
  });
});

describe('simplification', () => {
  it('a file with more than MAX_POINTS points is simplified, keeping every municipality and shared borders', async () => {
    // Two neighbouring municipalities whose common border is a dense zigzag.
    const n = Math.round(MAX_POINTS * 1.2);
    const border: Position[] = Array.from({ length: n }, (_, i) => [
      600_000 + 2_000 * Math.sin(i * 0.7),
      6_500_000 + (i * 100_000) / n,
    ]);
    const west = [[500_000, 6_500_000], ...border, [500_000, 6_600_000], [500_000, 6_500_000]];
    const east = [[700_000, 6_500_000], [700_000, 6_600_000], ...[...border].reverse(), [700_000, 6_500_000]];
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { kommunkod: '0180' }, geometry: { type: 'Polygon', coordinates: [west] } },
        { type: 'Feature', properties: { kommunkod: '0184' }, geometry: { type: 'Polygon', coordinates: [east] } },
      ],
    };
    const progress: string[] = [];
    const r = await ok('tät.geojson', new TextEncoder().encode(JSON.stringify(fc)), {
      onProgress: (s: string) => progress.push(s),
    });
    const kept = r.value.topology.arcs.reduce((k, a) => k + a.length, 0);
    expect(kept).toBeLessThanOrEqual(MAX_POINTS);
    expect(kept).toBeGreaterThan(10);
    expect(r.issues.find((i) => /förenklades/.test(i.message))).toBeTruthy();
    expect(progress).toContain('simplify');
    expect(features(r.value).map((f) => f.properties.kommunkod)).toEqual(['0180', '0184']);
    // Shared border: both geometries use the same arc (one positive, one reversed).
    const geoms = (r.value.topology.objects.kommuner as GeometryCollection).geometries as unknown as {
      arcs: number[][];
    }[];
    const arcsOf = (g: { arcs: number[][] }) => new Set(g.arcs.flat().map((a) => (a < 0 ? ~a : a)));
    const [a, b] = geoms.map(arcsOf);
    expect([...a].some((x) => b.has(x))).toBe(true);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// The 290 municipalities of the shared file as a GeoPackage, made at test time (never copied here).

const SHARED = sharedFile('geo/municipalities-sweref99tm.geojson');
const ogr = (args: string[]) => execFileSync(OGR.located(), args, { stdio: ['ignore', 'ignore', 'pipe'] });

describe.skipIf(SHARED.skip || OGR.skip)(
  'GeoPackage of all 290 municipalities (made at test time with ogr2ogr from the shared boundary file)',
  () => {
    it('reads 290 municipalities from a two-layer GeoPackage', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gpkg-'));
      const path = join(dir, 'kommuner.gpkg');
      ogr(['-f', 'GPKG', path, fixturePath('lan-3006.geojson'), '-nln', 'lan']);
      ogr(['-f', 'GPKG', '-update', path, SHARED.located(), '-nln', 'kommunyta', '-t_srs', 'EPSG:3006']);
      const bytes = new Uint8Array(readFileSync(path));
      const r = await ok('kommuner.gpkg', bytes);
      expect(r.value.layer).toBe('kommunyta');
      expect(r.value.codes).toHaveLength(290);
      expect(r.value.missing).toEqual([]);
    });
  },
);

describe('broken TopoJSON gets a sentence, not a JavaScript error', () => {
  const topo = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
  it.each([
    [
      'without arcs',
      {
        type: 'Topology',
        objects: {
          k: {
            type: 'GeometryCollection',
            geometries: [{ type: 'Polygon', arcs: [[0]], properties: { kommunkod: '0180' } }],
          },
        },
      },
      /saknar sin lista med linjer \(arcs\)/,
    ],
    [
      'arcs out of range',
      {
        type: 'Topology',
        objects: {
          k: {
            type: 'GeometryCollection',
            geometries: [{ type: 'Polygon', arcs: [[5]], properties: { kommunkod: '0180' } }],
          },
        },
        arcs: [],
      },
      /trasig/,
    ],
  ])('%s', async (_, doc, message) => {
    const r = await parseBoundaryFile('t.topojson', topo(doc));
    expect(r.ok).toBe(false);
    const text = r.issues.map((i) => i.message).join(' ');
    expect(text).toMatch(message);
    expect(text).not.toMatch(/Cannot read|undefined/);
  });
});
