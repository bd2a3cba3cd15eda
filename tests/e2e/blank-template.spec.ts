import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from './helpers';

/** Click a download button; the file's name and where it was saved. */
async function downloaded(page: Page, button: Locator): Promise<{ name: string; path: string }> {
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  return { name: file.suggestedFilename(), path: await file.path() };
}

async function preview(page: Page, path: string): Promise<Locator> {
  await page.getByLabel('Välj filer').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(dialog.getByRole('button', { name: 'Importera' })).toBeVisible();
  return dialog;
}

test('Ladda ner tom mall: fill in one measure with a spreadsheet program, import it, see it in Data', async ({
  page,
}) => {
  await openApp(page);
  // Nothing stored yet: Översikt offers the blank template beside the example data.
  const xlsx = await downloaded(page, page.getByRole('button', { name: 'Ladda ner tom mall', exact: true }));
  expect(xlsx.name).toBe('planatlas-mall.xlsx');

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx.path);
  expect(wb.getWorksheet('Kolumner')).toBeDefined();
  const measures = wb.getWorksheet('atgarder')!;
  const header = (measures.getRow(1).values as string[]).slice(1);
  expect(header.slice(0, 4)).toEqual(['id', 'plan_id', 'kommunkod', 'titel']);
  const row: Record<string, string> = { kommunkod: '1490', titel: 'Ny cykelväg till stationen', status: 'Pågående' };
  measures.addRow(header.map((h) => row[h] ?? null));
  const filled = join(mkdtempSync(join(tmpdir(), 'planatlas-')), 'min mall.xlsx');
  writeFileSync(filled, Buffer.from(await wb.xlsx.writeBuffer()));

  await openApp(page, '#/data?tabell=measures');
  const dialog = await preview(page, filled);
  await expect(dialog.getByLabel('Innehåll i min mall.xlsx › atgarder')).toHaveValue('measures');
  await expect(dialog.getByRole('button', { name: 'Importera' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  const added = page.getByRole('row', { name: /Ny cykelväg till stationen/ });
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('Borås');
  await expect(added).toContainText('Pågående');
});

test('the blank template returned unchanged, as a workbook or as CSV files, imports nothing', async ({ page }) => {
  await openApp(page, '#/data?tabell=measures');
  for (const [button, name] of [
    ['Ladda ner tom mall', 'planatlas-mall.xlsx'],
    ['Ladda ner tom mall som CSV', 'planatlas-mall-csv.zip'],
  ]) {
    const file = await downloaded(page, page.getByRole('button', { name: button, exact: true }));
    expect(file.name).toBe(name);
    const dialog = await preview(page, file.path);
    await expect(dialog).toContainText('Inget att importera');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.getByRole('cell', { name: 'Fel', exact: true })).toHaveCount(0);
    await expect(dialog.getByRole('cell', { name: 'Varning', exact: true })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Importera' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByText(/^Inga rader ännu/)).toBeVisible();
});
