/**
 * Firefox smoke suite (issue 26): the built app in Debian's Firefox ESR over WebDriver BiDi — load,
 * example data, every view by the menu, the map's PNG (outlines as thick as on screen), a CSV import
 * through the preview, undo of that import, a bundle export (the download captured), and a reload that
 * keeps the data. Any console error, page error or CSP violation fails the step it happened in. One
 * page, steps in order.
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
  /** The bytes of the completed download whose name matches (no .part file left), waited for. */
  const downloaded = async (name: RegExp): Promise<Buffer> => {
    for (let i = 0; i < 300; i++) {
      const names = readdirSync(ff.downloads);
      const found = names.find((n) => name.test(n));
      if (found && !names.some((n) => n.endsWith('.part'))) return readFileSync(join(ff.downloads, found));
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no download named ${name}`);
  };

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

  it('downloads the map as PNG with outlines as thick as on screen (no half-width non-scaling strokes)', async () => {
    await ff.page.setViewport({ width: 1366, height: 768 });
    await ff.page.goto(`${base}#/karta?region=ex-sjuharad`);
    await ff.page.waitForSelector('svg.map path.region', { timeout: 30_000 });
    // Where the region's left edge (a vertical hexagon side) is, in drawing units, and the units per px.
    const drawing = await ff.page.evaluate(() => {
      const svg = document.querySelector('svg.map') as SVGSVGElement;
      const vb = svg.viewBox.baseVal;
      const region = svg.querySelector('path.region') as SVGGraphicsElement;
      const u = Math.max(vb.width / svg.clientWidth, vb.height / svg.clientHeight);
      return { u, x: vb.x, width: vb.width, left: region.getBBox().x };
    });
    const group = await get(ff.page, 'group', 'Ladda ner karta');
    await (await get(group, 'button', 'Ladda ner PNG')).click();
    const png = await downloaded(/^planatlas-karta-status-sjuharad-.*\.png$/);
    // Each row of the picture: where its first dark run begins and how long it is (in the page: the
    // browser decodes the PNG).
    const { width, runs } = await ff.page.evaluate(async (b64: string) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const dark = (i: number) => 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2] < 110;
      const out: [number, number][] = [];
      for (let y = 0; y < bitmap.height; y++) {
        let x = 0;
        while (x < bitmap.width && !dark(4 * (y * bitmap.width + x))) x++;
        const start = x;
        while (x < bitmap.width && dark(4 * (y * bitmap.width + x))) x++;
        if (x > start) out.push([start, x - start]);
      }
      return { width: bitmap.width, runs: out };
    }, png.toString('base64'));
    // The picture's px per screen px: the drawing plus its 20 px margins, enlarged for a slide, at 2×.
    const perPx = width / (drawing.width / drawing.u + 40);
    const expected = 2.5 * perPx; // the region's outline: 2.5 px on screen
    const edge = ((drawing.left - drawing.x) / drawing.u + 20) * perPx - expected / 2;
    const through = runs.filter(([start]) => Math.abs(start - edge) <= expected / 2).map(([, n]) => n);
    expect(through.length).toBeGreaterThan(10);
    const median = through.sort((a, b) => a - b)[Math.floor(through.length / 2)];
    expect(perPx).toBeGreaterThanOrEqual(2);
    expect(median / expected).toBeGreaterThan(0.75);
    expect(median / expected).toBeLessThan(1.25);
    await ff.page.setViewport({ width: 800, height: 600 });
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
