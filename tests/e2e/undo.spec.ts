import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, loadExample, openApp } from './helpers';

/** The app's status (the toast), not the status lines inside forms. */
const toast = (page: Page) => page.locator('.toast');

async function addPlan(page: Page, kommun: string, titel: string) {
  await page.getByRole('button', { name: 'Lägg till plan' }).click();
  const form = page.getByRole('dialog', { name: 'Ny plan' });
  await form.getByRole('combobox', { name: /^Kommun/ }).fill(kommun);
  await form.getByLabel('Titel').fill(titel);
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
}

async function rename(page: Page, noun: string, from: string, to: string) {
  await page.getByRole('button', { name: `Redigera ${from}`, exact: true }).click();
  const form = page.getByRole('dialog', { name: `Redigera ${noun}` });
  await form.getByRole('textbox', { name: /^Titel/ }).fill(to);
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
}

test('edit a measure through the form, press "Ångra": the old title is back, and the history says so', async ({
  page,
}) => {
  await openApp(page, '#/data?tabell=measures');
  await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
  const form = page.getByRole('dialog', { name: 'Ny åtgärd' });
  await form.getByRole('combobox', { name: /^Kommun/ }).fill('Borås');
  await form.getByLabel('Titel').fill('Lotsar i Borås');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  await expect(
    toast(page).getByRole('button', { name: "Ångra: Lade till åtgärd 'Lotsar i Borås' i Borås" }),
  ).toBeVisible();

  await rename(page, 'åtgärd', 'Lotsar i Borås', 'Lotsar och en väg in');
  await expect(page.getByRole('row', { name: /Lotsar och en väg in/ })).toBeVisible();
  const undo = toast(page).getByRole('button', { name: "Ångra: Ändrade åtgärd 'Lotsar och en väg in' i Borås" });
  await expect(undo).toBeVisible();
  await expect(toast(page)).toContainText('Sparat');
  await expectNoAxeViolations(page, 'the status with "Ångra"');
  await undo.click();

  await expect(toast(page)).toContainText("Ångrat: Ändrade åtgärd 'Lotsar och en väg in' i Borås.");
  await expect(page.getByRole('row', { name: /Lotsar i Borås/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Lotsar och en väg in/ })).toHaveCount(0);

  // The list of hand edits in Data: newest first, the undone one marked, the creation still undoable.
  const edits = page.getByRole('region', { name: 'Ändringar för hand' });
  await expect(edits.getByRole('listitem')).toHaveCount(2);
  await expect(edits.getByRole('listitem').first()).toContainText("Ändrade åtgärd 'Lotsar och en väg in' i Borås");
  await expect(edits.getByRole('listitem').first()).toContainText('Ångrad');
  await expect(edits.getByRole('button', { name: "Ångra: Lade till åtgärd 'Lotsar i Borås' i Borås" })).toBeVisible();
  await expectNoAxeViolations(page, 'the list of hand edits');
});

test('delete a plan (its measures are detached), undo: the plan is back with its measures, in both tabs', async ({
  page,
  context,
}) => {
  // The delete question counts the plan's measures: it tells whether undo attached them again.
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void (asked.length === 1 ? d.accept() : d.dismiss());
  });
  await openApp(page, '#/data');
  await loadExample(page);
  const other = await context.newPage();
  await openApp(other, '#/data');
  await expect(other.getByRole('row', { name: /Plan för handling – Umeå/ })).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort Plan för handling – Umeå' }).click();
  await expect(page.getByRole('row', { name: /Plan för handling – Umeå/ })).toHaveCount(0);
  await expect(other.getByRole('row', { name: /Plan för handling – Umeå/ })).toHaveCount(0);
  expect(asked[0]).toMatch(/^Ta bort planen "Plan för handling – Umeå"\? [1-9]\d* åtgärder hör till planen/);
  await expect(toast(page)).toContainText('Borttaget');
  await toast(page).getByRole('button', { name: "Ångra: Tog bort plan 'Plan för handling – Umeå' i Umeå" }).click();

  await expect(page.getByRole('row', { name: /Plan för handling – Umeå/ })).toBeVisible();
  await expect(other.getByRole('row', { name: /Plan för handling – Umeå/ })).toBeVisible();
  await page.getByRole('button', { name: 'Ta bort Plan för handling – Umeå' }).click();
  await expect.poll(() => asked.length).toBe(2);
  expect(asked[1]).toBe(asked[0]);
  await expect(page.getByRole('row', { name: /Plan för handling – Umeå/ })).toBeVisible();
});

