import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

const SJUHARAD = ['Borås', 'Bollebygd', 'Herrljunga', 'Mark', 'Svenljunga', 'Tranemo', 'Ulricehamn', 'Vårgårda'];
const WITHOUT_PLAN = SJUHARAD.filter((n) => n !== 'Borås');
const HOSTILE = '<script>window.__pwned=1</script> Hemlig åtgärd';

/** The CSV files of a bundle, as text. */
function csvFiles(path: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files))
    if (name.endsWith('.csv')) out[name] = new TextDecoder().decode(bytes);
  return out;
}

/** Save a download started by clicking a button; returns its path and suggested name. */
async function download(page: Page, name: string): Promise<{ path: string; name: string }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  const file = await pending;
  const path = join(test.info().outputDir, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

/** A fresh context that opens files only: every other request is aborted and counted. */
async function offlineContext(browser: Browser) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const network: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    network.push(url);
    return route.abort();
  });
  // What the file's CSP blocked (a request it forbids would never reach the network to be counted).
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  context.on('request', (r) => {
    const url = r.url();
    if (!/^(file|data|blob):/.test(url) && !network.includes(url)) network.push(url);
  });
  return { context, network };
}

test('publish Sjuhärad as one file: every view offline, read-only, no network, its bundle imports unchanged', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // The app: the example, plus a measure whose title is markup.
  const app = await browser.newContext();
  const page = await app.newPage();
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/data?region=ex-sjuharad');
  await page.getByLabel('Välj filer').setInputFiles({
    name: 'atgarder.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`kommunkod;titel;status\r\n1490;${HOSTILE};planerad\r\n`),
  });
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('checkbox', { name: 'Ta med exempeldata' }).check();
  const published = await download(page, 'Publicera som fil');
  expect(published.name).toMatch(/^planatlas-sjuharad-\d{4}-\d{2}-\d{2}\.html$/);
  // What "Exportera paket" writes for the region, to compare with the file's "Ladda ner data (paket)".
  await page.getByRole('checkbox', { name: /^Bara vald region/ }).check();
  const exported = csvFiles((await download(page, 'Exportera paket')).path);
  await app.close();

  const html = readFileSync(published.path, 'utf8');
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*connect-src 'none'/);
  expect(html).not.toContain(HOSTILE);

  const { context, network } = await offlineContext(browser);
  const file = await context.newPage();
  const dialogs: string[] = [];
  file.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const url = pathToFileURL(published.path).href;
  await file.goto(url);
  await expect(file.getByText(/^Publicerad av Sjuhärad den .+ – en ögonblicksbild, inte redigerbar$/)).toBeVisible();
  await expect(file.getByText(/Källor: .*Exempeldata/)).toBeVisible();

  // Översikt: "Saknar plan" names the seven without a plan.
  const status = file.getByRole('region', { name: 'Kommunernas planer, per status' });
  await expect(status.getByText('Saknar plan (7):')).toBeVisible();
  for (const name of WITHOUT_PLAN) await expect(status.getByRole('link', { name, exact: true })).toBeVisible();
  // "Behov utan åtgärd" is shown, without the link to Teman (not in the file).
  const needs = file.getByRole('region', { name: /^Behov utan åtgärd/ });
  await expect(needs).toContainText('Inga nyckeltal är kopplade till teman än.');
  await expect(needs.getByRole('link', { name: 'Gå till Teman' })).toHaveCount(0);
  await expectNoAxeViolations(file, 'publicerad fil, Översikt');

  // Karta: the eight names on the map.
  await file.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Karta' }).click();
  const map = file.getByRole('group', { name: /Sexhörningskarta.*Sjuhärad/ });
  for (const name of SJUHARAD)
    await expect(
      map
        .locator('text[data-code]')
        .filter({ hasText: new RegExp(`^${name.slice(0, 3)}`) })
        .first(),
    ).toBeVisible();
  await expect(map.locator('text[data-code]')).toHaveCount(SJUHARAD.length);
  await expect(file.getByRole('button', { name: 'Hämta från Kolada' })).toHaveCount(0);
  await expectNoAxeViolations(file, 'publicerad fil, Karta');

  // Tidslinje: a lane per municipality.
  await file.goto(`${url}#/tidslinje?visning=alla`);
  const timeline = file.getByRole('group', { name: /Tidslinje för Sjuhärad/ });
  for (const name of SJUHARAD) await expect(timeline.getByText(name, { exact: true })).toBeVisible();
  await expectNoAxeViolations(file, 'publicerad fil, Tidslinje');

  // Jämför: the matrix has Borås's row (its 11 example measures and the one imported) and names the
  // seven without measures under it.
  await file.goto(`${url}#/jamfor`);
  const matrix = file.getByRole('table', { name: /Antal åtgärder per kommun och tema i Sjuhärad/ });
  await expect(
    matrix
      .getByRole('row', { name: /^Borås/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('12');
  const without = file.locator('p').filter({ hasText: 'Utan åtgärder (7):' });
  for (const name of WITHOUT_PLAN) await expect(without.getByRole('link', { name, exact: true })).toBeVisible();
  await expectNoAxeViolations(file, 'publicerad fil, Jämför');

  // Rapport and a kommunblad; the markup in a title stays text.
  await file.goto(`${url}#/rapport`);
  await expect(file.getByRole('heading', { level: 1 })).toContainText('Sjuhärad');
  // A kommunblad is drawn when it comes near the window: Borås's is brought there first.
  await file.getByRole('heading', { level: 2, name: 'Borås', exact: true }).scrollIntoViewIfNeeded();
  await expect(file.getByText(HOSTILE, { exact: true }).first()).toBeVisible();
  expect(await file.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expectNoAxeViolations(file, 'publicerad fil, Rapport');
  await file.goto(`${url}#/kommun/1490`);
  await expect(file.getByRole('heading', { level: 1 })).toContainText('Borås');

  // Read-only: no import, edit or delete controls, no Data view in the menu, no database opened.
  for (const name of ['Importera filer', 'Ladda exempeldata', 'Ta bort exempeldata', 'Exportera paket', 'Ny grupp'])
    await expect(file.getByRole('button', { name })).toHaveCount(0);
  await expect(file.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Data' })).toHaveCount(0);
  await file.goto(`${url}#/data`);
  await expect(file.getByRole('heading', { level: 1 })).toHaveText('Finns inte i den publicerade filen');
  expect(await file.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);

  // The data as a bundle: the same CSV files as "Exportera paket" for the region.
  const bundle = await download(file, 'Ladda ner data (paket)');
  expect(bundle.name).toMatch(/^planatlas-sjuharad-\d{4}-\d{2}-\d{2}\.zip$/);
  const fromFile = csvFiles(bundle.path);
  expect(Object.keys(fromFile).sort()).toEqual(Object.keys(exported).sort());
  for (const name of Object.keys(exported)) expect(fromFile[name], name).toBe(exported[name]);

  const blocked = () => file.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  expect(await blocked(), 'blocked by the CSP').toEqual([]);

  // English, as in the app.
  await file.goto(`${url}#/oversikt`);
  await file.getByLabel('Språk (language)').selectOption('en');
  await expect(file.getByText(/^Published by Sjuhärad on .+ – a snapshot, not editable$/)).toBeVisible();
  await expect(file.getByRole('button', { name: 'Download data (package)' })).toBeVisible();
  await expectNoAxeViolations(file, 'published file, Overview');
  await file.goto(`${url}#/karta`);
  await expect(file.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(file, 'published file, Map');

  expect(await blocked(), 'blocked by the CSP').toEqual([]);
  expect(network, 'network requests from the published file').toEqual([]);
  expect(dialogs).toEqual([]);
  await context.close();

  // The bundle imports into an empty app and exports unchanged.
  const other = await browser.newContext();
  const b = await other.newPage();
  await openApp(b, '#/data');
  await b.getByLabel('Välj filer').setInputFiles(bundle.path);
  const preview = b.getByRole('dialog', { name: 'Förhandsgranska import' });
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden();
  await b.getByRole('checkbox', { name: 'Ta med exempeldata' }).check();
  const again = csvFiles((await download(b, 'Exportera paket')).path);
  for (const name of Object.keys(fromFile)) expect(again[name], name).toBe(fromFile[name]);
  await other.close();
});

test('an example region is not published without the example data: it says so and writes nothing', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/data?region=ex-sjuharad');
  await expect(page.getByRole('checkbox', { name: 'Ta med exempeldata' })).not.toBeChecked();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Publicera som fil' }).click();
  await expect(page.getByText(/^Sjuhärad är en del av exempeldatan: kryssa i ”Ta med exempeldata”/)).toBeVisible();
  expect(downloads).toBe(0);
});

test('the published file: no link leads to a view it leaves out, no Påminn, Rapport prints without Word', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // Sjuhärad with late measures in two municipalities, a plan past its follow-up, a good example and a
  // round past its last answer date: every kind of link Översikt's Bevakning and Jämför offer.
  const app = await browser.newContext();
  const page = await app.newPage();
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/data?region=ex-sjuharad');
  const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page
    .getByLabel('Välj filer')
    .setInputFiles([
      csv(
        'atgarder.csv',
        'kommunkod;titel;status;slut;gott_exempel\r\n1490;Sen i Borås;pagaende;2019-06;ja\r\n1463;Sen i Mark;planerad;2019-12;nej\r\n',
      ),
      csv('planer.csv', 'kommunkod;titel;status;uppfoljning\r\n1463;Plan för Mark;antagen;2020-01\r\n'),
      csv('insamlingar.csv', 'namn;region_id;sista_svarsdag\r\nPlaner 2020;ex-sjuharad;2020-04-30\r\n'),
    ]);
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('checkbox', { name: 'Ta med exempeldata' }).check();
  const published = await download(page, 'Publicera som fil');
  await page.goto('./#/oversikt?region=ex-sjuharad');
  await expect(page.getByRole('button', { name: 'Påminn', exact: true })).toBeVisible();
  await page.goto('./#/rapport?region=ex-sjuharad');
  await expect(page.getByRole('button', { name: 'Ladda ner som Word' })).toBeVisible();
  await app.close();

  const { context } = await offlineContext(browser);
  const file = await context.newPage();
  const url = pathToFileURL(published.path).href;
  const heading = file.getByRole('heading', { level: 1 });
  /** Load the file afresh at a hash: the view drawn is the one the hash names. */
  const open = async (hash: string) => {
    await file.goto('about:blank');
    await file.goto(`${url}${hash}`);
    await expect(heading).toBeVisible();
  };
  const routeOf = (href: string) => /^#\/([a-z]+)/.exec(href)?.[1] ?? '';
  const links = () => file.locator('a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

  await open('#/oversikt');
  const menu = await file
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const inFile = new Set([...menu.map(routeOf), 'kommun']);
  expect([...inFile].sort()).toEqual(['jamfor', 'karta', 'kommun', 'oversikt', 'rapport', 'tidslinje']);

  // Every view of the menu (Tidslinje in each of its layouts) and a kommunblad: the links each offers.
  const pages = [...menu, '#/tidslinje?visning=kommun', '#/tidslinje?visning=alla', '#/kommun/1490'];
  const found = new Map<string, string>();
  for (const hash of pages) {
    await open(hash);
    if (routeOf(hash) === 'oversikt') {
      const late = file.getByRole('region', { name: /^Var förseningarna finns/ });
      await expect(late.getByRole('row')).not.toHaveCount(0);
      // A reader of a publication sends no reminders; the list itself still downloads.
      await expect(late.getByRole('button', { name: 'Ladda ner (CSV)' })).toBeVisible();
      await expect(file.getByRole('button', { name: 'Påminn', exact: true })).toHaveCount(0);
    }
    if (routeOf(hash) === 'jamfor') await expect(file.getByRole('region', { name: 'Goda exempel' })).toBeVisible();
    // Rapport prints; its Word file is written in a worker, which a single file does not carry.
    if (routeOf(hash) === 'rapport') {
      await expect(file.getByRole('button', { name: 'Skriv ut', exact: true })).toBeVisible();
      await expect(file.getByRole('button', { name: 'Ladda ner som Word' })).toHaveCount(0);
    }
    for (const href of await links()) if (!found.has(href)) found.set(href, hash);
  }
  expect([...found.keys()].filter((h) => routeOf(h) === 'kommun').length).toBeGreaterThan(1);
  const outside = [...found].filter(([href]) => !inFile.has(routeOf(href))).map(([href, on]) => `${on} → ${href}`);
  expect(outside, 'links to views the file leaves out').toEqual([]);

  // One target per route opens its view, not the page that says it is not in the file.
  const perRoute = new Map([...found.keys()].map((href) => [routeOf(href), href]));
  for (const href of perRoute.values()) {
    await open(href);
    await expect(heading, href).not.toHaveText('Finns inte i den publicerade filen');
  }

  // A measure on the timeline opens its municipality's kommunblad (Data, where the app opens it, is not in the file).
  await open('#/tidslinje?visning=alla');
  const timeline = file.getByRole('group', { name: /^Tidslinje för/ });
  const item = timeline.getByRole('button', { name: /^Åtgärd: .*, Borås, / }).first();
  await item.focus();
  await file.keyboard.press('Enter');
  await expect(file).toHaveURL(/#\/kommun\/1490/);
  await expect(heading).toContainText('Borås');
  await context.close();
});
