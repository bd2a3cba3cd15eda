/**
 * Firefox smoke suite (issue 26): the built app in Debian's Firefox ESR over WebDriver BiDi — load,
 * example data, every view by the menu, a CSV import through the preview, undo of that import, a bundle
 * export (the download captured), and a reload that keeps the data. Any console error, page error or
 * CSP violation fails the step it happened in. One page, steps in order.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MENU } from '$lib/state/url';
import { sv } from '$lib/i18n/sv';
import { firefoxNeed, get, heading, launchFirefox, previewServer, textShown, type Firefox } from './firefox';

const firefox = firefoxNeed();
const port = Number(process.env.PORT ?? 4173);

describe.skipIf(firefox.skip)('Firefox ESR smoke', () => {
  let ff: Firefox;
  let stop = () => {};
  let base = '';
  const files = mkdtempSync(join(tmpdir(), 'planatlas-firefox-files-'));

  beforeAll(async () => {
    const executable = firefox.located();
    ({ base, stop } = await previewServer(port));
    ff = await launchFirefox(executable);
  });
  afterAll(async () => {
    await ff?.close();
    stop();
    rmSync(files, { recursive: true, force: true });
    if (ff) rmSync(ff.downloads, { recursive: true, force: true });
  });
  // Whatever the step, the page said nothing wrong meanwhile.
  afterEach(async () => {
    expect(await ff.take()).toEqual([]);
  });

  const rows = () => ff.page.evaluate(() => document.querySelectorAll('[role="tabpanel"] tbody tr').length);

  it('loads the app with its menu and a heading', async () => {
    await ff.page.goto(`${base}#/oversikt`);
    await get(ff.page, 'navigation', sv.nav.label);
    await heading(ff.page, sv.nav.oversikt);
  });

  it('loads the example data', async () => {
    await (await get(ff.page, 'button', 'Ladda exempeldata')).click();
    await get(ff.page, 'button', 'Ta bort exempeldata');
  });

  it('opens every view of the main menu', async () => {
    const menu = await get(ff.page, 'navigation', sv.nav.label);
    for (const route of MENU) {
      await (await get(menu, 'link', sv.nav[route])).click();
      await ff.page.waitForFunction(
        (r) =>
          location.hash.startsWith(`#/${r}`) &&
          document.querySelector(`nav a[aria-current="page"]`)?.getAttribute('href')?.includes(`#/${r}`) &&
          !!document.querySelector('h1')?.textContent?.trim(),
        { timeout: 30_000 },
        route,
      );
    }
  });

  it('imports a CSV through "Förhandsgranska import", then undoes it', async () => {
    await ff.page.goto(`${base}#/data?tabell=measures`);
    await heading(ff.page, sv.nav.data);
    const before = await rows();
    const csv = [
      'kommunkod;titel;status',
      'Borås;Lotsar i Borås (Firefox);planerad',
      'Skövde;Skolstöd i Skövde (Firefox);pågående',
    ].join('\r\n');
    const path = join(files, 'firefox-atgarder.csv');
    writeFileSync(path, csv);
    const input = await ff.page.waitForSelector('input[type="file"]');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    const dialog = await get(ff.page, 'dialog', sv.preview.title);
    await textShown(ff.page, '2 rader');
    await (await get(dialog, 'button', 'Importera')).click();
    await ff.page.waitForFunction(() => !document.querySelector('dialog[open]'), { timeout: 60_000 });
    await textShown(ff.page, 'Lotsar i Borås (Firefox)');
    expect(await rows()).toBe(before + 2);

    const history = await get(ff.page, 'region', 'Importhistorik');
    const row = await history.waitForSelector('::-p-xpath(.//tr[contains(., "firefox-atgarder.csv")])');
    if (!row) throw new Error('the import is not in Importhistorik');
    await (await get(row, 'button', 'Ångra')).click();
    const undo = await get(ff.page, 'dialog', 'Ångra firefox-atgarder.csv');
    await (await get(undo, 'button', 'Ångra')).click();
    await ff.page.waitForFunction(() => !document.body.innerText.includes('Lotsar i Borås (Firefox)'), {
      timeout: 30_000,
    });
    expect(await rows()).toBe(before);
  });

  it('exports a bundle (the download is a zip with the tables)', async () => {
    await (await get(ff.page, 'checkbox', 'Ta med exempeldata')).click();
    await (await get(ff.page, 'button', 'Exportera paket')).click();
    let zip: string | undefined;
    // The download lands in the folder given to Firefox; wait for it to be complete (no .part file).
    for (let i = 0; i < 300 && !zip; i++) {
      const names = readdirSync(ff.downloads);
      if (!names.some((n) => n.endsWith('.part'))) zip = names.find((n) => n.endsWith('.zip'));
      if (!zip) await new Promise((r) => setTimeout(r, 100));
    }
    expect(zip).toMatch(/^planatlas-.*\.zip$/);
    const entries = unzipSync(new Uint8Array(readFileSync(join(ff.downloads, zip!))));
    expect(Object.keys(entries)).toContain('planer.csv');
    expect(strFromU8(entries['planer.csv']).split(/\r?\n/)[0]).toMatch(/^id;/);
  });

  it('keeps the data over a reload', async () => {
    await ff.page.reload();
    await heading(ff.page, sv.nav.data);
    await get(ff.page, 'button', 'Ta bort exempeldata');
    const history = await get(ff.page, 'region', 'Importhistorik');
    await ff.page.waitForFunction(
      (h) => (h as HTMLElement).innerText.includes('firefox-atgarder.csv'),
      { timeout: 30_000 },
      history,
    );
  });
});
