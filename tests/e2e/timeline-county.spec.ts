import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateCounty } from '../support/county';
import { expectNoAxeViolations, openApp } from './helpers';

// A county at its real scale: Västra Götaland's 49 municipalities and 3 000 measures, imported
// through Data's "Importera filer" like a person's own files.
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

test.describe('Tidslinje for a whole county', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('opens in "En rad per kommun": all 49 names on one screen, the key above, the axis sticky; a name opens the municipality and back returns', async ({
    page,
  }) => {
    await importCounty(page);
    await page.goto('./#/tidslinje?region=14');
    const visning = page.getByRole('radiogroup', { name: 'Visning' });
    await expect(visning.getByRole('radio', { name: 'En rad per kommun' })).toBeChecked();
    await expect(visning.getByRole('radio', { name: 'Alla åtgärder' })).not.toBeChecked();
    const overview = page.getByRole('group', { name: /^Planer och åtgärder per kommun i Västra Götalands län/ });
    const names = overview.getByRole('button');
    await expect(names).toHaveCount(49);
    await expectNoAxeViolations(page, 'Tidslinje, Västra Götaland, en rad per kommun');

    // The key is on the first screen, above the rows.
    const key = overview.getByText('Planens fas:');
    await expect(key).toBeInViewport();
    const keyBox = (await key.boundingBox())!;
    expect(keyBox.y + keyBox.height).toBeLessThanOrEqual((await names.first().boundingBox())!.y);

    // Scrolled to the overview's top, every one of the 49 names is within the 768 px of the screen.
    await overview.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    for (const name of county.names) {
      const button = overview.getByRole('button', { name: new RegExp(`^${name}:`) });
      await expect(button).toBeInViewport({ ratio: 1 });
    }
    // Scrolled to the end of the page: the axis and the key stay in view.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(overview.getByText('Kommun', { exact: true })).toBeInViewport();
    await expect(key).toBeInViewport();
    await expect(overview.getByText(/^20\d\d$/).first()).toBeInViewport();

    // The keyboard: the arrows move row by row, Enter opens.
    const first = names.first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(names.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();
    await page.keyboard.press('End');
    await expect(names.last()).toBeFocused();

    // A name opens "Alla åtgärder" for that municipality; the visible way back returns to the overview.
    await overview.getByRole('button', { name: /^Borås:/ }).click();
    await expect(page).toHaveURL(/kommuner=1490/);
    await expect(visning.getByRole('radio', { name: 'Alla åtgärder' })).toBeChecked();
    const timeline = page.getByRole('group', { name: /^Tidslinje för Västra Götalands län/ });
    await expect(timeline.getByText('Borås', { exact: true })).toBeVisible();
    await expect(timeline.getByText('Skövde', { exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: /Alla kommuner i Västra Götalands län/ }).click();
    await expect(visning.getByRole('radio', { name: 'En rad per kommun' })).toBeChecked();
    await expect(overview.getByRole('button')).toHaveCount(49);

    // "Alla åtgärder" for the whole county is one choice away, and in the link.
    await visning.getByRole('radio', { name: 'Alla åtgärder' }).check();
    await expect(page).toHaveURL(/visning=alla/);
    await expect(timeline).toBeVisible();
    // The key is above the drawing; a jump brings a municipality's lane into view.
    const themes = page.getByRole('heading', { name: 'Teman (färg på åtgärderna)' });
    expect((await themes.boundingBox())!.y).toBeLessThan((await timeline.boundingBox())!.y);
    const uddevalla = timeline.getByText('Uddevalla', { exact: true });
    await expect(uddevalla).not.toBeInViewport();
    await page.getByLabel('Gå till kommun').selectOption({ label: 'Uddevalla' });
    await expect(uddevalla).toBeInViewport();
  });
});

test.describe('Tidslinje colours for a whole county', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  // Import, two views and four axe runs of 3 000 measures: minutes on a loaded machine.
  test.describe.configure({ timeout: 240_000 });

  test('the key shows at most 8 colours; a theme highlighted from the key greys the others; a bar says when it has several themes', async ({
    page,
  }) => {
    await importCounty(page);
    await page.goto('./#/tidslinje?region=14&visning=alla');
    const key = page.getByRole('list', { name: 'Teman (färg på åtgärderna)' });
    const entries = key.getByRole('button');
    // All 13 themes are used: each is in the key (to be highlighted), in at most 8 colours.
    await expect(entries).toHaveCount(13);
    const swatches = () =>
      key.locator('.bar').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const colours = await swatches();
    expect(new Set(colours).size).toBeLessThanOrEqual(8);
    expect(new Set(colours).size).toBeGreaterThan(2);

    // Highlighting a theme (by its name in the key): that one in colour, every other entry grey; in the link.
    const chosen = entries.filter({ hasText: 'Samverkan med skola och förskola' });
    await chosen.click();
    await expect(chosen).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/markera=skola/);
    const named = async () =>
      key.locator('li').evaluateAll((els) =>
        els
          .filter((li) => li.querySelector('.bar'))
          .map((li) => ({
            name: li.textContent!.trim(),
            colour: getComputedStyle(li.querySelector('.bar')!).backgroundColor,
          })),
      );
    const lit = await named();
    const skola = lit.find((e) => e.name === 'Samverkan med skola och förskola')!;
    const others = lit.filter((e) => e !== skola);
    expect(new Set(others.map((e) => e.colour))).toEqual(new Set(['rgb(222, 222, 222)']));
    expect(skola.colour).not.toBe('rgb(222, 222, 222)');
    await expectNoAxeViolations(page, 'Tidslinje, Västra Götaland, ett tema markerat');
    // Enter on the entry again shows every theme.
    await chosen.focus();
    await page.keyboard.press('Enter');
    await expect(chosen).toHaveAttribute('aria-pressed', 'false');
    await expect(page).not.toHaveURL(/markera=/);
    expect(new Set(await swatches()).size).toBeGreaterThan(2);

    // One municipality: its bars are buttons, and a measure with several themes says so.
    await page.goto('./#/tidslinje?region=14&kommuner=1490&visning=alla');
    const timeline = page.getByRole('group', { name: /^Tidslinje för Västra Götalands län/ });
    await expect(
      timeline.getByRole('button', { name: /^Åtgärd: .*, [23] teman(, \d+ % genomfört)?$/ }).first(),
    ).toBeAttached();
    await expectNoAxeViolations(page, 'Tidslinje, Borås');
    await page.getByLabel('Språk (language)').selectOption('en');
    await expect(page.getByRole('list', { name: 'Themes (colour of the measures)' })).toBeVisible();
    await expect(
      page
        .getByRole('group', { name: /^Timeline for/ })
        .getByRole('button', { name: /, [23] themes(, \d+ % done)?$/ })
        .first(),
    ).toBeAttached();
    await expectNoAxeViolations(page, 'Tidslinje, Borås (en)');
  });
});

