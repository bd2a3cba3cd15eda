import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sharedFile } from '../support/needs';
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
  await expect(
    map.getByRole('button', { name: 'Borås: Har åtgärder inom Placerade barns skolgång och hälsa' }),
  ).toBeVisible();
  await expect(map.getByRole('button', { name: 'Mark: Ingen plan' })).toBeVisible();
  await expect(map.getByRole('button', { name: /^Umeå: .*utanför regionen/ })).toBeVisible();

  // The date: before the reorganisation ended, Borås's measure on it was running; the slider is shared as "datum".
  await page.getByLabel('Färglägg efter').selectOption({ label: 'Planstatus' });
  const slider = page.getByRole('slider', { name: 'Datum' });
  await slider.focus();
  // The slider starts at the first dated record: Skaraborg's social emergency service, 2010.
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/datum=2010-01/);
  await expect(page.getByText('Kartan visar läget januari 2010')).toBeVisible();
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
  const downloads = page.getByRole('group', { name: 'Ladda ner karta' });
  await downloads.getByRole('button', { name: 'Ladda ner SVG' }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Karta: Västra Götalands län – Planstatus');
  expect(svg).toContain('Ingen plan: 47');
  expect(svg).toContain('Läge: juni 2016');
  expect(svg).toContain('Västra Götalands län, läge juni 2016');
  expect(svg).toContain('Datum okänt: 2');
  expect(svg).toContain('url(#pa-nodata)');
  expect(svg).toContain('<pattern');
  expect(svg).toContain('>Borås</text>');
  expect(svg).toContain('GeoNames');
  expect(svg.match(/<path/g)!.length).toBeGreaterThan(290);
  // Outlines are baked at their screen width (2.5 px for the region) in drawing units: no
  // non-scaling stroke for a renderer to get wrong (Firefox drew them half as thick on a 2× canvas).
  expect(svg).not.toContain('vector-effect');
  const unitsPerPx = await page.locator('svg.map').evaluate((el) => {
    const s = el as SVGSVGElement;
    const vb = s.viewBox.baseVal;
    return Math.max(vb.width / s.clientWidth, vb.height / s.clientHeight);
  });
  const regionWidth = Number(svg.match(/class="region[ "][^>]*stroke-width="([^"]*)"/)![1]);
  expect(regionWidth / unitsPerPx).toBeCloseTo(2.5, 1);
  download = page.waitForEvent('download');
  await downloads.getByRole('button', { name: 'Ladda ner PNG' }).click();
  expect((await download).suggestedFilename()).toBe('planatlas-karta-status-vastra-gotalands-lan-2016-06-30.png');
  const png = readFileSync(await (await download).path());
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  // The default is the slide: the PNG is the SVG document at 2×, in the drawing's own shape.
  const size = (file: Buffer) => [file.readUInt32BE(16), file.readUInt32BE(20)];
  const svgSize = (text: string) => [
    Number(text.match(/ width="(\d+)"/)![1]),
    Number(text.match(/ height="(\d+)"/)![1]),
  ];
  const [sw, sh] = svgSize(svg);
  expect(size(png)).toEqual([sw * 2, sh * 2]);
  // A4 liggande: the document is the page (1123 × 794 px at 96 dpi) and the PNG has its shape.
  await downloads.getByLabel('Storlek').selectOption({ label: 'A4 liggande' });
  download = page.waitForEvent('download');
  await downloads.getByRole('button', { name: 'Ladda ner SVG' }).click();
  const a4Svg = readFileSync(await (await download).path(), 'utf8');
  expect(svgSize(a4Svg)).toEqual([1123, 794]);
  expect(a4Svg).toContain('>Borås</text>');
  download = page.waitForEvent('download');
  await downloads.getByRole('button', { name: 'Ladda ner PNG' }).click();
  const [aw, ah] = size(readFileSync(await (await download).path()));
  expect(aw / ah).toBeGreaterThan(1.31);
  expect(aw / ah).toBeLessThan(1.51);
  expect(aw).toBe(2246);
  await expectNoAxeViolations(page, 'karta med storlek A4 liggande');
});

const SWEREF = sharedFile('geo/municipalities-sweref99tm.geojson');
const WGS84 = sharedFile('geo/municipalities-wgs84.geojson');

