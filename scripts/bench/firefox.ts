// `npm run bench:import -- --browser firefox`: the same import through the UI in Debian's Firefox ESR,
// driven by puppeteer-core over WebDriver BiDi (tests/firefox/firefox.ts), on an on-disk profile, against
// the preview server the Chromium run started. Figures by the app's `planatlas:import:*` marks, as there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { firefoxNeed, get, launchFirefox } from '../../tests/firefox/firefox.ts';
import type { BenchMeasure } from './ui.ts';

/** What one browser's import run measured, in ms. */
export interface ImportFigures {
  browser: string;
  /** File chosen → rows visible; with a reading time (`--read`), the app's own time: that left out. */
  total: number;
  /** With a reading time: click on Importera → rows visible. */
  click?: number;
  parse: number;
  preview: number;
  commit: number;
  same: number;
  /** The changed re-import, file chosen → rows visible; with a reading time, the app's own time. */
  changed: number;
  /** With a reading time: the changed re-import's click on Importera → rows visible. */
  changedClick?: number;
  floor: number;
}

/**
 * The floor, run inside the page: the rows written as one chunk record per municipality, raw IndexedDB.
 * The rows may come as JSON text: one string crosses WebDriver BiDi quickly, 100 000 objects do not.
 */
export const floorInPage = async (given: BenchMeasure[] | string): Promise<number> => {
  const rs: BenchMeasure[] = typeof given === 'string' ? (JSON.parse(given) as BenchMeasure[]) : given;
  const parts = new Map<string, (BenchMeasure & { rev: number })[]>();
  for (const r of rs) {
    const k = `measures:${r.kommunkod}`;
    if (!parts.has(k)) parts.set(k, []);
    parts.get(k)!.push({ ...r, rev: 1 });
  }
  const db = await new Promise<IDBDatabase>((res, rej) => {
    const req = indexedDB.open('planatlas-bench-floor', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('chunks', { keyPath: 'key' });
    req.onsuccess = () => res(req.result);
    req.onerror = () => rej(req.error);
  });
  const t0 = performance.now();
  await new Promise<void>((res, rej) => {
    const tx = db.transaction('chunks', 'readwrite');
    const store = tx.objectStore('chunks');
    store.clear();
    for (const [key, rows] of parts) store.put({ key, table: 'measures', part: key.slice(9), rows });
    tx.oncomplete = () => res();
    tx.onerror = () => rej(tx.error);
  });
  const ms = performance.now() - t0;
  db.close();
  return ms;
};

type Marks = Record<string, number>;
const marks = (page: Page): Promise<Marks> =>
  page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('planatlas:import:'))
        .map((m) => [m.name.slice(17), m.startTime]),
    ),
  );

/** performance.now() once `cond(arg)` holds and two frames and a task have passed (as bench/ui.ts settled). */
async function settled(page: Page, cond: (arg: string) => unknown, arg = ''): Promise<number> {
  await page.waitForFunction(cond, { polling: 'raf', timeout: 180_000 }, arg);
  return page.evaluate(
    () =>
      new Promise<number>((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))),
      ),
  );
}

const hasMark = (name: string) => performance.getEntriesByName(`planatlas:import:${name}`).length > 0;

/** Import `bytes` as `name` through Data's "Välj filer"; with `commit`, press Importera and wait for the rows. */
async function importOnce(page: Page, path: string, rowsText: RegExp, commit: boolean, readFor = 0) {
  await page.evaluate(() => performance.clearMarks());
  const input = (await page.waitForSelector('input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  await page.waitForFunction(hasMark, { timeout: 180_000 }, 'previewed');
  const shown = await settled(page, () => !!document.querySelector('dialog[open]'));
  if (!commit) {
    const m = await marks(page);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'), { timeout: 60_000 });
    return { m, total: shown - m.start };
  }
  if (readFor) await new Promise((r) => setTimeout(r, readFor));
  // The preview's Importera, pressed from inside the page: Puppeteer's ARIA query over WebDriver BiDi
  // has Firefox compute the accessibility tree of the whole page, 2 s before the first commit and
  // 7–8 s before the changed re-import's (100 000 rows of Data behind the dialog; the 'commit' mark
  // came that much after 'previewed'), which the Chromium run (Playwright's locator) does not pay.
  await page.evaluate(() => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('dialog[open] button')].find(
      (b) => b.textContent?.trim() === 'Importera' && !b.disabled,
    );
    if (!button) throw new Error('no enabled Importera button in the preview');
    button.click();
  });
  await page.waitForFunction(hasMark, { timeout: 180_000 }, 'committed');
  const visible = await settled(
    page,
    (re: string) => new RegExp(re).test(document.querySelector('main')?.textContent ?? ''),
    rowsText.source,
  );
  const m = await marks(page);
  return { m, total: visible - m.start, own: shown - m.start + (visible - m.commit), click: visible - m.commit };
}

/** The import benchmark in Firefox ESR: first import, identical re-import, changed re-import, floor. */
export async function firefoxImport(
  base: string,
  files: { csv: Buffer; changed: Buffer; records: BenchMeasure[]; rowsText: RegExp },
  read = 0,
): Promise<ImportFigures> {
  const executable = firefoxNeed().located();
  const dir = mkdtempSync(join(tmpdir(), 'planatlas-bench-firefox-'));
  const profile = join(dir, 'profile');
  const ff = await launchFirefox(executable, profile, 900_000);
  try {
    const { page } = ff;
    await page.setViewport({ width: 1366, height: 768 });
    await page.goto(`${base}#/data?tabell=measures`);
    await get(page, 'heading', 'Data');
    console.log(`  Firefox: ${await ff.browser.version()}, on-disk profile`);
    const floor = await page.evaluate(floorInPage, JSON.stringify(files.records));
    writeFileSync(join(dir, 'atgarder.csv'), files.csv);
    writeFileSync(join(dir, 'atgarder-andrad.csv'), files.changed);
    const first = await importOnce(page, join(dir, 'atgarder.csv'), files.rowsText, true, read);
    const same = await importOnce(page, join(dir, 'atgarder.csv'), files.rowsText, false);
    const again = await importOnce(page, join(dir, 'atgarder-andrad.csv'), files.rowsText, true, read);
    const m = first.m;
    const errors = await ff.take();
    if (errors.length) console.log(`  Firefox said: ${errors.join(' | ')}`);
    return {
      browser: `Firefox ${(await ff.browser.version()).split('/')[1] ?? ''}`,
      total: read ? first.own! : first.total,
      ...(read ? { click: first.click } : {}),
      parse: m.parsed - m.start,
      preview: m.previewed - m.parsed,
      commit: m.committed - m.commit,
      same: same.total,
      changed: read ? again.own! : again.total,
      ...(read ? { changedClick: again.click } : {}),
      floor,
    };
  } finally {
    await ff.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
