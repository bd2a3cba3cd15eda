import { expect, test } from '@playwright/test';
import { chooseMeasures, expectNothingSaved, loadExample, openApp, routeCommitWorker } from './helpers';

test('the Lagring panel shows persistence and usage, and reminds to export a backup until one is made', async ({
  page,
}) => {
  await openApp(page, '#/data');
  const panel = page.getByRole('region', { name: 'Lagring' });
  await expect(panel).toContainText(/Använt .* MB av .* MB/);
  await expect(panel.getByRole('note')).toHaveCount(0);
  await loadExample(page);
  await expect(panel.getByRole('note')).toContainText('du har inte exporterat någon säkerhetskopia');
  // Only example data so far: a backup of it is asked for explicitly.
  await page.getByRole('checkbox', { name: 'Ta med exempeldata' }).check();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Exportera säkerhetskopia nu' }).click();
  await download;
  await expect(panel.getByRole('note')).toHaveCount(0);
  await expect(panel).toContainText('Senaste export av paket:');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Lagring' })).toContainText('Senaste export av paket:');
});

/** Every IndexedDB write of the page or worker that runs this fails as on a full disk (its source is sent there). */
const FULL_DISK = `() => {
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  IDBObjectStore.prototype.put = quota;
  IDBObjectStore.prototype.add = quota;
}`;

/** Make every IndexedDB write of the page fail as a full disk does. */
async function fillTheDisk(page: import('@playwright/test').Page) {
  await page.evaluate(`(${FULL_DISK})()`);
}

test('a full disk: saving a form says so, and nothing is written', async ({ page }) => {
  await openApp(page, '#/data');
  await fillTheDisk(page);
  await page.getByRole('button', { name: 'Lägg till plan' }).click();
  const form = page.getByRole('dialog', { name: 'Ny plan' });
  await form.getByRole('combobox', { name: /^Kommun/ }).fill('Borås');
  await form.getByLabel('Titel').fill('Plan som inte får plats');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status')).toContainText('Lagringsutrymmet i webbläsaren är fullt. Inget sparades.');
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText('Inga rader ännu')).toBeVisible();
});

test.describe('a full disk during an import', () => {
  // The commit worker's script is changed by a route (see routeCommitWorker).
  test.use({ serviceWorkers: 'block' });
  test('a clear message and not one row written', async ({ page }) => {
    // The commit worker's writes fail as on a full disk (the import is written there, not on the page).
    await routeCommitWorker(page, { before: `(${FULL_DISK})();\n` });
    await openApp(page, '#/data?tabell=measures');
    const dialog = await chooseMeasures(page, 500);
    await dialog.getByRole('button', { name: 'Importera' }).click();
    await expect(page.getByRole('status')).toContainText('Importen misslyckades och ingenting sparades');
    await expect(page.getByRole('status')).toContainText('Lagringsutrymmet i webbläsaren är fullt');
    await expectNothingSaved(page);
  });
});

test('without IndexedDB a blocking banner says why nothing can be saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto('./#/oversikt');
  await expect(page.getByRole('alert')).toContainText('Webbläsaren låter inte Planatlas spara data');
});

test('a newer version opened in another tab: this tab is told to reload', async ({ page, context }) => {
  await openApp(page, '#/oversikt');
  const other = await context.newPage();
  await other.goto('./favicon.svg');
  // Another tab of the same site opens the database with a higher schema version (Dexie's version 3 is IndexedDB version 30).
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('planatlas', 40);
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await expect(page.getByRole('alert')).toContainText('En nyare version av Planatlas har öppnats i en annan flik');
  await expect(page.getByRole('alert').getByRole('button', { name: 'Ladda om' })).toBeVisible();
  await other.close();
});

