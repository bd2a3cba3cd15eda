import { test } from '@playwright/test';
import { loadExample, openApp } from './helpers';

test('geo shots', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/karta?region=ex-sjuharad');
  await page.getByLabel('Välj gränsfil').setInputFiles(new URL('../../../shared/geo/municipalities-sweref99tm.geojson', import.meta.url).pathname);
  await page.getByText(/Kommungränser från/).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/mapshots/geo-sj.png' });
  await page.goto('./#/karta?region=14&kommuner=1490');
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: /^Borås:/ }).hover();
  await page.screenshot({ path: '/tmp/mapshots/geo-vg.png' });
});
