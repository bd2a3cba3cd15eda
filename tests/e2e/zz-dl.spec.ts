import { test } from '@playwright/test';
import { loadExample, openApp } from './helpers';

test('downloads', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '#/oversikt');
  await loadExample(page);
  for (const [route, group, out] of [
    ['karta?region=ex-sjuharad&datum=2016-06', 'Ladda ner karta', 'map-sj'],
    ['karta', 'Ladda ner karta', 'map-se'],
    ['tidslinje?region=14', 'Ladda ner tidslinje', 'tl-vg'],
    ['jamfor?region=ex-sjuharad', 'Ladda ner kommuner och teman', 'mx'],
  ]) {
    await page.goto(`./#/${route}`);
    await page.waitForTimeout(300);
    const d = page.waitForEvent('download');
    await page.getByRole('group', { name: group }).getByRole('button', { name: 'Ladda ner PNG' }).click();
    await (await d).saveAs(`/tmp/mapshots/dl-${out}.png`);
  }
});
