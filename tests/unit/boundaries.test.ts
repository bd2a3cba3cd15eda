import { strToU8, zipSync } from 'fflate';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { MAX_BOUNDARY_BYTES, parseBoundaryFile, prjCrs, type BoundaryResult } from '$lib/io/boundaries';
import { sharedFile } from './shared';

// Read-only test input shared by the team (never copied into the project).
// A bare clone skips the tests that need them (itShared); with CI set they run and fail (tests/unit/shared.ts).
const SWEREF_FILE = 'municipalities-sweref99tm.geojson';
const WGS_FILE = 'municipalities-wgs84.geojson';
const swerefShared = sharedFile(`geo/${SWEREF_FILE}`);
const wgsShared = sharedFile(`geo/${WGS_FILE}`);
const itShared = it.skipIf(swerefShared.skip || wgsShared.skip);
const sweref = swerefShared.skip ? new Uint8Array() : swerefShared.bytes();
const wgs = wgsShared.skip ? new Uint8Array() : wgsShared.bytes();
const json = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b));
const bytes = (o: unknown) => strToU8(typeof o === 'string' ? o : JSON.stringify(o));

type Props = Record<string, unknown>;
const swerefFc = (): FeatureCollection<Polygon | MultiPolygon, Props> & { crs?: unknown } => json(sweref);
const wgsFc = (): FeatureCollection<Polygon | MultiPolygon, Props> => json(wgs);

async function ok(name: string, b: Uint8Array, opts?: { codeProperty?: string }) {
  const r = await parseBoundaryFile(name, b, opts);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r;
}
async function fail(name: string, b: Uint8Array, opts?: { codeProperty?: string }) {
  const r = await parseBoundaryFile(name, b, opts);
  if (r.ok) throw new Error('expected failure');
  expect(r.issues.length).toBeGreaterThan(0);
  expect(r.issues.every((i) => i.file === name)).toBe(true);
  expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
  return { ...r, message: r.issues.map((i) => i.message).join(' | ') };
}
const stored = (v: BoundaryResult) =>
  v.topology.objects.kommuner as GeometryCollection<{ kommunkod: string; namn: string }>;
const features = (v: BoundaryResult) =>
  (
    feature(v.topology, stored(v)) as unknown as FeatureCollection<
      Polygon | MultiPolygon,
      { kommunkod: string; namn: string }
    >
  ).features;
const square = (x: number, y: number, d: number): number[][] => [
  [x, y],
  [x, y + d],
  [x + d, y + d],
  [x + d, y],
  [x, y],
];

// ---------------------------------------------------------------------------------------------
// A tiny Shapefile writer (polygons, .shp/.shx/.dbf) for zipped fixtures made in the test.

interface ShpRecord {
  /** Parts (rings) in shapefile order: exteriors clockwise, holes counter-clockwise. */
  rings: number[][][];
  values: (string | number)[];
}
interface DbfField {
  name: string;
  type: 'C' | 'N';
  length: number;
}

function encode1252(s: string): number[] {
  // Enough for the test: Latin-1 range byte for byte.
  return [...s].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
}

function writeShp(records: ShpRecord[]): { shp: Uint8Array; shx: Uint8Array } {
  const contents = records.map((r) => {
    const pts = r.rings.flat();
    const size = 44 + 4 * r.rings.length + 16 * pts.length;
    const v = new DataView(new ArrayBuffer(size));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    v.setInt32(0, 5, true);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((n, i) =>
      v.setFloat64(4 + 8 * i, n, true),
    );
    v.setInt32(36, r.rings.length, true);
    v.setInt32(40, pts.length, true);
    let start = 0;
    r.rings.forEach((ring, i) => {
      v.setInt32(44 + 4 * i, start, true);
      start += ring.length;
    });
    const base = 44 + 4 * r.rings.length;
    pts.forEach((p, i) => {
      v.setFloat64(base + 16 * i, p[0], true);
      v.setFloat64(base + 16 * i + 8, p[1], true);
    });
    return new Uint8Array(v.buffer);
  });
  const all = records.flatMap((r) => r.rings.flat());
  const header = (length: number) => {
    const h = new DataView(new ArrayBuffer(100));
    h.setInt32(0, 9994, false);
    h.setInt32(24, length / 2, false);
    h.setInt32(28, 1000, true);
    h.setInt32(32, 5, true);
    const xs = all.map((p) => p[0]);
    const ys = all.map((p) => p[1]);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((n, i) =>
      h.setFloat64(36 + 8 * i, n, true),
    );
    return new Uint8Array(h.buffer);
  };
  const shpLength = 100 + contents.reduce((s, c) => s + 8 + c.length, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * records.length);
  shp.set(header(shpLength));
  shx.set(header(shx.length));
  let offset = 100;
  contents.forEach((c, i) => {
    const rh = new DataView(shp.buffer, offset, 8);
    rh.setInt32(0, i + 1, false);
    rh.setInt32(4, c.length / 2, false);
    shp.set(c, offset + 8);
    const xh = new DataView(shx.buffer, 100 + 8 * i, 8);
    xh.setInt32(0, offset / 2, false);
    xh.setInt32(4, c.length / 2, false);
    offset += 8 + c.length;
  });
  return { shp, shx };
}

