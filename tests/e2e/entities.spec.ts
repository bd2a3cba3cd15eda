import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

// Håbo (0305) and Habo (0643) differ only by a diacritic: each is its own municipality (issue 11.7).
test('plans for Håbo and for Habo save through the form, and save again when edited', async ({ page }) => {
  await openApp(page, '#/data');
  for (const kommun of ['Håbo', 'Habo']) {
    await page.getByRole('button', { name: 'Lägg till plan' }).click();
    const form = page.getByRole('dialog', { name: 'Ny plan' });
    await form.getByRole('combobox', { name: /^Kommun/ }).fill(kommun);
    await form.getByLabel('Titel').fill(`Plan ${kommun}`);
    await form.getByLabel('Status').selectOption({ label: 'Under arbete' });
    await form.getByRole('button', { name: 'Spara' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(`Plan ${kommun}`) })).toContainText(kommun);
  }
  for (const kommun of ['Håbo', 'Habo']) {
    await page.getByRole('button', { name: `Redigera Plan ${kommun}` }).click();
    const edit = page.getByRole('dialog', { name: 'Redigera plan' });
    await expect(edit.getByRole('combobox', { name: /^Kommun/ })).toHaveValue(kommun);
    await edit.getByLabel('Status').selectOption({ label: 'Antagen' });
    await edit.getByRole('button', { name: 'Spara' }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(`Plan ${kommun}`) })).toContainText('Antagen');
  }
});

test('a group with Håbo and Habo; the member filter folds diacritics', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Ny grupp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Egen grupp av kommuner' });
  await dialog.getByLabel('Namn på gruppen').fill('Håbo och Habo');
  await dialog.getByLabel('Sök kommun').fill('habo');
  await expect(dialog.getByRole('checkbox')).toHaveCount(2);
  await dialog.getByRole('checkbox', { name: 'Håbo 0305' }).check();
  await dialog.getByRole('checkbox', { name: 'Habo 0643' }).check();
  await dialog.getByRole('button', { name: 'Spara grupp' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('2 kommuner i regionen')).toBeVisible();
});
