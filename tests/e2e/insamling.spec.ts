import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

const ROUND = 'Planer för handling våren 2016';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function download(page: Page, button: ReturnType<Page['getByRole']>) {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync((await d.path())!)) };
}

const menu = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }).getByRole('link', { name, exact: true });

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
  test.setTimeout(240_000);
  await openApp(page);
  await loadExample(page);
  await createGroup(page, 'Trion', ['Borås', 'Skövde', 'Tranemo']);
  await menu(page, 'Insamling').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Insamling');

  const round = await createRound(page, ROUND);
  await expect(round.getByText('0 av 3 har svarat')).toBeVisible();
  await expect(round.getByRole('row', { name: /Tranemo/ })).toContainText('Väntar');
  const mail = round.getByRole('link', { name: 'E-post till Borås' });
  await expect(mail).toHaveAttribute('href', /^mailto:\?subject=Planer%20f/);
  await expectNoAxeViolations(page, 'Insamling med en insamling');

  // The templates: one workbook per member, named <round>-<Kommun>.xlsx.
  const zip = await download(page, round.getByRole('button', { name: 'Ladda ner mallar', exact: true }));
  const files = unzipSync(zip.bytes);
  expect(Object.keys(files).sort()).toEqual([`${ROUND}-Borås.xlsx`, `${ROUND}-Skövde.xlsx`, `${ROUND}-Tranemo.xlsx`]);

  // The same as CSV: a folder per member with its tables, insamling.csv and LASMIG.txt.
  const csvZip = await download(page, round.getByRole('button', { name: 'Ladda ner mallar som CSV' }));
  const csvFiles = unzipSync(csvZip.bytes);
  expect(
    Object.keys(csvFiles)
      .filter((n) => n.startsWith(`${ROUND}-Tranemo/`))
      .sort(),
  ).toEqual(
    ['LASMIG.txt', 'atgarder.csv', 'insamling.csv', 'medskick.csv', 'planer.csv'].map((f) => `${ROUND}-Tranemo/${f}`),
  );
  expect(strFromU8(csvFiles[`${ROUND}-Borås/LASMIG.txt`])).toContain('Skicka tillbaka filerna senast');
  expect(strFromU8(csvFiles[`${ROUND}-Borås/planer.csv`])).toMatch(/^\ufeff?id;kommunkod;titel;status/);
  expect(strFromU8(csvFiles[`${ROUND}-Borås/insamling.csv`])).toContain(';1490;');

  // Borås answers: a new measure and the plan adopted, one measure removed. Skövde returns its template unchanged.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(files[`${ROUND}-Borås.xlsx`].slice().buffer as ArrayBuffer);
  const plans = wb.getWorksheet('planer')!;
  expect(plans.getCell('D2').value).toBe('Under arbete'); // words for people, not codes
  plans.getCell('D2').value = 'antagen';
  const measures = wb.getWorksheet('atgarder')!;
  const header = (measures.getRow(1).values as string[]).slice(1);
  const row = header.map(
    (h) =>
      ({ kommunkod: '1490', titel: 'Ny cykelväg till stationen', status: 'planerad', start: '2016-06' })[h] ?? null,
  );
  measures.addRow(row);
  const removedTitle = String(measures.getCell('D3').value);
  measures.spliceRows(3, 1);
  const boras = Buffer.from(await wb.xlsx.writeBuffer());

  await round.getByLabel('Importera svar').setInputFiles([
    { name: 'svar från Borås.xlsx', mimeType: XLSX, buffer: boras },
    { name: 'skovde.xlsx', mimeType: XLSX, buffer: Buffer.from(files[`${ROUND}-Skövde.xlsx`]) },
  ]);
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(preview.getByRole('button', { name: 'Importera' })).toBeEnabled();
  // Labels, not codes; per municipality's answer what it changes; Skövde's template is unchanged.
  await expect(preview).toContainText('Status: Under arbete → Antagen');
  await expect(preview.getByRole('row', { name: /^Åtgärder/ })).toHaveText(/Åtgärder\s*1\s*0\s*14\s*0/);
  await expect(preview.getByRole('row', { name: /^Svar/ })).toHaveText(/Svar\s*2\s*0\s*0\s*0/);
  await expect(preview.getByRole('heading', { name: `Borås – svar på ${ROUND}` })).toBeVisible();
  await expect(preview.getByRole('heading', { name: `Skövde – svar på ${ROUND}` })).toBeVisible();
  await expect(preview).toContainText('skovde.xlsx › planer');
  // The removed row is asked about, kept unless ticked; ticked, it is deleted in the same import.
  const removed = preview.getByRole('group', { name: 'Borttagna i svaret från Borås' });
  const tick = removed.getByRole('checkbox', { name: new RegExp(`^${escape(removedTitle)}`) });
  await expect(tick).not.toBeChecked();
  await expectNoAxeViolations(page, 'förhandsgranskning av svar');
  await tick.check();
  await expect(preview.getByRole('status')).toHaveText('1 rad tas bort med importen.');
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByText(/^Importen är klar: 3 nya och 1 ändrade poster\. 1 rad togs bort\.$/)).toBeVisible();

  await expect(round.getByText('2 av 3 har svarat')).toBeVisible();
  const members = round.getByRole('table', { name: `Svar på ${ROUND}` });
  await expect(members.getByRole('row', { name: /Borås/ })).toContainText(/Inkommen/);
  await expect(members.getByRole('row', { name: /Borås/ })).toContainText('svar från Borås.xlsx');
  await expect(members.getByRole('row', { name: /Skövde/ })).toContainText(/Inkommen/);
  await expect(members.getByRole('row', { name: /Tranemo/ })).toContainText('Väntar');

  // What changed since the previous round: Borås' plan was under way and is adopted, one new measure.
  await round.getByText('Förändringar sedan förra insamlingen').click();
  const changes = round.getByRole('table', { name: 'Förändringar sedan förra insamlingen' });
  const borasChange = changes.getByRole('row', { name: /^Borås/ });
  await expect(borasChange.getByRole('cell').nth(0)).toContainText('Under arbete');
  await expect(borasChange.getByRole('cell').nth(1)).toHaveText('Antagen');
  await expect(borasChange).toContainText('1: Ny cykelväg till stationen');
  await expect(changes.getByRole('row', { name: /^Tranemo/ })).toContainText('Inget svar ännu.');
  const csv = await download(page, round.getByRole('button', { name: 'Ladda ner jämförelsen (CSV)' }));
  expect(strFromU8(csv.bytes)).toMatch(
    /1490;Borås;\d{4}-\d{2}-\d{2};under_arbete;[^;]*;[^;]*;antagen;Ny cykelväg till stationen;/,
  );
  await expectNoAxeViolations(page, 'Insamling med förändringar');

  // A template of this round is refused by another round.
  const other = await createRound(page, 'Planer hösten 2016');
  await other
    .getByLabel('Importera svar')
    .setInputFiles([{ name: 'skovde.xlsx', mimeType: XLSX, buffer: Buffer.from(files[`${ROUND}-Skövde.xlsx`]) }]);
  await expect(page.getByText('skovde.xlsx togs inte emot: filen är en mall för en annan insamling.')).toBeVisible();
  await expect(preview).toBeHidden();
  await expect(other.getByText('0 av 3 har svarat')).toBeVisible();

  // Edit a round (the dialog reused), then delete it: the dialog says the answers are kept.
  await other.getByRole('button', { name: 'Ändra Planer hösten 2016' }).click();
  const edit = page.getByRole('dialog', { name: 'Ändra insamling' });
  await expect(edit.getByLabel('Namn')).toHaveValue('Planer hösten 2016');
  await edit.getByLabel('Sista svarsdag').fill('2016-11-30');
  await expectNoAxeViolations(page, 'ändra insamling');
  await edit.getByRole('button', { name: 'Spara' }).click();
  await expect(edit).toBeHidden();
  await expect(other.getByText('Sista svarsdag 30 november 2016')).toBeVisible();
  await other.getByRole('button', { name: 'Ta bort Planer hösten 2016' }).click();
  const del = page.getByRole('dialog', { name: 'Ta bort insamling' });
  await expect(del).toContainText('Inga svar har kommit in.');
  await expectNoAxeViolations(page, 'ta bort insamling');
  await del.getByRole('button', { name: 'Ta bort insamlingen' }).click();
  await expect(page.getByRole('region', { name: 'Planer hösten 2016' })).toHaveCount(0);
  // Deleting a round is a hand edit like any other: the message offers "Ångra", which brings it back.
  await page.getByRole('button', { name: /^Ångra: .*Planer hösten 2016/ }).click();
  await expect(other.getByText('Sista svarsdag 30 november 2016')).toBeVisible();
  await other.getByRole('button', { name: 'Ta bort Planer hösten 2016' }).click();
  await del.getByRole('button', { name: 'Ta bort insamlingen' }).click();
  await expect(page.getByRole('region', { name: 'Planer hösten 2016' })).toHaveCount(0);

  // Översikt tells how far the latest round has come.
  await menu(page, 'Översikt').click();
  await expect(page.getByText(`${ROUND}: 2 av 3 har svarat`)).toBeVisible();

  // The new measure is in Data; the removed one is gone.
  await menu(page, 'Data').click();
  await page.getByRole('tab', { name: /Åtgärder/ }).click();
  await expect(page.getByRole('row', { name: /Ny cykelväg till stationen/ })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(escape(removedTitle)) })).toHaveCount(0);

  // Through "Importera filer": a template for a round that does not exist here is refused …
  const stray = new ExcelJS.Workbook();
  await stray.xlsx.load(files[`${ROUND}-Skövde.xlsx`].slice().buffer as ArrayBuffer);
  stray.getWorksheet('Om filen')!.getCell('B3').value = 'i-finnsinte';
  await page
    .getByLabel('Välj filer')
    .setInputFiles([{ name: 'annan.xlsx', mimeType: XLSX, buffer: Buffer.from(await stray.xlsx.writeBuffer()) }]);
  await expect(
    page.getByText('annan.xlsx togs inte emot: filen hör till en insamling som inte finns här'),
  ).toBeVisible();
  await expect(preview).toBeHidden();

  // … and Tranemo's CSV answer (its folder zipped) is matched to its round and recorded.
  const folder = `${ROUND}-Tranemo/`;
  const tranemo: Record<string, Uint8Array> = {};
  for (const [n, b] of Object.entries(csvFiles)) if (n.startsWith(folder)) tranemo[n.slice(folder.length)] = b;
  const atgarder = strFromU8(tranemo['atgarder.csv']);
  const cols = atgarder
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)[0]
    .split(';');
  const values: Record<string, string> = {
    kommunkod: '1452',
    titel: 'Läxhjälp på biblioteket',
    status: 'planerad',
    start: '2016-09',
  };
  tranemo['atgarder.csv'] = strToU8(atgarder + cols.map((c) => values[c] ?? '').join(';') + '\r\n');
  await page
    .getByLabel('Välj filer')
    .setInputFiles([{ name: 'tranemo.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(tranemo)) }]);
  await expect(preview.getByRole('heading', { name: `Tranemo – svar på ${ROUND}` })).toBeVisible();
  await expect(preview).toContainText('1 nya och 0 ändrade rader');
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('row', { name: /Läxhjälp på biblioteket/ })).toBeVisible();
  await menu(page, 'Insamling').click();
  await expect(page.getByRole('region', { name: ROUND }).getByText('3 av 3 har svarat')).toBeVisible();
  await expect(page.getByRole('row', { name: /Tranemo/ }).first()).toContainText('tranemo.zip');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('region', { name: ROUND }).getByText('Förändringar sedan förra insamlingen').click();
  await page.screenshot({ path: '/tmp/shots-collect/insamling-1366.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/shots-collect/insamling-390.png', fullPage: true });

  // The import with the deletion is undone through the import history: the removed measure is back.
  await page.setViewportSize({ width: 1366, height: 768 });
  await menu(page, 'Data').click();
  await page.getByRole('tab', { name: /Åtgärder/ }).click();
  await page
    .getByRole('region', { name: 'Importhistorik' })
    .getByRole('row', { name: /svar från Borås\.xlsx/ })
    .getByRole('button', { name: 'Ångra' })
    .click();
  const undo = page.getByRole('dialog', { name: /^Ångra svar från Borås\.xlsx/ });
  await undo.getByRole('button', { name: 'Ångra' }).click();
  await expect(undo).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(escape(removedTitle)) })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Ny cykelväg till stationen/ })).toHaveCount(0);
  await menu(page, 'Insamling').click();
  await expect(page.getByRole('region', { name: ROUND }).getByText('1 av 3 har svarat')).toBeVisible();

  // In English: the preview's labels, the removed rows asked about, and the round's dialogs.
  await page.evaluate(() => localStorage.setItem('planatlas-lang', 'en'));
  await page.reload();
  await page.setViewportSize({ width: 1366, height: 768 });
  const roundEn = page.getByRole('region', { name: ROUND });
  plans.getCell('D2').value = 'remiss';
  measures.spliceRows(2, 1);
  await roundEn
    .getByLabel('Import answers')
    .setInputFiles([{ name: 'boras-2.xlsx', mimeType: XLSX, buffer: Buffer.from(await wb.xlsx.writeBuffer()) }]);
  const previewEn = page.getByRole('dialog', { name: 'Preview import' });
  await expect(previewEn).toContainText('Status: In progress → Out for consultation');
  await expect(previewEn.getByRole('group', { name: 'Removed in the answer from Borås' })).toBeVisible();
  await expectNoAxeViolations(page, 'answer preview (en)');
  await previewEn.getByRole('button', { name: 'Cancel' }).click();
  await roundEn.getByRole('button', { name: `Edit ${ROUND}` }).click();
  await expect(page.getByRole('dialog', { name: 'Edit collection round' })).toBeVisible();
  await expectNoAxeViolations(page, 'edit round (en)');
  await page.getByRole('dialog', { name: 'Edit collection round' }).getByRole('button', { name: 'Cancel' }).click();
  await roundEn.getByRole('button', { name: `Delete ${ROUND}` }).click();
  const delEn = page.getByRole('dialog', { name: 'Delete collection round' });
  await expect(delEn).toContainText('The answer received is kept in Data');
  await expectNoAxeViolations(page, 'delete round (en)');
  await delEn.getByRole('button', { name: 'Cancel' }).click();
  await roundEn.getByText('Changes since the previous round').click();
  await expectNoAxeViolations(page, 'changes (en)');
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

