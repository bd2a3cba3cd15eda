/**
 * RELIABILITY 28 (issue 22 point 3): a boundary file that declares a coordinate system Planatlas
 * does not read (not Swedish, or not recognised) is refused with the system named, so the stored
 * boundaries stay. Swedish systems (WGS 84, SWEREF 99 TM and its UTM 33N twins, the local zones,
 * RT90) are read as before; a file that declares nothing is judged by its extent.
 */
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseBoundaryFile, prjCrs } from '$lib/io/boundaries';
import { geoJsonCrs, gpkgCrs } from '$lib/io/boundary-crs';

const fixturePath = (name: string) => new URL(`../fixtures/formats/${name}`, import.meta.url).pathname;
const fixture = (name: string) => new Uint8Array(readFileSync(fixturePath(name)));
const geojson = JSON.parse(readFileSync(fixturePath('kommuner-3006.geojson'), 'utf8'));

const UTM32N_PRJ =
  'PROJCS["WGS_1984_UTM_Zone_32N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const ETRS33N_PRJ =
  'PROJCS["ETRS_1989_UTM_Zone_33N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]]],PROJECTION["Transverse_Mercator"],PARAMETER["Central_Meridian",15.0]]';
const LAMBERT_PRJ = 'PROJCS["RGF93_Lambert_93",GEOGCS["GCS_RGF_1993"],PROJECTION["Lambert_Conformal_Conic"]]';
const NAD83_PRJ = 'GEOGCS["GCS_North_American_1983",DATUM["D_North_American_1983"]]';

const withCrs = (name: string | null) => {
  const fc = structuredClone(geojson);
  if (name === null) delete fc.crs;
  else fc.crs = { type: 'name', properties: { name } };
  return strToU8(JSON.stringify(fc));
};

/** The zipped Shapefile fixture (SWEREF 99 18 00) with another .prj, or none. */
function shapefileWithPrj(prj: string | null): Uint8Array {
  const files = unzipSync(fixture('kommuner-3011-shp.zip'));
  const out: Record<string, Uint8Array> = {};
  for (const [path, bytes] of Object.entries(files)) if (!/\.prj$/i.test(path)) out[path] = bytes;
  const shp = Object.keys(out).find((p) => /\.shp$/i.test(p))!;
  if (prj !== null) out[shp.replace(/\.shp$/i, '.prj')] = strToU8(prj);
  return zipSync(out);
}

/** The EPSG:3006 GeoPackage fixture with its layers declared in another system. */
async function gpkgDeclaring(epsg: number, name: string): Promise<Uint8Array> {
  const SQL = await (await import('sql.js')).default();
  const db = new SQL.Database(fixture('kommuner-3006.gpkg'));
  db.run(
    `INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition) VALUES (?, ?, 'EPSG', ?, 'undefined')`,
    [name, epsg, epsg],
  );
  db.run('UPDATE gpkg_geometry_columns SET srs_id = ?', [epsg]);
  db.run('UPDATE gpkg_contents SET srs_id = ?', [epsg]);
  const bytes = db.export();
  db.close();
  return bytes;
}

async function refused(name: string, bytes: Uint8Array, named: RegExp) {
  const r = await parseBoundaryFile(name, bytes);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  const message = r.issues.map((i) => i.message).join(' ');
  expect(message).toMatch(named);
  expect(message).toMatch(/som inte är ett av de svenska system Planatlas läser/);
  expect(message).toMatch(/De tidigare kommungränserna finns kvar/);
}

describe('declared coordinate systems (what the file says)', () => {
  it.each([
    ['urn:ogc:def:crs:EPSG::3006', 'sweref99tm'],
    ['EPSG:25833', 'sweref99tm'],
    ['urn:ogc:def:crs:EPSG::32633', 'sweref99tm'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'wgs84'],
    ['EPSG:4326', 'wgs84'],
    ['urn:ogc:def:crs:EPSG::32632', null],
    ['EPSG:3857', null],
    ['Lambert 93', null],
  ])('GeoJSON crs %s → %s', (name, crs) => expect(geoJsonCrs({ type: 'name', properties: { name } })?.crs).toBe(crs));

  it.each([
    ['SWEREF99_TM', 'PROJCS["SWEREF99_TM",GEOGCS["GCS_SWEREF99"],PROJECTION["Transverse_Mercator"]]', 'sweref99tm'],
    ['ETRS89 UTM 33N', ETRS33N_PRJ, 'sweref99tm'],
    ['WGS 84 UTM 32N', UTM32N_PRJ, null],
    ['Lambert 93', LAMBERT_PRJ, null],
    ['NAD83 geographic', NAD83_PRJ, null],
  ])('.prj %s → %s', (_label, prj, crs) => expect(prjCrs(prj)?.crs).toBe(crs));

  it.each([
    [undefined, undefined, undefined],
    [4326, 'wgs84', undefined],
    [3006, 'sweref99tm', undefined],
    [25833, 'sweref99tm', undefined],
    [3011, null, 3011],
    [3021, null, 3021],
    [32632, null, undefined],
    [3857, null, undefined],
  ])('GeoPackage EPSG:%s → %s (transform from %s)', (epsg, crs, from) => {
    const d = gpkgCrs(epsg, 'label');
    expect(d?.crs).toBe(crs);
    expect(d?.epsg).toBe(from);
  });
});

describe('a file in a system Planatlas does not read is refused, naming it', () => {
  it.each([
    ['urn:ogc:def:crs:EPSG::32632', /urn:ogc:def:crs:EPSG::32632/],
    ['EPSG:3857', /EPSG:3857/],
    ['Lambert 93', /Lambert 93/],
  ])('GeoJSON declaring %s', async (name, named) => refused('kommuner.geojson', withCrs(name), named));

  it.each([
    ['UTM 32N', UTM32N_PRJ, /WGS_1984_UTM_Zone_32N/],
    ['Lambert 93', LAMBERT_PRJ, /RGF93_Lambert_93/],
    ['NAD83', NAD83_PRJ, /GCS_North_American_1983/],
  ])('Shapefile with a .prj of %s', async (_label, prj, named) =>
    refused('kommuner.zip', shapefileWithPrj(prj), named),
  );

  it('a GeoPackage declaring EPSG:32632', async () =>
    refused(
      'kommuner.gpkg',
      await gpkgDeclaring(32632, 'WGS 84 / UTM zone 32N'),
      /WGS 84 \/ UTM zone 32N \(EPSG:32632\)/,
    ));

  it('the same files in Swedish systems, or declaring nothing, are read', async () => {
    for (const [name, bytes] of [
      ['3006.geojson', withCrs('urn:ogc:def:crs:EPSG::3006')],
      ['25833.geojson', withCrs('EPSG:25833')],
      ['none.geojson', withCrs(null)],
      ['etrs.zip', shapefileWithPrj(ETRS33N_PRJ)],
      ['zone.zip', shapefileWithPrj(null)],
      ['etrs.gpkg', await gpkgDeclaring(25833, 'ETRS89 / UTM zone 33N')],
    ] as const) {
      const r = await parseBoundaryFile(name, bytes);
      expect(r.ok, `${name}: ${r.ok ? '' : r.issues.map((i) => i.message).join(' ')}`).toBe(true);
      if (r.ok) expect(r.value.crs).toBe('sweref99tm');
    }
  });
});
