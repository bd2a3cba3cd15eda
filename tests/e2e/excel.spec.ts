import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExample, openApp } from './helpers';

const fixture = (name: string) => new URL(`../fixtures/formats/${name}`, import.meta.url).pathname;

async function chooseFiles(page: Page, ...paths: string[]) {
  await page.getByLabel('Välj filer').setInputFiles(paths);
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(dialog.getByRole('button', { name: 'Importera' })).toBeVisible();
  return dialog;
}

/**
 * The rows of the plans table as text, after importing the given files. The time of the import
 * ("Uppdaterad", to the minute) is left out: two imports a few seconds apart may fall in two minutes.
 */
async function importedPlans(page: Page, file: string): Promise<string[]> {
  await openApp(page, '#/data?tabell=plans');
  const dialog = await chooseFiles(page, file);
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  const rows = page.getByRole('row', { name: /Plan för barn och unga|Handlingsplan/ });
  await expect(rows).toHaveCount(2);
  const texts = await rows.allInnerTexts();
  const now = /\t\d{1,2} [a-zé]+\.? \d{4} \d{2}:\d{2}\t/;
  for (const text of texts) expect(text).toMatch(now);
  return texts.map((text) => text.replace(now, '\t(importtid)\t'));
}

test('an .xlsx workbook imports the same data as the same table saved as CSV', async ({ browser }) => {
  const a = await browser.newContext();
  const xlsxPage = await a.newPage();
  await openApp(xlsxPage, '#/data?tabell=plans');
  const dialog = await chooseFiles(xlsxPage, fixture('planer-titelrad.xlsx'));
  // Each sheet is a table; the title row is skipped and said so.
  await expect(dialog.getByLabel('Innehåll i planer-titelrad.xlsx › planer')).toHaveValue('plans');
  await expect(dialog.getByLabel('Innehåll i planer-titelrad.xlsx › nyckeltal')).toHaveValue('indicatorValues');
  await expect(dialog).toContainText('Excel (.xlsx)');
  await expect(dialog).toContainText('Rad 1 (en rubrik ovanför tabellen) hoppades över');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  const fromXlsx = await importedPlans(xlsxPage, fixture('planer-titelrad.xlsx'));
  await a.close();

  const dir = mkdtempSync(join(tmpdir(), 'planatlas-'));
  const csv = join(dir, 'planer.csv');
  writeFileSync(
    csv,
    '\ufeffid;kommunkod;titel;status;startdatum;planerat_klart;antagen;ansvarig\r\n' +
      'x-p-1;0180;Plan för barn och unga;antagen;2016-03;2018-12-31;2016-05-17;Socialnämnden\r\n' +
      'x-p-2;0114;Handlingsplan;under_arbete;2021-09;;;Socialförvaltningen\r\n',
  );
  const b = await browser.newContext();
  const fromCsv = await importedPlans(await b.newPage(), csv);
  await b.close();
  expect(fromXlsx).toEqual(fromCsv);
  expect(fromXlsx.join('\n')).toContain('Stockholm');
  expect(fromXlsx.join('\n')).toContain('mars 2016');
});

/** Click an export button and keep the file under its suggested name. */
async function exported(page: Page, button: string): Promise<{ name: string; path: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const path = join(mkdtempSync(join(tmpdir(), 'planatlas-')), file.suggestedFilename());
  copyFileSync(await file.path(), path);
  return { name: file.suggestedFilename(), path };
}

test('Exportera Excel, then importing the workbook changes nothing', async ({ page }) => {
  await openApp(page, '#/data');
  await loadExample(page);
  // The example's two regions carry fields outside the regions table (kalla, uppdaterad), so any export
  // differs from them; first make the stored data exactly what a file holds, through the bundle.
  await page.getByRole('checkbox', { name: 'Ta med exempeldata' }).check();
  const bundle = await exported(page, 'Exportera paket');
  const first = await chooseFiles(page, bundle.path);
  await first.getByRole('radio', { name: 'Ta filens' }).check();
  await first.getByRole('button', { name: 'Importera' }).click();
  await expect(first).toBeHidden();

  const file = await exported(page, 'Exportera Excel');
  expect(file.name).toMatch(/^planatlas-sverige-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const dialog = await chooseFiles(page, file.path);
  await expect(dialog.getByLabel(`Innehåll i ${file.name} › atgarder`)).toHaveValue('measures');
  await expect(dialog).toContainText('Inget att importera: allt finns redan.');
  const summary = dialog.getByRole('region', { name: 'Vad importen gör' });
  await expect(summary.getByRole('listitem').filter({ hasText: 'Oförändrade' })).toContainText('75');
  await expect(dialog.getByRole('button', { name: 'Importera' })).toBeDisabled();
});
