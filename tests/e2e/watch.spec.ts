import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';
import { generateCounty } from '../support/county';

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

const menu = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();

/**
 * Example data, the group Trion (Borås, Skövde, Tranemo), a round due 2016-05-31 with two answers,
 * follow-up dates for Borås's and Skövde's plans and a measure ending April 2016.
 */
async function setUp(page: Page) {
  await openApp(page);
  await loadExample(page);
  await createGroup(page, 'Trion', ['Borås', 'Skövde', 'Tranemo']);
  await menu(page, 'Insamling');
  await page.getByRole('button', { name: 'Ny insamling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny insamling' });
  await dialog.getByLabel('Namn').fill(ROUND);
  await dialog.getByLabel('Sista svarsdag').fill('2016-05-31');
  await dialog.getByRole('button', { name: 'Skapa' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: ROUND }).getByText('0 av 3 har svarat')).toBeVisible();

  // The round's id, for the answers file.
  await menu(page, 'Karta');
  const option = page.getByLabel('Färglägg efter').getByRole('option', { name: `Insamling: ${ROUND}` });
  const id = (await option.getAttribute('value'))!.replace('insamling:', '');

  // Borås answered in time (before its plan's follow-up date), Skövde late (after its follow-up date), Tranemo not.
  await menu(page, 'Data');
  await page.getByLabel('Välj filer').setInputFiles({
    name: 'svar.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `insamling_id;kommunkod;mottagen;fil\n${id};1490;2016-04-20;svar-boras.xlsx\n${id};1496;2016-06-10;svar-skovde.xlsx\n`,
    ),
  });
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden();

  for (const [kommun, date] of [
    ['Borås', '2016-04-30'],
    ['Skövde', '2016-05-15'],
  ]) {
    await page.getByRole('button', { name: `Redigera Plan för handling – ${kommun}` }).click();
    const plan = page.getByRole('dialog', { name: 'Redigera plan' });
    await plan.getByLabel('Uppföljning den').fill(date);
    await plan.getByRole('button', { name: 'Spara' }).click();
    await expect(plan).toBeHidden();
  }

  await page.getByRole('tab', { name: /Åtgärder/ }).click();
  await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  const form = page.getByRole('dialog', { name: 'Ny åtgärd' });
  await form.getByRole('combobox', { name: /^Kommun/ }).fill('Borås');
  await form.getByLabel('Titel').fill('Familjecentral i centrum');
  await form.getByLabel('Slut').fill('2016-04');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  // "Today" is the browser's date: the test sets it.
  await page.clock.setFixedTime(new Date('2016-03-01T10:00:00+01:00'));
});

