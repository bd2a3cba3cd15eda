/**
 * Needs versus plans (lib/domain/needs.ts, DATA.md `tema_indikatorer.csv`): the weak rule (threshold,
 * weakest quarter, direction, missing values) and the join with measures, on fixture tables whose
 * expected results are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { emptyRecord } from '$lib/domain/entities';
import type { Indicator, IndicatorValue, Measure, MeasureStatus, ThemeIndicator } from '$lib/domain/model';
import { goodExamples, needClasses, needsWithoutMeasure, readings, type NeedsInput } from '$lib/domain/needs';

const indicator = (id: string, higherIsBetter: boolean): Indicator => ({
  ...emptyRecord('indicators'),
  id,
  namn: id,
  hogre_ar_battre: higherIsBetter,
});
const values = (indikator: string, period: string, byKommun: Record<string, number>): IndicatorValue[] =>
  Object.entries(byKommun).map(([kommunkod, varde]) => ({ indikator, kommunkod, period, varde, kalla: '' }));
const link = (tema: string, indikator: string, grans: number | null = null): ThemeIndicator => ({
  tema,
  indikator,
  grans,
  kommentar: '',
});
const measure = (kommunkod: string, teman: string[], status: MeasureStatus): Measure => ({
  ...emptyRecord('measures'),
  id: `${kommunkod}-${teman.join('-')}-${status}`,
  kommunkod,
  titel: 'Åtgärd',
  teman,
  status,
});

describe('the weak rule, one indicator: which members are weak and which have no value', () => {
  // Six values in the latest period 2015; 1466 has only an older value, 1463 none at all.
  const v2015 = { '1490': 10, '1443': 50, '1452': 40, '1463': 20, '0180': 30, '1401': 5 };
  const members = ['1490', '1443', '1452', '1463', '1466', '1401', '1442'];
  const table: [string, boolean, number | null, string[], string[]][] = [
    // name, higher is better, grans, weak, no value
    // Lower is better, no threshold: the worst quarter of 6 is the 2 highest (50, 40).
    ['quartile, lower is better', false, null, ['1443', '1452'], ['1466', '1442']],
    // Higher is better, no threshold: the 2 lowest (5, 10).
    ['quartile, higher is better', true, null, ['1490', '1401'], ['1466', '1442']],
    // Lower is better, threshold 30: above 30 is weak (30 itself is not beyond it).
    ['threshold, lower is better', false, 30, ['1443', '1452'], ['1466', '1442']],
    ['threshold 20, lower is better', false, 20, ['1443', '1452'], ['1466', '1442']],
    // Higher is better, threshold 20: below 20 is weak.
    ['threshold, higher is better', true, 20, ['1490', '1401'], ['1466', '1442']],
    ['threshold 45, higher is better', true, 45, ['1490', '1452', '1463', '1401'], ['1466', '1442']],
  ];
  it.each(table)('%s', (_, higher, grans, weak, noValue) => {
    const input: NeedsInput = {
      measures: [],
      indicators: [indicator('K', higher)],
      values: [...values('K', '2015', v2015), ...values('K', '2014', { '1466': 99, '1443': 1 })],
      links: [link('skola', 'K', grans)],
      members,
    };
    const got = readings(input);
    const codes = (w: string) => members.filter((k) => got.get(k)![0].weakness === w);
    expect(codes('weak')).toEqual(weak);
    expect(codes('noValue')).toEqual(noValue);
    expect(codes('notWeak')).toEqual(members.filter((k) => !weak.includes(k) && !noValue.includes(k)));
    // Every reading is of the latest period, also for a member whose value is older.
    for (const k of members) expect(got.get(k)![0].period).toBe('2015');
  });

  it('an indicator without values gives every member no value, with no period', () => {
    const got = readings({ measures: [], indicators: [], values: [], links: [link('skola', 'K')], members: ['1490'] });
    expect(got.get('1490')).toMatchObject([{ weakness: 'noValue', value: null, period: '', severity: 0 }]);
  });

  it('the county median is of the municipality’s county (first two digits), Sweden’s of all values', () => {
    const got = readings({
      measures: [],
      indicators: [indicator('K', false)],
      values: values('K', '2015', v2015),
      links: [link('skola', 'K')],
      members: ['1490', '0180'],
    });
    // County 14: 5, 10, 20, 40, 50 → 20; county 01: 30; all: 5 10 20 30 40 50 → 25.
    expect(got.get('1490')![0]).toMatchObject({ value: 10, county: 20, sweden: 25 });
    expect(got.get('0180')![0]).toMatchObject({ value: 30, county: 30, sweden: 25 });
  });
});

describe('the join: several indicators per theme, measures that answer and those that do not', () => {
  const input: NeedsInput = {
    indicators: [indicator('L', false), indicator('H', true)],
    values: [
      // L, lower is better, no threshold on skola: worst quarter of 6 = 50 and 40.
      ...values('L', '2015', { '1490': 10, '1443': 50, '1452': 40, '1463': 20, '0180': 30, '1401': 5 }),
      ...values('L', '2014', { '1466': 90 }),
      // H, higher is better: threshold 60 on skola (55 and 59.5 are weak), none on kompetens
      // (worst quarter of 5 = the 2 lowest, 55 and 59.5).
      ...values('H', '2016', { '1490': 55, '1443': 60, '1452': 70, '1466': 59.5, '1401': 80 }),
    ],
    links: [link('skola', 'L'), link('skola', 'H', 60), link('kompetens', 'H')],
    measures: [
      measure('1443', ['skola'], 'pagaende'), // answers 1443's weak L
      measure('1452', ['skola'], 'avbruten'), // cancelled: answers nothing
      measure('1490', ['kompetens', 'ledning'], 'genomford'), // answers 1490's weak kompetens
      measure('1466', ['skola'], 'planerad'),
    ],
    members: ['1490', '1443', '1452', '1463', '1466', '1401'],
  };

  it('lists weak values without an answering measure, weakest first', () => {
    const rows = needsWithoutMeasure(input).map((r) => [r.kommunkod, r.tema, r.indikator, r.value, r.period]);
    expect(rows).toEqual([
      ['1490', 'skola', 'H', 55, '2016'], // 4 of 5 values better; its measure is on kompetens
      ['1452', 'skola', 'L', 40, '2015'], // 4 of 6 better
      ['1466', 'kompetens', 'H', 59.5, '2016'], // 3 of 5 better
    ]);
  });

  it('without the measures, every weak value is listed (1490: 4 of 5 better, 1443: 5 of 6)', () => {
    const rows = needsWithoutMeasure({ ...input, measures: [] }).map((r) => [r.kommunkod, r.tema, r.indikator]);
    expect(rows).toEqual([
      ['1443', 'skola', 'L'],
      ['1490', 'kompetens', 'H'],
      ['1490', 'skola', 'H'],
      ['1452', 'skola', 'L'],
      ['1466', 'kompetens', 'H'],
      ['1466', 'skola', 'H'],
    ]);
  });

  it('each row has the threshold, the period and the county’s and Sweden’s medians', () => {
    const [h, l] = needsWithoutMeasure(input);
    // H 2016: 55, 59.5, 60, 70, 80 (all in county 14) → 60 both.
    expect(h).toMatchObject({ grans: 60, county: 60, sweden: 60, severity: 4 / 5, weakness: 'weak' });
    // L 2015: county 14 has 5, 10, 20, 40, 50 → 20; all add 0180's 30 → 25.
    expect(l).toMatchObject({ grans: null, county: 20, sweden: 25, severity: 4 / 6, weakness: 'weak' });
  });

  it.each([
    // theme, classes of 1490, 1443, 1452, 1463, 1466, 1401
    ['skola', ['weakWithout', 'weakWith', 'weakWithout', 'noValue', 'weakWith', 'notWeak']],
    ['kompetens', ['weakWith', 'notWeak', 'notWeak', 'noValue', 'weakWithout', 'notWeak']],
    ['ledning', ['noValue', 'noValue', 'noValue', 'noValue', 'noValue', 'noValue']],
  ])('the map’s classes for %s', (tema, classes) => {
    const cells = needClasses(input, tema);
    expect(cells.map((c) => c.kommunkod)).toEqual(input.members);
    expect(cells.map((c) => c.class)).toEqual(classes);
  });

  it('a class cell names the answering measures and the readings', () => {
    const cell = needClasses(input, 'skola').find((c) => c.kommunkod === '1466')!;
    expect(cell.measures.map((m) => m.status)).toEqual(['planerad']);
    expect(cell.readings.map((r) => [r.indikator, r.weakness, r.value])).toEqual([
      ['L', 'noValue', null],
      ['H', 'weak', 59.5],
    ]);
  });
});

describe('goodExamples: the members’ good examples by theme', () => {
  const themes = [
    { id: 'kompetens', namn: 'Kompetens' },
    { id: 'skola', namn: 'Skola' },
  ];
  const good = (id: string, kommunkod: string, teman: string[], gott = true): Measure => ({
    ...measure(kommunkod, teman, 'pagaende'),
    id,
    titel: id,
    gott_exempel: gott,
  });
  const measures = [
    good('b', '1490', ['okant', 'skola']),
    good('a', '1480', ['skola', 'kompetens']),
    good('c', '2480', ['kompetens']),
    good('d', '1490', ['kompetens'], false),
    good('e', '1490', []),
    good('f', '0180', ['skola']),
  ];
  it('groups by the first known theme in theme order, leaves out others and non-members', () => {
    const got = goodExamples(measures, new Set(['1490', '1480', '2480']), themes).map((g) => [
      g.theme?.id ?? null,
      g.measures.map((m) => m.id),
    ]);
    expect(got).toEqual([
      ['kompetens', ['c']],
      ['skola', ['a', 'b']],
      [null, ['e']],
    ]);
  });
  it('is empty when no member has a good example', () => {
    expect(goodExamples(measures, new Set(['1443']), themes)).toEqual([]);
  });
});
