// Shared by bench-import.ts and bench-views.ts: the built app served by `vite preview`, driven
// through its UI in Chromium with an ON-DISK profile (launchPersistentContext), because a default
// Playwright context keeps IndexedDB in memory and understates what a person sees.
import { build, preview } from 'vite';
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A number given on the command line as `--name value`, or `fallback`. */
export const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

export interface BenchMunicipality {
  code: string;
  name: string;
}
/** A main-thread task over 50 ms, as the init script of `openApp` logs it. */
interface LongTask {
  start: number;
  duration: number;
}
/** A long animation frame (over 100 ms) with the scripts that ran in it, for `--loaf`. */
export interface LongFrame {
  start: number;
  duration: number;
  layout: number;
  scripts: { fn: string; url: string; invoker: string; duration: number; layout: number }[];
}
/** The page's window with the long-task log of `openApp`. */
export type BenchWindow = Window & typeof globalThis & { __longtasks: LongTask[]; __longframes: LongFrame[] };

const municipalities = (
  JSON.parse(readFileSync(new URL('../../src/data/municipalities.json', import.meta.url), 'utf8')) as {
    municipalities: BenchMunicipality[];
  }
).municipalities;
export const THEMES = [
  'kompetens',
  'arbetsmiljo',
  'ledning',
  'skola',
  'halsa',
  'placerade',
  'forebyggande',
  'delaktighet',
  'digitalisering',
  'ensamkommande',
  'familjehem',
  'tillganglighet',
  'kunskap',
];
const STATUSES = ['planerad', 'pagaende', 'genomford', 'avbruten'];
const WORDS = [
  'samverkan',
  'skola',
  'rekrytering',
  'familjehem',
  'introduktion',
  'uppföljning',
  'förebyggande',
  'delaktighet',
  'öppna insatser',
  'elevhälsa',
];

/** One measure row of `measuresCsv`, as written to the file (teman and samverkan as lists). */
export interface BenchMeasure {
  id: string;
  plan_id: string;
  kommunkod: string;
  titel: string;
  beskrivning: string;
  teman: string[];
  status: string;
  start: string;
  slut: string;
  ansvarig: string;
  samverkan: string[];
  kalla: string;
  uppdaterad: string;
}

/**
 * Deterministic measures as an Excel-dialect CSV (BOM, `;`, CRLF): about 230 bytes a row. `variant`
 * changes titles and times; without themes the preview suggests them from the text.
 */
