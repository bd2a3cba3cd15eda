// npm run bench:parse [-- --rows 100000]
// In Node: the CPU time of the import's read half (what the import worker runs: decode → papaparse →
// per-row validation into records, analyseFiles) for the same 100 000 measures bench:import imports.
// Median of 5 runs after one warm-up, wall and CPU time. To see where the time goes:
// `node --cpu-prof --import tsx scripts/bench-parse.ts`.
import { sv } from '../src/lib/i18n/sv.ts';
import { say } from '../src/lib/i18n/say.ts';
import { useTexts } from '../src/lib/io/texts.ts';
import { analyseFiles } from '../src/lib/io/analyse.ts';
import { arg, measuresCsv, THEMES } from './bench/ui.ts';

useTexts(sv, say, sv);

const rows = arg('rows', 100_000);
const { csv } = measuresCsv(rows, 0, false, true);
const bytes = new Uint8Array(csv);
// The themes exist (as in the app, where the bench's rows refer to the seeded themes).
const ctx = {
  themes: THEMES.map((t): [string, string] => [t, t]),
  plans: [] as [string, string][],
  regionIds: [],
  now: '2026-12-07T00:00:00Z',
};
const times: number[] = [];
const cpu: number[] = [];
let records = 0;
for (let i = 0; i < 6; i++) {
  const started = performance.now();
  const used = process.cpuUsage();
  const a = analyseFiles([{ name: 'atgarder.csv', bytes }], ctx);
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(used);
  if (i > 0) {
    times.push(ms);
    cpu.push((user + system) / 1000);
  }
  records = a.tables.reduce((n, t) => n + (t.result?.records.length ?? 0), 0);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const mb = bytes.length / 1e6;
console.log(
  `${rows} measures, ${mb.toFixed(1)} MB: median ${times[2].toFixed(0)} ms (best ${times[0].toFixed(0)} ms), ` +
    `${(mb / (times[2] / 1000)).toFixed(1)} MB/s; CPU (all threads, GC included) median ${cpu[2].toFixed(0)} ms; ${records} records`,
);
