import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

/** A Swedish Excel export of `n` measures, about 200 bytes a row. */
function bigCsv(n: number): Buffer {
  const lines = ['id;kommunkod;titel;status;start;slut;teman;beskrivning'];
  for (let i = 0; i < n; i++) {
    lines.push(
      `m${i};${i % 2 ? '1490' : '2480'};Åtgärd ${i} för samverkan med skolan;pagaende;2016-03;2017;skola|kompetens;"Beskrivning av åtgärd ${i}; med semikolon och åäö"`,
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

test('a 100 000-row import shows progress and can be cancelled; nothing is written', async ({ page }) => {
  await openApp(page, '#/data?tabell=measures');
  await page
    .getByLabel('Välj filer')
    .setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: bigCsv(100_000) });
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(dialog.getByRole('progressbar', { name: 'Förlopp' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Inga rader ännu')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Importhistorik' })).toContainText('Inga importer ännu.');
});

test('files dropped on the page open the import preview', async ({ page }) => {
  await openApp(page, '#/oversikt');
  const csv = 'kommunkod;titel;status\r\nBorås;Plan för handling;antagen\r\n';
  const dt = await page.evaluateHandle((text) => {
    const d = new DataTransfer();
    d.items.add(new File([text], 'planer.csv', { type: 'text/csv' }));
    return d;
  }, csv);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(dialog.getByLabel('Innehåll i planer.csv')).toHaveValue('plans');
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('1 har en plan')).toBeVisible();
});

test('imported text is shown as text, never as markup; unsafe links are refused', async ({ page }) => {
  await openApp(page, '#/data');
  const csv =
    'kommunkod;titel;status;lank;beskrivning\r\n1490;<img src=x onerror="window.__xss=1">;antagen;;<b>fet</b>\r\n1496;Länk;antagen;javascript:alert(1);\r\n';
  await page
    .getByLabel('Välj filer')
    .setInputFiles({ name: 'planer.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(dialog.getByRole('row', { name: /Länken måste börja med http/ })).toContainText('lank');
  await dialog.getByLabel('Importera bara de giltiga raderna').check();
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByRole('cell', { name: '<img src=x onerror="window.__xss=1">', exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('main img')).toHaveCount(0);
});

test('Kolada API v2 JSON becomes indicator values', async ({ page }) => {
  await openApp(page, '#/data');
  const json = JSON.stringify({
    count: 2,
    values: [
      {
        kpi: 'N00945',
        municipality: '1490',
        period: 2015,
        values: [
          { gender: 'T', value: 12.5, count: 1, status: '' },
          { gender: 'K', value: 13, count: 1, status: '' },
        ],
      },
      {
        kpi: 'N00945',
        municipality: '2480',
        period: 2015,
        values: [{ gender: 'T', value: null, count: 0, status: 'Missing' }],
      },
    ],
  });
  await page
    .getByLabel('Välj filer')
    .setInputFiles({ name: 'kolada.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(dialog).toContainText('Kolada API v2 JSON');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Nya' })).toContainText('1');
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('region', { name: 'Importhistorik' }).getByRole('row', { name: /kolada\.json/ }),
  ).toContainText('Kolada');
});
