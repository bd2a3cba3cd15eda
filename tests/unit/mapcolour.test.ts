import { describe, expect, it } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import { colourMap, measureRunning, planStatusAt, rampTicks, type ColourInput } from '$lib/viz/map/colour';
import type { Measure, Plan } from '$lib/domain/model';
import { STATUS_COLOURS } from '$lib/viz/colours';
import { enumText, fmtNumber } from '$lib/i18n/format';

const plan = (kommunkod: string, status: Plan['status'], dates: Partial<Plan> = {}): Plan =>
  aPlan(`p-${kommunkod}`, { kommunkod, titel: 'Plan', status, kalla: '', ...dates });
const measure = (
  id: string,
  kommunkod: string,
  teman: string[],
  start = '',
  slut = '',
  status: Measure['status'] = 'pagaende',
): Measure => aMeasure(id, { kommunkod, titel: id, teman, status, start, slut, kalla: '', uppdaterad: '' });
const labels: ColourInput['labels'] = {
  noPlan: 'Ingen plan',
  noData: 'Inga uppgifter',
  notReported: 'Inte rapporterat',
  hasTheme: (t) => `Har ${t}`,
  lacksTheme: (t) => `Saknar ${t}`,
  measures: (n) => `${n} åtgärder`,
  unknown: 'Datum okänt',
  status: (s) => enumText('planStatus', s),
  number: (n) => fmtNumber(n),
};
const base: ColourInput = {
  codes: ['1490', '1496', '2480', '2083'],
  plans: [
    plan('1490', 'under_arbete', { startdatum: '2016-01' }),
    plan('1496', 'antagen', { startdatum: '2016-02', antagen: '2016-06-15' }),
    plan('2480', 'remiss'),
  ],
  measures: [
    measure('a', '1490', ['skola'], '2016-03', '2016-12'),
    measure('b', '1490', ['kompetens']),
    measure('c', '2480', ['skola'], '2015', '2015'),
  ],
  themes: [{ id: 'skola', namn: 'Skola', farg: '#009e73', beskrivning: '', overordnat: '', nyckelord: [] }],
  indicators: [{ id: 'i1', namn: 'Omsättning', enhet: '%', beskrivning: '', hogre_ar_battre: false }],
  values: [
    { indikator: 'i1', kommunkod: '1490', period: '2015', varde: 20, kalla: '' },
    { indikator: 'i1', kommunkod: '2480', period: '2015', varde: 60, kalla: '' },
    { indikator: 'i1', kommunkod: '1496', period: '2014', varde: 30, kalla: '' },
  ],
  datum: '',
  labels,
};

describe('planStatusAt', () => {
  const p = plan('1496', 'uppfoljd', { startdatum: '2016-02', antagen: '2016-06-15', uppfoljning: '2017' });
  it.each([
    ['', 'uppfoljd'],
    ['2016-01', null],
    ['2016-02', 'under_arbete'],
    ['2016-06-14', 'under_arbete'],
    ['2016-06', 'antagen'],
    ['2016-12-31', 'antagen'],
    ['2017-01-01', 'uppfoljd'],
  ])('on %s → %s', (d, s) => expect(planStatusAt(p, d)).toBe(s));
  it('a plan without dates keeps its stored status at any date', () =>
    expect(planStatusAt(plan('1', 'remiss'), '2010')).toBe('remiss'));
});

describe('measureRunning', () => {
  it.each([
    ['2016-06', true],
    ['2016-02', false],
    ['2017-01-01', false],
    ['2016', true],
    ['', true],
  ])('a measure 2016-03..2016-12 on %s → %s', (d, r) =>
    expect(measureRunning(measure('x', '1', [], '2016-03', '2016-12'), d)).toBe(r),
  );
});

