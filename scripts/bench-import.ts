// npm run bench:import [-- --rows 100000] [--no-themes] [--loaf] [--profile [same|changed]] [--trace [same|changed]] [--browser firefox]
// 100 000 measures imported THROUGH THE UI of the built app, in Chromium on an on-disk profile:
// file chosen → parsed in the worker → preview (stored records read, merge plan) → commit → rows
// visible; then an identical re-import and a re-import of changed rows. Prints each stage (from
// the app's performance marks), the longest main-thread task, and the ratio to a floor measured
// in the same run: the same rows split by municipality and written as chunk records directly.
// Goal (ARCHITECTURE.md): < 5 s to rows visible, commit < 3 s, identical re-import < 2 s, no task > 100 ms.
// --read MS: the first import's preview is read for MS ms before Importera is clicked, as a person
// reads it (the rows go to the commit worker meanwhile, and a first import's chunks are made ready):
// then also printed, click → rows visible and the app's own time (file chosen → preview shown, plus click → rows visible).
// --browser firefox: then the same in Firefox ESR (scripts/bench/firefox.ts), and each figure's ratio to Chromium's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  arg,
  browserCpu,
  fmt,
  longestSince,
  measuresCsv,
  openApp,
  printLongFrames,
  settled,
  withProfile,
  withTrace,
} from './bench/ui.ts';
import { firefoxImport, floorInPage, type ImportFigures } from './bench/firefox.ts';

const dir = mkdtempSync(join(tmpdir(), 'planatlas-bench-files-'));

const rows = arg('rows', 100_000);
const port = arg('port', 4182);
const browserAt = process.argv.indexOf('--browser');
const alsoFirefox = browserAt > 0 && process.argv[browserAt + 1] === 'firefox';
// --no-themes: rows without themes, for which the preview finds suggestions from the text (in slices, after it is shown).
const themes = !process.argv.includes('--no-themes');
const read = arg('read', 0);
const { csv, rows: records } = measuresCsv(rows, 0, false, themes);
const changed = measuresCsv(rows, 2, false, themes).csv;
const { page, close, base } = await openApp(port);

/** The app's import marks (`planatlas:import:<stage>`) by stage, in ms since navigation. */
type Marks = Record<string, number>;
const marks = (): Promise<Marks> =>
  page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('planatlas:import:'))
        .map((m) => [m.name.slice(17), m.startTime]),
    ),
  );
const countText = (n: number) =>
  new RegExp(`\\b${n}\\s?rader\\b|\\b${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '[\\s\\u00a0]')}\\s?rader\\b`);

interface ImportRun {
  m: Marks;
  total: number;
  /** When the preview was shown (settled), in ms since navigation. */
  shown: number;
  visible?: number;
  longest: number;
  /** Table writes made ready before the click and taken by the commit. */
  madeReady?: number;
}

async function importOnce(name: string, bytes: Buffer, expectCommit: boolean, readFor = 0): Promise<ImportRun> {
  await page.evaluate(() => performance.clearMarks());
  // From a file on disk: Chromium hands it over natively (a buffer would be copied into the page by a script, one long task).
  const path = join(dir, name);
  writeFileSync(path, bytes);
  await page.getByLabel('Välj filer').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska import' });
  const button = dialog.getByRole('button', { name: 'Importera' });
  await dialog.waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('planatlas:import:previewed').length > 0, null, {
    timeout: 180_000,
  });
  const previewShown = await settled(page, () => !!document.querySelector('dialog[open]'));
  if (!expectCommit) {
    const m = await marks();
    const longest = await longestSince(page, m.start);
    await printLongFrames(page, m.start, name);
    await page.keyboard.press('Escape');
    return { m, total: previewShown - m.start, shown: previewShown, longest };
  }
  if (readFor) await page.waitForTimeout(readFor);
  await button.click();
  await page.waitForFunction(() => performance.getEntriesByName('planatlas:import:committed').length > 0, null, {
    timeout: 180_000,
  });
  const visible = await settled(
    page,
    (re: string) => new RegExp(re).test(document.querySelector('main')?.textContent ?? ''),
    countText(rows).source,
  );
  const m = await marks();
  // How many table writes the commit worker had made ready before the click, and took.
  const madeReady = await page.evaluate(
    () =>
      (performance.getEntriesByName('planatlas:import:made-ready')[0] as PerformanceMark | undefined)?.detail as
        number | undefined,
  );
  if (process.argv.includes('--loaf'))
    console.log(
      `    marks: ${Object.entries(m)
        .map(([k, v]) => `${k} +${(v - m.start).toFixed(0)}`)
        .join(', ')}`,
    );
  await printLongFrames(page, m.start, name);
  return {
    m,
    total: visible - m.start,
    shown: previewShown,
    visible,
    longest: await longestSince(page, m.start),
    madeReady,
  };
}

