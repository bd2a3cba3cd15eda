import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

/** A planer.csv that changes the example plan of Umeå. */
const umeaPlan = (titel: string, uppdaterad: string) =>
  Buffer.from(
    [
      'id;kommunkod;titel;status;startdatum;planerat_klart;antagen;uppfoljning;ansvarig;lank;beskrivning;kalla;uppdaterad',
      `ex-plan-umea;2480;${titel};antagen;2016-03;2016;;;;;;Fil;${uppdaterad}`,
    ].join('\r\n'),
  );

async function choose(page: Page, buffer: Buffer) {
  await page.getByLabel('Välj filer').setInputFiles({ name: 'planer.csv', mimeType: 'text/csv', buffer });
  return page.getByRole('dialog', { name: 'Förhandsgranska import' });
}

test('two tabs edit one record: the second save is refused and shows both versions; "keep mine" wins knowingly', async ({
  page,
  context,
}) => {
  await openApp(page, '#/data');
  await page.getByRole('button', { name: 'Lägg till plan' }).click();
  const create = page.getByRole('dialog', { name: 'Ny plan' });
  await create.getByRole('combobox', { name: /^Kommun/ }).fill('Borås');
  await create.getByLabel('Titel').fill('Gemensam plan');
  await create.getByRole('button', { name: 'Spara' }).click();
  await expect(create).toBeHidden();

  const other = await context.newPage();
  await openApp(other, '#/data');
  await page.getByRole('button', { name: 'Redigera Gemensam plan' }).click();
  const formA = page.getByRole('dialog', { name: 'Redigera plan' });
  await other.getByRole('button', { name: 'Redigera Gemensam plan' }).click();
  const formB = other.getByRole('dialog', { name: 'Redigera plan' });
  await formB.getByLabel('Titel').fill('Titel från flik B');
  await formB.getByRole('button', { name: 'Spara' }).click();
  await expect(formB).toBeHidden();

  // The open form in tab A learns of it at once, before saving.
  await expect(formA.getByRole('status')).toContainText('ändrats i en annan flik');
  await formA.getByRole('textbox', { name: /^Titel/ }).fill('Titel från flik A');
  await formA.getByRole('button', { name: 'Spara' }).click();
  await expect(formA.getByRole('alert')).toContainText('Inget sparades');
  const diff = formA.getByRole('table', { name: 'Skillnader mellan din version och den lagrade' });
  await expect(diff.getByRole('row', { name: /Titel/ })).toContainText('Titel från flik A');
  await expect(diff.getByRole('row', { name: /Titel/ })).toContainText('Titel från flik B');
  await expect(page.getByRole('row', { name: /Titel från flik B/ }).filter({ hasText: 'Borås' })).toBeVisible();
  await expectNoAxeViolations(page, 'the form with a conflict');

  await formA.getByRole('button', { name: 'Behåll mina ändringar' }).click();
  await expect(formA).toBeHidden();
  await expect(page.getByRole('row', { name: /Titel från flik A/ })).toBeVisible();
  await expect(other.getByRole('row', { name: /Titel från flik A/ })).toBeVisible();
  await expect(other.getByRole('row', { name: /Titel från flik B/ })).toHaveCount(0);
});

test('a record deleted in another tab while its form is open: the save is refused, never a silent comeback', async ({
  page,
  context,
}) => {
  page.on('dialog', (d) => d.accept());
  await openApp(page, '#/data');
  await loadExample(page);
  await page.getByRole('button', { name: 'Redigera Plan för handling – Umeå' }).click();
  const form = page.getByRole('dialog', { name: 'Redigera plan' });
  const other = await context.newPage();
  other.on('dialog', (d) => d.accept());
  await openApp(other, '#/data');
  await other.getByRole('button', { name: 'Ta bort Plan för handling – Umeå' }).click();
  await expect(other.getByRole('row', { name: /Plan för handling – Umeå/ })).toHaveCount(0);

  await expect(form.getByRole('status')).toContainText('tagits bort i en annan flik');
  await form.getByRole('textbox', { name: /^Titel/ }).fill('Umeå, min ändring');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByRole('alert')).toContainText('Inget sparades');
  await form.getByRole('button', { name: 'Släpp mina ändringar' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('row', { name: /Umeå/ })).toHaveCount(0);
  await expect(other.getByRole('row', { name: /Umeå/ })).toHaveCount(0);
});

