import { expect, test } from '@playwright/test';
import { importCounty } from './map-county';
import { openApp } from './helpers';
import { bestOpen } from './longtasks';

test.describe.configure({ timeout: 240_000 });

/**
 * Issue 23: Karta and Tidslinje for Hela Sverige open without a main-thread task over 200 ms at 290
 * municipalities and 3 000 measures. A budget of the page's own work, not a timing of the test: each
 * task is counted by its thread time (Chromium's trace), which a loaded machine (parallel tests on two
 * cores) does not lengthen, and the test waits as long as it must. The `longtask` durations, which do
 * include waiting for a core, are printed beside it; `npm run bench:views` measures them on a quiet machine.
 */
const BUDGET = 200;

test('Karta and Tidslinje for Hela Sverige (290 municipalities, 3 000 measures) open without a task over 200 ms', async ({
  page,
}) => {
  await openApp(page, '#/oversikt');
  await importCounty(page, '');
  const karta = await bestOpen(
    page,
    'Karta',
    async () => {
      await expect(page.getByRole('group', { name: /Sexhörningskarta/ }).getByRole('button')).toHaveCount(290, {
        timeout: 30_000,
      });
    },
    BUDGET,
  );
  console.log(`Karta tasks over 50 ms (thread time / longtask, ms), per attempt: ${JSON.stringify(karta.all)}`);
  expect
    .soft(Math.max(0, ...karta.best), `Karta's longest task by thread time (attempts: ${JSON.stringify(karta.all)})`)
    .toBeLessThanOrEqual(BUDGET);

  const tidslinje = await bestOpen(
    page,
    'Tidslinje',
    async () => {
      // Opens in "En rad per kommun": a name per municipality.
      const overview = page.getByRole('group', { name: /^Planer och åtgärder per kommun i Hela Sverige/ });
      await expect(overview.getByRole('button')).toHaveCount(290, { timeout: 30_000 });
    },
    BUDGET,
  );
  console.log(`Tidslinje tasks over 50 ms (thread time / longtask, ms), per attempt: ${JSON.stringify(tidslinje.all)}`);
  expect(
    Math.max(0, ...tidslinje.best),
    `Tidslinje's longest task by thread time (attempts: ${JSON.stringify(tidslinje.all)})`,
  ).toBeLessThanOrEqual(BUDGET);
});
