/**
 * Issue 22 point 5: a collection round asks how far each measure has come. A municipality's answer
 * (written with exceljs, as a person or a script would) reports 50 % on a measure; Översikt says so
 * in its progress sentence, the timeline's bar says it by name, and the round's changes show the
 * progress then → now with the chart of statuses then and now.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

const ROUND = 'Uppföljning hösten 2016';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function download(page: Page, button: ReturnType<Page['getByRole']>) {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync((await d.path())!)) };
}

const menu = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }).getByRole('link', { name, exact: true });

test('a municipality reports 50 % on a measure: Översikt, the timeline and the round’s changes show it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openApp(page);
  await loadExample(page);
  // The group "Trion" (Borås, Skövde, Tranemo), chosen as the region.
  await page.getByRole('button', { name: 'Ny grupp' }).click();
  const group = page.getByRole('dialog', { name: 'Egen grupp av kommuner' });
  await group.getByLabel('Namn på gruppen').fill('Trion');
  for (const m of ['Borås', 'Skövde', 'Tranemo']) {
    await group.getByLabel('Sök kommun').fill(m);
    await group.getByRole('checkbox', { name: new RegExp(`^${m} \\d{4}$`) }).check();
  }
  await group.getByRole('button', { name: 'Spara grupp' }).click();
  await expect(group).toBeHidden();

  // Before: nothing reported.
  const progress = page.getByRole('region', { name: 'Rapporterat genomförande' });
  await expect(progress).toContainText(/Alla åtgärder: 0 av \d+ åtgärder rapporterade\./);

  await menu(page, 'Insamling').click();
  await page.getByRole('button', { name: 'Ny insamling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny insamling' });
  await dialog.getByLabel('Namn').fill(ROUND);
  await dialog.getByLabel('Sista svarsdag').fill('2016-11-30');
  await dialog.getByLabel('Kontakt').fill('Anna Andersson, anna@example.se');
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await expect(dialog).toBeHidden();
  const round = page.getByRole('region', { name: ROUND });
  const zip = await download(page, round.getByRole('button', { name: 'Ladda ner mallar', exact: true }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(unzipSync(zip.bytes)[`${ROUND}-Borås.xlsx`].slice().buffer as ArrayBuffer);

  // Borås reports 50 % and a comment on a measure, as a person fills in the template.
  const ws = wb.getWorksheet('atgarder')!;
  const headers = (ws.getRow(1).values as string[]).slice(1);
  // Its first measure with a date (a bar on the timeline).
  let row = 2;
  const at = (r: number, header: string) => ws.getRow(r).getCell(headers.indexOf(header) + 1);
  while (row <= ws.rowCount && !at(row, 'start').value && !at(row, 'slut').value) row++;
  expect(at(row, 'titel').value, 'Borås has a dated measure').toBeTruthy();
  const cell = (header: string) => at(row, header);
  expect(cell('genomforande').value, 'the template leaves the progress empty').toBeNull();
  const title = String(cell('titel').value);
  cell('genomforande').value = 50;
  cell('kommentar').value = 'Halvvägs: lotsarna är anställda';
  const answer = Buffer.from(await wb.xlsx.writeBuffer());

  await round.getByLabel('Importera svar').setInputFiles([{ name: 'boras.xlsx', mimeType: XLSX, buffer: answer }]);
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await expect(preview).toContainText(/Genomförande \(%\).*50/);
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByText(/^Importen är klar:/)).toBeVisible();

  // The round's changes: the measure's status and progress then → now, and the chart of statuses.
  await round.getByText('Förändringar sedan förra insamlingen').click();
  const changes = round.getByRole('group', { name: 'Förändringar sedan förra insamlingen' });
  await expect(changes.getByRole('row', { name: /^Borås/ })).toContainText(
    new RegExp(`${escape(title)}: \\S+, ej rapporterat → \\S+, 50 %`),
  );
  const chart = round.getByRole('region', { name: 'Åtgärdernas status då och nu' });
  await expect(
    chart.getByRole('img', { name: /Stapeldiagram: åtgärdernas status då och nu för 1 kommun$/ }),
  ).toBeVisible();
  await expect(
    chart.getByRole('group', { name: /diagrammet/ }).getByRole('button', { name: 'Ladda ner SVG' }),
  ).toBeVisible();
  const svg = await download(page, chart.getByRole('button', { name: 'Ladda ner SVG' }));
  expect(svg.name).toMatch(/^planatlas-insamling-.*\.svg$/);
  expect(new TextDecoder().decode(svg.bytes)).toContain('Åtgärdernas status då och nu');
  await expectNoAxeViolations(page, 'insamling med förändringar och diagram');

  // Översikt: the sentence counts the one reported measure.
  await menu(page, 'Översikt').click();
  await expect(progress).toContainText(/Alla åtgärder: 1 av \d+ åtgärder rapporterad, i snitt 50 %\./);
  await expect(progress.getByRole('table')).toContainText('50 %');
  await expectNoAxeViolations(page, 'översikt med genomförande');

  // Jämför shows the same.
  await menu(page, 'Jämför').click();
  await expect(page.getByRole('region', { name: 'Rapporterat genomförande' })).toContainText(
    /1 av \d+ åtgärder rapporterad, i snitt 50 %/,
  );
  await expectNoAxeViolations(page, 'jämför med genomförande');

  // The timeline, all measures: the bar says how far the measure has come.
  await menu(page, 'Tidslinje').click();
  await page.getByRole('radio', { name: 'Alla åtgärder' }).check();
  const bar = page.getByRole('button', { name: new RegExp(`^Åtgärd: ${escape(title)}, Borås, .*, 50 % genomfört$`) });
  await expect(bar).toBeVisible();
  await expect(bar.locator('rect.progress')).toHaveCount(1);
  await expectNoAxeViolations(page, 'tidslinje med genomförande');

  // In English.
  await page.getByLabel('Språk (language)').selectOption('en');
  await expect(
    page.getByRole('button', { name: new RegExp(`^Measure: ${escape(title)}, Borås, .*, 50 % done$`) }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'timeline with progress, English');
  await menu(page, 'Overview').click();
  await expect(page.getByRole('region', { name: 'Reported progress' })).toContainText(
    /All measures: 1 of \d+ measures reported, 50 % on average\./,
  );
  await expectNoAxeViolations(page, 'overview with progress, English');
  await menu(page, 'Collection').click();
  await page.getByRole('region', { name: ROUND }).getByText('Changes since the previous round').click();
  await expect(page.getByRole('img', { name: /^Bar chart: status of the measures then and now/ })).toBeVisible();
  await expectNoAxeViolations(page, 'collection with changes and chart, English');
});