test('a database written by schema version 1 opens under version 2 with every record intact', async ({ page }) => {
  await page.goto('./favicon.svg');
  // Version 1 as Dexie wrote it (IndexedDB version 10): one object store per table, one record per row.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('planatlas', 10);
        req.onupgradeneeded = () => {
          const db = req.result;
          for (const name of [
            'plans',
            'measures',
            'themes',
            'events',
            'requests',
            'indicators',
            'regions',
            'boundaries',
            'imports',
          ]) {
            db.createObjectStore(name, { keyPath: 'id' });
          }
          db.createObjectStore('indicatorValues', { keyPath: ['indikator', 'kommunkod', 'period'] });
          db.createObjectStore('meta', { keyPath: 'key' });
          const tx = req.transaction!;
          tx.objectStore('plans').put({
            id: 'p-v1',
            kommunkod: '1490',
            titel: 'Plan från version 1',
            status: 'antagen',
            startdatum: '2016-03',
            planerat_klart: '',
            antagen: '',
            uppfoljning: '',
            ansvarig: '',
            lank: '',
            beskrivning: 'Åäö – med radbrytning\noch "citat"',
            kalla: 'v1',
            uppdaterad: '2016-01-01T00:00:00Z',
          });
          for (let i = 0; i < 3; i++) {
            tx.objectStore('measures').put({
              id: `m-v1-${i}`,
              plan_id: 'p-v1',
              kommunkod: i ? '1490' : '0180',
              titel: `Åtgärd ${i} från version 1`,
              beskrivning: '',
              teman: ['skola'],
              status: 'planerad',
              start: '2016',
              slut: '',
              ansvarig: '',
              samverkan: [],
              kalla: 'v1',
              uppdaterad: '2016-01-01T00:00:00Z',
            });
          }
          tx.objectStore('themes').put({
            id: 'skola',
            namn: 'Skolan',
            beskrivning: '',
            farg: '#123456',
            overordnat: '',
            nyckelord: [],
          });
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await openApp(page, '#/data?tabell=measures');
  await expect(page.getByRole('tabpanel').getByRole('row', { name: /från version 1/ })).toHaveCount(3);
  await page.goto('./#/data?tabell=plans');
  await expect(page.getByRole('row', { name: /Plan från version 1/ })).toContainText('Borås');
  await page.goto('./#/teman');
  await expect(page.getByText('Skolan', { exact: true }).first()).toBeVisible();
});

test('persistent storage is asked for at the first import, with the reason, never when Data opens', async ({
  page,
}) => {
  // The browser's answer is stubbed: Firefox would ask the person (and a headless browser cannot).
  await page.addInitScript(() => {
    const w = window as unknown as { __persist: number };
    w.__persist = 0;
    navigator.storage.persisted = () => Promise.resolve(false);
    navigator.storage.persist = () => {
      w.__persist++;
      return Promise.resolve(false);
    };
  });
  const asked = () => page.evaluate(() => (window as unknown as { __persist: number }).__persist);
  const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
  const panel = page.getByRole('region', { name: 'Lagring' });
  await openApp(page, '#/data');
  await loadExample(page);
  // Data opened again with data in it: nothing is asked.
  await menu.getByRole('link', { name: 'Översikt', exact: true }).click();
  await menu.getByRole('link', { name: 'Data', exact: true }).click();
  await expect(panel).toContainText('Webbläsaren kan radera uppgifterna');
  expect(await asked()).toBe(0);

  // The first import says why before Importera is pressed, and asks when it is.
  const why = 'Planatlas ber webbläsaren att spara dina data beständigt, så att de inte rensas när disken blir full.';
  const first = await chooseMeasures(page, 2);
  await expect(first.getByRole('button', { name: 'Importera' })).toBeEnabled();
  await expect(first).toContainText(why);
  expect(await asked()).toBe(0);
  await first.getByRole('button', { name: 'Importera' }).click();
  await expect(first).toBeHidden();
  expect(await asked()).toBe(1);

  // Once: the next import, even after a reload, neither says so nor asks.
  await page.reload();
  const second = await chooseMeasures(page, 3);
  await expect(second.getByRole('button', { name: 'Importera' })).toBeEnabled();
  await expect(second).not.toContainText(why);
  await second.getByRole('button', { name: 'Importera' }).click();
  await expect(second).toBeHidden();
  expect(await asked()).toBe(0); // counted since the reload

  // Asking again is the person's choice, in Lagring.
  await panel.getByRole('button', { name: 'Be webbläsaren spara data beständigt' }).click();
  await expect.poll(asked).toBe(1);
});
