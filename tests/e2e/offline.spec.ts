import { expect, test } from '@playwright/test';
import { loadExample, openApp } from './helpers';

test('after the first visit the app loads and works offline', async ({ page, context }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  // Wait until the service worker has cached the app and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // The first visit precaches each file once and not what it does not use (the import worker).
  const cached = () =>
    page.evaluate(async () => {
      const urls: string[] = [];
      for (const key of await caches.keys())
        for (const r of await (await caches.open(key)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
  const first = await cached();
  expect(first.length).toBeGreaterThan(3);
  expect(new Set(first).size).toBe(first.length);
  expect(first.some((u) => u.endsWith('/index.html'))).toBe(false);
  expect(first.some((u) => /import\.worker/.test(u))).toBe(false);
  // "Publicera som fil" works offline: its template is precached.
  expect(first.some((u) => u.endsWith('/publish-template.html'))).toBe(true);

  // Used once online, the import worker is kept for offline use.
  await page.goto('./#/data');
  const csv = {
    name: 'planer.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('kommunkod;titel;status\r\nMark;Plan;antagen\r\n'),
  };
  await page.getByLabel('Välj filer').setInputFiles(csv);
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(preview.getByRole('button', { name: 'Importera' })).toBeEnabled();
  await preview.getByRole('button', { name: 'Avbryt' }).click();
  await expect.poll(async () => (await cached()).some((u) => /import\.worker/.test(u))).toBe(true);
  await page.goto('./#/oversikt');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await expect(page.getByText(/Exempeldata visas/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Karta' }).click();
  await expect(
    page.getByRole('group', { name: /Sexhörningskarta/ }).getByRole('button', { name: 'Borås: Under arbete' }),
  ).toBeVisible();
  // The import worker is available offline too.
  await page.goto('./#/data');
  await page.getByLabel('Välj filer').setInputFiles(csv);
  await expect(
    page.getByRole('dialog', { name: 'Förhandsgranska import' }).getByRole('button', { name: 'Importera' }),
  ).toBeEnabled();
  await context.setOffline(false);
});

test('the page offers a web app manifest', async ({ page, request }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const res = await request.get(new URL(href!, page.url()).href);
  const manifest = await res.json();
  expect(manifest).toMatchObject({ name: 'Planatlas', start_url: './', display: 'standalone' });
});
