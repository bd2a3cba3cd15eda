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

/**
 * How much of the map box the chosen region's outline fills, as shares of the box's width and height
 * (issue 23: "the region fills the map box with a margin").
 */
export async function regionFill(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const box = document.querySelector('svg.map')!.getBoundingClientRect();
    const region = document.querySelector('svg.map path.region')!.getBoundingClientRect();
    return { x: region.width / box.width, y: region.height / box.height };
  });
}

/**
 * The region fills at least 85 % of the box in the binding dimension; on a wide screen (the box takes
 * the drawing's shape) both ways. Returns what it measured, for the message.
 */
export async function expectRegionFills(page: Page, what: string): Promise<void> {
  const wide = page.viewportSize()!.width > 800;
  await expect
    .poll(async () => {
      const { x, y } = await regionFill(page);
      return `${Math.round(100 * (wide ? Math.min(x, y) : Math.max(x, y))) >= 85 ? 'fills' : 'too small'} (${Math.round(100 * x)} % × ${Math.round(100 * y)} %)`;
    }, what)
    .toMatch(/^fills/);
}
