import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedFile, systemTool } from '../support/needs';
import { openApp } from './helpers';

const fixture = (name: string) => new URL(`../fixtures/formats/${name}`, import.meta.url).pathname;

/** Collects CSP violations and page errors (sql.js needs 'wasm-unsafe-eval' and nothing broader). */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [
    ...errors,
    ...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)) ?? []),
  ];
}

test.describe.configure({ timeout: 120_000 });

test('a two-layer GeoPackage in SWEREF 99 TM through "Importera kommungränser" draws its municipalities', async ({
  page,
}) => {
  const problems = await watch(page);
  await openApp(page, '#/karta?region=01');
  await expect(page.getByText(/GeoPackage \(\.gpkg\)/)).toBeVisible();
  await page.getByLabel('Välj gränsfil').setInputFiles(fixture('kommuner-3006.gpkg'));
  await expect(page.getByText('Kommungränser från kommuner-3006.gpkg: 6 kommuner.')).toBeVisible();
  await expect(page.getByRole('radio', { name: /Geografisk/ })).toBeChecked();
  const map = page.getByRole('group', { name: /^Karta med kommungränser/ });
  for (const name of ['Stockholm', 'Solna', 'Värmdö', 'Österåker'])
    await expect(map.getByRole('button', { name: new RegExp(`^${name}:`) })).toBeVisible();
  const d = await map.getByRole('button', { name: /^Stockholm:/ }).getAttribute('d');
  expect(d!.match(/M/g)!.length).toBe(2); // the hole in Stockholm's square is drawn
  expect(await problems()).toEqual([]);
});

test('a GeoPackage in a local SWEREF 99 zone is transformed and drawn in the same place', async ({ page }) => {
  await openApp(page, '#/karta?region=01');
  await page.getByLabel('Välj gränsfil').setInputFiles(fixture('kommuner-3006.gpkg'));
  const map = page.getByRole('group', { name: /^Karta med kommungränser/ });
  const tm = await map.getByRole('button', { name: /^Solna:/ }).boundingBox();
  await page.getByLabel('Välj gränsfil').setInputFiles(fixture('kommuner-3011.gpkg'));
  await expect(page.getByText('Kommungränser från kommuner-3011.gpkg: 6 kommuner.')).toBeVisible();
  const zone = await map.getByRole('button', { name: /^Solna:/ }).boundingBox();
  expect(Math.abs(zone!.x - tm!.x)).toBeLessThan(3);
  expect(Math.abs(zone!.y - tm!.y)).toBeLessThan(3);
});

test('a GeoPackage declaring EPSG:32632 (UTM 32N) is refused naming it, and the boundaries drawn stay', async ({
  page,
}) => {
  // The EPSG:3006 fixture with its layers declared in WGS 84 / UTM zone 32N, as a misconfigured export says.
  const SQL = await (await import('sql.js')).default();
  const db = new SQL.Database(readFileSync(fixture('kommuner-3006.gpkg')));
  db.run(
    `INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition) VALUES ('WGS 84 / UTM zone 32N', 32632, 'EPSG', 32632, 'undefined')`,
  );
  db.run('UPDATE gpkg_geometry_columns SET srs_id = 32632');
  db.run('UPDATE gpkg_contents SET srs_id = 32632');
  const utm = Buffer.from(db.export());
  db.close();

  await openApp(page, '#/karta?region=01');
  await page.getByLabel('Välj gränsfil').setInputFiles(fixture('kommuner-3006.gpkg'));
  await expect(page.getByText('Kommungränser från kommuner-3006.gpkg: 6 kommuner.')).toBeVisible();
  const map = page.getByRole('group', { name: /^Karta med kommungränser/ });
  const before = await map.getByRole('button', { name: /^Solna:/ }).getAttribute('d');

  await page
    .getByLabel('Välj gränsfil')
    .setInputFiles({ name: 'kommuner-utm32.gpkg', mimeType: 'application/geopackage+sqlite3', buffer: utm });
  await expect(
    page.getByText(/WGS 84 \/ UTM zone 32N \(EPSG:32632\).*De tidigare kommungränserna finns kvar/),
  ).toBeVisible();
  await expect(page.getByText('Kommungränser från kommuner-3006.gpkg: 6 kommuner.')).toBeVisible();
  expect(await map.getByRole('button', { name: /^Solna:/ }).getAttribute('d')).toBe(before);
});

const SHARED = sharedFile('geo/municipalities-sweref99tm.geojson');
const OGR = systemTool('ogr2ogr');

test('a GeoPackage of all 290 municipalities (made at test time from the shared boundary file)', async ({ page }) => {
  test.skip(SHARED.skip, SHARED.reason);
  test.skip(OGR.skip, OGR.reason);
  const path = join(mkdtempSync(join(tmpdir(), 'gpkg-')), 'kommuner-290.gpkg');
  execFileSync(OGR.located(), ['-f', 'GPKG', path, fixture('lan-3006.geojson'), '-nln', 'lan']);
  execFileSync(OGR.located(), ['-f', 'GPKG', '-update', path, SHARED.located(), '-nln', 'kommunyta']);
  await openApp(page, '#/karta');
  await page.getByLabel('Välj gränsfil').setInputFiles(path);
  await expect(page.getByText('Kommungränser från kommuner-290.gpkg: 290 kommuner.')).toBeVisible();
  const map = page.getByRole('group', { name: /^Karta med kommungränser/ });
  await expect(map.getByRole('button')).toHaveCount(290);
});
