// npm run bench:formats
// In headless Chromium with the built app: the time from choosing a file to the result, and the longest
// main-thread task meanwhile, for (1) a 10 000-row workbook through "Importera filer" (to the preview),
// (2) "Exportera Excel" of those rows, (3) a GeoPackage of the 290 municipalities through "Importera
// kommungränser" (to the map drawn), (4) a large GeoJSON (the 290 municipalities densified to ~48 MB with
// ogr2ogr -segmentize) through the same button. Needs the shared folder beside the checkout and ogr2ogr (apt-get install gdal-bin).
// `npm run bench:boundaries` runs (3) and (4) only.
import { build, preview } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { launchChromium, withProfile, withTrace, type BenchMunicipality } from './bench/ui.ts';
import { onPath, sharedPath, TOOLS } from '../tests/support/needs.ts';

const onlyBoundaries = process.argv.includes('boundaries');

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = sharedPath('geo/municipalities-sweref99tm.geojson');
if (!existsSync(shared)) {
  console.error(`bench:formats needs ${shared} (the shared folder beside the checkout).`);
  process.exit(1);
}
const ogr2ogr = onPath('ogr2ogr');
if (!ogr2ogr) {
  console.error(`bench:formats needs ogr2ogr (apt-get install ${TOOLS.ogr2ogr}).`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'bench-formats-'));

// 10 000 measures over the 290 municipalities, with a title row, as a person's workbook would be.
const codes = (
  JSON.parse(readFileSync(join(root, 'src/data/municipalities.json'), 'utf8')) as {
    municipalities: BenchMunicipality[];
  }
).municipalities.map((m) => m.code);
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('atgarder');
ws.addRow(['Åtgärder i länet']);
ws.addRow(['id', 'kommunkod', 'titel', 'status', 'start', 'slut', 'ansvarig']);
for (let i = 0; i < 10_000; i++) {
  ws.addRow([
    `b-a-${i}`,
    Number(codes[i % codes.length] ?? '0180'),
    `Åtgärd ${i} för barn och unga`,
    'pagaende',
    new Date(Date.UTC(2020 + (i % 5), i % 12, 1)),
    `202${i % 5}-12`,
    'Socialtjänsten',
  ]);
  ws.getCell(`E${i + 3}`).numFmt = 'yyyy-mm';
}
const xlsx = join(dir, 'atgarder-10000.xlsx');
writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));
// The same rows as a CSV, to compare with the ordinary path.
const csv = join(dir, 'atgarder-10000.csv');
const lines = ['id;kommunkod;titel;status;start;slut;ansvarig'];
for (let i = 0; i < 10_000; i++)
  lines.push(
    `b-c-${i};${codes[i % codes.length]};Åtgärd ${i} för barn och unga;pagaende;${2020 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')};202${i % 5}-12;Socialtjänsten`,
  );
writeFileSync(csv, '\ufeff' + lines.join('\r\n') + '\r\n');

const gpkg = join(dir, 'kommuner-290.gpkg');
execFileSync(ogr2ogr, ['-f', 'GPKG', gpkg, join(root, 'tests/fixtures/formats/lan-3006.geojson'), '-nln', 'lan']);
execFileSync(ogr2ogr, ['-f', 'GPKG', '-update', gpkg, shared, '-nln', 'kommunyta']);
const big = join(dir, 'kommuner-tat.geojson');
execFileSync(ogr2ogr, ['-f', 'GeoJSON', big, shared, '-segmentize', '30', '-lco', 'COORDINATE_PRECISION=2']);

// --profile: unminified, and a CPU profile of the large GeoJSON's import (where the main thread spends it);
// --trace: what each long task of that import is made of.
const profiling = process.argv.includes('--profile');
const tracing = process.argv.includes('--trace');
await build({ root, logLevel: 'warn', ...(profiling ? { build: { minify: false } } : {}) });
const server = await preview({ root, preview: { host: '127.0.0.1', port: 4186, strictPort: true } });
const browser = await launchChromium();
const page = await browser.newPage();
/** The page's window with the durations of its long tasks since the last `longest()`. */
type LongWindow = Window & { __long: number[] };
await page.addInitScript(() => {
  const w = window as unknown as LongWindow;
  w.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
});
const longest = async () =>
  page.evaluate(() => {
    const w = window as unknown as LongWindow;
    const m = Math.max(0, ...w.__long);
    w.__long = [];
    return Math.round(m);
  });
const url = 'http://127.0.0.1:4186/';
const rows: { label: string; mb: string; ms: number; longestTaskMs: number }[] = [];
async function timed(label: string, bytes: number, run: () => Promise<void>) {
  await longest();
  const t0 = Date.now();
  await run();
  rows.push({ label, mb: bytes ? (bytes / 1e6).toFixed(1) : '', ms: Date.now() - t0, longestTaskMs: await longest() });
}

if (!onlyBoundaries) {
  await page.goto(`${url}#/data`);
  await page.getByRole('button', { name: 'Importera filer' }).waitFor();
  for (const [label, file] of [
    ['10 000-row CSV → preview (for comparison)', csv],
    ['10 000-row workbook → preview', xlsx],
  ]) {
    await timed(label, statSync(file).size, async () => {
      await page.getByLabel('Välj filer').setInputFiles(file);
      await page
        .getByRole('dialog', { name: 'Förhandsgranska import' })
        .getByRole('button', { name: 'Importera' })
        .waitFor({ timeout: 120_000 });
      await page.getByText('10000 rader').first().waitFor({ timeout: 120_000 });
    });
    if (file === csv) {
      await page
        .getByRole('dialog', { name: 'Förhandsgranska import' })
        .getByRole('button', { name: 'Avbryt' })
        .click();
      await page.getByRole('dialog', { name: 'Förhandsgranska import' }).waitFor({ state: 'hidden' });
    }
  }
  await page.getByRole('dialog', { name: 'Förhandsgranska import' }).getByRole('button', { name: 'Importera' }).click();
  await page.getByRole('dialog', { name: 'Förhandsgranska import' }).waitFor({ state: 'hidden', timeout: 120_000 });
  await timed('Exportera Excel (10 000 measures)', 0, async () => {
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Exportera Excel' }).click();
    await download;
  });
}
await page.goto(`${url}#/karta`);
await page.getByRole('button', { name: 'Importera kommungränser' }).waitFor();
for (const [label, file] of [
  ['GeoPackage, 290 municipalities → map', gpkg],
  ['GeoJSON densified → map', big],
]) {
  const run = async () => {
    await page.getByLabel('Välj gränsfil').setInputFiles(file);
    const name = file.split('/').pop();
    await page.getByText(`Kommungränser från ${name}: 290 kommuner.`).waitFor({ timeout: 300_000 });
    await page.getByRole('group', { name: /^Karta med kommungränser/ }).waitFor();
  };
  const watched =
    file !== big
      ? run
      : profiling
        ? () => withProfile(page, label, run)
        : tracing
          ? () => withTrace(page, label, run)
          : run;
  await timed(label, statSync(file).size, watched);
}
console.table(rows);
await browser.close();
await new Promise((r) => server.httpServer.close(r));