/**
 * The page's JavaScript heap in use, and what of it a full collection keeps (what every later major
 * collection has to mark: the longer its pauses), from the DevTools protocol.
 */
async function heap(collect: boolean): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const used = async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1e6;
  const before = await used();
  // Only after the last import: a forced collection would spare the next import its own.
  if (collect) await cdp.send('HeapProfiler.collectGarbage');
  const kept = collect ? `, ${(await used()).toFixed(0)} MB live` : '';
  await cdp.detach();
  return `JS heap ${before.toFixed(0)} MB${kept}`;
}

/** The floor, in the same page: the rows written as one chunk record per municipality, raw IndexedDB. */
async function floor(): Promise<number> {
  return page.evaluate(floorInPage, records);
}

/**
 * `--profile` (the first import), `--profile same` (the identical re-import) or `--profile changed` (the
 * re-import of changed rows): where the main thread spends it; `--trace [same|changed]`: what each long task is made of.
 */
function profiled<T>(run: 'first' | 'same' | 'changed', f: () => Promise<T>): Promise<T> {
  const which = (flag: string) => {
    const i = process.argv.indexOf(flag);
    const named = process.argv[i + 1];
    return i < 0 ? null : named === 'changed' || named === 'same' ? named : 'first';
  };
  if (which('--trace') === run) return withTrace(page, `the ${run} import`, f);
  return which('--profile') === run ? withProfile(page, `the ${run} import`, f) : f();
}

