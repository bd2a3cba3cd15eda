import { expect, type Page } from '@playwright/test';
import { generateCounty } from '../support/county';

/** An indicator for the map's legend: a share in per cent where higher is better, for 2023 and 2024. */
export const INDICATOR = { id: 'U99001', name: 'Andel barn med plan', unit: '%' };

function indicatorFiles(codes: string[]): { name: string; mimeType: string; buffer: Buffer }[] {
  const bom = '\uFEFF';
  const ind = `${bom}id;namn;enhet;beskrivning;hogre_ar_battre\r\n${INDICATOR.id};${INDICATOR.name};${INDICATOR.unit};;ja\r\n`;
  const rows = ['indikator;kommunkod;period;varde;kalla'];
  codes.forEach((c, i) => {
    // Every third municipality has no value in 2024 ("no data"), the rest span 40–90.
    rows.push(`${INDICATOR.id};${c};2023;${40 + ((i * 17) % 51)};Test`);
    if (i % 7 !== 3) rows.push(`${INDICATOR.id};${c};2024;${40 + ((i * 23) % 51)};Test`);
  });
  const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  return [csv('indikatorer.csv', ind), csv('nyckeltal.csv', bom + rows.join('\r\n') + '\r\n')];
}

/**
 * A generated county (`14`: Västra Götaland's 49 municipalities; `''`: all 290) with 3 000 measures
 * and one indicator, imported through Data's "Välj filer". Returns the municipalities' codes and names.
 */
export async function importCounty(page: Page, county: string, measures = 3000) {
  const c = generateCounty({ county, measures });
  await page.goto('./#/data');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page
    .getByLabel('Välj filer')
    .setInputFiles([
      csv('planer.csv', c.planer),
      csv('atgarder.csv', c.atgarder),
      csv('handelser.csv', c.handelser),
      ...indicatorFiles(c.codes),
    ]);
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  return c;
}
