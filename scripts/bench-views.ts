// npm run bench:views [-- --rows 100000]
// Every view's time to usable with 100 000 measures and 290 plans, and a region change, in the
// built app in Chromium on an on-disk profile. "Usable": the view's heading is shown, nothing in it
// is busy being drawn (aria-busy), and the main thread is free (two frames and a macrotask later).
// Also the longest main-thread task of each.
// Goal (issues 10, 26): every view usable within 1 s (where the floor, a fresh page of the same
// origin reading every stored record without the app, is 0.35 s or less), a region change within
// 200 ms, no task over 100 ms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  arg,
  fmt,
  longestSince,
  measuresCsv,
  openApp,
  plansCsv,
  printLongFrames,
  settled,
  withProfile,
  withTrace,
} from './bench/ui.ts';

const rows = arg('rows', 100_000);
const port = arg('port', 4183);
const dir = mkdtempSync(join(tmpdir(), 'planatlas-bench-views-'));
const { page, close, base } = await openApp(port);
// [key for --only/--profile/--trace, the hash, the start of the view's heading]
const VIEWS = [
  ['oversikt', '#/oversikt', 'Översikt'],
  ['karta', '#/karta', 'Karta'],
  ['tidslinje', '#/tidslinje', 'Tidslinje'],
  ['jamfor', '#/jamfor', 'Jämför'],
  ['data', '#/data', 'Data'],
  // Bevakning: Data's table of overdue measures (Översikt's "Försenade" links there).
  ['bevakning', '#/data?tabell=measures&bevakning=forsenade', 'Data'],
  ['teman', '#/teman', 'Teman'],
  ['insamling', '#/insamling', 'Insamling'],
  ['rapport', '#/rapport', 'Rapport'],
  // A county's Rapport (Västra Götaland, 49 kommunblad): the common case.
  ['rapport-lan', '#/rapport?region=14', 'Rapport'],
  // A kommunblad: Göteborg, the municipality with the most measures in a real county.
  ['kommun', '#/kommun/1480', 'Göteborg'],
];

async function importFile(name: string, bytes: Buffer) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  await page.getByLabel('Välj filer').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  await dialog.getByRole('button', { name: 'Importera' }).click({ timeout: 300_000 });
  await dialog.waitFor({ state: 'hidden', timeout: 300_000 });
}

/** Run `action(actionArg)` in the page (it returns its start time), wait until `ready` holds and the thread is free. */
async function timed(
  action: (arg: string) => number,
  actionArg: string,
  ready: (arg: string) => unknown,
  readyArg = '',
) {
  const t0 = await page.evaluate(action, actionArg);
  const t1 = await settled(page, ready, readyArg);
  return { ms: t1 - t0, longest: await longestSince(page, t0) };
}

// Drawn: nothing in the view says it is still being drawn (Tidslinje draws its marks a slice at a time).
const usable = (n: string) =>
  document.querySelector('h1')?.textContent?.startsWith(n) &&
  !document.querySelector('main')?.textContent?.trim().startsWith('Laddar') &&
  !document.querySelector('main [aria-busy="true"]');
/** In a fresh page: open the app's database and read every chunk record; returns performance.now(). */
const readEverything = () =>
  new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('planatlas');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('chunks').objectStore('chunks').getAll();
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const n = (req.result as { rows?: unknown[] }[]).length;
        open.result.close();
        resolve(n > 0 ? performance.now() : NaN);
      };
    };
  });
/** The routes given after `flag` (`--trace a,b`), or none. */
const listed = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i < 0 ? [] : process.argv[i + 1].split(',');
};
const go = (h: string) => {
  const t = performance.now();
  location.hash = h;
  return t;
};

try {
  await page.goto(`${base}#/data`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await importFile('planer.csv', plansCsv());
  await importFile('atgarder.csv', measuresCsv(rows, 0, true).csv);
  console.log(
    `views benchmark ${new Date().toISOString().slice(0, 10)}: ${rows} measures, 290 plans, Chromium, on-disk profile`,
  );
  // --only <route>[,<route>…]: those views alone; --repeat <n>: each view n times (loads and navigations).
  const picked = process.argv.includes('--only') ? listed('--only') : null;
  const repeat = arg('repeat', 1);
  // --over <ms>: with --trace, the tasks listed are those over this (default 60 ms).
  const over = arg('over', 60);
  // The floor of a page load: a fresh page of the same origin that only reads every stored record (raw
  // IndexedDB, one transaction), no script of the app. A view's page load does this and more.
  const floors: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto('about:blank');
    await page.goto(`${base}favicon.svg`);
    floors.push(await page.evaluate(readEverything));
  }
  const floorMs = Math.min(...floors);
  console.log(`  floor: a fresh page reading every stored record ${fmt(floorMs)} (best of 3)`);
  const runs = VIEWS.filter(([r]) => !picked || picked.includes(r)).flatMap((v) =>
    Array.from({ length: repeat }, () => v),
  );
  for (const [route, hash, name] of runs) {
    // From a fresh page load (all data read from IndexedDB) to the view usable.
    await page.goto('about:blank');
    // --profile <route>: where the main thread spends that view's page load.
    const load = async () => {
      await page.goto(`${base}${hash}`);
      return settled(page, usable, name);
    };
    // --trace <route>: what each long task of that view's page load is made of.
    const loaded = listed('--profile').includes(route)
      ? await withProfile(page, `${name} page load`, load)
      : listed('--trace').includes(route)
        ? await withTrace(page, `${name} page load`, load, over)
        : await load();
    const loadLongest = await longestSince(page, 0);
    await printLongFrames(page, 0, `${name} page load`);
    // Navigating to it from another view, data already in memory.
    await page.evaluate(go, '#/teman');
    await settled(page, usable, 'Teman');
    const navigate = () => timed(go, hash, usable, name);
    const nav = listed('--trace').includes(route)
      ? await withTrace(page, `${name} navigation`, navigate, over)
      : await navigate();
    console.log(
      `  ${route.padEnd(10)} page load ${fmt(loaded)} (${(loaded / floorMs).toFixed(1)}× the floor, longest task ${loadLongest.toFixed(0)} ms); navigation ${fmt(nav.ms)} (longest task ${nav.longest.toFixed(0)} ms)`,
    );
  }
  await page.evaluate(go, '#/oversikt');
  await settled(page, usable, 'Översikt');
  const region = await timed(
    () => {
      const t = performance.now();
      const sel = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === '14'))!;
      sel.value = '14';
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      return t;
    },
    '',
    () => document.querySelector('h1')?.textContent?.includes('Västra Götaland'),
  );
  console.log(
    `  region change (Översikt → Västra Götalands län) ${fmt(region.ms)} (longest task ${region.longest.toFixed(0)} ms)`,
  );
  console.log('  goal: every view usable within 1 s (floor ≤ 0.35 s), a region change within 0.2 s, no task > 100 ms');
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}
