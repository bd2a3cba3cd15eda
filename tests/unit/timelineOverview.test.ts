// The overview layout of Tidslinje ("En rad per kommun"): src/lib/viz/timeline/overview.ts.
import { describe, expect, it } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import {
  nextQuarter,
  overviewDomain,
  overviewRows,
  planPhases,
  quarterStart,
  rovingTarget,
  rowGeometry,
  type OverviewRow,
  type Phase,
} from '$lib/viz/timeline/overview';

const TODAY = '2020-06-15';
const d = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const T = d(TODAY) + 86_400_000;
const names: Record<string, string> = { '1490': 'Borås', '1401': 'Härryda', '1443': 'Bollebygd' };
const name = (c: string) => names[c] ?? c;

describe('planPhases: the band from the plan’s dates and status', () => {
  it.each([
    [
      'adopted, under work from the start until then',
      { status: 'antagen', startdatum: '2018-01-01', antagen: '2019-03-01' },
      [
        ['under_arbete', d('2018-01-01'), d('2019-03-01')],
        ['antagen', d('2019-03-01'), T],
      ],
    ],
    [
      'followed up from the follow-up date',
      { status: 'uppfoljd', startdatum: '2018-01-01', antagen: '2019-03-01', uppfoljning: '2020-01' },
      [
        ['under_arbete', d('2018-01-01'), d('2019-03-01')],
        ['antagen', d('2019-03-01'), d('2020-01-01')],
        ['uppfoljd', d('2020-01-01'), T],
      ],
    ],
    [
      'on remiss and not adopted: on remiss from the start',
      { status: 'remiss', startdatum: '2019' },
      [['remiss', d('2019-01-01'), T]],
    ],
    [
      'adoption in the future: under work until today',
      { status: 'under_arbete', startdatum: '2019-05', antagen: '2021' },
      [['under_arbete', d('2019-05-01'), T]],
    ],
    [
      'not started: from today to the planned start',
      { status: 'ej_paborjad', startdatum: '2021-01-01' },
      [['ej_paborjad', T, d('2021-01-01')]],
    ],
    [
      'not started and no start: from today to the planned end',
      { status: 'ej_paborjad', startdatum: '', planerat_klart: '2020-12' },
      [['ej_paborjad', T, d('2020-12-01')]],
    ],
    [
      'adopted without a start date: adopted only',
      { status: 'antagen', startdatum: '', antagen: '2019-03-01' },
      [['antagen', d('2019-03-01'), T]],
    ],
  ] as const)('%s', (_, plan, want) => {
    const got = planPhases(aPlan('p', { planerat_klart: '', antagen: '', uppfoljning: '', ...plan }), TODAY);
    expect(got.map((p) => [p.phase, p.start, p.end])).toEqual(want);
  });
});

