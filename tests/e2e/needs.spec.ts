import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

/**
 * Needs versus plans (issue 25) on the example data's Sjuhärad (only Borås has measures, Skolfam among
 * them on the theme skola) with an indicator TEST1 (no indikatorer.csv: lower is better) linked to the
 * theme skola with the threshold 50: above 50 is weak.
 */
const NYCKELTAL = [
  'indikator;kommunkod;period;varde',
  'TEST1;1490;2015;80', // Borås: weak, has Skolfam on skola
  'TEST1;1443;2015;70', // Bollebygd: weak
  'TEST1;1463;2015;60', // Mark: weak
  'TEST1;1452;2015;55', // Tranemo: weak
  'TEST1;1466;2015;40', // Herrljunga
  'TEST1;1465;2015;30', // Svenljunga
  'TEST1;1491;2015;20', // Ulricehamn
  'TEST1;1442;2014;90', // Vårgårda: only an older period, so no value
].join('\r\n');
const TEMA_INDIKATORER = 'tema;indikator;grans;kommentar\r\nskola;TEST1;50;Regionens gräns\r\n';

async function importNeeds(page: Page) {
  await page.goto('./#/data?tabell=measures');
  await page.getByLabel('Välj filer').setInputFiles([
    { name: 'nyckeltal.csv', mimeType: 'text/csv', buffer: Buffer.from(NYCKELTAL) },
    { name: 'tema_indikatorer.csv', mimeType: 'text/csv', buffer: Buffer.from(TEMA_INDIKATORER) },
  ]);
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden();
}

