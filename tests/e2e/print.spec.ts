import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateCounty } from '../support/county';
import { colouredColumns, PDFTOPPM, PDFTOTEXT, pdfPages, pdfRaster, pdfWords, printPdf } from '../support/pdf';
import { loadExample, openApp } from './helpers';

// Print carries the whole picture (issue 24): every lane of a county's timeline, the map's legend,
// a head with view, region, date and source, A4 landscape for the wide views.
const county = generateCounty({ county: '14', measures: 3000 });

async function importCounty(page: Page) {
  await openApp(page, '#/data');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera filer' }).click();
  await (
    await chooser
  ).setFiles([
    { name: 'planer.csv', mimeType: 'text/csv', buffer: Buffer.from(county.planer) },
    { name: 'atgarder.csv', mimeType: 'text/csv', buffer: Buffer.from(county.atgarder) },
    { name: 'handelser.csv', mimeType: 'text/csv', buffer: Buffer.from(county.handelser) },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
}

/** The last of `names` on paper (the greatest page, then y) and the coloured columns right of it in its row. */
function lastRow(pdf: Buffer, names: string[], end?: string) {
  const { words, pages } = pdfWords(pdf);
  // Words after `end` (a heading below the drawing) are not the drawing's.
  const stop = end ? words.find((w) => w.text === end) : undefined;
  const inDrawing = (w: { page: number; y0: number }) =>
    !stop || w.page < stop.page || (w.page === stop.page && w.y0 < stop.y0);
  const found = names.map((n) => {
    const first = n.split(' ')[0];
    const hits = words.filter((w) => (w.text === first || w.text === n) && inDrawing(w));
    return { name: n, at: hits.sort((a, b) => b.page - a.page || b.y0 - a.y0)[0] };
  });
  const missing = found.filter((f) => !f.at).map((f) => f.name);
  const last = found.filter((f) => f.at).sort((a, b) => b.at.page - a.at.page || b.at.y0 - a.at.y0)[0];
  return { missing, last, pages };
}

test.describe('Print', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('Tidslinje for a county prints every municipality with its drawing, on A4 landscape, with a head', async ({
    page,
  }) => {
    test.skip(PDFTOTEXT.skip || PDFTOPPM.skip, PDFTOTEXT.reason || PDFTOPPM.reason);
    test.setTimeout(180_000);
    await importCounty(page);

    // "En rad per kommun" (the county's default): 49 rows.
    await page.goto('./#/tidslinje?region=14');
    await expect(page.getByRole('radio', { name: 'En rad per kommun' })).toBeChecked();
    const overview = await printPdf(page);
    const text = pdfPages(overview).join('\n');
    expect(text).toContain('Tidslinje · Västra Götalands län · utskrivet');
    expect(text).toMatch(/Källa: Planatlas/);
    expect(text).toContain('idag');
    const o = lastRow(overview, county.names);
    expect(o.missing).toEqual([]);
    expect(o.pages[0].width).toBeGreaterThan(o.pages[0].height);
    // The last row is drawn: colour across its width, right of its name (more than the "today" line).
    const r = pdfRaster(overview, o.last.at.page);
    expect(
      colouredColumns(r, { x0: o.last.at.x1 + 30, y0: o.last.at.y0, x1: r.width, y1: o.last.at.y1 }),
    ).toBeGreaterThan(20);

    // Downloaded, the county's timeline is its overview: every name, sized for a slide (PNG at most 4 096 px a side).
    const downloads = page.getByRole('group', { name: 'Ladda ner tidslinje' });
    let download = page.waitForEvent('download');
    await downloads.getByRole('button', { name: 'Ladda ner SVG' }).click();
    const svgFile = await download;
    expect(svgFile.suggestedFilename()).toMatch(
      /^planatlas-tidslinje-per-kommun-vastra-gotalands-lan-\d{4}-\d{2}-\d{2}\.svg$/,
    );
    const svg = readFileSync(await svgFile.path(), 'utf8');
    for (const name of county.names) expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain('Tidslinje: Västra Götalands län – En rad per kommun');
    download = page.waitForEvent('download');
    await downloads.getByRole('button', { name: 'Ladda ner PNG' }).click();
    const png = readFileSync(await (await download).path());
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(h).toBeLessThanOrEqual(4096);
    expect(w).toBeLessThanOrEqual(4096);
    expect(w).toBeGreaterThan(h);

    // "Alla åtgärder" for the county: every lane, the last one's bars painted for paper too, and no blank first page.
    await page.getByRole('radio', { name: 'Alla åtgärder' }).check();
    await expect(page.getByRole('group', { name: /^Tidslinje för Västra Götalands län/ })).toBeVisible();
    const all = await printPdf(page);
    const a = lastRow(all, county.names, 'Utan');
    expect(a.missing).toEqual([]);
    const first = pdfWords(all).words.filter((w) => w.page === 1);
    expect(
      first.some((w) => /^20\d\d$/.test(w.text)),
      'the drawing begins on the first page',
    ).toBe(true);
    // Below the last lane's name, on its page: its bars.
    const ra = pdfRaster(all, a.last.at.page);
    expect(
      colouredColumns(ra, {
        x0: a.last.at.x1 + 30,
        y0: a.last.at.y1,
        x1: ra.width,
        y1: Math.min(ra.height, a.last.at.y1 + 80),
      }),
    ).toBeGreaterThan(20);
  });

  test('Översikt and Rapport print each status with its colour (the swatches keep their fill on paper)', async ({
    page,
  }) => {
    test.skip(PDFTOTEXT.skip || PDFTOPPM.skip, PDFTOTEXT.reason || PDFTOPPM.reason);
    await openApp(page);
    await loadExample(page);
    for (const [view, title] of [
      ['oversikt', 'Översikt'],
      ['rapport', 'Rapport'],
    ]) {
      await page.goto(`./#/${view}`);
      // A change of the hash alone: wait for the view itself, not the last one's table.
      await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
      await expect(page.getByRole('table').first()).toBeVisible();
      const pdf = await printPdf(page);
      const { words } = pdfWords(pdf);
      // Each status's name in the table has its swatch just left of it: coloured pixels there.
      for (const status of ['Antagen', 'Uppföljd']) {
        const hits = words.filter((w) => w.text === status);
        expect(hits.length, `${view}: ${status} printed`).toBeGreaterThan(0);
        const coloured = hits.some((w) => {
          const r = pdfRaster(pdf, w.page);
          return colouredColumns(r, { x0: w.x0 - 16, y0: w.y0, x1: w.x0 - 1, y1: w.y1 }) >= 3;
        });
        expect(coloured, `${view}: the swatch beside ${status} is coloured on paper`).toBe(true);
      }
    }
  });

  test('a view printed before its later sections are drawn draws them at once (print media)', async ({ page }) => {
    await openApp(page);
    await loadExample(page);
    // Timers stopped: the sections that are drawn a task later (views/parts/Later) stay placeholders.
    await page.clock.install();
    await page.clock.pauseAt(new Date(Date.now() + 60_000));
    await page.goto('./#/rapport');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Rapport');
    const busy = page.locator('main .later[aria-busy="true"]');
    await expect(busy.first()).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    await expect(busy).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Kommunernas planer, per status' })).toBeAttached();
    await page.emulateMedia({ media: null });
  });

  test('Karta prints its legend and colouring beside the map', async ({ page }) => {
    test.skip(PDFTOTEXT.skip, PDFTOTEXT.reason);
    await openApp(page);
    await loadExample(page);
    await page.goto('./#/karta?region=ex-sjuharad');
    const legend = page.getByRole('region', { name: 'Teckenförklaring' });
    await expect(legend).toBeVisible();
    const entries = (await legend.getByRole('listitem').allTextContents()).map((s) => s.replace(/\s+\d+$/, '').trim());
    expect(entries.length).toBeGreaterThan(2);
    const pages = pdfPages(await printPdf(page));
    expect(pages).toHaveLength(1);
    const flat = pages[0].replace(/\s+/g, ' ');
    expect(flat).toContain('Teckenförklaring');
    expect(flat).toContain('Planstatus');
    for (const e of entries) expect(flat).toContain(e);
    expect(flat).toMatch(/Karta · Sjuhärad · utskrivet .* Källa: Planatlas/);
    // The map's own names are on the page too.
    expect(flat).toContain('Borås');
  });
});
