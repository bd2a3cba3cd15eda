import { expect, test } from '@playwright/test';
import { loadExample, openApp } from './helpers';

test('the default themes are there on first start and can be edited', async ({ page }) => {
  await openApp(page, '#/teman');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(13);
  await page.getByRole('button', { name: 'Redigera temat Samverkan med skola och förskola' }).click();
  const dialog = page.getByRole('dialog', { name: /Redigera temat/ });
  await dialog.getByLabel('Namn').fill('Samverkan med skolan');
  await dialog.getByLabel('Nyckelord').fill('skola|elevhälsa|lärare');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Samverkan med skolan' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Samverkan med skolan' })).toBeVisible();
  await expect(page.getByText('skola, elevhälsa, lärare')).toBeVisible();
});

test('deleting a theme in use asks what happens to the measures; merging moves them', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Teman' }).click();
  const digital = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Digitalisering och teknikutveckling' }) });
  await expect(digital).toContainText('3 åtgärder eller medskick');

  await page.getByRole('button', { name: 'Ta bort temat Digitalisering och teknikutveckling' }).click();
  const del = page.getByRole('dialog', { name: 'Ta bort tema' });
  await expect(del).toContainText('används av 3 åtgärder eller medskick');
  await del.getByLabel('Flytta dem till ett annat tema').check();
  await del.getByLabel('Flytta till tema').selectOption({ label: 'Arbetsmiljö och arbetsbelastning' });
  const arbetsmiljo = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Arbetsmiljö och arbetsbelastning' }) });
  const before = Number((await arbetsmiljo.textContent())!.match(/(\d+) åtgärd/)![1]);
  await del.getByRole('button', { name: 'Ta bort temat' }).click();
  await expect(del).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Digitalisering och teknikutveckling' })).toHaveCount(0);
  await expect(arbetsmiljo).toContainText(`${before + 3} åtgärder`);

  await page.getByRole('button', { name: 'Slå ihop temat Ensamkommande barn och mottagande med ett annat' }).click();
  const merge = page.getByRole('dialog', { name: 'Slå ihop teman' });
  await merge.getByLabel('Slå ihop med').selectOption({ label: 'Familjehem, jourhem, HVB och hemmaplanslösningar' });
  await merge.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(page.getByRole('heading', { name: 'Ensamkommande barn och mottagande' })).toHaveCount(0);
  const familjehem = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /Familjehem, jourhem/ }) });
  await expect(familjehem).toContainText('migrationsverket');

  // Missing defaults can be brought back.
  await page.getByRole('button', { name: 'Lägg tillbaka standardteman som saknas' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(13);
});

test('a new theme gets an id from its name and can be deleted when unused', async ({ page }) => {
  await openApp(page, '#/teman');
  await page.getByRole('button', { name: 'Nytt tema' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt tema' });
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog.getByText('Fältet måste fyllas i.')).toBeVisible();
  await dialog.getByLabel('Namn').fill('Våld i nära relationer');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { name: 'Våld i nära relationer' })).toBeVisible();
  await page.getByRole('button', { name: 'Ta bort temat Våld i nära relationer' }).click();
  const del = page.getByRole('dialog', { name: 'Ta bort tema' });
  await expect(del).toContainText('Det används inte.');
  await del.getByRole('button', { name: 'Ta bort temat' }).click();
  await expect(page.getByRole('heading', { name: 'Våld i nära relationer' })).toHaveCount(0);
});