describe('overviewRows', () => {
  const measures = [
    // Borås: one running over three quarters, one done, one overdue.
    aMeasure('m1', {
      kommunkod: '1490',
      start: '2020-02-01',
      slut: '2020-08-31',
      status: 'pagaende',
      teman: ['skola'],
    }),
    aMeasure('m2', { kommunkod: '1490', start: '2019-01', slut: '2019-06', status: 'genomford', teman: ['halsa'] }),
    aMeasure('m3', { kommunkod: '1490', start: '2019', slut: '2019', status: 'planerad', teman: ['skola'] }),
    // Härryda: two overdue; one cancelled, which counts as a measure only.
    aMeasure('m4', { kommunkod: '1401', start: '2018', slut: '2019-02', status: 'pagaende' }),
    aMeasure('m5', { kommunkod: '1401', start: '2019-01', slut: '2019-03-10', status: 'planerad' }),
    aMeasure('m6', { kommunkod: '1401', start: '2018', slut: '2018', status: 'avbruten' }),
    // Outside the members, and undated: not counted.
    aMeasure('m7', { kommunkod: '0180', start: '2019', slut: '2019' }),
    aMeasure('m8', { kommunkod: '1490', start: '', slut: '' }),
  ];
  const plans = [
    aPlan('old', { kommunkod: '1490', titel: 'Gammal', status: 'uppfoljd', startdatum: '2010', antagen: '2011' }),
    aPlan('new', { kommunkod: '1490', titel: 'Ny', status: 'antagen', startdatum: '2018', antagen: '2019-05-02' }),
  ];
  const rows = (sort?: 'lan' | 'behind', theme = '') =>
    overviewRows({ members: ['1490', '1443', '1401'], plans, measures, today: TODAY, name, sort, theme });

  it.each([
    ['county order (by code)', undefined, ['1401', '1443', '1490']],
    ['county order, asked for', 'lan', ['1401', '1443', '1490']],
    ['most overdue first, then most running', 'behind', ['1401', '1490', '1443']],
  ] as const)('%s', (_, sort, codes) => expect(rows(sort).map((r) => r.code)).toEqual(codes));

  it.each([
    ['1490', { measures: 3, running: 1, done: 1, overdue: 1, planId: 'new', planTitle: 'Ny', name: 'Borås' }],
    ['1401', { measures: 3, running: 0, done: 0, overdue: 2, planId: '', planTitle: '', name: 'Härryda' }],
    ['1443', { measures: 0, running: 0, done: 0, overdue: 0, planId: '', planTitle: '', name: 'Bollebygd' }],
  ] as const)('%s: counts and the latest plan', (code, want) => {
    expect(rows().find((r) => r.code === code)).toMatchObject(want);
  });

  it('counts running measures in every quarter they cover, done and overdue ones in their last quarter', () => {
    const boras = rows().find((r) => r.code === '1490')!;
    expect(
      boras.quarters.map((q) => [new Date(q.start).toISOString().slice(0, 7), q.running, q.done, q.overdue]),
    ).toEqual([
      ['2019-04', 0, 1, 0],
      ['2019-10', 0, 0, 1],
      ['2020-01', 1, 0, 0],
      ['2020-04', 1, 0, 0],
      ['2020-07', 1, 0, 0],
    ]);
    const harryda = rows().find((r) => r.code === '1401')!;
    expect(harryda.quarters.map((q) => [new Date(q.start).toISOString().slice(0, 7), q.overdue])).toEqual([
      ['2019-01', 2],
    ]);
  });

  it('a theme keeps only its measures', () => {
    expect(rows(undefined, 'skola').find((r) => r.code === '1490')).toMatchObject({ measures: 2, overdue: 1, done: 0 });
  });

  it('milestones of every precision, each at its date', () => {
    const boras = rows().find((r) => r.code === '1490')!;
    expect(boras.marks.map((m) => [m.key, m.precision, m.at])).toEqual([
      ['startdatum', 'year', d('2018-01-01')],
      ['antagen', 'day', d('2019-05-02')],
    ]);
  });
});

describe('quarters and the domain', () => {
  it.each([
    ['2020-01-01', '2020-01-01', '2020-04-01'],
    ['2020-03-31', '2020-01-01', '2020-04-01'],
    ['2020-11-15', '2020-10-01', '2021-01-01'],
  ])('%s is in the quarter from %s to %s', (day, from, to) => {
    expect(quarterStart(d(day))).toBe(d(from));
    expect(nextQuarter(quarterStart(d(day)))).toBe(d(to));
  });

  const row = (extra: Partial<OverviewRow>): OverviewRow => ({
    code: '1490',
    name: 'Borås',
    planId: '',
    planTitle: '',
    planStatus: '',
    phases: [],
    marks: [],
    quarters: [],
    measures: 0,
    running: 0,
    done: 0,
    overdue: 0,
    ...extra,
  });
  it.each([
    ['no rows: a year from today’s quarter', [], ['2020-04-01', '2021-07-01']],
    [
      'a phase from 2017 to today',
      [row({ phases: [{ phase: 'antagen' as Phase, start: d('2017-02-01'), end: T }] })],
      ['2017-01-01', '2020-07-01'],
    ],
    [
      'a quarter in 2022',
      [row({ quarters: [{ start: d('2022-04-01'), running: 1, done: 0, overdue: 0 }] })],
      ['2020-04-01', '2022-07-01'],
    ],
  ] as const)('%s', (_, rows, [from, to]) => {
    expect(overviewDomain(rows as readonly OverviewRow[], TODAY)).toEqual([d(from), d(to)]);
  });

  it('a day’s milestone is drawn at its day, a year’s in the middle of its year; a cell is its quarter less a gap', () => {
    const x = (ms: number) => (ms - d('2020-01-01')) / 86_400_000;
    const g = rowGeometry(
      row({
        marks: [
          { key: 'antagen', date: '2020-01-11', precision: 'day', at: d('2020-01-11'), end: d('2020-01-12') },
          { key: 'uppfoljning', date: '2021', precision: 'year', at: d('2021-01-01'), end: d('2022-01-01') },
        ],
        quarters: [{ start: d('2020-01-01'), running: 0, done: 1, overdue: 1 }],
      }),
      x,
    );
    expect(g.marks.map((m) => m.x)).toEqual([10, 366 + 365 / 2]);
    expect(g.cells).toMatchObject([{ state: 'overdue', x: 0, w: 90 }]);
  });

  it('the same row at the same scale is the same geometry (rows drawn before are not laid out again); another scale, a new one', () => {
    const r = row({ quarters: [{ start: d('2020-01-01'), running: 1, done: 0, overdue: 0 }] });
    const x = (ms: number) => (ms - d('2020-01-01')) / 86_400_000;
    const g = rowGeometry(r, x);
    expect(rowGeometry(r, (ms) => x(ms))).toBe(g);
    const wider = rowGeometry(r, (ms) => 2 * x(ms));
    expect(wider).not.toBe(g);
    expect(wider.cells).toMatchObject([{ x: 0, w: 2 * 91 - 1 }]);
    expect(rowGeometry({ ...r }, x)).toEqual(g);
  });
});

