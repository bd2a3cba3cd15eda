// KartaState (src/views/karta/state.svelte.ts): the map view's wiring of live data, URL state and the pure
// map modules, tested headless. Its $derived fields are read outside any effect, so each read is current.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import { KartaState, nameOf } from '../../src/views/karta/state.svelte';
import { app } from '$lib/state/app.svelte';
import { live } from '$lib/state/live.svelte';
import { DEFAULT_STATE } from '$lib/state/url';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import { register } from '$lib/domain/register';
import { arrowTarget } from '$lib/viz/map/view';
import type { Indicator, IndicatorValue, Measure, Plan } from '$lib/domain/model';

const plan = (kommunkod: string, p: Partial<Plan> = {}): Plan =>
  aPlan(`p-${kommunkod}`, {
    kommunkod,
    titel: `Plan ${kommunkod}`,
    startdatum: '2016-03',
    antagen: '2016-05',
    kalla: '',
    ...p,
  });
const measure = (id: string, kommunkod: string, m: Partial<Measure> = {}): Measure =>
  aMeasure(id, {
    kommunkod,
    teman: ['skola'],
    status: 'pagaende',
    start: '2017-01',
    slut: '2018',
    kalla: '',
    ...m,
  });
const indicator: Indicator = {
  id: 'N1',
  namn: 'Placerade barn',
  enhet: 'antal',
  beskrivning: '',
  hogre_ar_battre: false,
} as Indicator;
const value = (kommunkod: string, period: string, varde: number): IndicatorValue => ({
  indikator: 'N1',
  kommunkod,
  period,
  varde,
  kalla: '',
});

const key = (k: string, shiftKey = false) => {
  const preventDefault = vi.fn();
  return { event: { key: k, shiftKey, preventDefault } as unknown as KeyboardEvent, preventDefault };
};

beforeEach(() => {
  app.apply({ ...DEFAULT_STATE, route: 'karta', kommuner: [] });
  live.plans = [plan('1490'), plan('1401', { status: 'ej_paborjad', startdatum: '', antagen: '' })];
  live.measures = [
    measure('m1', '1490'),
    measure('m2', '1490', { status: 'avbruten' }),
    measure('m3', '1401', { start: '2020', slut: '' }),
  ];
  live.themes = DEFAULT_THEMES;
  live.indicators = [indicator];
  live.indicatorValues = [value('1490', '2019', 12), value('1490', '2021', 15)];
  live.boundaries = [];
});

describe('KartaState: what the map is coloured by', () => {
  it.each([
    ['', 'Planstatus', 'status'],
    ['status', 'Planstatus', 'status'],
    ['antal', 'Antal åtgärder', 'count'],
    ['tema:skola', 'Tema: Samverkan med skola och förskola', 'theme'],
    ['tema:okänt', 'Tema: okänt', 'theme'],
    ['indikator:N1', 'Nyckeltal: Placerade barn (period 2021)', 'indicator'],
  ])('farg=%j → %j', (farg, label, kind) => {
    app.farg = farg;
    const k = new KartaState();
    expect(k.by.kind).toBe(kind);
    expect(k.byLabel).toBe(label);
  });

  it('the legend counts every municipality of the region once', () => {
    app.region = '14';
    const k = new KartaState();
    const total = k.legend.reduce((n, l) => n + l.count, 0);
    expect(total).toBe(register.municipalities.filter((m) => m.code.startsWith('14')).length);
  });
});

describe('KartaState: the date slider', () => {
  it.each([
    // [slider position, app.datum after, label, the date the map shows ('' = today)]
    [0, '2016-03', 'mars 2016', '2016-03-31'],
    [2, '2016-05', 'maj 2016', '2016-05-31'],
    [Number.MAX_SAFE_INTEGER, '', 'nu', ''],
  ])('slide(%i) → datum %j, label %j', (i, datum, label, shown) => {
    const k = new KartaState();
    expect(k.range.months[0]).toBe('2016-03'); // the first dated record: plan 1490's start
    k.slide(i);
    expect(app.datum).toBe(datum);
    expect(k.dateLabel).toBe(label);
    expect(k.shownDate).toBe(shown || k.today);
  });
});

