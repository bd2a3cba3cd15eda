import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

test('the timeline shows the municipalities\' lanes and the Sjuhärad seminar of 2016-01-21', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/tidslinje?region=ex-sjuharad');
  const timeline = page.getByRole('group', { name: /Tidslinje för Sjuhärad/ });
  await expect(timeline).toBeVisible();
  for (const name of ['Hela regionen', 'Borås', 'Bollebygd', 'Vårgårda']) await expect(timeline.getByText(name, { exact: true })).toBeVisible();
  await expect(timeline.getByRole('button', { name: /^Seminarium: .*21 januari 2016/ })).toBeVisible();
  await expectNoAxeViolations(page, 'tidslinje');

  // The four municipalities of the example, chosen as a selection.
  await page.goto('./#/tidslinje?kommuner=1490,1496,2480,2083');
  for (const name of ['Borås', 'Skövde', 'Umeå', 'Hedemora']) await expect(page.getByRole('group', { name: /Tidslinje/ }).getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Besök: .*Umeå, 1 december 2015/ })).toBeVisible();
});

test('zooming with the keyboard changes the axis; a date chosen on the timeline is shared', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/tidslinje?region=ex-sjuharad');
  const timeline = page.getByRole('group', { name: /Tidslinje för Sjuhärad/ });
  const axis = () => timeline.locator('text').allTextContents();
  const before = await axis();
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
  await page.getByLabel('Tema').selectOption({ label: 'Digitalisering och teknikutveckling' });
  await expect(page).toHaveURL(/tema=digitalisering/);
  await expect(reorg).toBeHidden();
  await page.getByLabel('Tema').selectOption({ label: 'Alla' });
  await reorg.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/data/);
  await expect(page.getByRole('dialog', { name: 'Redigera åtgärd' }).getByLabel('Titel')).toHaveValue('Ny organisation med horisontell samverkan');
});
