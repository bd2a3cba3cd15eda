/**
 * A workbook means what Excel shows (issue 22 point 2, RELIABILITY 42), as attacks: every workbook
 * is written here with exceljs, as a script or another program writes them.
 */
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations, openApp } from './helpers';
import { bytesOf, hugeTextWorkbook } from '../support/workbooks';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function choose(page: Page, name: string, bytes: Uint8Array) {
  await page.getByLabel('Välj filer').setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });
  return page.getByRole('dialog', { name: 'Förhandsgranska import' });
}

test('a value 0,6 formatted 0% (Excel shows 60 %) imports as 60', async ({ page }) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('nyckeltal');
  ws.addRows([
    ['indikator', 'kommunkod', 'period', 'varde'],
    ['N00001', '1490', '2024', 0.6],
  ]);
  ws.getCell('D2').numFmt = '0%';
  await openApp(page, '#/data');
  const dialog = await choose(page, 'procent.xlsx', await bytesOf(wb));
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  // What landed, read back from an exported bundle.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera paket' }).click();
  const files = unzipSync(readFileSync(await (await download).path()));
  const values = strFromU8(files['nyckeltal.csv'])
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/);
  expect(values).toEqual(['indikator;kommunkod;period;varde;kalla', 'N00001;1490;2024;60;procent.xlsx']);
});

/** Measures in Borås on a visible sheet, and one more on a hidden sheet. */
async function withHiddenSheet(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Åtgärder').addRows([
    ['kommunkod', 'titel', 'status'],
    ['1490', 'Synlig åtgärd', 'pagaende'],
  ]);
  wb.addWorksheet('Gammalt', { state: 'hidden' }).addRows([
    ['kommunkod', 'titel', 'status'],
    ['1490', 'Åtgärd på dolt blad', 'pagaende'],
  ]);
  return bytesOf(wb);
}

for (const ticked of [false, true])
  test(`a hidden sheet is listed in the preview and imported only when ticked (${ticked ? 'ticked' : 'not ticked'})`, async ({
    page,
  }) => {
    await openApp(page, '#/data?tabell=measures');
    const dialog = await choose(page, 'dolt.xlsx', await withHiddenSheet());
    const hidden = dialog.getByRole('region', { name: 'Dolda blad och rader' });
    const box = hidden.getByRole('checkbox', { name: 'Ta med det dolda bladet Gammalt (dolt.xlsx)' });
    await expect(box).not.toBeChecked();
    await expect(dialog).toContainText('Bladet är dolt i Excel och togs inte med');
    await expectNoAxeViolations(page, 'the import preview with a hidden sheet');
    if (ticked) {
      await box.check();
      await expect(dialog.getByRole('button', { name: 'Importera' })).toBeEnabled();
      await expect(box).toBeChecked();
      await expect(dialog).toContainText('Bladet är dolt i Excel men togs med');
    }
    await dialog.getByRole('button', { name: 'Importera' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /Synlig åtgärd/ })).toHaveCount(1);
    await expect(page.getByRole('row', { name: /Åtgärd på dolt blad/ })).toHaveCount(ticked ? 1 : 0);
  });

test('a 620 KB workbook whose text unpacks to 600 MB is refused with its size and the limit', async ({ page }) => {
  const bytes = await hugeTextWorkbook(600);
  await openApp(page, '#/data');
  const dialog = await choose(page, 'stor.xlsx', bytes);
  await expect(dialog).toContainText(
    'Arbetsboken stor.xlsx blir 601 MB uppackad, mer än gränsen på 200 MB. Den lästes inte.',
  );
  await expect(dialog.getByRole('button', { name: 'Importera' })).toBeDisabled();
});
