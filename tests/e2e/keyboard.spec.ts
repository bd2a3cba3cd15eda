import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Press Tab until the focused element matches, as a keyboard user would (at most `max` presses). */
async function tabTo(page: Page, test: (el: { role: string; name: string }) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        role: a?.getAttribute('role') ?? a?.tagName.toLowerCase() ?? '',
        name: (a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim(),
      };
    });
    if (test(el)) return;
  }
  throw new Error('never reached the element with Tab');
}

test('keyboard only: import a file and open the map without the mouse', async ({ page }) => {
  await openApp(page, '#/data');
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, (el) => el.name === 'Importera filer');
  await page.keyboard.press('Enter');
  await (
    await chooser
  ).setFiles({
    name: 'planer.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('kommunkod;titel;status\r\nBorås;Plan för handling;antagen\r\n'),
  });
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(dialog.getByRole('button', { name: 'Importera' })).toBeEnabled();
  await tabTo(page, (el) => el.name === 'Importera');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Plan för handling/ })).toBeVisible();

  // To the map through the main menu.
  await page.keyboard.press('Shift+Tab');
  await page.getByRole('link', { name: 'Hoppa till innehållet' }).focus();
  await tabTo(page, (el) => el.name === 'Karta');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/karta/);
  await tabTo(page, (el) => el.role === 'button' && /^[A-ZÅÄÖ][^:]+: /.test(el.name));
  const before = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  await page.keyboard.press('ArrowRight');
  const after = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(after).not.toBe(before);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/kommuner=\d{4}/);
  // Focus is visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).strokeWidth);
  expect(parseFloat(outline)).toBeGreaterThan(1);
});
