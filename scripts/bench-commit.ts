// npm run bench:commit [-- --rows 100000 --runs 5]
// In Node, on fake-indexeddb: the CPU time of the import's commit as the commit worker runs it
// (writeImport without breaks, owning its rows, summary only, the written chunks handed over), for
// the measures bench:import imports: the first import into an empty database, then the changed
// re-import (every stored measure overwritten, its history kept). Each run starts from an empty
// database. Medians after one warm-up run. fake-indexeddb's own cloning is in the figures too, so
// compare builds, not absolute times. To see where the time goes:
// `npm run bench:commit -- --profile /tmp/changed.cpuprofile` writes a CPU profile of the last run's
// changed commit alone (open it in Chromium's DevTools, Performance panel).
import 'fake-indexeddb/auto';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { sv } from '../src/lib/i18n/sv.ts';
import { say } from '../src/lib/i18n/say.ts';
import { useTexts } from '../src/lib/io/texts.ts';
import { analyseFiles } from '../src/lib/io/analyse.ts';
import { db } from '../src/lib/db/db.ts';
import { importEntry, storedRows, tableWrite, writeImport } from '../src/lib/db/importer.ts';
import { countPlans, planTable, recordKey, type Rec } from '../src/lib/domain/merge.ts';
import { arg, measuresCsv, THEMES } from './bench/ui.ts';

useTexts(sv, say, sv);

const rows = arg('rows', 100_000);
const runs = arg('runs', 5);
const at = process.argv.indexOf('--profile');
const profile = at > 0 ? process.argv[at + 1] : undefined;
const ctx = {
  themes: THEMES.map((t): [string, string] => [t, t]),
  plans: [] as [string, string][],
  regionIds: [],
  now: '2026-12-07T00:00:00Z',
};
/** The records of the bench's CSV (variant 0: the first import, 1: every row changed). */
function records(variant: number): Rec[] {
  const bytes = new Uint8Array(measuresCsv(rows, variant, false, true).csv);
  const a = analyseFiles([{ name: 'atgarder.csv', bytes }], ctx);
  return a.tables.find((t) => t.result)!.result!.records as Rec[];
}
const first = records(0);
const changed = records(1);
/** Fresh copies: the commit worker owns (and stamps) the rows it is sent. */
const copy = (rs: Rec[]): Rec[] => rs.map((r) => structuredClone(r));

/** Plan and commit `incoming` as the worker would; the commit's wall and CPU time in ms. */
async function commit(incoming: Rec[], session?: Session): Promise<{ ms: number; cpu: number; updated: number }> {
  const stored = await storedRows('measures', new Set(incoming.map((r) => recordKey('measures', r))));
  const plan = planTable('measures', incoming, stored, 'newer');
  const writes = [tableWrite(plan)];
  const entry = importEntry({ fil: 'atgarder.csv', kalla: 'bench' }, countPlans([plan]));
  if (session) await session.post('Profiler.start');
  const started = performance.now();
  const used = process.cpuUsage();
  await writeImport(writes, entry, { breaks: false, ownsRows: true, summaryOnly: true, written: () => {} });
  const { user, system } = process.cpuUsage(used);
  if (session) writeFileSync(profile!, JSON.stringify((await session.post('Profiler.stop')).profile));
  return { ms: performance.now() - started, cpu: (user + system) / 1000, updated: plan.update.length };
}

const times = { first: [] as number[], changed: [] as number[] };
const cpus = { first: [] as number[], changed: [] as number[] };
let updated = 0;
let session: Session | undefined;
if (profile) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
}
for (let i = 0; i <= runs; i++) {
  await db.delete();
  await db.open();
  const a = await commit(copy(first));
  const b = await commit(copy(changed), i === runs ? session : undefined);
  updated = b.updated;
  if (i === 0) continue;
  times.first.push(a.ms);
  cpus.first.push(a.cpu);
  times.changed.push(b.ms);
  cpus.changed.push(b.cpu);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
console.log(
  `${rows} measures, ${runs} runs: first commit median ${median(times.first)} ms (CPU ${median(cpus.first)} ms); ` +
    `changed re-import's commit (${updated} overwritten) median ${median(times.changed)} ms (CPU ${median(cpus.changed)} ms)`,
);
db.close();