test('a form open while another tab imports: it says so and can take the imported version', async ({
  page,
  context,
}) => {
  await openApp(page, '#/data');
  await loadExample(page);
  await page.getByRole('button', { name: 'Redigera Plan för handling – Umeå' }).click();
  const form = page.getByRole('dialog', { name: 'Redigera plan' });

  const other = await context.newPage();
  await openApp(other, '#/data');
  const dialog = await choose(other, umeaPlan('Umeås nya plan', '2030-01-01T00:00:00Z'));
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();

  await expect(form.getByRole('status')).toContainText('ändrats i en annan flik');
  await form.getByRole('button', { name: 'Ta den lagrade versionen' }).click();
  await expect(form.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Umeås nya plan');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('row', { name: /Umeås nya plan/ })).toBeVisible();
});

test('preview, a hand edit in another tab, commit: nothing is overwritten and the preview is run again', async ({
  page,
  context,
}) => {
  await openApp(page, '#/data');
  await loadExample(page);
  const dialog = await choose(page, umeaPlan('Från filen', '2030-01-01T00:00:00Z'));
  await expect(dialog.getByRole('button', { name: 'Importera' })).toBeEnabled();

  const other = await context.newPage();
  await openApp(other, '#/data');
  await other.getByRole('button', { name: 'Redigera Plan för handling – Umeå' }).click();
  const form = other.getByRole('dialog', { name: 'Redigera plan' });
  await form.getByLabel('Titel').fill('Handredigerad i flik B');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();

  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByRole('status')).toContainText('ändrades efter förhandsgranskningen');
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('row', { name: /Handredigerad i flik B/ }).first()).toBeVisible();
  // "Från filen" may only appear in the preview's list of what will change, never in the stored data.
  const inPreview = await dialog.getByRole('row', { name: /Från filen/ }).count();
  expect(inPreview).toBeLessThanOrEqual(1);
  await expect(page.getByRole('row', { name: /Från filen/ })).toHaveCount(inPreview);

  // Previewed again against the hand edit; importing now is a knowing choice, and undo brings the edit back.
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Från filen/ })).toBeVisible();
  const history = page.getByRole('region', { name: 'Importhistorik' });
  await history
    .getByRole('row', { name: /planer\.csv/ })
    .getByRole('button', { name: 'Ångra' })
    .click();
  await page.getByRole('dialog', { name: 'Ångra planer.csv' }).getByRole('button', { name: 'Ångra' }).click();
  await expect(page.getByRole('row', { name: /Handredigerad i flik B/ })).toBeVisible();
  await expect(other.getByRole('row', { name: /Handredigerad i flik B/ })).toBeVisible();
});

test('removing the example data asks, keeps what the person changed and the groups if asked, and can be undone', async ({
  page,
}) => {
  await openApp(page, '#/data?tabell=plans');
  await loadExample(page);
  await page.getByRole('button', { name: 'Redigera Plan för handling – Borås' }).click();
  const form = page.getByRole('dialog', { name: 'Redigera plan' });
  await form.getByLabel('Titel').fill('Borås plan, vår version');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Ta bort exempeldata' }).click();
  const ask = page.getByRole('dialog', { name: 'Ta bort exempeldata' });
  await expect(ask).toContainText('En exempelpost har du ändrat');
  await expect(ask.getByRole('listitem')).toContainText(['Borås plan, vår version']);
  await expectNoAxeViolations(page, 'the example removal dialog');
  await ask.getByRole('checkbox', { name: /Behåll exempelgrupperna/ }).check();
  await ask.getByRole('button', { name: 'Ta bort', exact: true }).click();
  await expect(page.getByText(/Exempeldata visas/)).toBeHidden();
  await expect(page.getByRole('row', { name: /Borås plan, vår version/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Plan för handling – Umeå/ })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Region' }).getByRole('option', { name: 'Sjuhärad' })).toHaveCount(1);

  const history = page.getByRole('region', { name: 'Importhistorik' });
  await history
    .getByRole('row', { name: /Borttagning av exempeldata/ })
    .getByRole('button', { name: 'Ångra' })
    .click();
  await page
    .getByRole('dialog', { name: /Ångra Borttagning av exempeldata/ })
    .getByRole('button', { name: 'Ångra' })
    .click();
  await expect(page.getByText(/Exempeldata visas/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Plan för handling – Umeå/ })).toBeVisible();
});

test('the database deleted under the open page: a blocking message, no stale data', async ({ page, context }) => {
  await openApp(page, '#/data');
  await loadExample(page);
  const other = await context.newPage();
  await other.goto('./favicon.svg');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('planatlas');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
  );
  await expect(page.getByRole('alert')).toContainText('Databasen i webbläsaren har tömts eller tagits bort');
  await expect(page.getByRole('alert').getByRole('button', { name: 'Ladda om' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Plan för handling – Umeå/ })).toHaveCount(0);
});
