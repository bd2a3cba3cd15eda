import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import {
  chooseMeasures,
  expectNoAxeViolations,
  expectNothingSaved,
  loadExample,
  openApp,
  routeCommitWorker,
} from './helpers';

const fixture = (name: string) => new URL(`../fixtures/e2e/${name}`, import.meta.url).pathname;

async function chooseFiles(page: Page, ...paths: string[]) {
  await page.getByLabel('Välj filer').setInputFiles(paths);
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(dialog.getByRole('button', { name: 'Importera' })).toBeVisible();
  return dialog;
}

test('Data starts the import worker before a file is chosen, not Översikt; the import uses it', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openApp(page, '#/oversikt');
  await page.waitForTimeout(2_500); // longer than Data waits before it starts the worker
  expect(workers.filter((u) => /import\.worker/.test(u))).toEqual([]);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Data' }).click();
  await expect.poll(() => workers.filter((u) => /import\.worker/.test(u)).length, { timeout: 10_000 }).toBe(1);
  // The import takes that worker: no other is started for it.
  const dialog = await chooseFiles(page, fixture('atgarder-excel-1252.csv'));
  await expect(dialog).toContainText('4 rader');
  expect(workers.filter((u) => /import\.worker/.test(u))).toHaveLength(1);
});

test('import a semicolon Windows-1252 CSV from Swedish Excel through the preview', async ({ page }) => {
  await openApp(page, '#/data?tabell=measures');
  await expect(page.getByRole('button', { name: 'Importera filer' })).toBeVisible();
  const dialog = await chooseFiles(page, fixture('atgarder-excel-1252.csv'));
  await expect(dialog.getByLabel('Innehåll i atgarder-excel-1252.csv')).toHaveValue('measures');
  await expect(dialog).toContainText('Windows-1252');
  await expect(dialog).toContainText('semikolon (;)');
  await expect(dialog).toContainText('4 rader');
  const summary = dialog.getByRole('region', { name: 'Vad importen gör' });
  await expect(summary.getByRole('listitem').filter({ hasText: 'Nya' })).toContainText('4');
  // "0180" and "umeå" are understood, and the report says how.
  await expect(dialog).toContainText('"umeå" tolkades som Umeå.');
  await expectNoAxeViolations(page, 'förhandsgranskning');
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(/4 nya/);

  const row = page.getByRole('row', { name: /Familjekollo – en vecka per sommar/ });
  await expect(row).toContainText('Borås');
  await expect(row).toContainText('juni 2016');
  await expect(row).toContainText('augusti 2016');
  await expect(page.getByRole('row', { name: /Öppna insatser/ })).toContainText('Stockholm');
  await page.getByRole('button', { name: 'Redigera Familjekollo – en vecka per sommar' }).click();
  await expect(page.getByLabel('Beskrivning')).toHaveValue(/12 500 €/);
  await page.keyboard.press('Escape');

  // The history lists it; the same file again changes nothing.
  const history = page.getByRole('region', { name: 'Importhistorik' });
  await expect(history.getByRole('row', { name: /atgarder-excel-1252\.csv/ })).toBeVisible();
  const again = await chooseFiles(page, fixture('atgarder-excel-1252.csv'));
  await expect(again).toContainText('Inget att importera: allt finns redan.');
  await expect(again.getByRole('listitem').filter({ hasText: 'Oförändrade' })).toContainText('4');
  await expect(again.getByRole('button', { name: 'Importera' })).toBeDisabled();
  await again.getByRole('button', { name: 'Avbryt' }).click();
  await expect(again).toBeHidden();
});

test.describe('Avbryt while an import is being saved', () => {
  // The commit worker's script is held back by a route (see routeCommitWorker).
  test.use({ serviceWorkers: 'block' });
  test('nothing is saved, and the dialog says so', async ({ page }) => {
    // Saving takes as long as the commit worker takes to start: long enough to press Avbryt.
    await routeCommitWorker(page, { delay: 4000 });
    await openApp(page, '#/data?tabell=measures');
    const dialog = await chooseMeasures(page, 3000);
    await dialog.getByRole('button', { name: 'Importera' }).click();
    await expect(dialog).toContainText('Sparar …');
    await expect(dialog.getByRole('progressbar', { name: 'Förlopp' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toContainText('Avbryter …');
    await expect(page.getByRole('status')).toContainText('Importen avbröts. Ingenting sparades.');
    await expect(dialog).toBeHidden();
    await expectNothingSaved(page);
  });
});

test('an import with errors shows them with row and column and writes nothing', async ({ page }) => {
  await openApp(page, '#/data');
  const dialog = await chooseFiles(page, fixture('planer-med-fel.csv'));
  await expect(dialog.getByRole('alert')).toContainText('Filerna har fel');
  const problems = dialog.getByRole('region', { name: /Fel och varningar/ });
  await expect(problems.getByRole('row', { name: /2016-02-30 finns inte i kalendern/ })).toContainText('startdatum');
  await expect(problems.getByRole('row', { name: /Atlantis/ })).toContainText('kommunkod');
  await expect(problems.getByRole('row', { name: /"klar" är inget giltigt värde/ })).toContainText('4');
  await expect(problems.getByRole('row', { name: /ligger före början/ })).toContainText('planerat_klart');
  await expect(dialog.getByRole('button', { name: 'Importera' })).toBeDisabled();

  // The report can be downloaded.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Ladda ner rapport (CSV)' }).click();
  const report = readFileSync(await (await download).path(), 'utf8');
  expect(report).toContain('Atlantis');
  expect(report.split('\r\n')[0]).toContain('Fil;Rad;Kolumn');

  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText('Inga rader ännu')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Importhistorik' })).toContainText('Inga importer ännu.');

  // Only the valid rows, on request.
  const again = await chooseFiles(page, fixture('planer-med-fel.csv'));
  await again.getByLabel('Importera bara de giltiga raderna').check();
  await again.getByRole('button', { name: 'Importera' }).click();
  await expect(again).toBeHidden();
  await expect(page.getByText('1 rad', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Plan för handling Umeå/ })).toBeVisible();
});

test('undo an import restores the records it changed and removes the ones it added', async ({ page }) => {
  page.on('dialog', (d) => d.accept());
  await openApp(page, '#/data?tabell=measures');
  await loadExample(page);
  const measures = page.getByRole('tabpanel').getByRole('row');
  await expect(measures).toHaveCount(31);
  const dialog = await chooseFiles(page, fixture('atgarder-excel-1252.csv'));
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Kompetenstrappa/ })).toHaveCount(2);
  const history = page.getByRole('region', { name: 'Importhistorik' });
  await history
    .getByRole('row', { name: /atgarder-excel-1252/ })
    .getByRole('button', { name: 'Ångra' })
    .click();
  // Undo asks first, in a dialog that says what it restores.
  const undo = page.getByRole('dialog', { name: 'Ångra atgarder-excel-1252.csv' });
  await expect(undo).toContainText('poster återställs');
  await undo.getByRole('button', { name: 'Ångra' }).click();
  await expect(history.getByRole('row', { name: /atgarder-excel-1252/ })).toContainText('Ångrad');
  await expect(page.getByRole('row', { name: /Kompetenstrappa/ })).toHaveCount(1);
  await expect(measures).toHaveCount(31);
});

