import { expect, test, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations, openApp } from './helpers';

const API = 'https://api.kolada.se/v3';
const KPI = {
  id: 'N17510',
  title: 'Barn och unga 0-20 år med heldygnsinsatser, antal/1000 inv',
  description: 'Antal barn och unga per 1000 invånare 0-20 år.',
};
const entry = (municipality: string, period: number, t: number | null) => ({
  kpi: KPI.id,
  municipality,
  period,
  values: [
    { gender: 'K', status: '', value: 99.1, count: 1 },
    { gender: 'T', status: '', value: t, count: 1 },
    { gender: 'M', status: '', value: 98.1, count: 1 },
  ],
});
const json = (route: Route, body: unknown) =>
  route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });

async function mockKolada(page: Page, requests: string[]) {
  await page.route(`${API}/**`, (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.includes('/kpi?title='))
      return json(route, { count: 2, values: [KPI, { id: 'U17510', title: 'Något annat' }], next_url: null });
    if (url.startsWith(`${API}/kpi/`)) return json(route, { count: 1, values: [KPI] });
    if (url.includes('/data/kpi/N17510/') && !url.includes('page=2')) {
      return json(route, {
        count: 3,
        values: [entry('0180', 2022, 11.5), entry('0114', 2022, 1.234)],
        next_url: `${API}/data/kpi/N17510/municipality/x/year/2022?page=2`,
      });
    }
    if (url.includes('page=2'))
      return json(route, { count: 3, values: [entry('0180', 2023, 12), entry('0184', 2023, null)], next_url: null });
    return route.fulfill({ status: 404, body: '' });
  });
}

test('"Hämta från Kolada" follows next_url, keeps gender T and goes through the import preview', async ({ page }) => {
  const requests: string[] = [];
  await mockKolada(page, requests);
  await openApp(page, '#/data?region=01');
  await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hämta från Kolada' });
  // Suggestions are checked against /v3/kpi and shown with the API's title.
  await expect(dialog.getByRole('button', { name: `${KPI.id} ${KPI.title}` })).toBeVisible();
  await dialog.getByLabel(/Nyckeltal/).fill('heldygnsinsatser');
  await dialog.getByRole('button', { name: 'Sök', exact: true }).click();
  await dialog.getByRole('radio', { name: `${KPI.id} – ${KPI.title}` }).check();
  await expectNoAxeViolations(page, 'Hämta från Kolada');
  await dialog.getByLabel('Från år').selectOption('2022');
  await dialog.getByLabel('Till år').selectOption('2023');
  await dialog.getByRole('button', { name: 'Hämta', exact: true }).click();

  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(preview.getByRole('button', { name: 'Importera' })).toBeEnabled();
  await expect(preview).toContainText('bara totalen (kön T) används');
  const data = requests.filter((u) => u.includes('/data/'));
  expect(data).toHaveLength(2);
  expect(data[0]).toContain('/year/2022,2023');
  expect(data[0]).toMatch(/municipality\/(\d{4},){25}\d{4}\//); // Stockholms län: 26 municipalities
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden();
  // The indicator and the three totals with a value (the empty one is skipped).
  await expect(page.getByRole('status')).toHaveText(/4 nya/);
  // What landed, read back from an exported bundle: the three totals with their provenance, nothing else.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera paket' }).click();
  const files = unzipSync(readFileSync(await (await download).path()));
  const values = strFromU8(files['nyckeltal.csv'])
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/);
  // The page's own date (local time: from 23:00 UTC it is already tomorrow in Sweden).
  const date = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  expect(values).toEqual([
    'indikator;kommunkod;period;varde;kalla',
    `N17510;0114;2022;1,2340;Kolada (hämtat ${date})`, // 1.234: the writer keeps it unambiguous
    `N17510;0180;2022;11,5;Kolada (hämtat ${date})`,
    `N17510;0180;2023;12;Kolada (hämtat ${date})`,
  ]);
  expect(strFromU8(files['indikatorer.csv'])).toContain(`N17510;${KPI.title};;${KPI.description}`);
});

test('offline or refused: a clear message and how to import a downloaded file instead', async ({ page }) => {
  await page.route(`${API}/**`, (route) => route.abort('internetdisconnected'));
  await openApp(page, '#/data');
  await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hämta från Kolada' });
  await dialog.getByLabel(/Nyckeltal/).fill('N17510');
  await dialog.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Kolada kunde inte nås');
  await expect(dialog.getByRole('alert')).toContainText('Importera filer');

  await page.unroute(`${API}/**`);
  await page.route(`${API}/**`, (route) => route.fulfill({ status: 503, body: 'busy' }));
  await dialog.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('HTTP 503');
});

test('Karta without indicators offers "Hämta från Kolada" beside "Färglägg efter"; the values colour the map', async ({
  page,
}) => {
  const requests: string[] = [];
  await mockKolada(page, requests);
  await openApp(page, '#/karta?region=01');
  await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hämta från Kolada' });
  await dialog.getByLabel(/Nyckeltal/).fill('heldygnsinsatser');
  await dialog.getByRole('button', { name: 'Sök', exact: true }).click();
  await dialog.getByRole('radio', { name: `${KPI.id} – ${KPI.title}` }).check();
  await dialog.getByLabel('Från år').selectOption('2022');
  await dialog.getByLabel('Till år').selectOption('2023');
  await dialog.getByRole('button', { name: 'Hämta', exact: true }).click();
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden();
  // Now there is an indicator: the button gives way to the indicator in "Färglägg efter".
  await expect(page.getByRole('button', { name: 'Hämta från Kolada' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Färglägg efter' }).selectOption({ label: `Nyckeltal: ${KPI.title}` });
  // Stockholm has a value (a number in its name); Botkyrka, which Kolada had nothing for, has none.
  await expect(page.getByRole('button', { name: /^Stockholm: .*\d/ })).toBeVisible();
});
