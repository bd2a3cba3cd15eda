import { test } from '@playwright/test';
import { loadExample, openApp } from './helpers';

const sizes = [[1366, 768], [1024, 768], [390, 844]] as const;
const views = (process.env.SHOT_VIEWS ?? 'karta,tidslinje').split(',');
test('screenshots', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  for (const v of views)
    for (const r of ['ex-sjuharad', '']) {
      for (const [w, h] of sizes) {
        await page.setViewportSize({ width: w, height: h });
        await page.goto(`./#/${v}${r ? `?region=${r}` : ''}`);
        await page.waitForTimeout(400);
        await page.screenshot({ path: `/tmp/mapshots/${v}-${r || 'sverige'}-${w}.png` });
      }
    }
});