export function measuresCsv(
  n: number,
  variant = 0,
  withPlans = false,
  withThemes = true,
): { csv: Buffer; rows: BenchMeasure[] } {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const lines = ['id;plan_id;kommunkod;titel;beskrivning;teman;status;start;slut;ansvarig;samverkan;kalla;uppdaterad'];
  const rows: BenchMeasure[] = [];
  for (let i = 0; i < n; i++) {
    const y = 2014 + Math.floor(rnd() * 6);
    const m = 1 + Math.floor(rnd() * 12);
    const kommunkod = pick(municipalities).code;
    const picked = [...new Set([pick(THEMES), pick(THEMES)])];
    const teman = withThemes ? picked : [];
    const r: BenchMeasure = {
      id: `m${i}`,
      plan_id: withPlans ? `p-${kommunkod}` : '',
      kommunkod,
      titel: `Åtgärd ${i}${variant ? ` (v${variant})` : ''}: ${pick(WORDS)} och ${pick(WORDS)}`,
      beskrivning: `Beskrivning av åtgärd ${i} med ${pick(WORDS)}, ${pick(WORDS)} och ${pick(WORDS)}.`,
      teman,
      status: pick(STATUSES),
      start: `${y}-${String(m).padStart(2, '0')}`,
      slut: `${y + 1}`,
      ansvarig: 'Socialtjänsten',
      samverkan: ['skola', 'BUP'],
      kalla: 'bench',
      uppdaterad: variant ? `2017-0${variant}-01T00:00:00Z` : '2016-01-01T00:00:00Z',
    };
    rows.push(r);
    lines.push(
      [
        r.id,
        r.plan_id,
        r.kommunkod,
        r.titel,
        r.beskrivning,
        r.teman.join('|'),
        r.status,
        r.start,
        r.slut,
        r.ansvarig,
        r.samverkan.join('|'),
        r.kalla,
        r.uppdaterad,
      ].join(';'),
    );
  }
  return { csv: Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8'), rows };
}

/** One plan per municipality (the ids the measures point at). */
export function plansCsv(): Buffer {
  const lines = [
    'id;kommunkod;titel;status;startdatum;planerat_klart;antagen;uppfoljning;ansvarig;lank;beskrivning;kalla;uppdaterad',
  ];
  for (const m of municipalities)
    lines.push(
      [
        `p-${m.code}`,
        m.code,
        `Plan för handling – ${m.name}`,
        'antagen',
        '2016-03',
        '2017',
        '2016-05',
        '',
        'Socialtjänsten',
        '',
        '',
        'bench',
        '2016-01-01T00:00:00Z',
      ].join(';'),
    );
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

/** Build the app, serve it, open Chromium on a fresh on-disk profile. */
export async function openApp(port: number): Promise<{ page: Page; close: () => Promise<void>; base: string }> {
  // --profile builds without minifying, so that a CPU profile names our functions.
  await build({
    logLevel: 'warn',
    ...(process.argv.includes('--profile') || process.argv.includes('--unminified')
      ? { build: { minify: false } }
      : {}),
  });
  const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'warn' });
  const profile = mkdtempSync(join(tmpdir(), 'planatlas-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    viewport: { width: 1366, height: 768 },
  });
  // Every main-thread task over 50 ms, with its start, for "the longest task during …".
  await context.addInitScript(() => {
    const w = window as BenchWindow;
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Long animation frames name the scripts that made them long (Chromium ≥ 123).
    w.__longframes = [];
    type Script = {
      sourceFunctionName: string;
      sourceURL: string;
      sourceCharPosition: number;
      invoker: string;
      duration: number;
      forcedStyleAndLayoutDuration: number;
    };
    type Frame = PerformanceEntry & { renderStart: number; styleAndLayoutStart: number; scripts: Script[] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Frame[])
        if (e.duration > 100)
          w.__longframes.push({
            start: e.startTime,
            duration: e.duration,
            layout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
            scripts: e.scripts.map((s) => ({
              fn: s.sourceFunctionName,
              url: `${s.sourceURL.split('/').pop()}:${s.sourceCharPosition}`,
              invoker: s.invoker,
              duration: s.duration,
              layout: s.forcedStyleAndLayoutDuration,
            })),
          });
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const close = async () => {
    await context.close();
    await new Promise((r) => server.httpServer.close(r));
    rmSync(profile, { recursive: true, force: true });
  };
  return { page, close, base: `http://127.0.0.1:${port}/` };
}

/** The longest main-thread task that started at or after `from` (ms since navigation). */
export const longestSince = (page: Page, from: number): Promise<number> =>
  page.evaluate(
    (f) => Math.max(0, ...(window as BenchWindow).__longtasks.filter((t) => t.start >= f - 1).map((t) => t.duration)),
    from,
  );

/** `--loaf`: print every long animation frame since `from`, with the scripts that ran in it. */
export async function printLongFrames(page: Page, from: number, label: string): Promise<void> {
  if (!process.argv.includes('--loaf')) return;
  const frames = await page.evaluate((f) => (window as BenchWindow).__longframes.filter((x) => x.start >= f - 1), from);
  console.log(`    long frames during ${label}: ${frames.length}`);
  for (const x of frames) {
    console.log(
      `      ${x.duration.toFixed(0)} ms at ${(x.start - from).toFixed(0)} (style/layout/paint ${x.layout.toFixed(0)})`,
    );
    for (const s of x.scripts.filter((s) => s.duration > 10))
      console.log(
        `        ${s.duration.toFixed(0)} ms ${s.invoker} ${s.fn} ${s.url}${s.layout ? ` forced layout ${s.layout.toFixed(0)}` : ''}`,
      );
  }
}

/**
 * Run `f` under the CPU profiler of `page` and print where the main thread spent the time, by self
 * and by inclusive time (a function and everything it called). `--profile` builds unminified, so
 * the names are ours.
 */
export async function withProfile<T>(page: Page, label: string, f: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const startedAt = await page.evaluate(() => performance.now());
  const result = await f();
  // The page's clock when the profile stopped (to within a few ms): samples are placed in long frames
  // by it, counted back from the profile's end (its start can lie well before the first sample).
  const stoppedAt = await page.evaluate(() => performance.now());
  const { profile } = await cdp.send('Profiler.stop');
  // --profile-out FILE: the profile as a .cpuprofile (DevTools, or a script of one's own).
  const outAt = process.argv.indexOf('--profile-out');
  if (outAt > 0) writeFileSync(process.argv[outAt + 1], JSON.stringify(profile));
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  for (const n of profile.nodes) {
    const fr = n.callFrame;
    const k = `${fr.functionName || '(anon)'} ${fr.url.split('/').pop()}:${fr.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (dt.get(n.id) ?? 0));
  }
  console.log(`  main thread, top self time during ${label}:`);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  // Inclusive time: a function's own samples and those of everything it called (counted once per stack).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  for (const [id, us] of dt) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const fr = byId.get(at)!.callFrame;
      if (!fr.url) continue;
      const k = `${fr.functionName || '(anon)'} ${fr.url.split('/').pop()}:${fr.lineNumber}`;
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + us);
      seen.add(k);
    }
  }
  // With --loaf: what ran in each long frame (samples by time; a Dexie continuation runs in the task of the success event that resolved it).
  // With --by-task instead: what ran in each long task (over 50 ms), frames or not.
  if (process.argv.includes('--loaf') || process.argv.includes('--by-task')) {
    const byTask = process.argv.includes('--by-task');
    const frames = await page.evaluate(
      ([f, tasks]) =>
        (tasks ? (window as BenchWindow).__longtasks : (window as BenchWindow).__longframes).filter(
          (x) => x.start >= f,
        ),
      [startedAt, byTask] as const,
    );
    let t = profile.startTime;
    const times = profile.samples!.map((_, i) => (t += profile.timeDeltas![i] ?? 0));
    for (const fr of frames) {
      const inFrame = new Map<string, number>();
      profile.samples!.forEach((id, i) => {
        const at = stoppedAt - (profile.endTime - times[i]) / 1000;
        if (at < fr.start || at > fr.start + fr.duration) return;
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
          const c = byId.get(n)!.callFrame;
          if (!c.url) continue;
          seen.add(`${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber}`);
        }
        for (const k of seen) inFrame.set(k, (inFrame.get(k) ?? 0) + (profile.timeDeltas![i] ?? 0));
      });
      console.log(
        `  long ${byTask ? 'task' : 'frame'} of ${fr.duration.toFixed(0)} ms at ${(fr.start - startedAt).toFixed(0)}:`,
      );
      for (const [k, us] of [...inFrame].sort((a, b) => b[1] - a[1]).slice(0, 60))
        console.log(`    ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
    }
  }
  console.log(`  main thread, top inclusive time during ${label}:`);
  for (const [k, us] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 120))
    console.log(`    ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  return result;
}

/** Wait until `cond` holds, then until the main thread is free (two frames and a macrotask); returns performance.now(). */
export async function settled(page: Page, cond: (arg: string) => unknown, arg = ''): Promise<number> {
  await page.waitForFunction(cond, arg, { polling: 'raf', timeout: 180_000 });
  return page.evaluate(
    () =>
      new Promise<number>((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))),
      ),
  );
}

/** The `p` quantile (0…1) of `xs`, nearest rank from below. */
export const quantile = (xs: readonly number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** Headless Debian Chromium for the benchmarks that need no on-disk profile (timeline, map, formats). */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });

export const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const MUNICIPALITIES = municipalities;

/** A trace event as Chromium's tracing reports it (complete events, `ph: 'X'`, times in µs). */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own time (CPU), without the time other processes had the core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; type?: string } };
}

/**
 * `--trace`: run `f` under Chromium's tracing and print each main-thread task over `over` ms with
 * what it was made of (script by function, garbage collection, style and layout, IndexedDB callbacks),
 * by the time of its direct and nested trace events. Finds what a long task is when no script in it is
 * long (a collection, a deserialisation).
 */
export async function withTrace<T>(page: Page, label: string, f: () => Promise<T>, over = 60): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.gc',
        'blink.user_timing',
        'IndexedDB',
        'toplevel',
        // With --trace-out: V8's samples of every thread too (where the workers' time goes).
        ...(process.argv.includes('--trace-out') ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ],
    },
  });
  const result = await f();
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  // --trace-out FILE: every event as JSON (chrome://tracing, Perfetto, or a script of one's own).
  const outAt = process.argv.indexOf('--trace-out');
  if (outAt > 0) writeFileSync(process.argv[outAt + 1], JSON.stringify(events));
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur! > over * 1000).sort((a, b) => a.ts - b.ts);
  console.log(`  main-thread tasks over ${over} ms during ${label}: ${tasks.length}`);
  for (const t of tasks) {
    const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!);
    const by = new Map<string, number>();
    for (const e of inside) {
      const d = e.args?.data;
      const what =
        e.name === 'FunctionCall'
          ? `FunctionCall ${d?.functionName || '(anon)'} ${(d?.url ?? '').split('/').pop()}`
          : e.name === 'EventDispatch'
            ? `EventDispatch ${d?.type ?? ''}`
            : e.name;
      by.set(what, (by.get(what) ?? 0) + e.dur!);
    }
    // On a loaded machine the wall time includes waiting for a core; the thread time does not.
    const cpu = t.tdur === undefined ? '' : ` (thread time ${(t.tdur / 1000).toFixed(0)} ms)`;
    console.log(`    task ${(t.dur! / 1000).toFixed(0)} ms${cpu}:`);
    for (const [k, us] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 14))
      if (us > 2000) console.log(`      ${(us / 1000).toFixed(0).padStart(5)} ms  ${k}`);
  }
  // The workers (the parse, the commit): the thread time of what their tasks were made of.
  const workers = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'DedicatedWorker thread');
  for (const w of workers) {
    const on = events.filter((e) => e.pid === w.pid && e.tid === w.tid && e.ph === 'X' && e.dur);
    const busy = on.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
    const cpu = busy.reduce((n, e) => n + (e.tdur ?? e.dur!), 0);
    if (cpu < 50_000) continue;
    const by = new Map<string, [number, number]>();
    for (const e of on) {
      if (busy.includes(e)) continue;
      const d = e.args?.data;
      const what = e.name === 'FunctionCall' ? `FunctionCall ${d?.functionName || '(anon)'}` : e.name;
      const [t, c] = by.get(what) ?? [0, 0];
      by.set(what, [t + (e.tdur ?? e.dur!), c + 1]);
    }
    console.log(
      `  worker thread ${w.tid} during ${label}: tasks ${(cpu / 1000).toFixed(0)} ms thread time; inside (may nest):`,
    );
    for (const [k, [us, n]] of [...by].sort((a, b) => b[1][0] - a[1][0]).slice(0, 16))
      if (us > 10_000) console.log(`      ${(us / 1000).toFixed(0).padStart(5)} ms  ${k} (${n}×)`);
  }
  return result;
}

/**
 * CPU time (user + system, seconds) used so far by the browser this process started: every process
 * descended from it (browser, renderer with its workers' and collector's threads, GPU), read from
 * /proc (Linux; NaN elsewhere). The difference over an import is the work it cost whatever the
 * scheduler did meanwhile: on a shared 2-core machine a steadier figure than wall time.
 */
export function browserCpu(): number {
  if (process.platform !== 'linux') return NaN;
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // pid (comm) state ppid … utime(14) stime(15): comm may hold spaces, so fields count from its ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parent.set(+name, +f[1]);
    cpu.set(+name, (+f[11] + +f[12]) / CLOCK_TICKS);
  }
  let sum = 0;
  for (const [pid, used] of cpu) {
    let p = parent.get(pid);
    while (p !== undefined && p > 1 && p !== process.pid) p = parent.get(p);
    if (p === process.pid && pid !== process.pid) sum += used;
  }
  return sum;
}

/** Linux's USER_HZ (the unit of /proc/<pid>/stat's times): 100 on every common build. */
const CLOCK_TICKS = 100;
