import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { loadExample, openApp } from './helpers';

test('load the example data, see it marked and in the overview, remove it without touching own records', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByText('Inga planer ännu — importera en fil eller ladda exempeldata.')).toBeVisible();

  // An own record first: it must survive the removal of the example.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Lägg till plan' }).click();
  const form = page.getByRole('dialog', { name: 'Ny plan' });
  await form.getByRole('combobox', { name: /^Kommun/ }).fill('Hedemora');
  await form.getByLabel('Titel').fill('Vår egen plan');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();

  await loadExample(page);
  await expect(page.getByText(/Exempeldata visas/)).toBeVisible();
  for (const name of ['Borås', 'Skövde', 'Umeå', 'Hedemora']) {
    await expect(
      page.getByRole('row', { name: new RegExp(`Plan för handling.*${name}|${name}.*Plan för handling`) }).first(),
    ).toBeVisible();
  }
  await expect(page.getByRole('row', { name: /Vår egen plan/ })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'exempel' }).first()).toBeVisible();

  // The example groups are regions one can choose.
  const region = page.getByRole('combobox', { name: 'Region' });
  await region.selectOption({ label: 'Sjuhärad' });
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översikt: Sjuhärad');
  await expect(page.getByText('8 kommuner i regionen')).toBeVisible();
  await expect(page.getByText('1 har en plan')).toBeVisible();
  await expect(page.getByRole('img', { name: /Stapeldiagram: antal åtgärder per tema/ })).toBeVisible();
  await region.selectOption({ label: 'Skaraborg' });
  await expect(page.getByText('15 kommuner i regionen')).toBeVisible();

  // The example survives a reload.
  await page.reload();
  await expect(page.getByText(/Exempeldata visas/)).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort exempeldata' }).click();
  // It asks first, and offers to keep the example groups (not this time).
  const ask = page.getByRole('dialog', { name: 'Ta bort exempeldata' });
  await expect(ask).toContainText('exempelposter som är som de laddades tas bort');
  await expect(ask.getByRole('checkbox', { name: /Behåll exempelgrupperna/ })).not.toBeChecked();
  await ask.getByRole('button', { name: 'Ta bort', exact: true }).click();
  await expect(page.getByText(/Exempeldata visas/)).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(/Dina egna uppgifter finns kvar/);
  // The chosen example group is gone: the view falls back to all of Sweden.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översikt: Hela Sverige');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Data' }).click();
  await expect(page.getByRole('row', { name: /Vår egen plan/ })).toBeVisible();
  await expect(page.getByText('1 rad', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ladda exempeldata' })).toBeVisible();
});

test('the overview counts the example right for Västra Götalands län', async ({ page }) => {
  await openApp(page, '#/oversikt?region=14');
  await loadExample(page);
  await expect(page.getByText('49 kommuner i regionen')).toBeVisible();
  // "har en plan" = work on the plan has started: Borås (Under arbete), not Skövde (Ej påbörjad).
  await expect(page.getByText('1 har en plan')).toBeVisible();
  await expect(page.getByRole('row', { name: /Ingen plan/ })).toContainText('47');
  await expect(page.getByRole('row', { name: /Ej påbörjad/ })).toContainText('Skövde');
  // The figures behind the chart are there as text.
  await page.getByText('Siffror').click();
  await expect(page.getByRole('row', { name: /Placerade barns skolgång och hälsa/ }).last()).toBeVisible();
});

test('a bundle exported after loading the example leaves the example out unless "Ta med exempeldata" is ticked', async ({
  page,
}) => {
  await openApp(page, '#/data');
  await page.getByRole('button', { name: 'Lägg till plan' }).click();
  const form = page.getByRole('dialog', { name: 'Ny plan' });
  await form.getByRole('combobox', { name: /^Kommun/ }).fill('Hedemora');
  await form.getByLabel('Titel').fill('Vår egen plan');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  await loadExample(page);

  const planIds = async (): Promise<string[]> => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera paket' }).click();
    const zip = unzipSync(readFileSync(await (await download).path()));
    const rows = strFromU8(zip['planer.csv']).trim().split(/\r?\n/).slice(1);
    return rows.map((r) => r.split(';')[0]);
  };
  const without = await planIds();
  expect(without).toHaveLength(1);
  expect(without.some((id) => id.startsWith('ex-'))).toBe(false);

  await page.getByRole('checkbox', { name: 'Ta med exempeldata' }).check();
  const withExample = await planIds();
  expect(withExample.filter((id) => id.startsWith('ex-')).length).toBeGreaterThan(0);
  expect(withExample.length).toBeGreaterThan(without.length);
});

for (const route of ['oversikt', 'karta', 'jamfor']) {
  test(`${route} prints on A4: nothing cut sideways, no menu, no download or banner buttons`, async ({ page }) => {
    await openApp(page, '#/data');
    await loadExample(page);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await openApp(page, `#/${route}?region=14`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Ta bort exempeldata' })).toBeHidden();
    await expect(page.getByRole('button', { name: /Ladda ner (PNG|SVG)/ })).toHaveCount(0);
  });
}