test('export a bundle in one browser and import it into another, empty one', async ({ browser }) => {
  const a = await browser.newContext();
  const pageA = await a.newPage();
  await openApp(pageA, '#/data?region=14');
  await loadExample(pageA);
  // Example data goes into a bundle only when asked for.
  await pageA.getByRole('checkbox', { name: 'Ta med exempeldata' }).check();
  const download = pageA.waitForEvent('download');
  await pageA.getByRole('button', { name: 'Exportera paket' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^planatlas-sverige-\d{4}-\d{2}-\d{2}\.zip$/);
  const zipPath = join(test.info().outputDir, file.suggestedFilename());
  await file.saveAs(zipPath);
  const first = unzipSync(new Uint8Array(readFileSync(zipPath)));
  expect(Object.keys(first)).toEqual(
    expect.arrayContaining([
      'datapackage.json',
      'planer.csv',
      'atgarder.csv',
      'teman.csv',
      'regioner.csv',
      'handelser.csv',
      'medskick.csv',
      'indikatorer.csv',
      'nyckeltal.csv',
    ]),
  );

  const b = await browser.newContext();
  const pageB = await b.newPage();
  await openApp(pageB, '#/data');
  await pageB.getByLabel('Välj filer').setInputFiles(zipPath);
  const dialog = pageB.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(dialog.getByRole('button', { name: 'Importera' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  await expect(pageB.getByRole('row', { name: /Plan för handling – Umeå/ })).toBeVisible();

  // Export again from B: every table has the same bytes as A's.
  await pageB.getByRole('checkbox', { name: 'Ta med exempeldata' }).check();
  const download2 = pageB.waitForEvent('download');
  await pageB.getByRole('button', { name: 'Exportera paket' }).click();
  const second = unzipSync(new Uint8Array(readFileSync(await (await download2).path())));
  for (const name of Object.keys(first).filter((n) => n.endsWith('.csv'))) {
    expect(new TextDecoder().decode(second[name]), name).toBe(new TextDecoder().decode(first[name]));
  }
  // Importing the same bundle again duplicates nothing.
  await pageB.getByLabel('Välj filer').setInputFiles(zipPath);
  await expect(dialog).toContainText('Inget att importera');
  await a.close();
  await b.close();
});

test('export one table as CSV for Swedish Excel', async ({ page }) => {
  await openApp(page, '#/data?tabell=plans');
  await loadExample(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('planer.csv');
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.split('\r\n')[0]).toBe(
    'id;kommunkod;titel;status;startdatum;planerat_klart;antagen;uppfoljning;ansvarig;lank;beskrivning;kalla;uppdaterad',
  );
  expect(text).toContain('ex-plan-umea;2480;');
});

test('a damaged bundle is refused whole through "Importera filer", naming the entry, and writes nothing', async ({
  page,
}) => {
  await openApp(page, '#/data?tabell=measures');
  await loadExample(page);
  const measures = page.getByRole('tabpanel').getByRole('row');
  await expect(measures).toHaveCount(31);
  const bundle = (name: string) => new URL(`../fixtures/bundles/${name}`, import.meta.url).pathname;
  for (const [name, says] of [
    ['wrong-size.zip', /atgarder\.csv i "wrong-size\.zip" har inte den storlek/],
    ['wrong-crc.zip', /planer\.csv i "wrong-crc\.zip" har ändrats eller skadats/],
    ['future-format.zip', /uppdatera Planatlas/],
    ['schema-mismatch.zip', /planer\.csv i "schema-mismatch\.zip" stämmer inte med sin tabellbeskrivning/],
  ] as const) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importera filer' }).click();
    await (await chooser).setFiles(bundle(name));
    const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
    await expect(dialog.getByRole('alert')).toContainText('Filerna har fel');
    await expect(dialog).toContainText(says);
    await expect(dialog.getByRole('button', { name: 'Importera' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(measures).toHaveCount(31);
  await expect(page.getByRole('row', { name: /Åtgärd nummer/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Importhistorik' })).toContainText('Inga importer ännu.');
});
