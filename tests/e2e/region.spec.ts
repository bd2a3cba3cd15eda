import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('choose a county: every view shows it', async ({ page }) => {
  await openApp(page);
  const region = page.getByRole('combobox', { name: 'Region' });
  await region.selectOption({ label: 'Västerbottens län' });
  await expect(page).toHaveURL(/region=24/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översikt: Västerbottens län');
  await expect(page.getByText('15 kommuner i regionen')).toBeVisible();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Tidslinje' }).click();
  await expect(page.getByText('Visar Västerbottens län (15 kommuner)')).toBeVisible();
  await expect(region).toHaveValue('24');
});

test('create a custom group, choose it, edit it; it survives a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Ny grupp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Egen grupp av kommuner' });
  await expect(dialog).toBeVisible();

  // Saving without name and members says what is missing next to the fields.
  await dialog.getByRole('button', { name: 'Spara grupp' }).click();
  await expect(dialog.getByText('Ge gruppen ett namn.')).toBeVisible();
  await expect(dialog.getByText('Välj minst en kommun.')).toBeVisible();

  await dialog.getByLabel('Namn på gruppen').fill('Sjuhärad');
  for (const name of ['Borås', 'Bollebygd', 'Herrljunga', 'Mark', 'Svenljunga', 'Tranemo', 'Ulricehamn', 'Vårgårda']) {
    await dialog.getByLabel('Sök kommun').fill(name);
    await dialog.getByRole('checkbox', { name: new RegExp(`^${name} \\d{4}$`) }).check();
  }
  await expect(dialog.getByText('(8 valda)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Spara grupp' }).click();
  await expect(dialog).toBeHidden();

  const region = page.getByRole('combobox', { name: 'Region' });
  await expect(region).toHaveValue('sjuharad');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översikt: Sjuhärad');
  await expect(page.getByText('8 kommuner i regionen')).toBeVisible();

  // Add a whole county to a second group.
  await page.getByRole('button', { name: 'Ny grupp' }).click();
  await dialog.getByLabel('Namn på gruppen').fill('Dalarna och Gotland');
  await dialog.getByLabel('Välj län').selectOption({ label: 'Dalarnas län' });
  await dialog.getByRole('button', { name: 'Lägg till alla i länet' }).click();
  await dialog.getByLabel('Sök kommun').fill('Gotland');
  await dialog.getByRole('checkbox', { name: /^Gotland/ }).check();
  await dialog.getByRole('button', { name: 'Spara grupp' }).click();
  await expect(page.getByText('16 kommuner i regionen')).toBeVisible();

  // Edit the first group: remove one member.
  await region.selectOption({ label: 'Sjuhärad' });
  await page.getByRole('button', { name: 'Redigera grupp' }).click();
  const edit = page.getByRole('dialog', { name: 'Redigera grupp' });
  await edit.getByLabel('Sök kommun').fill('Vårgårda');
  await edit.getByRole('checkbox', { name: /^Vårgårda/ }).uncheck();
  await edit.getByRole('button', { name: 'Spara grupp' }).click();
  await expect(page.getByText('7 kommuner i regionen')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('sjuharad');
  await expect(page.getByText('7 kommuner i regionen')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Region' }).locator('option')).toContainText([
    'Dalarna och Gotland',
    'Sjuhärad',
  ]);
});

test('Escape closes the group dialog without saving', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Ny grupp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Egen grupp av kommuner' });
  await dialog.getByLabel('Namn på gruppen').fill('Tillfällig');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Region' }).locator('option', { hasText: 'Tillfällig' })).toHaveCount(
    0,
  );
});