describe('colourMap', () => {
  it('by plan status: statuses, "no plan" with a pattern, legend counts', () => {
    const m = colourMap({ kind: 'status' }, base);
    expect(m.byCode.get('1490')).toMatchObject({
      key: 'under_arbete',
      colour: STATUS_COLOURS.under_arbete,
      meaning: 'Under arbete',
      pattern: false,
    });
    expect(m.byCode.get('2083')).toMatchObject({ key: 'none', meaning: 'Ingen plan', pattern: true });
    expect(Object.fromEntries(m.legend.map((l) => [l.key, l.count]))).toEqual({
      ej_paborjad: 0,
      under_arbete: 1,
      remiss: 1,
      antagen: 1,
      uppfoljd: 0,
      none: 1,
    });
  });

  it('by plan status on a date: plans not yet started count as no plan', () => {
    const m = colourMap({ kind: 'status' }, { ...base, datum: '2016-01' });
    expect(m.byCode.get('1496')!.key).toBe('none');
    expect(m.byCode.get('1490')!.key).toBe('under_arbete');
    expect(colourMap({ kind: 'status' }, { ...base, datum: '2016-07' }).byCode.get('1496')!.key).toBe('antagen');
  });

  it('by theme: has measures / has a plan without / no plan, at a date', () => {
    const now = colourMap({ kind: 'theme', theme: 'skola' }, base);
    expect(['1490', '1496', '2480', '2083'].map((c) => now.byCode.get(c)!.key)).toEqual(['yes', 'no', 'yes', 'none']);
    expect(now.byCode.get('1490')!.meaning).toBe('Har Skola');
    const in2016 = colourMap({ kind: 'theme', theme: 'skola' }, { ...base, datum: '2016-06' });
    expect(in2016.byCode.get('2480')!.key).toBe('no');
  });

  it('at a date, undated records are "date unknown" with their own legend entry, not present at every date', () => {
    const m = colourMap(
      { kind: 'status' },
      { ...base, labels: { ...labels, unknown: 'Datum okänt' }, datum: '2016-07' },
    );
    expect(m.byCode.get('2480')).toMatchObject({ key: 'unknown', meaning: 'Datum okänt', pattern: true });
    expect(m.legend.find((l) => l.key === 'unknown')).toMatchObject({ label: 'Datum okänt', count: 1, pattern: true });
    expect(m.byCode.get('2083')!.key).toBe('none');
    // Now (no date): the stored status, and no "date unknown" entry.
    expect(colourMap({ kind: 'status' }, base).legend.some((l) => l.key === 'unknown')).toBe(false);
    const byTheme = colourMap({ kind: 'theme', theme: 'kompetens' }, { ...base, datum: '2016-07' });
    expect(byTheme.byCode.get('1490')!.key).toBe('unknown');
    expect(colourMap({ kind: 'count' }, { ...base, datum: '2017-06' }).byCode.get('1490')!.key).toBe('unknown');
  });

  it.each([
    ['', true],
    ['2016-06', false],
  ])('an undated measure on %s runs: %s', (d, r) => expect(measureRunning(measure('x', '1', []), d)).toBe(r));

  it('by number of measures', () => {
    const m = colourMap({ kind: 'count' }, base);
    expect(m.byCode.get('1490')).toMatchObject({ value: 2, meaning: '2 åtgärder' });
    expect(m.byCode.get('1496')).toMatchObject({ value: 0, meaning: '0 åtgärder' });
    expect(m.byCode.get('2083')!.key).toBe('none');
    expect(m.domain).toEqual([0, 2]);
  });

  it('by indicator: value, not reported for the period, no data at all — three different things', () => {
    const m = colourMap({ kind: 'indicator', indicator: 'i1', period: '2015' }, base);
    expect(m.byCode.get('1490')).toMatchObject({ key: 'value', meaning: '20 %' });
    expect(m.byCode.get('1496')).toMatchObject({ key: 'notReported', pattern: true });
    expect(m.byCode.get('2083')).toMatchObject({ key: 'noData', pattern: true });
    // Lower is better: the better value (20) is the darker one.
    const lum = (hex: string) =>
      parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16);
    const rgb = (c: string) =>
      c.startsWith('#')
        ? c
        : `#${c
            .match(/\d+/g)!
            .map((n) => (+n).toString(16).padStart(2, '0'))
            .join('')}`;
    expect(lum(rgb(m.byCode.get('1490')!.colour))).toBeLessThan(lum(rgb(m.byCode.get('2480')!.colour)));
  });

  it.each([
    [false, 'lower'],
    [true, 'higher'],
    [undefined, null],
  ] as const)(
    'by indicator: a ramp from low to high with ticks, unit, period and the better end (hogre_ar_battre %s → %s)',
    (hogre, better) => {
      const input = { ...base, indicators: [{ ...base.indicators[0], hogre_ar_battre: hogre as boolean }] };
      const m = colourMap({ kind: 'indicator', indicator: 'i1', period: '2015' }, input);
      expect(m.ramp).toMatchObject({ unit: '%', period: '2015', better });
      expect(m.ramp!.ticks.length).toBeGreaterThanOrEqual(3);
      expect(m.ramp!.ticks[0]).toMatchObject({ value: 20, at: 0, label: '20' });
      expect(m.ramp!.ticks.at(-1)).toMatchObject({ value: 60, at: 1, label: '60' });
      // The ramp's ends are the colours of the lowest and highest values on the map.
      expect(m.ramp!.stops[0]).toBe(m.byCode.get('1490')!.colour);
      expect(m.ramp!.stops.at(-1)).toBe(m.byCode.get('2480')!.colour);
    },
  );
  it('by indicator without any value in the region: no ramp', () => {
    expect(colourMap({ kind: 'indicator', indicator: 'i1', period: '1999' }, base).ramp).toBeUndefined();
  });
});

describe('rampTicks', () => {
  it.each([
    [40, 89, [40, 50, 60, 70, 80, 89]],
    [0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [12, 14, [12, 12.5, 13, 13.5, 14]],
    [3, 3.5, [3, 3.1, 3.2, 3.3, 3.4, 3.5]],
    [41, 89, [41, 50, 60, 70, 80, 89]],
    [46, 89, [46, 60, 70, 80, 89]],
  ])('%d–%d → round values inside, both ends, at least three', (lo, hi, expected) => {
    const ticks = rampTicks(lo, hi, String);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks[0].value).toBe(lo);
    expect(ticks.at(-1)!.value).toBe(hi);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].at).toBeGreaterThan(ticks[i - 1].at);
    expect(ticks.map((t) => t.value)).toEqual(expected);
  });
  it('one value: one tick in the middle', () => {
    expect(rampTicks(5, 5, String)).toEqual([{ value: 5, at: 0.5, label: '5' }]);
  });
});
