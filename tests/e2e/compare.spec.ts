import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

test('the matrix shows the right counts for Borås; a cell lists its measures; gaps and requests', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/jamfor?region=ex-sjuharad');
  const matrix = page.getByRole('table', { name: /Antal åtgärder per kommun och tema i Sjuhärad/ });
  const boras = matrix.getByRole('row', { name: /^Borås/ });
  await expect(boras.getByRole('cell').last()).toHaveText('11');
  await expect(
    boras.getByRole('button', { name: 'Borås, Förebyggande arbete och tidiga insatser: 4 åtgärder' }),
  ).toBeVisible();
  await boras.getByRole('button', { name: /Borås, Förebyggande arbete och tidiga insatser/ }).click();
  const list = page.getByRole('region', { name: 'Åtgärder i Borås inom Förebyggande arbete och tidiga insatser' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(list).toContainText('Familjekollo');
  // Sjuhärad: only Borås has measures, and nobody works on health care cooperation.
  await expect(page.getByRole('region', { name: 'Teman som saknas' })).toContainText(
    'Ingen kommun i Sjuhärad har en åtgärd inom Samverkan med hälso- och sjukvård.',
  );
  await page.getByLabel('Visa teman som färre än så här många kommuner arbetar med').fill('2');
  await expect(page.getByRole('region', { name: 'Teman som saknas' })).toContainText(
    'Bara Borås har åtgärder inom Kompetensförsörjning och personalstabilitet.',
  );
  const requests = page.getByRole('region', { name: 'Medskick till nationell nivå' });
  await expect(requests.getByText(/^Samverkan med hälso- och sjukvård \(\d+\)$/)).toBeVisible();
  await expectNoAxeViolations(page, 'jämför');
});

test('two municipalities side by side, chosen here or on the map', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/jamfor?kommuner=1490');
  await page.getByLabel('Lägg till kommun').fill('Umeå');
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(page).toHaveURL(/kommuner=1490,2480/);
  const side = page.getByRole('region', { name: 'Sida vid sida' }).getByRole('table');
  await expect(side.getByRole('columnheader', { name: /Borås/ })).toBeVisible();
  await expect(side.getByRole('columnheader', { name: /Umeå/ })).toBeVisible();
  await expect(side.getByRole('row', { name: /^Plan/ })).toContainText('Plan för handling – Umeå');
  await expect(side.getByRole('row', { name: /^Kompetensförsörjning/ })).toContainText('Kompetenstrappa');
  await page.getByRole('button', { name: 'Ta bort Borås från jämförelsen' }).click();
  await expect(page).toHaveURL(/kommuner=2480(?!,)/);
});

test('a theme suggestion is offered for a new measure and accepted', async ({ page }) => {
  await openApp(page, '#/data?tabell=measures');
  await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  const form = page.getByRole('dialog', { name: 'Ny åtgärd' });
  await form.getByRole('combobox', { name: /^Kommun/ }).fill('Skövde');
  await form.getByLabel('Titel').fill('Stöd för placerade barns skolgång');
  const suggestions = form.getByRole('group', { name: 'Förslag på teman utifrån texten' });
  await expect(
    suggestions.getByRole('button', { name: 'Lägg till temat Placerade barns skolgång och hälsa' }),
  ).toBeVisible();
  await suggestions.getByRole('button', { name: 'Lägg till temat Placerade barns skolgång och hälsa' }).click();
  await expect(form.getByRole('checkbox', { name: 'Placerade barns skolgång och hälsa' })).toBeChecked();
  await suggestions.getByRole('button', { name: 'Avvisa förslaget Samverkan med skola och förskola' }).click();
  await expect(form.getByRole('checkbox', { name: 'Samverkan med skola och förskola' })).not.toBeChecked();
  await expect(suggestions).toBeHidden();
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('row', { name: /Stöd för placerade barns skolgång/ })).toContainText(
    'Placerade barns skolgång och hälsa',
  );
});

test('the import preview offers themes for rows without', async ({ page }) => {
  await openApp(page, '#/data?tabell=measures');
  const csv = 'kommunkod;titel;status\r\n1490;Socialtjänst på nätet;planerad\r\n1490;Något helt annat;planerad\r\n';
  await page
    .getByLabel('Välj filer')
    .setInputFiles({ name: 'atgarder.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(dialog).toContainText('1 rader saknar tema');
  await dialog.getByRole('button', { name: 'Lägg till föreslagna teman' }).click();
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByRole('row', { name: /Socialtjänst på nätet/ })).toContainText(
    'Digitalisering och teknikutveckling',
  );
});

test('download the timeline and the matrix as SVG and PNG', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/tidslinje?region=ex-sjuharad');
  let download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Ladda ner tidslinje' }).getByRole('button', { name: 'Ladda ner SVG' }).click();
  const tl = readFileSync(await (await download).path(), 'utf8');
  expect(tl).toContain('Tidslinje: Sjuhärad');
  expect(tl).toContain('Vårgårda');
  await page.goto('./#/jamfor?region=ex-sjuharad');
  download = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Ladda ner kommuner och teman' })
    .getByRole('button', { name: 'Ladda ner SVG' })
    .click();
  const m = readFileSync(await (await download).path(), 'utf8');
  expect(m).toContain('Kommuner och teman: Sjuhärad');
  expect(m).toMatch(/>Borås<\/text>/);
  download = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Ladda ner kommuner och teman' })
    .getByRole('button', { name: 'Ladda ner PNG' })
    .click();
  const png = readFileSync(await (await download).path());
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});

test('the comparison prints without navigation and controls, keeping the tables', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.goto('./#/jamfor?region=ex-sjuharad&kommuner=1490,2480');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByLabel('Sortera efter')).toBeHidden();
  await expect(page.getByRole('table', { name: /Antal åtgärder per kommun och tema/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sida vid sida' }).getByRole('table')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