describe('KartaState: selection and keyboard', () => {
  it.each([
    // [selected before, code, shift/ctrl (add), selected after]
    [[], '1490', false, ['1490']],
    [['1490'], '1490', false, []],
    [['1490', '1401'], '1490', false, ['1490']],
    [['1490'], '1401', false, ['1401']],
    [['1490'], '1401', true, ['1490', '1401']],
    [['1490', '1401'], '1490', true, ['1401']],
  ])('%j, toggle(%s, add %s) → %j', (before, code, add, after) => {
    app.kommuner = [...before];
    const k = new KartaState();
    k.toggle(code, add);
    expect(app.kommuner).toEqual(after);
    expect([...k.selected]).toEqual(after);
  });

  it.each([
    ['Enter', false, ['1490']],
    [' ', false, ['1490']],
    ['Enter', true, ['1401', '1490']],
    ['Escape', false, ['1401']],
  ])('key %j (shift %s) on Borås with Härryda selected → %j', (k, shift, after) => {
    app.kommuner = ['1401'];
    const state = new KartaState();
    const { event, preventDefault } = key(k, shift);
    state.keydown(event, '1490');
    expect(app.kommuner).toEqual(after);
    expect(preventDefault).toHaveBeenCalledTimes(k === 'Escape' ? 0 : 1);
  });

  it.each(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const)(
    '%s moves the focus to a neighbour within the region, not the selection',
    (arrow) => {
      app.region = '14';
      const k = new KartaState();
      const { event, preventDefault } = key(arrow);
      const want = arrowTarget('1490', arrow, k.geo, null, k.inRegion);
      k.keydown(event, '1490');
      expect(preventDefault).toHaveBeenCalled();
      expect(want && want.startsWith('14') && want !== '1490').toBe(true);
      expect(k.focusCode).toBe(want);
      expect(app.kommuner).toEqual([]);
    },
  );

  it.each([
    // [focusCode, selected, region, tab stop]
    ['1401', ['1490'], '14', '1401'],
    ['', ['1490'], '14', '1490'],
    ['', [], '14', register.municipalities.find((m) => m.code.startsWith('14'))!.code],
    ['', [], '', register.municipalities[0].code],
  ])('tab stop with focus %j, selected %j, region %j → %s', (focus, selected, regionId, stop) => {
    app.region = regionId;
    app.kommuner = selected;
    const k = new KartaState();
    k.focusCode = focus;
    expect(k.tabStop).toBe(stop);
  });
});

describe('KartaState: tooltip, table and layout', () => {
  it('the tooltip names the hovered municipality, its plan and running measures', () => {
    const k = new KartaState();
    expect(k.tip).toBeNull();
    k.hover = { code: '1490', at: { x: 10, y: 20 } };
    expect(k.tip?.name).toBe('Borås');
    expect(k.tip?.status).toBe('Antagen');
    expect(k.tip?.themes).toEqual([{ name: 'Samverkan med skola och förskola', n: 1 }]);
  });

  it.each([
    // [region, datum, rows, Borås: measures and plan, Härryda: measures and plan]
    ['14', '', 49, [1, 'Antagen'], [1, 'Ej påbörjad']],
    // Härryda's plan has no dates: at a date its status is unknown.
    ['14', '2016-04', 49, [0, 'Under arbete'], [0, 'Datum okänt']],
    ['14', '2015', 49, [0, 'Ingen plan'], [0, 'Datum okänt']],
    ['14', '2021-06', 49, [0, 'Antagen'], [1, 'Datum okänt']],
    ['', '', 290, [1, 'Antagen'], [1, 'Ej påbörjad']],
  ] as const)('region %j at %j: %i rows', (regionId, datum, n, boras, harryda) => {
    app.region = regionId;
    app.datum = datum;
    const k = new KartaState();
    expect(k.rows).toEqual([]); // no table until asked
    k.showTable = true;
    expect(k.rows).toHaveLength(n);
    const row = (code: string) => k.rows.find((r) => r.code === code)!;
    expect(row('1490')).toMatchObject({ name: 'Borås', county: 'Västra Götalands län' });
    expect([row('1490').measures, row('1490').plan]).toEqual(boras);
    expect([row('1401').measures, row('1401').plan]).toEqual(harryda);
    expect(row('1490').meaning).toBe(k.meaning('1490'));
  });

  it.each([
    ['', false],
    ['14', true],
  ])('region %j: region outline drawn %s; tile map without boundaries, also in geo mode', (regionId, outlined) => {
    app.region = regionId;
    const k = new KartaState();
    expect(!!k.regionOutline).toBe(outlined);
    k.mode = 'geo';
    expect(k.geoL).toBeNull();
    expect(k.shapes).toBe(k.geo.cells);
    expect(k.source).toMatch(/Sexhörningskarta/);
    expect(k.viewBox).toHaveLength(4);
    expect(nameOf('1490')).toBe('Borås');
  });
});
