import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

test('the tile map colours by plan status and names each municipality by what its colour means', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/karta');
  const map = page.getByRole('group', { name: /Sexhörningskarta/ });
  await expect(map.getByRole('button')).toHaveCount(290);
  await expect(map.getByRole('button', { name: 'Borås: Under arbete' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Skövde: Ej påbörjad' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Umeå: På remiss' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Hedemora: Ej påbörjad' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Mark: Ingen plan' })).toBeVisible();
  const legend = page.getByRole('region', { name: 'Teckenförklaring' });
  await expect(legend.getByRole('listitem').filter({ hasText: 'Ingen plan' })).toContainText('286');
  await expectNoAxeViolations(page, 'karta');
});

test('colour by a theme, zoom to a region, move the date slider, keyboard and table', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/karta?region=14');
  const map = page.getByRole('group', { name: /Sexhörningskarta.*Västra Götalands län/ });
  await page.getByLabel('Färglägg efter').selectOption({ label: 'Tema: Placerade barns skolgång och hälsa' });
  await expect(page).toHaveURL(/farg=tema:placerade/);
  await expect(map.getByRole('button', { name: 'Borås: Har åtgärder inom Placerade barns skolgång och hälsa' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Mark: Ingen plan' })).toBeVisible();
  await expect(map.getByRole('button', { name: /^Umeå: .*utanför regionen/ })).toBeVisible();

  // The date: before the reorganisation ended, Borås's measure on it was running; the slider is shared as "datum".
  await page.getByLabel('Färglägg efter').selectOption({ label: 'Planstatus' });
  const slider = page.getByRole('slider', { name: 'Datum' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/datum=2014-01/);
  await expect(page.getByText('Kartan visar läget januari 2014')).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByText('Kartan visar läget nu')).toBeVisible();

  // Keyboard: one tab stop, arrows move between neighbours, Enter selects, the selection is shared.
  await map.getByRole('button', { name: /^Borås:/ }).click();
  await expect(page).toHaveURL(/kommuner=1490/);
  await expect(map.getByRole('button', { name: /^Borås:/ })).toHaveAttribute('aria-pressed', 'true');
  await map.getByRole('button', { name: /^Borås:/ }).focus();
  await page.keyboard.press('ArrowDown');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('role', 'button');
  await expect(focused).not.toHaveAttribute('data-code', '1490');
  await page.keyboard.press('Shift+Enter');
  await expect(page).toHaveURL(/kommuner=1490,\d{4}/);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Tidslinje' }).click();
  await expect(page).toHaveURL(/#\/tidslinje\?.*kommuner=1490,\d{4}/);
  await page.goBack();

  await page.getByRole('button', { name: 'Visa som tabell' }).click();
  const table = page.getByRole('table', { name: /Samma uppgifter som kartan/ });
  await expect(table.getByRole('row')).toHaveCount(50);
  await expect(table.getByRole('row', { name: /Borås/ })).toContainText('Under arbete');
  await expectNoAxeViolations(page, 'karta med tabell');
});

test('download the map as SVG (with title, legend, date and source) and as PNG', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/karta?region=14&datum=2016-06');
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner karta som SVG' }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Karta: Västra Götalands län – Planstatus');
  expect(svg).toContain('Ingen plan: 47');
  expect(svg).toContain('Läge: juni 2016');
  expect(svg).toContain('GeoNames');
  expect(svg.match(/<path/g)!.length).toBeGreaterThan(290);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner karta som PNG' }).click();
  const png = readFileSync(await (await download).path());
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

const shared = (name: string) => new URL(`../../../shared/geo/${name}`, import.meta.url).pathname;

test('import official boundaries in SWEREF 99 TM and see the geographic map; a broken file keeps the previous map', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/karta');
  await expect(page.getByRole('radio', { name: /Geografisk/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Importera kommungränser' })).toBeVisible();
  await page.getByLabel('Välj gränsfil').setInputFiles(shared('municipalities-sweref99tm.geojson'));
  await expect(page.getByText('Kommungränser från municipalities-sweref99tm.geojson: 290 kommuner.')).toBeVisible();
  await expect(page.getByRole('radio', { name: /Geografisk/ })).toBeChecked();
  const map = page.getByRole('group', { name: /^Karta med kommungränser/ });
  await expect(map.getByRole('button')).toHaveCount(290);
  await expect(map.getByRole('button', { name: 'Borås: Under arbete' })).toBeVisible();
  // Real shapes, not hexagons: Borås's path has many more than 6 corners.
  const d = await map.getByRole('button', { name: 'Borås: Under arbete' }).getAttribute('d');
  expect(d!.split(/[LM]/).length).toBeGreaterThan(12);
  await expectNoAxeViolations(page, 'geografisk karta');

  // Survives a reload.
  await page.reload();
  await expect(page.getByText('Kommungränser från municipalities-sweref99tm.geojson: 290 kommuner.')).toBeVisible();

  // A file that is not a boundary file: a clear error, the previous boundaries stay.
  await page.getByLabel('Välj gränsfil').setInputFiles({ name: 'fel.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type":"FeatureCollection","features":[]}') });
  await expect(page.getByRole('alert')).toContainText('fel.geojson');
  await expect(page.getByText('Kommungränser från municipalities-sweref99tm.geojson: 290 kommuner.')).toBeVisible();

  // Back to the tile map.
  await page.getByRole('radio', { name: /Sexhörningar/ }).check();
  const tileD = await page.getByRole('button', { name: 'Borås: Under arbete' }).getAttribute('d');
  expect(tileD!.split('L').length).toBe(6);
});

test('moving the date slider shows plan status as it was then', async ({ page }) => {
  await openApp(page, '#/data');
  const csv = 'kommunkod;titel;status;startdatum;antagen\r\nBorås;Plan för handling;antagen;2016-03;2016-09-15\r\n';
  await page.getByLabel('Välj filer').setInputFiles({ name: 'planer.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('dialog', { name: 'Förhandsgranska import' }).getByRole('button', { name: 'Importera' }).click();
  await page.goto('./#/karta?region=14');
  const map = page.getByRole('group', { name: /Sexhörningskarta/ });
  await expect(map.getByRole('button', { name: 'Borås: Antagen' })).toBeVisible();
  const slider = page.getByRole('slider', { name: 'Datum' });
  await slider.focus();
  await page.keyboard.press('Home'); // januari 2014
  await expect(map.getByRole('button', { name: 'Borås: Ingen plan' })).toBeVisible();
  for (let i = 0; i < 12 * 2 + 5; i++) await page.keyboard.press('ArrowRight'); // juni 2016
  await expect(page.getByText('Kartan visar läget juni 2016')).toBeVisible();
  await expect(map.getByRole('button', { name: 'Borås: Under arbete' })).toBeVisible();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight'); // oktober 2016
  await expect(map.getByRole('button', { name: 'Borås: Antagen' })).toBeVisible();
  const legend = page.getByRole('region', { name: 'Teckenförklaring' });
  await expect(legend.getByRole('listitem').filter({ hasText: 'Antagen' })).toContainText('1');
});

test('WGS 84 boundaries are drawn with a conic projection', async ({ page }) => {
  await openApp(page, '#/karta?region=24');
  await page.getByLabel('Välj gränsfil').setInputFiles(shared('municipalities-wgs84.geojson'));
  const map = page.getByRole('group', { name: /^Karta med kommungränser/ });
  await expect(map.getByRole('button')).toHaveCount(290);
  const umea = map.getByRole('button', { name: /^Umeå:/ });
  const box = await umea.boundingBox();
  const svgBox = await map.boundingBox();
  // Västerbotten is zoomed to: Umeå is drawn large and inside the map.
  expect(box!.width).toBeGreaterThan(20);
  expect(box!.x).toBeGreaterThan(svgBox!.x - 1);
  expect(box!.x + box!.width).toBeLessThan(svgBox!.x + svgBox!.width + 1);
});
