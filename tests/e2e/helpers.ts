import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Open the app at a hash route and wait until the data has loaded. */
export async function openApp(page: Page, hash = '#/oversikt'): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export async function loadExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await expect(page.getByRole('button', { name: 'Ta bort exempeldata' })).toBeVisible();
}

/** Axe with the WCAG 2.1 A and AA rules: zero violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export const VIEWS = [
  { name: 'Översikt', route: 'oversikt' },
  { name: 'Karta', route: 'karta' },
  { name: 'Tidslinje', route: 'tidslinje' },
  { name: 'Jämför', route: 'jamfor' },
  { name: 'Insamling', route: 'insamling' },
  { name: 'Data', route: 'data' },
  { name: 'Teman', route: 'teman' },
] as const;

/** Choose a CSV of `n` measures in Borås with Data's "Välj filer"; returns the preview dialog. */
export async function chooseMeasures(page: Page, n: number) {
  const rows = ['kommunkod;titel;status'];
  for (let i = 0; i < n; i++) rows.push(`Borås;Åtgärd ${i};planerad`);
  await page
    .getByLabel('Välj filer')
    .setInputFiles({ name: 'atgarder.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
  return page.getByRole('dialog', { name: 'Förhandsgranska import' });
}

/**
 * Serve the commit worker's script changed: held back `delay` ms, with `before` in front of it. A
 * route reaches the worker's script only when no service worker answers for it: the test must use
 * `serviceWorkers: 'block'`.
 */
export async function routeCommitWorker(page: Page, change: { delay?: number; before?: string }): Promise<void> {
  await page.route(/commit\.worker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    if (change.delay) await new Promise((res) => setTimeout(res, change.delay));
    await route.fulfill({ response, body: (change.before ?? '') + (await response.text()) });
  });
}

/** Nothing of the import was saved: after a reload, no rows and no import in the history. */
export async function expectNothingSaved(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByText('Inga rader ännu')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Importhistorik' })).toContainText('Inga importer ännu.');
}