test('Bevakning: on Översikt in words, a link to Data, the Data filter in the URL, the map by round', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await setUp(page);

  // On 1 March 2016 nothing has passed its date.
  await menu(page, 'Översikt');
  const watch = page.getByRole('region', { name: /^Bevakning/ });
  await expect(watch).toContainText('Inget att bevaka');
  await expect(watch).toContainText('per 1 mars 2016');

  // Later: the follow-up date, the measure's end and the round's last answer date have passed.
  await page.clock.setFixedTime(new Date('2016-06-15T10:00:00+02:00'));
  await page.reload();
  await expect(watch).toContainText('per 15 juni 2016');
  await expect(watch).toContainText('1 plan har passerat sitt uppföljningsdatum: Borås (30 april 2016).');
  // Skövde answered after its follow-up date: followed up.
  await expect(watch.getByRole('row', { name: /Plan för handling – Skövde/ })).toHaveCount(0);
  await expect(watch).toContainText('1 åtgärd är försenad');
  await expect(watch).toContainText('Familjecentral i centrum, Borås (april 2016)');
  await expect(watch).toContainText(
    `1 insamling har passerat sista svarsdag utan svar från alla: ${ROUND} (sista svarsdag 31 maj 2016, väntar på Tranemo).`,
  );
  await expect(watch.getByRole('row', { name: new RegExp(ROUND) })).toContainText('Tranemo');
  await expect(watch).not.toContainText('Skolfam');
  await expectNoAxeViolations(page, 'Översikt med bevakning');

  // Each item links to its record in Data.
  await watch.getByRole('link', { name: 'Familjecentral i centrum' }).click();
  const edit = page.getByRole('dialog', { name: 'Redigera åtgärd' });
  await expect(edit.getByLabel('Titel')).toHaveValue('Familjecentral i centrum');
  await edit.getByRole('button', { name: 'Avbryt' }).click();
  await expect(edit).toBeHidden();

  // The Data filter: only the watched records of its table, in the link.
  const filter = page.getByLabel('Bevakning', { exact: true });
  await filter.selectOption({ label: 'Försenade åtgärder (1)' });
  await expect(page).toHaveURL(/tabell=measures.*bevakning=forsenade/);
  await expect(page.getByRole('tab', { name: /Åtgärder/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('row', { name: /Familjecentral i centrum/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Skolfam/ })).toHaveCount(0);

  await filter.selectOption({ label: 'Planer som passerat uppföljningsdatum (1)' });
  await expect(page).toHaveURL(/tabell=plans.*bevakning=uppfoljning/);
  await page.reload();
  await expect(page.getByLabel('Bevakning', { exact: true })).toHaveValue('uppfoljning');
  await expect(page.getByRole('row', { name: /Plan för handling – Borås/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Plan för handling – Skövde/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Visa alla rader' }).click();
  await expect(page).not.toHaveURL(/bevakning=/);
  await expect(page.getByRole('row', { name: /Plan för handling – Skövde/ })).toBeVisible();

  // Karta coloured by the round: legend, names and table in words.
  await menu(page, 'Karta');
  await page.getByLabel('Färglägg efter').selectOption({ label: `Insamling: ${ROUND}` });
  await expect(page).toHaveURL(/farg=insamling:i-/);
  const map = page.getByRole('group', { name: /Sexhörningskarta/ });
  await expect(map.getByRole('button', { name: 'Tranemo: Väntar' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Borås: Inkommen 20 april 2016' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Skövde: Inkommen efter sista svarsdag (10 juni 2016)' })).toBeVisible();
  await expect(map.getByRole('button', { name: /^Göteborg: Inte tillfrågad/ })).toBeVisible();
  const legend = page.getByRole('region', { name: 'Teckenförklaring' });
  await expect(legend).toContainText(`Insamling: ${ROUND}`);
  await expect(legend.getByRole('listitem').filter({ hasText: 'Väntar' })).toContainText('1');
  await expect(legend.getByRole('listitem').filter({ hasText: 'Inkommen efter sista svarsdag' })).toContainText('1');
  await map.getByRole('button', { name: 'Tranemo: Väntar' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Väntar');
  await page.getByRole('button', { name: 'Visa som tabell' }).click();
  await expect(page.getByRole('row', { name: /Tranemo/ })).toContainText('Väntar');
  await expectNoAxeViolations(page, 'Karta efter insamling');

  // The same in English.
  await page.getByLabel('Språk (language)').selectOption('en');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expect(
    page.getByRole('group', { name: /hexagon/i }).getByRole('button', { name: 'Tranemo: Waiting' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText(`Collection round: ${ROUND}`);
  await expectNoAxeViolations(page, 'Karta by round (en)');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Overview' }).click();
  const watchEn = page.getByRole('region', { name: /^Watch list/ });
  await expect(watchEn).toContainText('1 plan has passed its follow-up date: Borås (30 April 2016).');
  await expectNoAxeViolations(page, 'Overview with the watch list (en)');
});

const COUNTY_TODAY = '2022-06-15';

/** Västra Götaland generated (49 municipalities, 3 000 measures), imported through the app's import. */
async function importCounty(page: Page) {
  const county = generateCounty({ county: '14', measures: 3000, today: COUNTY_TODAY });
  await page.clock.setFixedTime(new Date(`${COUNTY_TODAY}T10:00:00+02:00`));
  await openApp(page, '#/data?region=14');
  await page.getByLabel('Välj filer').setInputFiles(
    (['planer', 'atgarder', 'handelser'] as const).map((k) => ({
      name: `${k}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(county[k]),
    })),
  );
  const preview = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await preview.getByRole('button', { name: 'Importera' }).click();
  await expect(preview).toBeHidden({ timeout: 30_000 });
  return county;
}

/** The late table's rows as [name, measures, plans]. */
async function lateRows(page: Page) {
  const table = page.getByRole('group', { name: 'Försenat per kommun' }).getByRole('table');
  return (await table.locator('tbody tr').all()).map(async (r) => {
    const cells = await r.locator('th, td').allInnerTexts();
    // A count is the cell's first number (a link adds words for screen readers).
    const count = (c: string) => Number(c.match(/^[\d\s]+/)![0].replace(/\s/g, ''));
    return [cells[0], count(cells[1]), count(cells[2])] as const;
  });
}

test('Bevakning at county scale: late by municipality, most late first; Påminn is one mailto; the download holds every late measure', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const county = await importCounty(page);
  expect(county.overdue).toBeGreaterThan(500);
  await menu(page, 'Översikt');
  const watch = page.getByRole('region', { name: /^Bevakning/ });
  await expect(watch.getByRole('heading', { name: 'Försenade åtgärder' })).toContainText(`(${county.overdue})`);
  const late = watch.getByRole('region', { name: 'Var förseningarna finns' });
  await expect(late).toContainText(/Det försenade finns i \d+ kommuner, mest i /);

  // The table: the municipalities, most late first (count of measures and plans).
  await late.getByRole('button', { name: /^Visa alla/ }).click();
  const rows = await Promise.all(await lateRows(page));
  expect(rows.length).toBeGreaterThan(40);
  const counts = rows.map(([, m, p]) => m + p);
  expect(counts.every(Number.isInteger)).toBe(true);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(rows.reduce((n, [, m]) => n + m, 0)).toBe(county.overdue);
  const names = rows.map(([n]) => n);
  expect(names.every((n) => county.names.includes(n))).toBe(true);
  // The sentence names the first three.
  await expect(late).toContainText(
    `mest i ${names[0]} (${counts[0]}), ${names[1]} (${counts[1]}), ${names[2]} (${counts[2]})`,
  );

  // By theme.
  await late.getByRole('radio', { name: 'Per tema' }).check();
  await expect(late.getByRole('group', { name: 'Försenade åtgärder per tema' })).toBeVisible();
  await expect(late).toContainText(/De försenade åtgärderna finns inom \d+ teman, flest inom /);
  await expectNoAxeViolations(page, 'Översikt, försenat per tema');
  await late.getByRole('radio', { name: 'Per kommun' }).check();
  await expectNoAxeViolations(page, 'Översikt, försenat per kommun');

  // A row's name opens its kommunblad; its count opens the municipality's overdue measures in Data.
  await expect(late.getByRole('link', { name: names[0], exact: true })).toHaveAttribute('href', /#\/kommun\/\d{4}/);
  await late.getByRole('link', { name: new RegExp(`Visa det försenade i ${names[0]} i Data$`) }).click();
  await expect(page).toHaveURL(/#\/data\?.*kommuner=\d{4}.*tabell=measures.*bevakning=forsenade/);
  await expect(page.getByLabel('Bevakning', { exact: true })).toHaveValue('forsenade');
  await expect(page.getByRole('tab', { name: /Åtgärder/ })).toContainText(String(rows[0][1]));
  await page.goBack();

  // Påminn: one mailto to the addresses written, naming the late municipalities with what is late.
  await late.getByRole('button', { name: 'Påminn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Påminn kommunerna' });
  await dialog.getByLabel('Mottagare').fill(`${names[0]}: reg@a.se\nsamordnare@region.se`);
  await expect(dialog).toContainText('Brevet går till 2 adresser.');
  await expect(dialog).toContainText(/brevet listar \d+ av \d+ och slutar med ”… och \d+ till”/);
  const href = (await dialog.getByRole('link', { name: 'Öppna e-postmeddelandet' }).getAttribute('href'))!;
  expect(href.startsWith('mailto:reg%40a.se,samordnare%40region.se?subject=')).toBe(true);
  expect(href.length).toBeLessThanOrEqual(1900);
  const body = decodeURIComponent(href.slice(href.indexOf('&body=') + 6));
  expect(body).toContain(`${names[0]}: ${rows[0][1]} försenade åtgärder`);
  expect(body).toMatch(/… och \d+ till/);
  expect(body).toContain('skulle vara klar');
  expect(body).toContain(`Försenat per kommun: ${names[0]} ${counts[0]}, ${names[1]} ${counts[1]}, `);
  // An address given for one municipality: the message lists only what is late there.
  await dialog.getByLabel('Mottagare').fill(`${names[1]}: reg@b.se`);
  await expect(dialog).toContainText(`Brevet listar bara det försenade i ${names[1]}.`);
  const one = (await dialog.getByRole('link', { name: 'Öppna e-postmeddelandet' }).getAttribute('href'))!;
  expect(one.startsWith('mailto:reg%40b.se?subject=')).toBe(true);
  const oneBody = decodeURIComponent(one.slice(one.indexOf('&body=') + 6));
  expect(oneBody).toContain(`${names[1]}: ${rows[1][1]} försenade åtgärder`);
  expect(oneBody).not.toContain(`${names[0]}:`);
  await dialog.getByLabel('Mottagare').fill(`${names[0]}: reg@a.se\nsamordnare@region.se`);
  // The addresses are remembered in this browser.
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await page.reload();
  await page.getByRole('region', { name: 'Var förseningarna finns' }).getByRole('button', { name: 'Påminn' }).click();
  await expect(page.getByRole('dialog', { name: 'Påminn kommunerna' }).getByLabel('Mottagare')).toHaveValue(
    `${names[0]}: reg@a.se\nsamordnare@region.se`,
  );
  await expectNoAxeViolations(page, 'Påminn');
  await page.getByRole('dialog', { name: 'Påminn kommunerna' }).getByRole('button', { name: 'Stäng' }).click();

  // Ladda ner: every late measure and plan, in the Excel dialect.
  const download = page.waitForEvent('download');
  await page
    .getByRole('region', { name: 'Var förseningarna finns' })
    .getByRole('button', { name: 'Ladda ner (CSV)' })
    .click();
  const file = readFileSync(await (await download).path(), 'utf8');
  expect(file.startsWith('\uFEFFKommunkod;Kommun;Typ;Titel;Status;Datum;Dagar sen;Teman;Id\r\n')).toBe(true);
  const lines = file.slice(1).split('\r\n').slice(1, -1);
  expect(lines.filter((l) => l.includes(';Åtgärd (slutdatum);')).length).toBe(county.overdue);
  expect(lines.filter((l) => l.includes(';Plan (uppföljningsdatum);')).length).toBe(
    rows.reduce((n, [, , p]) => n + p, 0),
  );
  expect(new Set(lines.map((l) => l.split(';')[1]))).toEqual(new Set(names));

  // The same in English.
  await page.getByLabel('Språk (language)').selectOption('en');
  const lateEn = page.getByRole('region', { name: 'Where the delays are' });
  await expect(lateEn).toContainText(`most in ${names[0]} (${counts[0]})`);
  await expect(lateEn.getByRole('group', { name: 'Late by municipality' }).getByRole('row')).toHaveCount(11);
  await expectNoAxeViolations(page, 'Overview, late by municipality (en)');
  await lateEn.getByRole('button', { name: 'Remind' }).click();
  const dialogEn = page.getByRole('dialog', { name: 'Remind the municipalities' });
  const hrefEn = (await dialogEn.getByRole('link', { name: 'Open the e-mail' }).getAttribute('href'))!;
  expect(decodeURIComponent(hrefEn)).toContain(`Late by municipality: ${names[0]} ${counts[0]}, `);
  expect(decodeURIComponent(hrefEn)).toMatch(/… and \d+ more/);
});