test.describe('Tidslinje labels every milestone and event of a crowded county', () => {
  test.describe.configure({ timeout: 180_000 });
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    test(`at ${width} px: each mark is named beside it or numbered in the key; names do not overlap`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await importCounty(page);
      await page.goto('./#/tidslinje?region=14&visning=alla');
      const timeline = page.getByRole('group', { name: /^Tidslinje för Västra Götalands län/ });
      await expect(timeline).toHaveAttribute('aria-busy', 'false');
      // Measures are painted on the canvas here: the drawing's buttons are the milestones and events.
      const marks = timeline.getByRole('button');
      const n = await marks.count();
      expect(n).toBeGreaterThan(49);
      const labels = await timeline.locator('text.marklabel').evaluateAll((els) =>
        els.map((e) => {
          const b = e.getBoundingClientRect();
          return {
            text: e.textContent ?? '',
            keyed: e.classList.contains('keyed'),
            y: Math.round(b.top),
            l: b.left,
            r: b.right,
          };
        }),
      );
      expect(labels).toHaveLength(n);
      // A number stands for an entry of the key under the drawing, which names the mark.
      const numbers = labels.filter((l) => l.keyed).map((l) => l.text);
      const key = page.getByRole('region', { name: /^Numrerade milstolpar och händelser/ });
      if (width < 600) expect(numbers.length).toBeGreaterThan(0);
      if (numbers.length) {
        const entries = await key.getByRole('listitem').allTextContents();
        expect(entries.map((e) => e.trim().split(/\s/)[0]).sort()).toEqual([...numbers].sort());
        expect(entries.every((e) => /^\d+\s+\S.*\d{4}$/.test(e.trim()))).toBe(true);
      } else await expect(key).toHaveCount(0);
      // Names (not the numbers, which may sit over a neighbour when nothing is free) never overlap in a row.
      const named = labels.filter((l) => !l.keyed && l.r > l.l);
      for (const [i, a] of named.entries())
        for (const b of named.slice(i + 1))
          if (Math.abs(a.y - b.y) < 6) expect(a.r <= b.l + 1 || b.r <= a.l + 1, `${a.text} / ${b.text}`).toBe(true);
    });
  }
});

