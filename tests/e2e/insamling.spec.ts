import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

const ROUND = 'Planer för handling våren 2016';

async function createGroup(page: Page, name: string, members: string[]) {
  await page.getByRole('button', { name: 'Ny grupp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Egen grupp av kommuner' });
  await dialog.getByLabel('Namn på gruppen').fill(name);
  for (const m of members) {
    await dialog.getByLabel('Sök kommun').fill(m);
    await dialog.getByRole('checkbox', { name: new RegExp(`^${m} \\d{4}$`) }).check();
  }
  await dialog.getByRole('button', { name: 'Spara grupp' }).click();
  await expect(dialog).toBeHidden();
}

async function createRound(page: Page, name: string) {
  await page.getByRole('button', { name: 'Ny insamling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny insamling' });
  await dialog.getByLabel('Namn').fill(name);
  await dialog.getByLabel('Sista svarsdag').fill('2016-05-31');
  await dialog.getByLabel('Kontakt').fill('Anna Andersson, anna@example.se');
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await expect(dialog).toBeHidden();
  return page.getByRole('region', { name });
}

test('a collection round: templates out, answers in, who has answered', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await loadExample(page);
  await createGroup(page, 'Trion', ['Borås', 'Skövde', 'Tranemo']);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Insamling', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Insamling');

  const round = await createRound(page, ROUND);
  await expect(round.getByText('0 av 3 har svarat')).toBeVisible();
  await expect(round.getByRole('row', { name: /Tranemo/ })).toContainText('Väntar');
  const mail = round.getByRole('link', { name: 'E-post till Borås' });
  await expect(mail).toHaveAttribute('href', /^mailto:\?subject=Planer%20f/);
  await expectNoAxeViolations(page, 'Insamling med en insamling');

  // The templates: one workbook per member, named <round>-<Kommun>.xlsx.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    round.getByRole('button', { name: 'Ladda ner mallar' }).click(),
  ]);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  expect(Object.keys(files).sort()).toEqual([`${ROUND}-Borås.xlsx`, `${ROUND}-Skövde.xlsx`, `${ROUND}-Tranemo.xlsx`]);

  // Borås answers: a new measure and the plan adopted. Skövde returns its template unchanged.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(files[`${ROUND}-Borås.xlsx`].slice().buffer as ArrayBuffer);
  const plans = wb.getWorksheet('planer')!;
  expect(plans.getCell('D2').value).toBe('under_arbete');
  plans.getCell('D2').value = 'antagen';
  const measures = wb.getWorksheet('atgarder')!;
  const header = (measures.getRow(1).values as string[]).slice(1);
  const row = header.map(
    (h) =>
      ({ kommunkod: '1490', titel: 'Ny cykelväg till stationen', status: 'planerad', start: '2016-06' })[h] ?? null,
  );
  measures.addRow(row);
  // A row removed in the answer is reported, never deleted.
  const removedTitle = String(measures.getCell('D3').value);
  measures.spliceRows(3, 1);
  const boras = Buffer.from(await wb.xlsx.writeBuffer());

  await round.getByLabel('Importera svar').setInputFiles([
    {
      name: 'svar från Borås.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: boras,
    },
    {
      name: 'skovde.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(files[`${ROUND}-Skövde.xlsx`]),
    },
  ]);
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(preview.getByRole('button', { name: 'Importera' })).toBeEnabled();
  // Per municipality's file: Borås' plan changes, one measure is new; Skövde's template is unchanged.
  await expect(preview).toContainText('Status: Under arbete → Antagen');
  await expect(preview.getByRole('row', { name: /^Åtgärder/ })).toHaveText(/Åtgärder\s*1\s*0\s*14\s*0/);
  await expect(preview.getByRole('row', { name: /^Svar/ })).toHaveText(/Svar\s*2\s*0\s*0\s*0/);
  await expect(preview).toContainText('skovde.xlsx › planer');
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden();

  await expect(round.getByText('2 av 3 har svarat')).toBeVisible();
  await expect(round.getByRole('status')).toContainText(
    'svar från Borås.xlsx: 1 åtgärder som regionen har saknas i svaret',
  );
  await expect(round.getByRole('row', { name: /Borås/ })).toContainText(/Inkommen/);
  await expect(round.getByRole('row', { name: /Borås/ })).toContainText('svar från Borås.xlsx');
  await expect(round.getByRole('row', { name: /Skövde/ })).toContainText(/Inkommen/);
  await expect(round.getByRole('row', { name: /Tranemo/ })).toContainText('Väntar');

  // A template of this round is refused by another round.
  const other = await createRound(page, 'Planer hösten 2016');
  await other.getByLabel('Importera svar').setInputFiles([
    {
      name: 'skovde.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(files[`${ROUND}-Skövde.xlsx`]),
    },
  ]);
  await expect(page.getByText('skovde.xlsx togs inte emot: filen är en mall för en annan insamling.')).toBeVisible();
  await expect(preview).toBeHidden();
  await expect(other.getByText('0 av 3 har svarat')).toBeVisible();

  // Översikt tells how far the latest round has come.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Översikt', exact: true })
    .click();
  await expect(page.getByText('Planer hösten 2016: 0 av 3 har svarat')).toBeVisible();

  // The new measure and the adopted plan are in Data.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('tab', { name: /Åtgärder/ }).click();
  await expect(page.getByRole('row', { name: /Ny cykelväg till stationen/ })).toBeVisible();
  await expect(
    page.getByRole('row', { name: new RegExp(removedTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first(),
  ).toBeVisible();
});

test('axe finds no violations on Insamling with a round, in English', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('planatlas-lang', 'en'));
  await page.goto('./#/insamling?region=14');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await page.getByRole('button', { name: 'New collection round' }).click();
  await page.getByRole('dialog', { name: 'New collection round' }).getByLabel('Name').fill('Plans 2016');
  await expectNoAxeViolations(page, 'collection dialog (en)');
  await page.getByRole('dialog', { name: 'New collection round' }).getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('0 of 49 have answered')).toBeVisible();
  await expectNoAxeViolations(page, 'Collection (en)');
});
