// npm run bench:publish [-- --port 4183] [--measures 1000]
// The size of a published file (issue 27: a county with 1 000 measures in at most 3 MB): Västra
// Götaland generated (tests/support/county.ts: 49 municipalities, plans, events), imported through
// the built app's UI, published with "Publicera som fil" for region 14; then the same measures with a
// 500-character description each, published again. Prints the template's size and each file's.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateCounty } from '../tests/support/county.ts';
import { arg, openApp } from './bench/ui.ts';

const port = arg('port', 4183);
const measures = arg('measures', 1000);
const dir = mkdtempSync(join(tmpdir(), 'planatlas-bench-publish-'));
const county = generateCounty({ county: '14', measures });
const long = 'Beskrivning av åtgärden, med mål, målgrupp, ansvar och uppföljning. '.repeat(8).slice(0, 500);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function importFiles(page: Page, files: Record<string, string>): Promise<void> {
  const paths = Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
  await page.goto(`${page.url().split('#')[0]}#/data?region=14`);
  await page.getByLabel('Välj filer').setInputFiles(paths);
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await dialog.getByRole('button', { name: 'Importera' }).click({ timeout: 120_000 });
  await dialog.waitFor({ state: 'hidden', timeout: 120_000 });
}

async function publish(page: Page, label: string): Promise<void> {
  const pending = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Publicera som fil' }).click();
  const file = await pending;
  const path = join(dir, `${label}.html`);
  await file.saveAs(path);
  const bytes = statSync(path).size;
  console.log(`${label}: ${file.suggestedFilename()} ${kb(bytes)} (${(bytes / 1024 / 1024).toFixed(2)} MB)`);
}

const { page, close, base } = await openApp(port);
try {
  const template = readFileSync(join(import.meta.dirname, '../dist/publish-template.html'));
  console.log(`template (views, no data): ${kb(template.length)}`);
  await page.goto(`${base}#/data?region=14`);
  await importFiles(page, {
    'planer.csv': county.planer,
    'atgarder.csv': county.atgarder,
    'handelser.csv': county.handelser,
  });
  await publish(page, `Västra Götaland, ${county.codes.length} municipalities, ${measures} measures`);
  const withText = county.atgarder
    .replace(/;(Åtgärd \d+ i [^;]+\.);/g, (_, d: string) => `;${d} ${long};`)
    // Newer than the stored rows, so that the import replaces them without asking.
    .replaceAll('2016-01-01T00:00:00Z', '2017-01-01T00:00:00Z');
  await importFiles(page, { 'atgarder.csv': withText });
  await publish(page, `the same, each measure with a 500-character description`);
} finally {
  await close();
}