test.describe('A county\'s "Alla åtgärder" downloads as a picture for a slide', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test.describe.configure({ timeout: 180_000 });

  test('the PNG is at most 4 096 px tall and near 16:9; the SVG names every municipality and carries the key and source', async ({
    page,
  }) => {
    await importCounty(page);
    await page.goto('./#/tidslinje?region=14&visning=alla');
    await expect(page.getByRole('group', { name: /^Tidslinje för Västra Götalands län/ })).toBeVisible();
    const downloads = page.getByRole('group', { name: 'Ladda ner tidslinje' });
    let download = page.waitForEvent('download');
    await downloads.getByRole('button', { name: 'Ladda ner PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^planatlas-tidslinje-per-kommun-vastra-gotalands-lan-\d{4}-\d{2}-\d{2}\.png$/,
    );
    const png = readFileSync(await file.path());
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(h).toBeLessThanOrEqual(4096);
    expect(w).toBeLessThanOrEqual(4096);
    // A slide is 16:9 (1.78); the picture is between 4:3 and 2:1, not a strip.
    expect(w / h).toBeGreaterThan(1.33);
    expect(w / h).toBeLessThan(2.1);

    download = page.waitForEvent('download');
    await downloads.getByRole('button', { name: 'Ladda ner SVG' }).click();
    const svg = readFileSync(await (await download).path(), 'utf8');
    for (const name of county.names) expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain('Tidslinje: Västra Götalands län – En rad per kommun');
    expect(svg).toMatch(/Västra Götalands län, 20\d\d – 20\d\d/);
    expect(svg).toContain('Planens fas: Antagen');
    expect(svg).toContain('Åtgärder per kvartal: försenad');
    // The milestones' shapes are in the key, as on screen.
    expect(svg).toMatch(/<path d="M0,-4.5L4.5,0L0,4.5L-4.5,0Z"[^>]*\/><text[^>]*>Milstolpar: Antagen<\/text>/);
    expect(svg).toContain('Källa: Planatlas');
    const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg.slice(svg.indexOf('<svg')))!;
    expect(Number(size[1]) / Number(size[2])).toBeGreaterThan(1.33);

    // Every measure is still one choice away, as a long drawing with the overdue outline the screen shows.
    await expect(page.getByText(/49 rader får inte plats på en bild/)).toBeVisible();
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner SVG med alla åtgärder (lång bild)' }).click();
    const all = await download;
    expect(all.suggestedFilename()).toMatch(/^planatlas-tidslinje-vastra-gotalands-lan-/);
    const long = readFileSync(await all.path(), 'utf8');
    expect(long).toMatch(/<rect [^>]*fill="none" stroke="#b00020" stroke-width="2"/);
  });
});
