/**
 * The regional report's Word file in Node: `npm run bench:report -- [county] [measures] [runs]`
 * (defaults: 14 = Västra Götaland with 3 000 measures, 2 runs; `sverige` for all of Sweden, 17 400 measures). Prints the time to
 * make the model (reportDoc, the same functions as the page) and to write the .docx (reportDocx, as
 * the worker does), and the file's size. Synthetic data: the members' plans and measures at random.
 */
import { register } from '../src/lib/domain/register.ts';
import { kommunblad } from '../src/lib/domain/kommunblad.ts';
import { overview, regionMembers } from '../src/lib/domain/stats.ts';
import { watchList } from '../src/lib/domain/watch.ts';
import { DEFAULT_THEMES } from '../src/lib/domain/themes.ts';
import { emptyRecord } from '../src/lib/domain/entities/index.ts';
import type { Measure, Plan } from '../src/lib/domain/model.ts';
import { reportDocx } from '../src/lib/io/report-docx.ts';
import { reportDoc } from '../src/views/rapport/reportDoc.ts';

const [arg = '14', ...rest] = process.argv.slice(2);
const county = arg === 'sverige' ? '' : arg;
const [count = county ? '3000' : '17400', runs = '2'] = rest;
const members = county ? regionMembers(county, register, []) : register.municipalities.map((m) => m.code);
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
const base = { kalla: 'generated', uppdaterad: '2016-01-01T00:00:00Z' };
const plans: Plan[] = members
  .filter(() => rnd() < 0.85)
  .map((k) => ({
    ...emptyRecord('plans'),
    ...base,
    id: `p-${k}`,
    kommunkod: k,
    titel: `Plan för handling – ${register.name(k)}`,
    status: pick(['ej_paborjad', 'under_arbete', 'remiss', 'antagen', 'uppfoljd']),
    startdatum: '2016-03',
    antagen: '2017-01-15',
  }));
const measures: Measure[] = Array.from({ length: Number(count) }, (_, i) => {
  const y = 2015 + Math.floor(rnd() * 12);
  return {
    ...emptyRecord('measures'),
    ...base,
    id: `a-${i}`,
    kommunkod: pick(members),
    titel: `${pick(['Handledning', 'Barnsamtal', 'Skolsamverkan', 'Öppenvård', 'Mentorskap'])} ${i}`,
    status: pick(['planerad', 'pagaende', 'genomford', 'avbruten']),
    teman: [pick(DEFAULT_THEMES).id],
    start: `${y}-0${1 + Math.floor(rnd() * 9)}`,
    slut: `${y + 1}`,
  };
});
const today = '2026-12-07';
for (let run = 1; run <= Number(runs); run++) {
  const t0 = performance.now();
  const set = new Set(members);
  const sheets = members.map((k) =>
    kommunblad({
      kommunkod: k,
      plans,
      measures,
      themes: DEFAULT_THEMES,
      requests: [],
      rounds: [],
      answers: [],
      indicators: [],
      indicatorValues: [],
      countyMembers: set,
      today,
    }),
  );
  const doc = reportDoc({
    regionName: county ? (register.county(county)?.name ?? county) : 'Sverige',
    today,
    sources: ['generated'],
    members,
    stats: overview({ members, plans, measures, events: [], requests: [], themes: DEFAULT_THEMES, today }),
    watch: watchList({ members, plans, measures, rounds: [], answers: [], today, membersOf: () => [] }),
    sheets,
    measures,
    requests: [],
    themes: DEFAULT_THEMES,
  });
  const t1 = performance.now();
  const bytes = await reportDocx(doc);
  const t2 = performance.now();
  console.log(
    `run ${run}: ${members.length} municipalities, ${measures.length} measures: model ${((t1 - t0) / 1000).toFixed(2)} s, docx ${((t2 - t1) / 1000).toFixed(2)} s, ${Math.round(bytes.length / 1024)} KB`,
  );
}