function writeDbf(fields: DbfField[], rows: (string | number)[][]): Uint8Array {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((s, f) => s + f.length, 0);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const v = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([126, 3, 15], 1);
  v.setUint32(4, rows.length, true);
  v.setUint16(8, headerLength, true);
  v.setUint16(10, recordLength, true);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.set(encode1252(f.name), at);
    out[at + 11] = f.type.charCodeAt(0);
    out[at + 16] = f.length;
  });
  out[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength;
    out[at++] = 0x20;
    fields.forEach((f, i) => {
      const s = String(row[i]);
      const cell = f.type === 'N' ? s.padStart(f.length, ' ') : s.padEnd(f.length, ' ');
      out.set(encode1252(cell).slice(0, f.length), at);
      at += f.length;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

const PRJ_SWEREF =
  'PROJCS["SWEREF99_TM",GEOGCS["GCS_SWEREF99",DATUM["D_SWEREF99",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",15.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const PRJ_WGS =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** Shapefile squares, clockwise (shapefile order): Stockholm, Göteborg in two parts, Malmö with a hole. */
function swerefRecords(code: (c: string) => string | number): ShpRecord[] {
  const cw = (x: number, y: number, d: number) => square(x, y, d); // (x,y) → up → right → down: clockwise
  const ccw = (x: number, y: number, d: number) => square(x, y, d).reverse();
  return [
    { rings: [cw(670_000, 6_575_000, 10_000)], values: [code('0180'), 'Stockholm'] },
    { rings: [cw(315_000, 6_395_000, 8_000), cw(300_000, 6_390_000, 3_000)], values: [code('1480'), 'Göteborg'] },
    { rings: [cw(370_000, 6_160_000, 8_000), ccw(372_000, 6_162_000, 2_000)], values: [code('1280'), 'Malmö'] },
  ];
}

function shapefileZip(opts: {
  records: ShpRecord[];
  fields?: DbfField[];
  prj?: string;
  cpg?: string;
  folder?: string;
  extra?: Record<string, Uint8Array>;
  omit?: ('shp' | 'dbf')[];
}): Uint8Array {
  const fields = opts.fields ?? [
    { name: 'KOMMUNKOD', type: 'C', length: 4 },
    { name: 'NAMN', type: 'C', length: 20 },
  ];
  const { shp, shx } = writeShp(opts.records);
  const dbf = writeDbf(
    fields,
    opts.records.map((r) => r.values),
  );
  const dir = opts.folder ? `${opts.folder}/` : '';
  const entries: Record<string, Uint8Array> = { [`${dir}kommuner.shx`]: shx, ...(opts.extra ?? {}) };
  if (!opts.omit?.includes('shp')) entries[`${dir}kommuner.shp`] = shp;
  if (!opts.omit?.includes('dbf')) entries[`${dir}kommuner.dbf`] = dbf;
  if (opts.prj) entries[`${dir}kommuner.prj`] = strToU8(opts.prj);
  if (opts.cpg) entries[`${dir}kommuner.cpg`] = strToU8(opts.cpg);
  return zipSync(entries);
}

// ---------------------------------------------------------------------------------------------

describe('parseBoundaryFile: the shared boundary files', () => {
  itShared('reads the SWEREF 99 TM GeoJSON: 290 municipalities, KnKod, declared EPSG:3006', async () => {
    const started = performance.now();
    const r = await ok(SWEREF_FILE, sweref);
    const ms = performance.now() - started;
    console.info(
      `[boundaries] ${SWEREF_FILE} (${(sweref.length / 1e6).toFixed(2)} MB) parsed in ${ms.toFixed(0)} ms; topology ${(JSON.stringify(r.value.topology).length / 1e6).toFixed(2)} MB`,
    );
    const v = r.value;
    expect(v.format).toBe('geojson');
    expect(v.crs).toBe('sweref99tm');
    expect(v.codeProperty).toBe('KnKod');
    expect(v.codes).toHaveLength(290);
    expect(v.codes).toEqual([...v.codes].sort());
    expect(v.missing).toEqual([]);
    expect(v.unknown).toEqual([]);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.issues.map((i) => i.message)).toContain('Kommunkoden lästes från egenskapen KnKod.');
    const geoms = stored(v).geometries;
    expect(geoms).toHaveLength(290);
    const tyreso = geoms.find((g) => g.id === '0138')!;
    expect(tyreso.properties).toEqual({ kommunkod: '0138', namn: 'Tyresö' });
    expect(v.topology.transform).toBeDefined(); // quantized
    // Coordinates survive in SWEREF 99 TM metres.
    const [x, y] = (features(v).find((f) => f.id === '0138')!.geometry as Polygon).coordinates[0][0];
    expect(x).toBeGreaterThan(670_000);
    expect(y).toBeGreaterThan(6_550_000);
  });

  itShared('reads the WGS 84 GeoJSON: codes from the property "id", crs from the coordinates', async () => {
    const r = await ok(WGS_FILE, wgs);
    const v = r.value;
    expect(v.crs).toBe('wgs84');
    expect(v.codeProperty).toBe('id');
    expect(v.codes).toHaveLength(290);
    expect(v.missing).toEqual([]);
    expect(v.unknown).toEqual([]);
    // Same municipalities as the SWEREF file.
    expect(v.codes).toEqual((await ok(SWEREF_FILE, sweref)).value.codes);
  });

  itShared('rewinds rings for d3-geo, so no WGS 84 municipality covers the rest of the globe', async () => {
    // The source follows RFC 7946 (exterior counter-clockwise), which d3 reads inverted.
    expect(wgsFc().features.filter((f) => geoArea(f) > 2 * Math.PI)).toHaveLength(290);
    const fs = features((await ok(WGS_FILE, wgs)).value);
    expect(fs.filter((f) => geoArea(f) > 2 * Math.PI)).toEqual([]);
    const total = fs.reduce((s, f) => s + geoArea(f), 0) * 6371 ** 2;
    expect(total).toBeGreaterThan(400_000); // km², Sweden ≈ 450 000 incl. lakes
    expect(total).toBeLessThan(500_000);
  });

  itShared('merges multipart municipalities into one MultiPolygon', async () => {
    const v = (await ok(WGS_FILE, wgs)).value;
    const types = stored(v).geometries.map((g) => g.type);
    expect(types.filter((t) => t === 'MultiPolygon').length).toBe(11);
  });
});

describe('parseBoundaryFile: TopoJSON', () => {
  itShared(
    'round-trips a TopoJSON made from the SWEREF file (no crs in it: detected from the coordinates)',
    async () => {
      const topo = topology({ kommungranser: swerefFc() }, 1e5);
      const r = await ok('kommuner.topojson', bytes(topo));
      expect(r.value.format).toBe('topojson');
      expect(r.value.crs).toBe('sweref99tm');
      expect(r.value.codeProperty).toBe('KnKod');
      expect(r.value.codes).toHaveLength(290);
      expect(r.value.missing).toEqual([]);
    },
  );

  itShared('takes the object with most geometries, and reads the feature ids', async () => {
    const fc = wgsFc();
    fc.features.forEach((f) => {
      f.id = String(f.properties.id);
      f.properties = { namn: f.properties.kom_namn };
    });
    const lan: FeatureCollection = { type: 'FeatureCollection', features: fc.features.slice(0, 3) };
    const topo = topology({ lan, kommuner: fc });
    const r = await ok('wgs.json', bytes(topo));
    expect(r.value.codes).toHaveLength(290);
    expect(r.value.codeProperty).toBe('id');
    expect(r.value.crs).toBe('wgs84');
  });

  itShared('reads its own output again (a stored topology re-imported)', async () => {
    const first = (await ok(SWEREF_FILE, sweref)).value;
    const again = await ok('export.json', bytes(first.topology));
    expect(again.value.codes).toEqual(first.codes);
    expect(again.value.codeProperty).toBe('kommunkod');
    expect(again.value.crs).toBe('sweref99tm');
  });

  it('refuses a broken topology without throwing', async () => {
    const f = await fail(
      'bad.topojson',
      bytes({
        type: 'Topology',
        objects: { a: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]] }] } },
        arcs: [],
      }),
    );
    expect(f.message).toMatch(/gränsfil|koordinater|ytor/i);
    await fail('bad2.topojson', bytes({ type: 'Topology', objects: {}, arcs: [] }));
    await fail(
      'bad3.topojson',
      bytes({ type: 'Topology', objects: { a: { type: 'GeometryCollection', geometries: [] } } }),
    );
  });
});