test('import official boundaries in SWEREF 99 TM and see the geographic map; a broken file keeps the previous map', async ({
  page,
}) => {
  test.skip(SWEREF.skip, SWEREF.reason);
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/karta');
  await expect(page.getByRole('radio', { name: /Geografisk/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Importera kommungränser' })).toBeVisible();
  await page.getByLabel('Välj gränsfil').setInputFiles(SWEREF.located());
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
  await page.getByLabel('Välj gränsfil').setInputFiles({
    name: 'fel.geojson',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type":"FeatureCollection","features":[]}'),
  });
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
  await page
    .getByLabel('Välj filer')
    .setInputFiles({ name: 'planer.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('dialog', { name: 'Förhandsgranska import' }).getByRole('button', { name: 'Importera' }).click();
  await page.goto('./#/karta?region=14');
  const map = page.getByRole('group', { name: /Sexhörningskarta/ });
  await expect(map.getByRole('button', { name: 'Borås: Antagen' })).toBeVisible();
  const slider = page.getByRole('slider', { name: 'Datum' });
  await slider.focus();
  await page.keyboard.press('Home'); // mars 2016: the slider starts at the first dated record
  await expect(page.getByText('Kartan visar läget mars 2016')).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight'); // juni 2016
  await expect(page.getByText('Kartan visar läget juni 2016')).toBeVisible();
  await expect(map.getByRole('button', { name: 'Borås: Under arbete' })).toBeVisible();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight'); // oktober 2016
  await expect(map.getByRole('button', { name: 'Borås: Antagen' })).toBeVisible();
  const legend = page.getByRole('region', { name: 'Teckenförklaring' });
  await expect(legend.getByRole('listitem').filter({ hasText: 'Antagen' })).toContainText('1');
  // Before the plan started: no plan.
  await page.goto('./#/karta?region=14&datum=2016-01');
  await expect(map.getByRole('button', { name: 'Borås: Ingen plan' })).toBeVisible();
});

test('WGS 84 boundaries are drawn with a conic projection', async ({ page }) => {
  test.skip(WGS84.skip, WGS84.reason);
  await openApp(page, '#/karta?region=24');
  await page.getByLabel('Välj gränsfil').setInputFiles(WGS84.located());
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

test('Sjuhärad on the tile map: every member named on screen, a tooltip inside the window, undated plans are "datum okänt"', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/karta?region=ex-sjuharad');
  const map = page.getByRole('group', { name: /Sexhörningskarta.*Sjuhärad/ });
  await expect(map).toBeInViewport({ ratio: 1 });
  const names = ['Borås', 'Bollebygd', 'Herrljunga', 'Mark', 'Svenljunga', 'Tranemo', 'Ulricehamn', 'Vårgårda'];
  for (const name of names) {
    const label = map
      .locator('text[data-code]')
      .filter({ hasText: new RegExp(`^${name.slice(0, 3)}`) })
      .first();
    await expect(label).toBeVisible();
    const box = (await label.boundingBox())!;
    expect(box.height, `${name} label height`).toBeGreaterThanOrEqual(10);
    const text = (await label.textContent())!;
    expect(text === name || (text.endsWith('.') && name.startsWith(text.slice(0, -1))), `${text} for ${name}`).toBe(
      true,
    );
  }
  await expect(map.locator('text[data-code]')).toHaveCount(names.length);

  await map.getByRole('button', { name: /^Borås:/ }).hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Borås');
  expect(((await tip.textContent()) ?? '').match(/Under arbete/g)).toHaveLength(1);
  await expect(tip).toBeInViewport({ ratio: 1 });
  const size = await tip.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(13);
  // The same by keyboard focus, also near the right edge.
  await map.getByRole('button', { name: /^Ulricehamn:/ }).focus();
  await expect(tip).toContainText('Ulricehamn');
  await expect(map.getByRole('button', { name: /^Ulricehamn:/ })).toHaveAccessibleDescription(
    /Ulricehamn.*Plan: Ingen plan/,
  );
  await expect(tip).toBeInViewport({ ratio: 1 });

  // At a date, the undated plan of Borås is "Datum okänt", with its own legend entry.
  await page.goto('./#/karta?region=ex-sjuharad&datum=2016-06');
  await expect(map.getByRole('button', { name: 'Borås: Datum okänt' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Teckenförklaring' }).getByRole('listitem').filter({ hasText: 'Datum okänt' }),
  ).toContainText('1');
  await expectNoAxeViolations(page, 'karta sjuhärad');
});

test('the slider starts at the first dated record and has year ticks; the file name says where and when', async ({
  page,
}) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/karta?region=ex-sjuharad');
  const slider = page.getByRole('slider', { name: 'Datum' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/datum=2010-01/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/datum=2010-01/);
  await expect(slider).toHaveAttribute('aria-valuetext', 'januari 2010');
  await expect(page.getByText('2016', { exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Ladda ner karta' }).getByRole('button', { name: 'Ladda ner PNG' }).click();
  expect((await download).suggestedFilename()).toBe('planatlas-karta-status-sjuharad-2010-01-31.png');
});

test('the indicator map downloads under its own name, with the indicator’s period, source and scale', async ({
  page,
}) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/karta?region=20');
  await page.getByLabel('Färglägg efter').selectOption({ label: 'Nyckeltal: Mottagna ensamkommande barn' });
  const downloads = page.getByRole('group', { name: 'Ladda ner karta' });
  let download = page.waitForEvent('download');
  await downloads.getByRole('button', { name: 'Ladda ner SVG' }).click();
  const file = await download;
  // The colouring is in the name: the status map's download does not overwrite it.
  expect(file.suggestedFilename()).toMatch(
    /^planatlas-karta-indikator-[a-z0-9-]+-dalarnas-lan-\d{4}-\d{2}-\d{2}\.svg$/,
  );
  const svg = readFileSync(await file.path(), 'utf8');
  // The period the values are from, not today; the values' own source; the ramp with its values.
  expect(svg).toContain('Dalarnas län, period 2015');
  expect(svg).not.toContain('Läge:');
  expect(svg).not.toContain('Källa: Planatlas');
  expect(svg).toMatch(/>Källa: [^<]+</);
  expect(svg).toContain('<linearGradient');
  expect(svg).toMatch(/period 2015: 170/);
  download = page.waitForEvent('download');
  await downloads.getByRole('button', { name: 'Ladda ner PNG' }).click();
  expect((await download).suggestedFilename()).toMatch(/^planatlas-karta-indikator-/);
});

test('colouring by an indicator, the tooltip gives the value with its period', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/karta?region=20');
  await page.getByLabel('Färglägg efter').selectOption({ label: 'Nyckeltal: Mottagna ensamkommande barn' });
  const map = page.getByRole('group', { name: /Sexhörningskarta/ });
  await map.getByRole('button', { name: /^Hedemora:/ }).hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('Hedemora');
  await expect(tip).toContainText(/Värde 2015: 170/);
  await expect(tip).toContainText('Plan: Ej påbörjad');
  await expect(tip).toContainText(/Planerat klart\s*mars 2016/);
  await expect(tip).toBeInViewport({ ratio: 1 });
});
