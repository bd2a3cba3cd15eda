import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('data survives closing and reopening the browser', async ({}, testInfo) => {
  const profile = mkdtempSync(join(tmpdir(), 'planatlas-profile-'));
  const baseURL = testInfo.project.use.baseURL!;
  const launchOptions = testInfo.project.use.launchOptions!;
  try {
    let browser = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
    let page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto('./#/data?tabell=requests');
    await page.getByRole('button', { name: 'Lägg till medskick' }).click();
    const form = page.getByRole('dialog', { name: 'Nytt medskick' });
    await form.getByRole('combobox', { name: /^Kommun/ }).fill('Hedemora');
    await form.getByLabel('Text').fill('Förenklad återsökning av medel för ensamkommande.');
    await form.getByLabel('Mottagare').fill('Migrationsverket');
    await form.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('row', { name: /Förenklad återsökning/ })).toBeVisible();
    await browser.close();

    browser = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto('./#/data?tabell=requests');
    await expect(page.getByRole('row', { name: /Förenklad återsökning/ })).toContainText('Hedemora');
    await expect(page.getByRole('row', { name: /Förenklad återsökning/ })).toContainText('Migrationsverket');
    await browser.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