describe('parseBoundaryFile: zipped Shapefile', () => {
  it('reads .shp + .dbf + .prj (SWEREF 99 TM) in a folder of the zip', async () => {
    const z = shapefileZip({ records: swerefRecords((c) => c), prj: PRJ_SWEREF, folder: 'Kommuner_Sweref' });
    expect(z.length).toBeLessThan(2_000);
    const r = await ok('kommuner.zip', z);
    const v = r.value;
    expect(v.format).toBe('shapefile');
    expect(v.crs).toBe('sweref99tm');
    expect(v.codeProperty).toBe('KOMMUNKOD');
    expect(v.codes).toEqual(['0180', '1280', '1480']);
    expect(v.missing).toHaveLength(287);
    expect(v.unknown).toEqual([]);
    const missing = r.issues.find((i) => i.severity === 'warning' && /saknas/.test(i.message))!;
    expect(missing.message).toMatch(/^287 av 290 kommuner saknas/);
    expect(missing.message).toMatch(/Upplands Väsby/);
    const byCode = new Map(features(v).map((f) => [f.id, f]));
    expect(byCode.get('1480')!.geometry.type).toBe('MultiPolygon');
    expect((byCode.get('1480')!.geometry as MultiPolygon).coordinates).toHaveLength(2);
    const malmo = byCode.get('1280')!.geometry as Polygon;
    expect(malmo.type).toBe('Polygon');
    expect(malmo.coordinates).toHaveLength(2); // exterior + hole
    expect(byCode.get('1480')!.properties).toEqual({ kommunkod: '1480', namn: 'Göteborg' });
  });

  it('reads numeric codes (180 → 0180), ignores __MACOSX, detects SWEREF without .prj, decodes a UTF-8 .cpg', async () => {
    const z = shapefileZip({
      records: swerefRecords((c) => Number(c)),
      fields: [
        { name: 'KnKod', type: 'N', length: 4 },
        { name: 'KnNamn', type: 'C', length: 20 },
      ],
      cpg: 'UTF-8',
      extra: { '__MACOSX/._kommuner.shp': strToU8('junk'), 'LASMIG.txt': strToU8('hej') },
    });
    const r = await ok('kommuner.zip', z);
    expect(r.value.codes).toEqual(['0180', '1280', '1480']);
    expect(r.value.codeProperty).toBe('KnKod');
    expect(r.value.crs).toBe('sweref99tm');
    expect(r.issues.map((i) => i.message).join('\n')).toMatch(/tre siffror \(t\.ex\. 180\).*0180/);
  });

  it('reads a WGS 84 shapefile (.prj GEOGCS)', async () => {
    const records: ShpRecord[] = [
      { rings: [square(18.0, 59.3, 0.1)], values: ['0180', 'Stockholm'] },
      { rings: [square(11.9, 57.7, 0.1)], values: ['1480', 'Göteborg'] },
    ];
    const r = await ok('wgs.zip', shapefileZip({ records, prj: PRJ_WGS }));
    expect(r.value.crs).toBe('wgs84');
    expect(features(r.value).every((f) => geoArea(f) < 0.001)).toBe(true);
  });

  it('refuses a zip without .shp, without .dbf, or that is broken', async () => {
    const records = swerefRecords((c) => c);
    expect((await fail('a.zip', shapefileZip({ records, omit: ['shp'] }))).message).toMatch(/ingen Shapefile/);
    expect((await fail('b.zip', shapefileZip({ records, omit: ['dbf'] }))).message).toMatch(
      /kommuner\.shp saknar sin \.dbf/,
    );
    expect((await fail('c.zip', zipSync({ 'readme.txt': strToU8('x') }))).message).toMatch(/ingen Shapefile/);
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await fail('d.zip', broken);
    // A .shp that is not a shapefile.
    const garbage = zipSync({ 'x.shp': new Uint8Array(200).fill(7), 'x.dbf': new Uint8Array(40) });
    await fail('e.zip', garbage);
  });
});

