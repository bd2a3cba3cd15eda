import { expect, test } from '@playwright/test';
import { openApp, VIEWS } from './helpers';

test('every view is reachable from the main menu, with its own route and heading', async ({ page }) => {
  await openApp(page);
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  for (const view of VIEWS) {
    await menu.getByRole('link', { name: view.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/${view.route}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(view.name);
    await expect(menu.getByRole('link', { name: view.name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  // Back button returns to the previous view.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Data');
});

test('a shared link restores region and view', async ({ page }) => {
  await openApp(page, '#/data?region=20&tabell=measures');
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('20');
  await expect(page.getByRole('tab', { name: /Åtgärder/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Visar Dalarnas län (15 kommuner)')).toBeVisible();
  // The region follows along in the menu links.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Karta' }).click();
  await expect(page).toHaveURL(/#\/karta\?region=20/);
  await expect(page.getByText('Visar Dalarnas län (15 kommuner)')).toBeVisible();
});

test('an unknown region in a link falls back to all of Sweden', async ({ page }) => {
  await openApp(page, '#/oversikt?region=finns-inte');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översikt: Hela Sverige');
});

test('with no data, the views say what to do next', async ({ page }) => {
  await openApp(page, '#/tidslinje');
  await expect(page.getByText(/Inget att visa på tidslinjen ännu/)).toBeVisible();
  await openApp(page, '#/jamfor');
  await expect(page.getByText(/Inga åtgärder i regionen ännu/)).toBeVisible();
  await openApp(page, '#/oversikt');
  await expect(page.getByText('Inga planer ännu — importera en fil eller ladda exempeldata.')).toBeVisible();
  await openApp(page, '#/karta');
  await expect(
    page.getByRole('region', { name: 'Teckenförklaring' }).getByRole('listitem').filter({ hasText: 'Ingen plan' }),
  ).toContainText('290');
});

test('the built page has the Content-Security-Policy and violates nothing', async ({ page }) => {
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await openApp(page);
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  for (const name of ['Data', 'Teman', 'Översikt']) {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("worker-src 'self' blob:");
  violations.push(...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)) ?? []));
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