test('undo of an edit after a later edit in another tab asks, lists the record and keeps the later version', async ({
  page,
  context,
}) => {
  await openApp(page, '#/data');
  await addPlan(page, 'Borås', 'Gemensam plan');
  await rename(page, 'plan', 'Gemensam plan', 'Version A');

  const other = await context.newPage();
  await openApp(other, '#/data');
  await rename(other, 'plan', 'Version A', 'Version B');
  await expect(page.getByRole('row', { name: /Version B/ })).toBeVisible();

  await page
    .getByRole('region', { name: 'Ändringar för hand' })
    .getByRole('button', { name: "Ångra: Ändrade plan 'Version A' i Borås" })
    .click();
  const ask = page.getByRole('dialog', { name: "Ångra: Ändrade plan 'Version A' i Borås" });
  await expect(ask).toContainText('En post har ändrats sedan dess');
  await expect(ask.getByRole('listitem')).toHaveText(['Planer: Version B']);
  await expect(ask.getByRole('checkbox', { name: /Ångra även de ändrade posterna/ })).not.toBeChecked();
  await expectNoAxeViolations(page, 'the undo question for a hand edit');
  await ask.getByRole('button', { name: 'Ångra', exact: true }).click();

  await expect(toast(page)).toContainText('En post som ändrats sedan dess behölls');
  await expect(page.getByRole('row', { name: /Version B/ })).toBeVisible();
  await expect(other.getByRole('row', { name: /Version B/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Gemensam plan|Version A/ })).toHaveCount(0);
});

test('Ctrl+Z undoes the change the status offers, but not while typing in a field', async ({ page }) => {
  page.on('dialog', (d) => d.accept());
  await openApp(page, '#/data');
  await addPlan(page, 'Skövde', 'Skövdes plan');
  await page.getByRole('searchbox', { name: 'Sök bland planer' }).fill('Skövde');
  await page.getByRole('searchbox', { name: 'Sök bland planer' }).press('Control+z');
  await expect(page.getByRole('row', { name: /Skövdes plan/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Sök bland planer' }).fill('');

  await page.getByRole('button', { name: 'Ta bort Skövdes plan' }).click();
  await expect(page.getByRole('row', { name: /Skövdes plan/ })).toHaveCount(0);
  await expect(toast(page).getByRole('button', { name: /^Ångra: Tog bort plan 'Skövdes plan'/ })).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect(page.getByRole('row', { name: /Skövdes plan/ })).toBeVisible();
});

test('merging two themes is undone whole from the status: the theme and its measures are back', async ({ page }) => {
  await openApp(page, '#/oversikt');
  await loadExample(page);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Teman' }).click();
  const digital = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Digitalisering och teknikutveckling' }) });
  await expect(digital).toContainText('3 åtgärder eller medskick');
  await page.getByRole('button', { name: 'Slå ihop temat Digitalisering och teknikutveckling med ett annat' }).click();
  const merge = page.getByRole('dialog', { name: 'Slå ihop teman' });
  await merge.getByLabel('Slå ihop med').selectOption({ label: 'Arbetsmiljö och arbetsbelastning' });
  await merge.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(digital).toHaveCount(0);

  await toast(page)
    .getByRole('button', {
      name: "Ångra: Slog ihop tema 'Digitalisering och teknikutveckling' med 'Arbetsmiljö och arbetsbelastning'",
    })
    .click();
  await expect(digital).toContainText('3 åtgärder eller medskick');
  await expect(toast(page)).toContainText('Ångrat: Slog ihop tema');
});

test('the list of hand edits draws the latest 10; "Visa fler" draws the rest', async ({ page }) => {
  await openApp(page, '#/data');
  await addPlan(page, 'Borås', 'v0');
  for (let i = 1; i <= 10; i++) await rename(page, 'plan', `v${i - 1}`, `v${i}`);
  const edits = page.getByRole('region', { name: 'Ändringar för hand' });
  await expect(edits.getByRole('listitem')).toHaveCount(10);
  await expect(edits.getByRole('listitem').first()).toContainText("Ändrade plan 'v10' i Borås");
  await edits.getByRole('button', { name: 'Visa fler (1 till)' }).click();
  await expect(edits.getByRole('listitem')).toHaveCount(11);
  await expect(edits.getByRole('listitem').last()).toContainText("Lade till plan 'v0' i Borås");
  await expect(edits.getByRole('button', { name: /Visa fler/ })).toHaveCount(0);
});
