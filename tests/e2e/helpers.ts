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