try {
  await page.goto(`${base}#/data?tabell=measures`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  console.log(
    `import benchmark ${new Date().toISOString().slice(0, 10)}: ${rows} measures, ${(csv.length / 1e6).toFixed(1)} MB CSV, through the UI, Chromium, on-disk profile`,
  );
  const floorMs = await floor();
  // CPU time of the browser's processes over each import (see browserCpu): steadier than wall time on a
  // shared machine, for comparing builds. (Not the floor's: its rows come into the page from here, which costs more.)
  const cpu: number[] = [browserCpu()];
  const first = await profiled('first', () => importOnce('atgarder.csv', csv, true, read));
  cpu.push(browserCpu());
  const m = first.m;
  const stage = (a: string, b: string) => (m[a] !== undefined && m[b] !== undefined ? fmt(m[b] - m[a]) : '–');
  // With --read: the app's own time (the person's reading left out), else file chosen → rows visible.
  const own = read ? first.shown - m.start + (first.visible! - m.commit) : first.total;
  if (read) {
    console.log(
      `  first import, the preview read for ${fmt(read)}: click → rows visible ${fmt(first.visible! - m.commit)} (${((first.visible! - m.commit) / floorMs).toFixed(1)}× the floor); file chosen → preview shown ${fmt(first.shown - m.start)}; the app's time, both together, ${fmt(own)} (${(own / floorMs).toFixed(1)}× the floor)`,
    );
  } else console.log(`  first import: ${fmt(first.total)} file chosen → rows visible`);
  console.log(
    `    parse in worker ${stage('start', 'parsed')} (${(csv.length / 1e3 / (m.parsed - m.start)).toFixed(0)} MB/s; goal ≥ 60), preview (read stored, merge) ${stage('parsed', 'previewed')}, commit ${stage('commit', 'committed')} (made ready before the click: ${first.madeReady ?? 0}), rows visible ${fmt(first.visible! - m.committed)} after the commit`,
  );
  console.log(`    longest main-thread task ${first.longest.toFixed(0)} ms; ${await heap(false)} after`);
  const same = await profiled('same', () => importOnce('atgarder.csv', csv, false));
  cpu.push(browserCpu());
  console.log(
    `  identical re-import: ${fmt(same.total)} to the preview ("nothing to import"); longest task ${same.longest.toFixed(0)} ms`,
  );
  const again = await profiled('changed', () => importOnce('atgarder-andrad.csv', changed, true, read));
  cpu.push(browserCpu());
  const m2 = again.m;
  // With --read: the preview read as long, the app's own time (see the first import).
  const againOwn = read ? again.shown - m2.start + (again.visible! - m2.commit) : again.total;
  console.log(
    `  re-import of ${rows} changed rows: ${read ? `the preview read for ${fmt(read)}: click → rows visible ${fmt(again.visible! - m2.commit)}, the app's time ${fmt(againOwn)} (${(againOwn / floorMs).toFixed(1)}× the floor)` : `${fmt(again.total)} (${(again.total / floorMs).toFixed(1)}× the floor)`}; commit ${fmt(m2.committed - m2.commit)} (made ready before the click: ${again.madeReady ?? 0}); longest task ${again.longest.toFixed(0)} ms; ${await heap(true)} after`,
  );
  console.log(
    `  floor (same rows as ${290} chunk records, one transaction): ${fmt(floorMs)}; commit / floor ${((m.committed - m.commit) / floorMs).toFixed(1)}×, ${read ? "the app's time" : 'total'} / floor ${(own / floorMs).toFixed(1)}×`,
  );
  const used = cpu.slice(1).map((c, i) => c - cpu[i]);
  if (used.every((c) => Number.isFinite(c)))
    console.log(
      `  CPU of the browser's processes (all threads, each import to its figure above): first ${used[0].toFixed(2)} s, identical ${used[1].toFixed(2)} s, changed ${used[2].toFixed(2)} s`,
    );
  console.log('  goal: < 5 s to rows visible, commit < 3 s, identical re-import < 2 s, no task > 100 ms');
  if (alsoFirefox) {
    const chromium: ImportFigures = {
      browser: 'Chromium',
      total: own,
      ...(read ? { click: first.visible! - m.commit } : {}),
      parse: m.parsed - m.start,
      preview: m.previewed - m.parsed,
      commit: m.committed - m.commit,
      same: same.total,
      changed: againOwn,
      ...(read ? { changedClick: again.visible! - m2.commit } : {}),
      floor: floorMs,
    };
    console.log(`import benchmark, the same ${rows} measures in Firefox ESR (same run, same preview server):`);
    const firefox = await firefoxImport(base, { csv, changed, records, rowsText: countText(rows) }, read);
    compare(chromium, firefox);
  }
} finally {
  await close();
  rmSync(dir, { recursive: true, force: true });
}

/** Both browsers' figures side by side, with Firefox / Chromium for each. */
function compare(c: ImportFigures, f: ImportFigures): void {
  const rowsOf: [string, keyof ImportFigures][] = [
    c.click === undefined ? ['file chosen → rows visible', 'total'] : ["the app's time (reading left out)", 'total'],
    ...(c.click === undefined ? [] : [['click → rows visible', 'click'] as [string, keyof ImportFigures]]),
    ['parse in the worker', 'parse'],
    ['preview (read stored, merge)', 'preview'],
    ['commit', 'commit'],
    ['identical re-import (to the preview)', 'same'],
    [c.click === undefined ? 're-import of changed rows' : "re-import of changed rows, the app's time", 'changed'],
    ...(c.changedClick === undefined
      ? []
      : [['re-import of changed rows, click → rows visible', 'changedClick'] as [string, keyof ImportFigures]]),
    ['floor (chunk records, one transaction)', 'floor'],
  ];
  console.log(`  ${'figure'.padEnd(50)} ${c.browser.padStart(10)} ${f.browser.padStart(14)}  Firefox / Chromium`);
  for (const [label, key] of rowsOf) {
    const a = c[key] as number;
    const b = f[key] as number;
    console.log(`  ${label.padEnd(50)} ${fmt(a).padStart(10)} ${fmt(b).padStart(14)}  ${(b / a).toFixed(2)}×`);
  }
  console.log(
    `  total / own floor: Chromium ${(c.total / c.floor).toFixed(1)}×, Firefox ${(f.total / f.floor).toFixed(1)}×; goal: Firefox within 1.5× Chromium`,
  );
}
