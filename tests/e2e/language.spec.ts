import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp } from './helpers';

const VIEWS_EN = ['oversikt', 'karta', 'tidslinje', 'jamfor', 'data', 'teman', 'insamling'];

test('the language switch changes the menu and the date format; Swedish stays the default', async ({ page }) => {
  await openApp(page, '#/data?tabell=events');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await expect(page.getByRole('row', { name: /Kraftsamling|seminarium/i }).first()).toContainText('21 januari 2016');

  await page.getByLabel('Språk (language)').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await expect(menu.getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('row', { name: /21 January 2016/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove example data' })).toBeVisible();

  // Back to Swedish.
  await page.getByLabel(/Language/).selectOption('sv');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
});

test('axe finds no violations on any view in English', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => localStorage.setItem('planatlas-lang', 'en'));
  await page.goto('./#/oversikt');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await page.getByRole('button', { name: 'Load example data' }).click();
  for (const route of VIEWS_EN) {
    await page.goto(`./#/${route}?region=14`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `${route} (en)`);
  }
});
