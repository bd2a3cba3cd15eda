import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loadExample, openApp, VIEWS } from './helpers';

test('axe finds no WCAG 2.1 A/AA violations on any view, empty and with example data', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  for (const view of VIEWS) {
    await page.goto(`./#/${view.route}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(view.name);
    await expectNoAxeViolations(page, `${view.name} (tom)`);
  }
  await page.goto('./#/oversikt');
  await loadExample(page);
  for (const view of VIEWS) {
    await page.goto(`./#/${view.route}?region=14`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(view.name);
    await expectNoAxeViolations(page, `${view.name} (exempeldata)`);
  }
});

test('axe finds nothing on Tidslinje\'s "En rad per kommun", in Swedish and in English', async ({ page }) => {
  await openApp(page);
  await loadExample(page);
  await page.goto('./#/tidslinje?region=14&visning=kommun');
  await expect(page.getByRole('radio', { name: 'En rad per kommun' })).toBeChecked();
  await expect(
    page
      .getByRole('group', { name: /^Planer och åtgärder per kommun/ })
      .getByRole('button')
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'Tidslinje, en rad per kommun');
  await page.getByLabel('Språk (language)').selectOption('en');
  await expect(page.getByRole('radio', { name: 'One row per municipality' })).toBeChecked();
  await expect(
    page
      .getByRole('group', { name: /^Plans and measures per municipality/ })
      .getByRole('button')
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'Timeline, one row per municipality');
});

test('axe finds no violations in the open dialogs', async ({ page }) => {
  await openApp(page, '#/data');
  await page.getByRole('button', { name: 'Lägg till plan' }).click();
  await page.getByRole('dialog', { name: 'Ny plan' }).getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, 'planformulär med fel');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Ny grupp' }).click();
  await expectNoAxeViolations(page, 'gruppdialog');
});

test('the skip link and keyboard reach the menu and the view', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Tab list in the Data view moves with arrow keys.
  await page.goto('./#/data');
  await page.getByRole('tab', { name: /Planer/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Åtgärder/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /Åtgärder/ })).toHaveAttribute('aria-selected', 'true');
});

// The report and the kommunblad (not in VIEWS: a county's report holds a section per member, too long for
// one axe pass per view), in both languages, with the example's Sjuhärad.
for (const lang of ['sv', 'en'] as const) {
  test(`axe finds nothing on the report and the kommunblad (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    if (lang === 'en') await page.addInitScript(() => localStorage.setItem('planatlas-lang', 'en'));
    await page.goto('./#/oversikt');
    await page.getByRole('button', { name: lang === 'en' ? 'Load example data' : 'Ladda exempeldata' }).click();
    await page.goto('./#/rapport?region=ex-sjuharad');
    await expect(page.getByRole('heading', { level: 2, name: 'Borås' })).toBeVisible();
    await expectNoAxeViolations(page, `Rapport (${lang})`);
    await page.goto('./#/kommun/1490');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Borås');
    await expectNoAxeViolations(page, `Kommunblad (${lang})`);
  });
}