describe('parseBoundaryFile: broken and odd input (RELIABILITY 28)', () => {
  it('refuses what is not a boundary file', async () => {
    expect((await fail('x.txt', strToU8('hello world'))).message).toMatch(/ingen gränsfil/);
    expect((await fail('x.json', strToU8('{"type": "FeatureCollection", '))).message).toMatch(/ingen gränsfil/);
    expect((await fail('x.json', new Uint8Array(0))).message).toMatch(/tom/);
    expect((await fail('x.json', bytes([1, 2, 3]))).message).toMatch(/varken GeoJSON/);
    expect((await fail('x.json', bytes({ type: 'Polygon', coordinates: [] }))).message).toMatch(/varken GeoJSON/);
    expect((await fail('x.json', bytes({ hello: 1 }))).message).toMatch(/varken GeoJSON/);
    expect((await fail('x.json', bytes('null'))).message).toMatch(/ingen gränsfil/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    expect((await fail('x.png', png)).message).toMatch(/ingen gränsfil/);
  });

  it('refuses an empty FeatureCollection, and one with only points', async () => {
    expect((await fail('x.geojson', bytes({ type: 'FeatureCollection', features: [] }))).message).toMatch(
      /inga objekt/,
    );
    const points = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { kommunkod: '0180' }, geometry: { type: 'Point', coordinates: [18, 59] } },
      ],
    };
    expect((await fail('x.geojson', bytes(points))).message).toMatch(/inga ytor/);
  });

  itShared('skips non-area features with a warning', async () => {
    const fc = swerefFc();
    fc.features.push({
      type: 'Feature',
      properties: { KnKod: '0180' },
      geometry: { type: 'Point', coordinates: [674000, 6580000] },
    } as never);
    fc.features.push({ type: 'Feature', properties: { KnKod: '0180' }, geometry: null } as never);
    const r = await ok('x.geojson', bytes(fc));
    expect(r.value.codes).toHaveLength(290);
    expect(r.issues.some((i) => i.severity === 'warning' && /2 objekt som inte är ytor/.test(i.message))).toBe(true);
  });

  itShared('lists candidate properties when no property holds municipality codes', async () => {
    const fc = swerefFc();
    fc.features.forEach(
      (f, i) => (f.properties = { namn: f.properties.KnNamn, lan: f.properties.LnKod, nummer: 1000 + i }),
    );
    const f = await fail('x.geojson', bytes(fc));
    expect(f.candidates).toEqual(['nummer', 'namn', 'lan']); // most code-like first, then as in the file
    expect(f.message).toMatch(/Hittade ingen egenskap med kommunkoder/);
    expect(f.message).toMatch(/nummer, namn, lan/);
    // No properties at all: nothing to choose from.
    fc.features.forEach((x) => (x.properties = {}));
    const g = await fail('y.geojson', bytes(fc));
    expect(g.candidates).toBeUndefined();
    expect(g.message).toMatch(/inga egenskaper/);
  });

  itShared('needs 90 % codes to pick a property by itself', async () => {
    const fc = swerefFc();
    fc.features.forEach((f, i) => {
      if (i % 5 === 0) f.properties.KnKod = 'okänd';
    });
    const f = await fail('x.geojson', bytes(fc));
    expect(f.candidates?.[0]).toBe('KnKod');
    // The person picks it: 232 found, the rest reported.
    const r = await ok('x.geojson', bytes(fc), { codeProperty: 'KnKod' });
    expect(r.value.codes).toHaveLength(232);
    expect(r.value.missing).toHaveLength(58);
    expect(r.value.unknown).toEqual(['okänd']);
  });

  itShared('refuses coordinates out of range, naming the ranges found', async () => {
    const scale = <T extends FeatureCollection<Polygon | MultiPolygon, Props>>(fc: T, k: number): T => {
      for (const f of fc.features) {
        const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const p of polys)
          for (const ring of p)
            for (const pt of ring) {
              pt[0] *= k;
              pt[1] *= k;
            }
      }
      return fc;
    };
    // Declared EPSG:3006 but in millimetres.
    const declared = await fail('mm.geojson', bytes(scale(swerefFc(), 1000)));
    expect(declared.message).toMatch(/anger SWEREF 99 TM .*inte i Sverige/);
    expect(declared.message).toMatch(/x 266\s646\s300 till 920\s877\s300/); // the range found
    expect(declared.message).toMatch(/väntat SWEREF 99 TM: x 100\s000 till 1\s200\s000/);
    // No declaration: both expected ranges named, and the found ones.
    const fc = scale(swerefFc(), 1000);
    delete fc.crs;
    const f = await fail('mm.geojson', bytes(fc));
    expect(f.message).toMatch(/Koordinaterna ligger inte i Sverige \(x \d/);
    expect(f.message).toMatch(/WGS 84: x 5 till 30, y 50 till 75/);
    expect(f.message).toMatch(/SWEREF 99 TM: x 100\s000 till 1\s200\s000, y 6\s000\s000 till 7\s800\s000/);
    // Latitude and longitude swapped.
    const swapped = wgsFc();
    for (const ft of swapped.features) {
      const polys = ft.geometry.type === 'Polygon' ? [ft.geometry.coordinates] : ft.geometry.coordinates;
      for (const p of polys) for (const ring of p) for (const pt of ring) pt.reverse();
    }
    expect((await fail('swap.geojson', bytes(swapped))).message).toMatch(/bytt plats/);
  });

  itShared('refuses NaN, Infinity and missing coordinates', async () => {
    const infinite = new TextDecoder().decode(sweref).replace('[697939.5,6569646.8]', '[1e999,6569646.8]');
    expect(infinite).not.toBe(new TextDecoder().decode(sweref));
    const f = await fail('inf.geojson', strToU8(infinite));
    expect(f.message).toMatch(/Ogiltiga koordinater i objekt nr 1 \(0138\)/);
    const fc = swerefFc();
    (fc.features[3].geometry as Polygon).coordinates[0][2] = [null, 1] as never;
    expect((await fail('null.geojson', bytes(fc))).message).toMatch(/Ogiltiga koordinater i objekt nr 4/);
    const fc2 = swerefFc();
    (fc2.features[0].geometry as unknown as { coordinates: unknown }).coordinates = 'abc';
    expect((await fail('str.geojson', bytes(fc2))).message).toMatch(/Ogiltiga koordinater/);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const big = new Uint8Array(51e6);
    expect(big.length).toBeGreaterThan(MAX_BOUNDARY_BYTES);
    // Before reading it: nothing of the file but its length is looked at.
    const looked: PropertyKey[] = [];
    const watched = new Proxy(big, {
      get: (t, k) => (k === 'length' || k === 'byteLength' ? t[k] : (looked.push(k), Reflect.get(t, k, t))),
    });
    const f = await fail('huge.geojson', watched);
    expect(looked).toEqual([]);
    expect(f.message).toMatch(/51 MB.*högst 50 MB/);
  });

  itShared('reports unknown codes and drops their features', async () => {
    const fc = swerefFc();
    const extra = structuredClone(fc.features[0]);
    extra.properties = { KnKod: '9999', KnNamn: 'Atlantis' };
    fc.features.push(extra);
    const empty = structuredClone(fc.features[1]);
    empty.properties = { KnKod: '' };
    fc.features.push(empty);
    const r = await ok('x.geojson', bytes(fc));
    expect(r.value.codes).toHaveLength(290);
    expect(r.value.unknown).toEqual(['9999']);
    expect(stored(r.value).geometries.some((g) => g.id === '9999')).toBe(false);
    const warnings = r.issues.filter((i) => i.severity === 'warning').map((i) => i.message);
    expect(warnings).toContain('1 värde är ingen kommunkod och objektet hoppades över: 9999.');
    expect(warnings).toContain('1 objekt saknade värde i KnKod och hoppades över.');
  });

  itShared('merges features that share a code', async () => {
    const fc = swerefFc();
    const part = structuredClone(fc.features.find((f) => f.properties.KnKod === '0180')!);
    (part.geometry as Polygon).coordinates = [square(640_000, 6_560_000, 1_000)];
    fc.features.push(part);
    const r = await ok('x.geojson', bytes(fc));
    expect(r.value.codes).toHaveLength(290);
    const sthlm = features(r.value).find((f) => f.id === '0180')!;
    expect(sthlm.geometry.type).toBe('MultiPolygon');
    expect(r.issues.map((i) => i.message)).toContain(
      '1 kommun bestod av flera objekt (t.ex. öar) som slogs ihop till ett.',
    );
  });

  itShared('takes a codeProperty override (any case) and refuses one that does not fit', async () => {
    const r = await ok(WGS_FILE, wgs, { codeProperty: 'ID' });
    expect(r.value.codeProperty).toBe('id');
    expect(r.value.codes).toHaveLength(290);
    const missing = await fail(WGS_FILE, wgs, { codeProperty: 'kommunkod' });
    expect(missing.message).toMatch(/Egenskapen kommunkod finns inte/);
    expect(missing.candidates).toEqual(expect.arrayContaining(['id', 'kom_namn', 'lan_code']));
    expect(missing.candidates).not.toContain('geo_point_2d'); // not a value a code can be in
    const noCodes = await fail(WGS_FILE, wgs, { codeProperty: 'kom_namn' });
    expect(noCodes.message).toMatch(/kom_namn innehåller inga kommunkoder/);
    // Feature ids count as "id" when no property has that name.
    const fc = swerefFc();
    fc.features.forEach((f) => {
      f.id = f.properties.KnKod as string;
      f.properties = { LnKod: f.properties.LnKod };
    });
    const byId = await ok('ids.geojson', bytes(fc));
    expect(byId.value.codeProperty).toBe('id');
    expect(byId.value.codes).toHaveLength(290);
  });

  itShared('reads a single Feature and a BOM', async () => {
    const one = swerefFc().features[0];
    const r = await ok('one.geojson', strToU8('\ufeff' + JSON.stringify({ ...one, crs: swerefFc().crs })));
    expect(r.value.codes).toEqual(['0138']);
    expect(r.value.missing).toHaveLength(289);
  });

  it('never throws, whatever the bytes', async () => {
    const inputs = [
      bytes({ type: 'FeatureCollection', features: [null, 1, 'x', { type: 'Feature' }] }),
      bytes({ type: 'FeatureCollection', features: 'nope' }),
      bytes({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { kommunkod: '0180' },
            geometry: { type: 'MultiPolygon', coordinates: [[[[1]]]] },
          },
        ],
      }),
      bytes({ type: 'Topology', objects: { a: { type: 'Polygon', arcs: 'x' } }, arcs: [[[0, 0]]] }),
      new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]),
      new Uint8Array(1000).map((_, i) => (i * 7919) % 256),
    ];
    for (const b of inputs) {
      const r = await parseBoundaryFile('x', b);
      expect(r.ok).toBe(false);
    }
  });
});

describe('prjCrs', () => {
  it('recognises SWEREF 99 TM, its zones and geographic WGS 84', () => {
    expect(prjCrs(PRJ_SWEREF)).toMatchObject({ crs: 'sweref99tm', zone: false, label: 'SWEREF99_TM' });
    expect(prjCrs('PROJCS["SWEREF99_15_45",GEOGCS["GCS_SWEREF99"],PROJECTION["Transverse_Mercator"]]')).toMatchObject({
      crs: 'sweref99tm',
      zone: true,
    });
    expect(prjCrs(PRJ_WGS)).toMatchObject({ crs: 'wgs84' });
    expect(prjCrs('PROJCS["RT90_25_gon_V",GEOGCS["GCS_RT_1990"]]')).toMatchObject({
      crs: null,
      label: 'RT90_25_gon_V',
    });
    expect(prjCrs('  ')).toBeUndefined();
  });
});
