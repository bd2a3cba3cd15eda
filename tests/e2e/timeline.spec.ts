import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

test("the timeline shows the municipalities' lanes and the Sjuhärad seminar of 2016-01-21", async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/tidslinje?region=ex-sjuharad');
  const timeline = page.getByRole('group', { name: /Tidslinje för Sjuhärad/ });
  await expect(timeline).toBeVisible();
  for (const name of ['Hela regionen', 'Borås', 'Bollebygd', 'Vårgårda'])
    await expect(timeline.getByText(name, { exact: true })).toBeVisible();
  await expect(timeline.getByRole('button', { name: /^Seminarium: .*21 januari 2016/ })).toBeVisible();
  await expectNoAxeViolations(page, 'tidslinje');

  // The four municipalities of the example, chosen as a selection.
  await page.goto('./#/tidslinje?kommuner=1490,1496,2480,2083');
  for (const name of ['Borås', 'Skövde', 'Umeå', 'Hedemora'])
    await expect(page.getByRole('group', { name: /Tidslinje/ }).getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Besök: .*Umeå, 1 december 2015/ })).toBeVisible();
});

test('zooming with the keyboard changes the axis; a date chosen on the timeline is shared', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/tidslinje?region=ex-sjuharad');
  const timeline = page.getByRole('group', { name: /Tidslinje för Sjuhärad/ });
  const axis = () => timeline.locator('text').allTextContents();
  // Wait until the lanes and the axis are drawn: an empty "before" would make every check below pass or fail by luck.
  await expect(timeline.getByText('Borås', { exact: true })).toBeVisible();
  await expect(timeline.getByText('jan 2016', { exact: true })).toBeVisible();
  const before = await axis();
  expect(before.length).toBeGreaterThan(10);
  await timeline.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await expect.poll(axis).not.toEqual(before);
  const zoomed = await axis();
  // From months to days: "15 mars".
  expect(before.some((l) => /^\d{1,2} [a-zä]+$/.test(l))).toBe(false);
  expect(zoomed.some((l) => /^\d{1,2} [a-zä]+$/.test(l))).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(axis).not.toEqual(zoomed);
  await page.keyboard.press('0');
  await expect.poll(axis).toEqual(before);

  await page.getByLabel('Valt datum').fill('2016-06-30');
  await expect(page).toHaveURL(/datum=2016-06-30/);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Karta' }).click();
  await expect(page).toHaveURL(/#\/karta\?.*datum=2016-06-30/);
});

test('filter by theme, and open a measure in the Data view', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/tidslinje?region=14');
  const reorg = page.getByRole('button', { name: /^Åtgärd: Ny organisation med horisontell samverkan/ });
  await expect(reorg).toBeVisible();
  await expect(reorg).toHaveAccessibleName(/försenad/);
  await page.getByLabel('Tema', { exact: true }).selectOption({ label: 'Digitalisering och teknikutveckling' });
  await expect(page).toHaveURL(/tema=digitalisering/);
  await expect(reorg).toBeHidden();
  await page.getByLabel('Tema', { exact: true }).selectOption({ label: 'Alla' });
  await reorg.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/data/);
  await expect(page.getByRole('dialog', { name: 'Redigera åtgärd' }).getByLabel('Titel')).toHaveValue(
    'Ny organisation med horisontell samverkan',
  );
  // Opening a record is a change of view (a history entry): Back returns to the timeline.
  await page.goBack();
  await expect(page).toHaveURL(/#\/tidslinje\?region=14$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tidslinje');
});

test('with Västra Götalands län chosen, the Sjuhärad seminar is in a lane named Sjuhärad; a wheel zoom keeps it under the pointer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/tidslinje?region=14');
  const timeline = page.getByRole('group', { name: /Tidslinje för Västra Götalands län/ });
  await expect(timeline.getByText('Sjuhärad', { exact: true })).toBeVisible();
  await expect(timeline.getByText('Skaraborg', { exact: true })).toBeVisible();
  const seminar = timeline.getByRole('button', { name: /^Seminarium: .*Sjuhärad, 21 januari 2016/ });
  await expect(seminar).toBeVisible();

  const box = (await seminar.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  for (let i = 0; i < 7; i++) {
    await page.mouse.wheel(0, -200);
    await expect
      .poll(async () => {
        const b = (await seminar.boundingBox())!;
        return Math.abs(b.x + b.width / 2 - x);
      })
      .toBeLessThan(3);
  }
  // Zoomed in: the axis shows days or months, no longer years only.
  expect((await timeline.locator('text').allTextContents()).some((l) => /^(\d{1,2} )?[a-zä]+( \d{4})?$/.test(l))).toBe(
    true,
  );
  // The seminar is still the one under the pointer.
  await page.mouse.move(x, y + 1);
  await expect(page.getByRole('tooltip')).toContainText('Sjuhärad kraftsamlar');
  await expect(page.getByRole('tooltip')).toBeInViewport({ ratio: 1 });
  // The keyboard zooms at the focused item: the seminar stays where it is.
  await page.keyboard.press('0');
  await seminar.focus();
  const start = (await seminar.boundingBox())!;
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('+');
    await expect
      .poll(async () => {
        const b = (await seminar.boundingBox())!;
        return Math.abs(b.x + b.width / 2 - (start.x + start.width / 2));
      })
      .toBeLessThan(3);
  }
  await expect(seminar).toBeFocused();
});