describe('overviewRows: the strip at scale', () => {
  // The quarters as first written: a Date per measure and per quarter (span, quarterStart, nextQuarter).
  // overviewRows works each distinct date out once instead; the counts must be the same.
  function reference(measures: ReturnType<typeof aMeasure>[]): Map<string, [number, number, number, number][]> {
    const DAY = 86_400_000;
    const first = (s: string) => (s.length === 4 ? d(`${s}-01-01`) : s.length === 7 ? d(`${s}-01`) : d(s));
    const after = (s: string) =>
      s.length === 4 ? d(`${+s + 1}-01-01`) : s.length === 7 ? Date.UTC(+s.slice(0, 4), +s.slice(5, 7), 1) : d(s) + DAY;
    const out = new Map<string, Map<number, [number, number, number, number]>>();
    const count = (code: string, q: number, k: 1 | 2 | 3) => {
      const qs = out.get(code) ?? out.set(code, new Map()).get(code)!;
      const c = qs.get(q) ?? qs.set(q, [q, 0, 0, 0]).get(q)!;
      c[k]++;
    };
    for (const m of measures) {
      const from = m.start || m.slut;
      if (!from || m.status === 'avbruten') continue;
      const start = first(from);
      const end = after(m.slut || m.start);
      if (m.status === 'genomford') count(m.kommunkod, quarterStart(end - DAY), 2);
      else if (m.slut && after(m.slut) <= d(TODAY)) count(m.kommunkod, quarterStart(end - DAY), 3);
      else for (let q = quarterStart(start); q < end; q = nextQuarter(q)) count(m.kommunkod, q, 1);
    }
    return new Map([...out].map(([k, qs]) => [k, [...qs.values()].sort((a, b) => a[0] - b[0])]));
  }

  it('counts every quarter as a Date per quarter would, for dates of every precision', () => {
    let seed = 7;
    const rnd = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000) * n);
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = () => {
      const y = 2014 + rnd(8);
      const p = rnd(3);
      return p === 0 ? `${y}` : p === 1 ? `${y}-${pad(1 + rnd(12))}` : `${y}-${pad(1 + rnd(12))}-${pad(1 + rnd(28))}`;
    };
    const codes = ['1490', '1401', '1443'];
    const statuses = ['planerad', 'pagaende', 'genomford', 'avbruten'] as const;
    const measures = Array.from({ length: 600 }, (_, i) => {
      const start = rnd(5) ? date() : '';
      const slut = rnd(5) ? date() : '';
      return aMeasure(`m${i}`, { kommunkod: codes[rnd(3)], start, slut, status: statuses[rnd(4)] });
    });
    const rows = overviewRows({ members: codes, plans: [], measures, today: TODAY, name });
    const want = reference(measures);
    expect(want.size).toBe(3);
    for (const r of rows)
      expect(r.quarters.map((q) => [q.start, q.running, q.done, q.overdue])).toEqual(want.get(r.code) ?? []);
  });
});

describe('rovingTarget: the overview row a key moves the focus to', () => {
  it.each([
    ['ArrowDown', 3, 49, 4],
    ['ArrowUp', 3, 49, 2],
    ['ArrowUp', 0, 49, 0],
    ['ArrowDown', 48, 49, 48],
    ['Home', 30, 49, 0],
    ['End', 3, 49, 48],
    ['PageDown', 45, 49, 48],
    ['PageUp', 5, 49, 0],
    ['PageDown', 5, 49, 15],
    ['Enter', 5, 49, null],
    ['toString', 5, 49, null],
  ] as const)('%s from row %i of %i → %s', (key, i, n, want) => expect(rovingTarget(key, i, n)).toBe(want));
});