// ---------------------------------------------------------------------------------------------
// Issue 22: an answer speaks for one municipality in one round (RELIABILITY 37–39). The attacks
// write the workbooks with exceljs, as a person or a script would.

/** Every record, import and change stored in IndexedDB, as JSON: to see that nothing changed. */
async function storedData(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('planatlas');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const out: Record<string, unknown> = {};
    for (const name of ['chunks', 'imports', 'changes']) {
      out[name] = await new Promise((res, rej) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
    }
    db.close();
    return JSON.stringify(out);
  });
}

/** The example data, the group "Trion" (Borås, Skövde, Tranemo), a round for it and its templates by municipality. */
async function trionRound(page: Page) {
  await openApp(page);
  await loadExample(page);
  await createGroup(page, 'Trion', ['Borås', 'Skövde', 'Tranemo']);
  await menu(page, 'Insamling').click();
  const round = await createRound(page, ROUND);
  const zip = await download(page, round.getByRole('button', { name: 'Ladda ner mallar', exact: true }));
  const files = unzipSync(zip.bytes);
  const template = async (kommun: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files[`${ROUND}-${kommun}.xlsx`].slice().buffer as ArrayBuffer);
    return wb;
  };
  return { round, template };
}

const headersOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as string[]).slice(1);

/** Add a row to a sheet by header name. */
function addRow(ws: ExcelJS.Worksheet, values: Record<string, string>) {
  ws.addRow(headersOf(ws).map((h) => values[h] ?? null));
}