test('measures without dates are listed under "Utan datum"; the key names the theme colours; the download names region and date', async ({
  page,
}) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/tidslinje?region=ex-sjuharad');
  const undated = page.getByRole('region', { name: /^Utan datum \(\d+ åtgärder\)/ });
  await expect(undated).toBeVisible();
  await expect(undated).toContainText('Borås');
  await expect(undated).toContainText('Skolfam');
  await expect(page.getByRole('heading', { name: 'Teman (färg på åtgärderna)' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Ledning, styrning och organisation' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Ladda ner tidslinje' }).getByRole('button', { name: 'Ladda ner SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^planatlas-tidslinje-sjuharad-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = readFileSync(await file.path(), 'utf8');
  expect(svg).toContain('Tidslinje: Sjuhärad');
  expect(svg).toContain('Försenad åtgärd');
  expect(svg).toContain('Ledning, styrning och organisation');
  expect(svg).toMatch(/<path d="M[^"]*l[^"]*z"/); // the milestone key is a diamond
  expect(svg).toContain('<circle');
  await expectNoAxeViolations(page, 'tidslinje med utan datum');
});

test('the axis speaks English when the language is English', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await page.evaluate(() => localStorage.setItem('planatlas-lang', 'en'));
  await page.reload();
  await page.getByRole('button', { name: 'Load example data' }).click();
  await page.goto('./#/tidslinje?region=ex-sjuharad');
  const timeline = page.getByRole('group', { name: /Sjuhärad/ });
  await expect(timeline).toBeVisible();
  // Poll: the axis is drawn after the group appears.
  await expect
    .poll(async () =>
      (await timeline.locator('text').allTextContents()).some((l) =>
        /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?$/.test(l),
      ),
    )
    .toBe(true);
  const labels = await timeline.locator('text').allTextContents();
  expect(labels.some((l) => /^(mars|maj|juni|juli|okt)$/.test(l))).toBe(false);
});

test('all of Sweden: 870 milestones drawn a slice at a time are all there and in the download; bars on the canvas answer the pointer', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const { municipalities } = JSON.parse(
    readFileSync(new URL('../../src/data/municipalities.json', import.meta.url), 'utf8'),
  ) as { municipalities: { code: string; name: string }[] };
  const plans = ['id;kommunkod;titel;status;startdatum;planerat_klart;antagen'];
  for (const m of municipalities)
    plans.push(`p-${m.code};${m.code};Plan ${m.name};antagen;2016-03-01;2017-12-31;2016-05-10`);
  // 300 bars in Borås: more than the SVG draws, so they are painted on the canvas.
  const measures = ['id;kommunkod;titel;status;start;slut'];
  for (let i = 0; i < 300; i++) measures.push(`m${i};1490;Åtgärd ${i};planerad;2015-01-01;2019-12-31`);
  await openApp(page, '#/data');
  for (const [name, rows] of [
    ['planer.csv', plans],
    ['atgarder.csv', measures],
  ] as const) {
    await page
      .getByLabel('Välj filer')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
    const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
    await dialog.getByRole('button', { name: 'Importera' }).click();
    await expect(dialog).toBeHidden();
  }

  // Every measure of all 290 (the whole country opens in "En rad per kommun").
  await page.goto('./#/tidslinje?region=&visning=alla');
  const timeline = page.getByRole('group', { name: /^Tidslinje för Hela Sverige/ });
  await expect(timeline).toHaveAttribute('aria-busy', 'false');
  const antagen = timeline.getByRole('button', { name: /^Antagen: Plan / });
  await expect(antagen).toHaveCount(municipalities.length);
  await expect(timeline.getByRole('button', { name: /^(Start|Planerat klart|Antagen): / })).toHaveCount(
    3 * municipalities.length,
  );
  // Top lanes first: the first in the keyboard's order is the first lane's.
  await expect(antagen.first()).toHaveAccessibleName(/^Antagen: Plan Ale,/);
  await expect(page.getByText(/Många åtgärder syns samtidigt/)).toBeVisible();

  // A bar painted on the canvas: the pointer over it shows its tooltip, a click opens it.
  const boras = timeline.getByText('Borås', { exact: true });
  await boras.scrollIntoViewIfNeeded();
  const lane = (await boras.boundingBox())!;
  const plot = (await timeline.boundingBox())!;
  await page.mouse.move(plot.x + plot.width * 0.6, lane.y + 36);
  await expect(page.getByRole('tooltip')).toContainText(/Åtgärd: Åtgärd \d+, Borås/);
  await page.mouse.click(plot.x + plot.width * 0.6, lane.y + 36);
  await expect(page.getByRole('dialog', { name: 'Redigera åtgärd' }).getByLabel('Titel')).toHaveValue(/^Åtgärd \d+$/);

  // Downloaded while the marks are still being drawn (clicked in the task that draws the first slice).
  const download = page.waitForEvent('download');
  const clickedWhileBusy = await page.evaluate(
    () =>
      new Promise<boolean>((done) => {
        new MutationObserver((_, seen) => {
          const busy = document.querySelector('svg[aria-busy]');
          // 290 lanes do not fit a slide: every measure is in the long drawing's own download.
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent === 'Ladda ner SVG med alla åtgärder (lång bild)',
          );
          if (!busy || !button) return;
          seen.disconnect();
          const wasBusy = busy.getAttribute('aria-busy') === 'true';
          button.click();
          done(wasBusy);
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
        location.hash = '#/tidslinje?region=&visning=alla';
      }),
  );
  expect(clickedWhileBusy).toBe(true);
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg.match(/aria-label="Antagen: Plan /g)).toHaveLength(municipalities.length);
  // The bars painted on the canvas are in the file as rectangles (Övriga grey: no theme).
  expect(svg.match(/<rect x="[\d.-]+" y="[\d.-]+" width="[\d.]+" height="15" fill="#a3a3a3"/g)).toHaveLength(300);
});
