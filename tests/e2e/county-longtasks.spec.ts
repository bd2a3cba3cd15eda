import { expect, test } from '@playwright/test';
import { importCounty } from './map-county';
import { openApp } from './helpers';
import { bestOpen } from './longtasks';

test.describe.configure({ timeout: 240_000 });

/**
 * Issue 23: Karta and Tidslinje for Hela Sverige open without a main-thread task over 200 ms at 290
 * municipalities and 3 000 measures. A behaviour budget of the page (PerformanceObserver `longtask`,
 * what the person waits for after a click), not a timing of the test: the test waits as long as it must.
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
  console.log(`Karta long tasks (ms), per attempt: ${JSON.stringify(karta.all)}`);
  expect
    .soft(Math.max(0, ...karta.best), `Karta's longest task (attempts: ${JSON.stringify(karta.all)})`)
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
  console.log(`Tidslinje long tasks (ms), per attempt: ${JSON.stringify(tidslinje.all)}`);
  expect(
    Math.max(0, ...tidslinje.best),
    `Tidslinje's longest task (attempts: ${JSON.stringify(tidslinje.all)})`,
  ).toBeLessThanOrEqual(BUDGET);
});