/** Set a cell by its row and header name. */
function setCell(ws: ExcelJS.Worksheet, row: number, header: string, value: string) {
  ws.getRow(row).getCell(headersOf(ws).indexOf(header) + 1).value = value;
}

/** Set the value of a label in "Om filen" (column A label, column B value). */
function setAbout(wb: ExcelJS.Workbook, label: string, value: string) {
  wb.getWorksheet('Om filen')!.eachRow((row) => {
    if (row.getCell(1).value === label) row.getCell(2).value = value;
  });
}

const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

test('an answer with rows of another municipality is refused whole, naming sheet and row; nothing changes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { round, template } = await trionRound(page);
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  const before = await storedData(page);

  const attack = async (name: string, wb: ExcelJS.Workbook, message: RegExp) => {
    await round.getByLabel('Importera svar').setInputFiles([{ name, mimeType: XLSX, buffer: await bytes(wb) }]);
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByText(message)).toContainText('Ingenting från svaret sparades.');
    await expect(preview).toBeHidden();
    await expect(round.getByText('0 av 3 har svarat')).toBeVisible();
    expect(await storedData(page), `${name}: nothing stored changed`).toBe(before);
  };

  // (a) A Borås answer whose hidden id and kommunkod point at a Hedemora measure (outside the round).
  const a = await template('Borås');
  addRow(a.getWorksheet('atgarder')!, {
    id: 'ex-hedemora-landsting-skola',
    kommunkod: '2083',
    titel: 'Kapad av Borås',
    beskrivning: 'Skrivet över från ett annat svar',
    status: 'planerad',
  });
  await attack(
    'a.xlsx',
    a,
    /^a\.xlsx togs inte emot: bladet "atgarder", rad \d+: raden gäller Hedemora \(2083\), men svaret gäller Borås \(1490\)\./,
  );

  // (b) The same with a Skövde measure (another member), the row saying Borås: the stored record decides.
  const b = await template('Borås');
  addRow(b.getWorksheet('atgarder')!, {
    id: 'ex-skovde-placerade-barns-skolgang',
    kommunkod: '1490',
    titel: 'Kapad av Borås',
    status: 'planerad',
  });
  await attack(
    'b.xlsx',
    b,
    /^b\.xlsx togs inte emot: bladet "atgarder", rad \d+: id ex-skovde-placerade-barns-skolgang är en post som hör till Skövde \(1496\); ett svar från Borås \(1490\) kan inte ändra den\./,
  );

  // (c) A Borås workbook whose "Om filen" names Skövde: its Borås rows are refused, no Skövde row is offered for deletion.
  const c = await template('Borås');
  setAbout(c, 'Kommunkod', '1496');
  await attack(
    'c.xlsx',
    c,
    /^c\.xlsx togs inte emot: bladet "planer", rad 2: raden gäller Borås \(1490\), men svaret gäller Skövde \(1496\); bladet "atgarder", rad 2: /,
  );

  // (d) Tranemo's answer with a new measure of kommunkod 1490 (Borås).
  const d = await template('Tranemo');
  addRow(d.getWorksheet('atgarder')!, { kommunkod: '1490', titel: 'Borås åtgärd från Tranemo', status: 'planerad' });
  await attack(
    'd.xlsx',
    d,
    /^d\.xlsx togs inte emot: bladet "atgarder", rad 2: raden gäller Borås \(1490\), men svaret gäller Tranemo \(1452\)\./,
  );

  // The Data view after a reload says the same: Hedemora's and Skövde's measures as they were (all regions shown).
  await page.reload();
  await menu(page, 'Data').click();
  await page.getByRole('tab', { name: /Åtgärder/ }).click();
  await page.getByRole('checkbox', { name: /^Visa bara vald region/ }).uncheck();
  await expect(page.getByRole('row', { name: /Samverkan med landsting och skola/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Stöd för placerade barns skolgång/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: /Kapad av Borås|Borås åtgärd från Tranemo/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Importhistorik' })).not.toContainText(/[abcd]\.xlsx/);
});

test('an answer without uppdaterad wins, and a refused answer in the same drop leaves the others to import', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { round, template } = await trionRound(page);

  // (e) Borås deletes the uppdaterad columns (as a person tidying a sheet does), adopts the plan and retitles a measure.
  const boras = await template('Borås');
  const plans = boras.getWorksheet('planer')!;
  const measures = boras.getWorksheet('atgarder')!;
  setCell(plans, 2, 'status', 'antagen');
  const oldTitle = String(measures.getRow(2).getCell(headersOf(measures).indexOf('titel') + 1).value);
  setCell(measures, 2, 'titel', 'Omdöpt av Borås');
  for (const ws of [plans, measures]) {
    const col = headersOf(ws).indexOf('uppdaterad');
    expect(col, `${ws.name} has an uppdaterad column to delete`).toBeGreaterThanOrEqual(0);
    ws.spliceColumns(col + 1, 1);
    expect(headersOf(ws)).not.toContain('uppdaterad');
  }
  // Tranemo's answer in the same drop brings a Borås row: refused whole, the others go on.
  const tranemo = await template('Tranemo');
  addRow(tranemo.getWorksheet('atgarder')!, {
    kommunkod: '1490',
    titel: 'Borås åtgärd från Tranemo',
    status: 'planerad',
  });

  await round.getByLabel('Importera svar').setInputFiles([
    { name: 'boras.xlsx', mimeType: XLSX, buffer: await bytes(boras) },
    { name: 'tranemo.xlsx', mimeType: XLSX, buffer: await bytes(tranemo) },
  ]);
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(preview.getByRole('button', { name: 'Importera' })).toBeEnabled();
  const refused = preview.getByRole('region', { name: 'Svar som inte importeras' });
  await expect(refused).toContainText(/^.*tranemo\.xlsx togs inte emot: bladet "atgarder", rad 2: raden gäller Borås/);
  await expect(preview.getByRole('heading', { name: `Borås – svar på ${ROUND}` })).toBeVisible();
  await expect(preview.getByRole('heading', { name: `Tranemo – svar på ${ROUND}` })).toHaveCount(0);
  await expectNoAxeViolations(page, 'förhandsgranskning med ett svar som inte importeras');
  // The summary counts what the import does to Borås: the plan and the measure changed.
  await expect(preview).toContainText('0 nya och 2 ändrade rader');
  await expect(preview).toContainText('Status: Under arbete → Antagen');
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByText(/^Importen är klar: 1 nya och 2 ändrade poster\./)).toBeVisible();

  const members = round.getByRole('table', { name: `Svar på ${ROUND}` });
  await expect(members.getByRole('row', { name: /Borås/ })).toContainText(/Inkommen/);
  await expect(members.getByRole('row', { name: /Tranemo/ })).toContainText('Väntar');
  await menu(page, 'Data').click();
  await page.getByRole('tab', { name: /Åtgärder/ }).click();
  await expect(page.getByRole('row', { name: /Omdöpt av Borås/ })).toHaveCount(1);
  await expect(page.getByRole('row', { name: new RegExp(escape(oldTitle)) })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Borås åtgärd från Tranemo/ })).toHaveCount(0);
  await page.getByRole('tab', { name: /Planer/ }).click();
  await expect(page.getByRole('row', { name: /Borås/ }).first()).toContainText('Antagen');
});
