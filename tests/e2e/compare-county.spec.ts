import { expect, test } from '@playwright/test';
import { importCounty } from './map-county';
import { expectNoAxeViolations, openApp } from './helpers';
import { bestOpen, openView } from './longtasks';

test.describe.configure({ timeout: 240_000 });

// The tasks are counted by their thread time (the page's own work, which a loaded machine does not lengthen);
// their wall time belongs in a benchmark (`npm run bench:views`). What is asserted beside it is why they are
// short: the matrix draws only the rows near the window.
test('Jämför and Karta for Hela Sverige (290 municipalities, 3 000 measures): the matrix draws the rows in view', async ({
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
  // Issue 23: Jämför for Hela Sverige opens without a main-thread task over 200 ms (the best of up to three fresh opens).
  const jamfor = await bestOpen(
    page,
    'Jämför',
    async () => {
      const matrix = page.getByRole('table', { name: /Antal åtgärder per kommun och tema/ });
      await expect(matrix).toHaveAttribute('aria-rowcount', String(withMeasures + 1), { timeout: 30_000 });
      await expect(matrix.getByRole('row').nth(1)).toBeVisible();
    },
    200,
  );
  console.log(`Jämför tasks over 50 ms (thread time / longtask, ms), per attempt: ${JSON.stringify(jamfor.all)}`);
  expect
    .soft(Math.max(0, ...jamfor.best), `Jämför's longest task by thread time (attempts: ${JSON.stringify(jamfor.all)})`)
    .toBeLessThanOrEqual(200);
  const matrix = page.getByRole('table', { name: /Antal åtgärder per kommun och tema/ });
  expect(await matrix.getByRole('row').count()).toBeLessThan(withMeasures / 2);

  // Every municipality is in the matrix: scrolled to the end, the last row (by name) is drawn, numbered last.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = matrix.getByRole('row', { name: /^Övertorneå/ });
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-rowindex', String(withMeasures + 1));
  await expectNoAxeViolations(page, 'Jämför, Hela Sverige');

  const karta = await openView(page, 'Karta', async () => {
    await expect(page.getByRole('group', { name: /Sexhörningskarta/ }).getByRole('button')).toHaveCount(290);
  });
  console.log(`Karta tasks over 50 ms (thread time / longtask, ms): ${JSON.stringify(karta)}`);

  await page.goto('./#/jamfor');
  await page.getByLabel('Språk (language)').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare');
  await expectNoAxeViolations(page, 'Jämför, Hela Sverige (en)');
});
