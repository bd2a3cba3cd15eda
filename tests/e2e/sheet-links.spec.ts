import { expect, test, type Page } from '@playwright/test';
import { loadExample, openApp } from './helpers';

// Every municipality's name opens its kommunblad (issue 24): Översikt, Karta's table and selection,
// Jämför's matrix and side by side, and Tidslinje for one municipality.

async function opensSheet(page: Page, link: ReturnType<Page['getByRole']>, code: string, name: string) {
  await expect(link).toHaveAttribute('href', new RegExp(`#/kommun/${code}(\\?|$)`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#/kommun/${code}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('a municipality’s name opens its kommunblad from Översikt, Karta, Jämför and Tidslinje', async ({ page }) => {
  await openApp(page);
  await loadExample(page);

  await page.goto('./#/oversikt?region=ex-sjuharad');
  const status = page.getByRole('region', { name: 'Kommunernas planer, per status' });
  await opensSheet(page, status.getByRole('link', { name: 'Tranemo', exact: true }), '1452', 'Tranemo');

  await page.goto('./#/karta?region=ex-sjuharad');
  await page.getByRole('button', { name: 'Visa som tabell' }).click();
  const table = page.getByRole('table', { name: /^Samma uppgifter som kartan/ });
  await opensSheet(page, table.getByRole('link', { name: 'Borås', exact: true }), '1490', 'Borås');

  // The map's tooltip says how; the chosen municipality's name under "Valda kommuner" is the link.
  await page.goto('./#/karta?region=ex-sjuharad');
  await page.getByRole('button', { name: /^Mark:/ }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Valda kommuner öppnar kommunbladet');
  await page.getByRole('button', { name: /^Mark:/ }).click();
  const legend = page.getByRole('region', { name: 'Teckenförklaring' });
  await opensSheet(page, legend.getByRole('link', { name: 'Mark', exact: true }), '1463', 'Mark');

  await page.goto('./#/jamfor?region=ex-sjuharad');
  const matrix = page.getByRole('table', { name: /Antal åtgärder per kommun och tema/ });
  await opensSheet(page, matrix.getByRole('rowheader', { name: 'Borås' }).getByRole('link'), '1490', 'Borås');

  await page.goto('./#/tidslinje?region=ex-sjuharad&visning=alla&kommuner=1490');
  await opensSheet(page, page.getByRole('link', { name: 'Kommunblad för Borås' }), '1490', 'Borås');
});
