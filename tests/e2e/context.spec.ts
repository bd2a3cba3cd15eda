import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

/**
 * Numbers in context (issue 25 point 4) on the example data's Sjuhärad with an indicator TEST2 (no
 * indikatorer.csv: lower is better). 2015: Sjuhärad's seven values 10 14 18 22 25 30 40 (median 22;
 * Vårgårda only has 2014), with Stockholm 5 and Umeå 6 Sweden's nine (median 18). Borås's 14 is the
 * second best of Sjuhärad's seven.
 */
const NYCKELTAL = [
  'indikator;kommunkod;period;varde',
  'TEST2;1443;2015;10', // Bollebygd
  'TEST2;1490;2015;14', // Borås
  'TEST2;1465;2015;18', // Svenljunga
  'TEST2;1463;2015;22', // Mark
  'TEST2;1466;2015;25', // Herrljunga
  'TEST2;1452;2015;30', // Tranemo
  'TEST2;1491;2015;40', // Ulricehamn
  'TEST2;1442;2014;1', // Vårgårda: only an older period, so no value for 2015
  'TEST2;0180;2015;5', // Stockholm
  'TEST2;2480;2015;6', // Umeå
].join('\r\n');

async function importValues(page: Page, choose: string, preview: string, importLabel: string) {
  await page.goto('./#/data?tabell=measures');
  await page
    .getByLabel(choose)
    .setInputFiles([{ name: 'nyckeltal.csv', mimeType: 'text/csv', buffer: Buffer.from(NYCKELTAL) }]);
  const dialog = page.getByRole('dialog', { name: preview });
  await dialog.getByRole('button', { name: importLabel }).click();
  await expect(dialog).toBeHidden();
}

test('Karta coloured by an indicator: the tooltip, the legend and the table set the value beside Sjuhärad’s and Sweden’s medians', async ({
  page,
}) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await importValues(page, 'Välj filer', 'Förhandsgranska import', 'Importera');

  await page.goto('./#/karta?region=ex-sjuharad&farg=indikator:TEST2');
  const map = page.getByRole('group', { name: /Sexhörningskarta/ });
  await map.getByRole('button', { name: /^Borås:/ }).hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('Borås');
  await expect(tip).toContainText('I sammanhang: 14, Sjuhärad 22, riket 18, plats 2 av 7');
  await map.getByRole('button', { name: /^Vårgårda:/ }).hover();
  await expect(tip).toContainText('I sammanhang: inget värde, Sjuhärad 22, riket 18');
  await expect(tip).not.toContainText('plats');

  const legend = page.getByRole('region', { name: 'Teckenförklaring' });
  await expect(legend).toContainText('Medianer samma period: Sjuhärad 22, riket 18');
  await expect(legend).toContainText(
    'Sjuhärad: Bollebygd, Borås, Herrljunga, Mark, Svenljunga, Tranemo, Ulricehamn, Vårgårda',
  );

  await page.getByRole('button', { name: 'Visa som tabell' }).click();
  const table = page.getByRole('table', { name: /TEST2/ });
  await expect(table.getByRole('columnheader', { name: /Plats i gruppen/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Sjuhärad \(median\)/ })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Borås' })).toContainText(/2 \/ 7\s*22\s*18/);
  await expectNoAxeViolations(page, 'Karta, numbers in context');

  // Jämför side by side: the indicator's row sets each chosen municipality's value in the same context.
  await page.goto('./#/jamfor?region=ex-sjuharad&kommuner=1490,1442');
  const side = page.getByRole('region', { name: 'Sida vid sida' });
  const row = side.getByRole('row', { name: /^TEST2 \(2015\)/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('14, Sjuhärad 22, riket 18, plats 2 av 7');
  await expect(row.getByRole('cell').nth(1)).toHaveText('inget värde, Sjuhärad 22, riket 18');
  await expect(side).toContainText('Sjuhärad: Bollebygd, Borås, Herrljunga');
  await expectNoAxeViolations(page, 'Jämför, numbers in context');
});

test('axe finds nothing on Karta with numbers in context in English', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('planatlas-lang', 'en'));
  await page.goto('./#/oversikt');
  await page.getByRole('button', { name: 'Load example data' }).click();
  await expect(page.getByRole('button', { name: 'Remove example data' })).toBeVisible();
  await importValues(page, 'Choose files', 'Preview import', 'Import');
  await page.goto('./#/karta?region=ex-sjuharad&farg=indikator:TEST2');
  const map = page.getByRole('group', { name: /^Hexagon map/ });
  await map.getByRole('button', { name: /^Borås:/ }).hover();
  await expect(page.getByRole('tooltip')).toContainText('In context: 14, Sjuhärad 22, Sweden 18, rank 2 of 7');
  await page.getByRole('button', { name: 'Show as a table' }).click();
  await expectNoAxeViolations(page, 'Karta, numbers in context (en)');
  await page.goto('./#/jamfor?region=ex-sjuharad&kommuner=1490,1442');
  await expect(page.getByRole('row', { name: /^TEST2 \(2015\)/ })).toContainText('rank 2 of 7');
  await expectNoAxeViolations(page, 'Jämför, numbers in context (en)');
});

test('Rapport lists the region’s good examples by theme under "Goda exempel" (sv and en, axe)', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/rapport?region=ex-sjuharad');
  const good = page.getByRole('region', { name: 'Goda exempel' });
  // The example data marks Borås's Skolfam; Umeå's kompetenstrappa is outside Sjuhärad.
  await expect(good.getByRole('listitem').filter({ hasText: 'Skolfam' })).toContainText('Borås');
  await expect(good).not.toContainText('Kompetenstrappa');
  await expectNoAxeViolations(page, 'Rapport with Goda exempel');
  await page.evaluate(() => localStorage.setItem('planatlas-lang', 'en'));
  await page.reload();
  await expect(page.getByRole('region', { name: 'Good examples' })).toContainText('Skolfam');
  await expectNoAxeViolations(page, 'Rapport with Goda exempel (en)');
});