test('Behov utan åtgärd names the weak municipalities without a measure; a measure removes one; the map counts every member; a good example is listed', async ({
  page,
}) => {
  test.slow(); // four views, an import and a form on a loaded machine
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await importNeeds(page);

  await page.goto('./#/oversikt?region=ex-sjuharad');
  const needs = page.getByRole('region', { name: /^Behov utan åtgärd/ });
  await expect(needs.getByRole('heading', { name: 'Behov utan åtgärd (3)' })).toBeVisible();
  await expect(needs).toContainText(
    '3 kommuner har svaga värden för TEST1 men ingen åtgärd inom Samverkan med skola och förskola: Bollebygd, Mark, Tranemo.',
  );
  const table = needs.getByRole('table', { name: 'Behov utan åtgärd' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(3);
  // Weakest first, each with its value, the county's and Sweden's median and the period.
  await expect(rows.nth(0)).toHaveText(/Bollebygd.*TEST1.*70.*55.*55.*2015/);
  await expect(rows.nth(1)).toHaveText(/^Mark/);
  await expect(rows.nth(2)).toHaveText(/^Tranemo/);
  await expect(rows.nth(0).getByRole('link', { name: 'Bollebygd' })).toHaveAttribute('href', /#\/kommun\/1443/);
  await expectNoAxeViolations(page, 'Översikt with Behov utan åtgärd');

  // "Lägg till åtgärd" for Mark: the form comes pre-filled with Mark and the theme; ticked as a good example.
  await rows
    .nth(1)
    .getByRole('button', { name: 'Lägg till åtgärd för Mark inom Samverkan med skola och förskola' })
    .click();
  const form = page.getByRole('dialog', { name: 'Ny åtgärd' });
  await expect(form.getByRole('combobox', { name: /^Kommun/ })).toHaveValue('Mark');
  await expect(form.getByRole('checkbox', { name: 'Samverkan med skola och förskola' })).toBeChecked();
  await form.getByLabel('Titel').fill('Läxhjälp för placerade barn');
  await form.getByRole('checkbox', { name: 'Gott exempel' }).check();
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  await expect(needs.getByRole('heading', { name: 'Behov utan åtgärd (2)' })).toBeVisible();
  await expect(needs).toContainText(
    '2 kommuner har svaga värden för TEST1 men ingen åtgärd inom Samverkan med skola och förskola: Bollebygd, Tranemo.',
  );
  await expect(rows).toHaveCount(2);

  // Karta "Behov och åtgärder": four classes whose counts add up to Sjuhärad's 8 municipalities.
  await page.goto('./#/karta?region=ex-sjuharad');
  await page
    .getByLabel('Färglägg efter')
    .selectOption({ label: 'Behov och åtgärder: Samverkan med skola och förskola' });
  const legend = page.getByRole('region', { name: 'Teckenförklaring' });
  const counts: Record<string, string> = {
    'Svagt värde, ingen åtgärd': '2', // Bollebygd, Tranemo
    'Svagt värde, åtgärd finns': '2', // Borås, Mark
    'Inte svagt': '3', // Herrljunga, Svenljunga, Ulricehamn
    'Inget värde': '1', // Vårgårda
  };
  let sum = 0;
  for (const [label, n] of Object.entries(counts)) {
    await expect(legend.getByRole('listitem').filter({ hasText: label })).toHaveText(new RegExp(`${label}\\s*${n}$`));
    sum += Number(n);
  }
  expect(sum).toBe(8);
  // Each municipality says its class, its value and its measures in words (the tooltip says the same).
  await expect(page.locator('path[data-code="1443"]')).toHaveAccessibleName(
    'Bollebygd: Svagt värde, ingen åtgärd · TEST1: 70 (2015) · Ingen åtgärd inom temat',
  );
  await expect(page.locator('path[data-code="1463"]')).toHaveAccessibleName(
    'Mark: Svagt värde, åtgärd finns · TEST1: 60 (2015) · Åtgärder inom temat: Läxhjälp för placerade barn',
  );
  await expectNoAxeViolations(page, 'Karta, Behov och åtgärder');

  // Jämför: the new good example is listed under its theme, with municipality, status and progress.
  await page.goto('./#/jamfor?region=ex-sjuharad');
  const good = page.getByRole('region', { name: 'Goda exempel' });
  await expect(good.getByRole('listitem').filter({ hasText: 'Läxhjälp för placerade barn' })).toHaveText(
    /Läxhjälp för placerade barn\s*–\s*Mark · Planerad · genomförande ej rapporterat/,
  );
  // The example's Skolfam (Borås) is one too; Umeå's kompetenstrappa is outside Sjuhärad.
  await expect(good).toContainText('Skolfam');
  await expect(good).not.toContainText('Kompetenstrappa');
  await expectNoAxeViolations(page, 'Jämför with Goda exempel');
});

test('Teman links an indicator to a theme with a threshold, and removes it again', async ({ page }) => {
  await openApp(page, '#/teman');
  const theme = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Ensamkommande barn och mottagande' }) });
  const section = theme.getByRole('region', { name: 'Nyckeltal för temat' });
  await expect(section).toContainText('Inga nyckeltal kopplade');
  await section.getByRole('button', { name: /^Koppla ett nyckeltal till temat/ }).click();
  await section.getByLabel('Indikator', { exact: true }).selectOption('N17511');
  await section.getByLabel('Gräns (valfri)').fill('12,5');
  await section.getByRole('button', { name: 'Koppla', exact: true }).click();
  await expect(section.getByRole('listitem')).toHaveText([/N17511 · gräns 12,5/]);
  await expectNoAxeViolations(page, 'Teman with Nyckeltal för temat');
  await section.getByRole('button', { name: /^Ta bort nyckeltalet N17511/ }).click();
  await expect(section).toContainText('Inga nyckeltal kopplade');
  // The default suggestion of the built-in theme (N17510, received unaccompanied children).
  await section.getByRole('button', { name: /^Lägg till förslaget N17510/ }).click();
  await expect(section.getByRole('listitem')).toHaveText([/^N17510/]);
});

test('axe finds nothing on the views of needs in English', async ({ page }) => {
  test.slow(); // an import and four axe passes
  await page.addInitScript(() => localStorage.setItem('planatlas-lang', 'en'));
  await page.goto('./#/oversikt');
  await page.getByRole('button', { name: 'Load example data' }).click();
  await expect(page.getByRole('button', { name: 'Remove example data' })).toBeVisible();
  await importNeedsEn(page);
  for (const hash of [
    '#/oversikt?region=ex-sjuharad',
    '#/karta?region=ex-sjuharad&farg=behov:skola',
    '#/jamfor?region=ex-sjuharad',
    '#/teman',
  ]) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `${hash} (en)`);
  }
  await page.goto('./#/oversikt?region=ex-sjuharad');
  await expect(page.getByRole('region', { name: /^Needs without a measure/ })).toContainText(
    '3 municipalities have weak values for TEST1 but no measure on Samverkan med skola och förskola: Bollebygd, Mark, Tranemo.',
  );
});

async function importNeedsEn(page: Page) {
  await page.goto('./#/data?tabell=measures');
  await page.getByLabel('Choose files').setInputFiles([
    { name: 'nyckeltal.csv', mimeType: 'text/csv', buffer: Buffer.from(NYCKELTAL) },
    { name: 'tema_indikatorer.csv', mimeType: 'text/csv', buffer: Buffer.from(TEMA_INDIKATORER) },
  ]);
  const preview = page.getByRole('dialog', { name: 'Preview import' });
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(preview).toBeHidden();
}
