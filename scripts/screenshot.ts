// npx tsx scripts/screenshot.ts  (PORT=4188 by default; CHROMIUM_PATH=/usr/bin/chromium by default)
// The README's screenshot: builds the app, serves it with `vite preview`, loads the example data,
// chooses the Sjuhärad group and saves Karta at 1366×768 as docs/screenshot-karta.png.
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../docs/screenshot-karta.png', import.meta.url));
const port = Number(process.env.PORT ?? 4188);

await build({ root, logLevel: 'warn' });
const server = await preview({ root, preview: { host: '127.0.0.1', port, strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

try {
  const page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const base = `http://127.0.0.1:${port}/`;
  await page.goto(`${base}#/oversikt`);
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await page.getByRole('button', { name: 'Ta bort exempeldata' }).waitFor();
  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Sjuhärad' });
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Karta' }).click();
  await page.getByRole('heading', { level: 1, name: /^Karta/ }).waitFor();
  await page.getByRole('group', { name: /Sexhörningskarta.*Sjuhärad/ }).waitFor();
  // The status message of the example load ("Exempeldata laddad.") is closed, so the picture shows the map only.
  const toast = page.getByRole('button', { name: 'Stäng' });
  if (await toast.isVisible()) await toast.click();
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.screenshot({ path: out, animations: 'disabled' });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
