import { expect, test, type Page } from '@playwright/test';
import { importCounty } from './map-county';
import { expectNoAxeViolations, openApp } from './helpers';

test.describe.configure({ timeout: 240_000 });

/** Long tasks (over 50 ms) on the main thread from now on, in ms. */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __long: number[] }).__long);
}

/** Open a view from the main menu (no reload) and wait until `ready` is visible and the page is idle. */
async function openView(page: Page, view: string, ready: () => Promise<void>): Promise<number[]> {
  const longTasks = await watchLongTasks(page);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: view }).click();
  await ready();
  // Let the work that follows the first paint (rows added a slice at a time) run out.
  await page.evaluate(
    () => new Promise<void>((res) => requestIdleCallback(() => requestIdleCallback(() => res()), { timeout: 5000 })),
  );
  return longTasks();
}

test('Jämför and Karta for Hela Sverige (290 municipalities, 3 000 measures) open without a main-thread task over 200 ms', async ({
  page,
}) => {
  await openApp(page, '#/oversikt');
  const county = await importCounty(page, '');
  // The matrix has a row for each municipality with measures.
  const [head, ...lines] = county.atgarder
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const at = head.split(';').indexOf('kommunkod');
  const withMeasures = new Set(lines.map((l) => l.split(';')[at])).size;
  expect(withMeasures).toBeGreaterThan(250);
  await page.goto('./#/oversikt');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const jamfor = await openView(page, 'Jämför', async () => {
    const matrix = page.getByRole('table', { name: /Antal åtgärder per kommun och tema/ });
    await expect(matrix).toHaveAttribute('aria-rowcount', String(withMeasures + 1), { timeout: 30_000 });
    await expect(matrix.getByRole('row').nth(1)).toBeVisible();
  });
  console.log(`Jämför long tasks (ms): ${JSON.stringify(jamfor)}`);
  expect.soft(jamfor.filter((d) => d > 200)).toEqual([]);

  // Every municipality is in the matrix: scrolled to the end, the last row (by name) is drawn, numbered last.
  const matrix = page.getByRole('table', { name: /Antal åtgärder per kommun och tema/ });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = matrix.getByRole('row', { name: /^Övertorneå/ });
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-rowindex', String(withMeasures + 1));
  await expectNoAxeViolations(page, 'Jämför, Hela Sverige');

  const karta = await openView(page, 'Karta', async () => {
    await expect(page.getByRole('group', { name: /Sexhörningskarta/ }).getByRole('button')).toHaveCount(290);
  });
  console.log(`Karta long tasks (ms): ${JSON.stringify(karta)}`);
  expect.soft(karta.filter((d) => d > 200)).toEqual([]);

  await page.goto('./#/jamfor');
  await page.getByLabel('Språk (language)').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare');
  await expectNoAxeViolations(page, 'Jämför, Hela Sverige (en)');
});
