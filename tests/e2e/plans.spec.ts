import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('add a plan through the form, with validation; edit it; delete it; it survives a reload', async ({ page }) => {
  page.on('dialog', (d) => d.accept());
  await openApp(page, '#/data');
  await expect(page.getByRole('tab', { name: /Planer/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Inga rader ännu')).toBeVisible();

  await page.getByRole('button', { name: 'Lägg till plan' }).click();
  const form = page.getByRole('dialog', { name: 'Ny plan' });
  await form.getByRole('combobox', { name: /^Kommun/ }).fill('Atlantis');
  await form.getByLabel('Startdatum').fill('2016-02-30');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByRole('alert')).toHaveText('Rätta 3 fel innan du sparar.');
  await expect(form.getByText('"Atlantis" är ingen känd kommun eller kommunkod.')).toBeVisible();
  await expect(form.getByText('2016-02-30 finns inte i kalendern.')).toBeVisible();
  await expect(form.getByText('Fältet måste fyllas i.')).toBeVisible();
  await expect(form.getByRole('combobox', { name: /^Kommun/ })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('combobox', { name: /^Kommun/ })).toBeFocused();

  await form.getByRole('combobox', { name: /^Kommun/ }).fill('Skovde');
  await form.getByLabel('Titel').fill('Plan för handling 2016');
  await form.getByLabel('Status').selectOption({ label: 'Under arbete' });
  await form.getByLabel('Startdatum').fill('mars 2016');
  await form.getByLabel('Planerat klart').fill('2016-02');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByText('Slutet (2016-02) ligger före början (2016-03).')).toBeVisible();
  await form.getByLabel('Planerat klart').fill('2016');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(/Sparat/);

  const row = page.getByRole('row', { name: /Plan för handling 2016/ });
  await expect(row).toContainText('Skövde');
  await expect(row).toContainText('Under arbete');
  await expect(row).toContainText('mars 2016');

  // Edit
  await page.getByRole('button', { name: 'Redigera Plan för handling 2016' }).click();
  const edit = page.getByRole('dialog', { name: 'Redigera plan' });
  await expect(edit.getByRole('combobox', { name: /^Kommun/ })).toHaveValue('Skövde');
  await expect(edit.getByLabel('Startdatum')).toHaveValue('2016-03');
  await edit.getByLabel('Status').selectOption({ label: 'Antagen' });
  await edit.getByLabel('Antagen').fill('15 juni 2016');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Antagen');

  // Survives a reload and shows in the overview.
  await page.reload();
  await expect(page.getByRole('row', { name: /Plan för handling 2016/ })).toContainText('Antagen');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
  await expect(page.getByRole('row', { name: /Antagen/ })).toContainText('1');

  // Delete
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Ta bort Plan för handling 2016' }).click();
  await expect(page.getByRole('row', { name: /Plan för handling 2016/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Inga rader ännu')).toBeVisible();
});

test('add a measure with themes and an event for the whole region; search and sort', async ({ page }) => {
  await openApp(page, '#/data?tabell=measures');
  await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  const form = page.getByRole('dialog', { name: 'Ny åtgärd' });
  await form.getByRole('combobox', { name: /^Kommun/ }).fill('1490');
  await form.getByLabel('Titel').fill('Skolfam i Borås');
  await form.getByRole('checkbox', { name: 'Placerade barns skolgång och hälsa' }).check();
  await form.getByRole('checkbox', { name: 'Samverkan med skola och förskola' }).check();
  await form.getByLabel('Slut').fill('2015');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  const row = page.getByRole('row', { name: /Skolfam i Borås/ });
  await expect(row).toContainText('Placerade barns skolgång och hälsa');

  await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  await form.getByRole('combobox', { name: /^Kommun/ }).fill('Umeå');
  await form.getByLabel('Titel').fill('Kompetenstrappa');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();

  await page.getByLabel('Sök bland åtgärder').fill('umeå');
  await expect(page.getByText('1 av 2 rader')).toBeVisible();
  await expect(page.getByRole('row', { name: /Kompetenstrappa/ })).toBeVisible();
  await page.getByLabel('Sök bland åtgärder').fill('');

  await page.getByRole('button', { name: 'Titel', exact: true }).click();
  const titles = page.locator('tbody tr td:nth-child(2)');
  await expect(titles).toHaveText([/Kompetenstrappa/, /Skolfam/]);
  await page.getByRole('button', { name: 'Titel', exact: true }).click();
  await expect(titles).toHaveText([/Skolfam/, /Kompetenstrappa/]);

  // The overdue measure shows in the overview.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
  await expect(
    page.getByRole('region', { name: 'Försenade åtgärder' }).getByRole('row', { name: /Skolfam i Borås/ }),
  ).toBeVisible();

  // A region-wide event: no municipality.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Data' }).click();
  await page.getByRole('tab', { name: /Händelser/ }).click();
  await page.getByRole('button', { name: 'Lägg till händelse' }).click();
  const ev = page.getByRole('dialog', { name: 'Ny händelse' });
  await ev.getByLabel('Datum', { exact: false }).first().fill('2016-01-21');
  await ev.getByLabel('Typ').selectOption({ label: 'Seminarium' });
  await ev.getByLabel('Titel').fill('Kraftsamling för barn och unga');
  await ev.getByRole('button', { name: 'Spara' }).click();
  await expect(ev).toBeHidden();
  await expect(page.getByRole('row', { name: /Kraftsamling/ })).toContainText('21 januari 2016');
});
