import { describe, expect, it } from 'vitest';
import { aMeasure } from './support/records';
import {
  arrowTarget,
  countyShort,
  mapLabels,
  patternFill,
  legendFor,
  parseColourBy,
  planWords,
  tableColumns,
  tableRows,
  tableThen,
  tileRegionOutline,
  tipContent,
  type TableRow,
} from '$lib/viz/map/view';
import { tileGeometry } from '$lib/viz/map/tiles';
import type { Measure, Plan } from '$lib/domain/model';
import type { MapColouring } from '$lib/viz/map/colour';
import { nextSort, sortRows } from '$lib/domain/text';

const values = [
  { indikator: 'i1', kommunkod: '1490', period: '2014', varde: 1, kalla: '' },
  { indikator: 'i1', kommunkod: '1490', period: '2016', varde: 2, kalla: '' },
];

describe('parseColourBy', () => {
  it.each([
    ['', '', { kind: 'status' }],
    ['antal', '', { kind: 'count' }],
    ['tema:skola', '', { kind: 'theme', theme: 'skola' }],
    ['indikator:i1', '', { kind: 'indicator', indicator: 'i1', period: '2016' }],
    ['indikator:i1', '2015-06', { kind: 'indicator', indicator: 'i1', period: '2014' }],
    ['indikator:i1', '2010', { kind: 'indicator', indicator: 'i1', period: '2014' }],
    ['indikator:none', '', { kind: 'indicator', indicator: 'none', period: '' }],
  ])('%s at %s', (farg, datum, by) => expect(parseColourBy(farg, values, datum)).toEqual(by));
});

describe('legendFor', () => {
  it('counts only the members', () => {
    const c: MapColouring = {
      byCode: new Map([
        ['a', { key: 'x', colour: '', meaning: '', pattern: false }],
        ['b', { key: 'y', colour: '', meaning: '', pattern: false }],
        ['c', { key: 'x', colour: '', meaning: '', pattern: false }],
      ]),
      legend: [
        { key: 'x', label: 'X', colour: '', pattern: false, count: 2 },
        { key: 'y', label: 'Y', colour: '', pattern: false, count: 1 },
      ],
    };
    expect(legendFor(c, ['a', 'b']).map((l) => l.count)).toEqual([1, 1]);
  });
});

const measure = (id: string, teman: string[], start = '', slut = ''): Measure =>
  aMeasure(id, { titel: id, teman, status: 'pagaende', start, slut, kalla: '', uppdaterad: '' });
const plan: Plan = {
  id: 'p',
  kommunkod: '1490',
  titel: 'Plan',
  status: 'under_arbete',
  startdatum: '2016-01',
  planerat_klart: '2016-03',
  antagen: '',
  uppfoljning: '',
  ansvarig: '',
  lank: '',
  beskrivning: '',
  kalla: '',
  uppdaterad: '',
};

describe('tipContent', () => {
  const base = {
    code: '1490',
    name: 'Borås',
    plan,
    status: 'Under arbete',
    meaning: 'Under arbete',
    colourByStatus: true,
    measures: [measure('a', ['skola', 'halsa']), measure('b', ['skola']), measure('c', ['halsa'], '2010', '2011')],
    themes: [{ id: 'skola', namn: 'Skola', farg: '', beskrivning: '', overordnat: '', nyckelord: [] }],
    datum: '',
    dateLabels: {
      startdatum: 'Start',
      planerat_klart: 'Planerat klart',
      antagen: 'Antagen',
      uppfoljning: 'Uppföljning',
    },
    fmtDate: (d: string) => `«${d}»`,
  };
  it("has the name, the status once, the plan's dates and measures per theme", () => {
    const tip = tipContent(base);
    expect(tip).toEqual({
      name: 'Borås',
      status: 'Under arbete',
      meaning: '',
      dates: [
        { label: 'Start', value: '«2016-01»' },
        { label: 'Planerat klart', value: '«2016-03»' },
      ],
      themes: [
        { name: 'halsa', n: 2 },
        { name: 'Skola', n: 2 },
      ],
    });
  });
  it('adds what the colour means when colouring by something else', () => {
    expect(tipContent({ ...base, colourByStatus: false, meaning: '20 %' }).meaning).toBe('20 %');
  });
  it('counts only measures running at the date', () => {
    expect(tipContent({ ...base, datum: '2010-06' }).themes).toEqual([{ name: 'halsa', n: 1 }]);
  });
});

describe('table sorting', () => {
  const rows: TableRow[] = [
    { code: '1', name: 'Örebro', county: 'Ö', meaning: 'b', measures: 2, plan: '' },
    { code: '2', name: 'Borås', county: 'V', meaning: 'a', measures: 10, plan: '' },
    { code: '3', name: 'Ale', county: 'V', meaning: 'a', measures: 2, plan: '' },
  ];
  it.each([
    ['name', true, ['Ale', 'Borås', 'Örebro']],
    ['name', false, ['Örebro', 'Borås', 'Ale']],
    ['measures', true, ['Ale', 'Örebro', 'Borås']],
    ['measures', false, ['Borås', 'Ale', 'Örebro']],
    ['county', true, ['Ale', 'Borås', 'Örebro']],
    ['meaning', false, ['Örebro', 'Ale', 'Borås']],
  ] as const)('by %s ascending=%s (ties by name), as SortableTable sorts with these columns', (key, asc, names) => {
    const column = tableColumns.find((c) => c.key === key)!;
    expect(sortRows(rows, column.value, asc, tableThen).map((r) => r.name)).toEqual(names);
  });
  it('columns in order, every one but the plan sorts and starts ascending', () => {
    expect(tableColumns.map((c) => [c.key, c.sortable ?? true])).toEqual([
      ['name', true],
      ['county', true],
      ['meaning', true],
      ['measures', true],
      ['plan', false],
    ]);
    expect(nextSort({ key: 'name', ascending: true }, 'name')).toEqual({ key: 'name', ascending: false });
    expect(nextSort({ key: 'name', ascending: false }, 'measures')).toEqual({ key: 'measures', ascending: true });
  });
});

describe('county names and region outline', () => {
  it.each([
    ['Västra Götalands län', 'Västra Götaland'],
    ['Skåne län', 'Skåne'],
    ['Stockholms län', 'Stockholm'],
    ['Kalmar län', 'Kalmar'],
  ])('%s → %s', (a, b) => expect(countyShort(a)).toBe(b));
  it('outlines the outer sides of a group of tiles only', () => {
    const geo = tileGeometry(
      [
        { kommunkod: 'a', q: 0, r: 0 },
        { kommunkod: 'b', q: 1, r: 0 },
        { kommunkod: 'c', q: 5, r: 5 },
      ],
      () => '1',
      10,
    );
    const one = tileRegionOutline(geo.cells, new Set(['a']));
    const two = tileRegionOutline(geo.cells, new Set(['a', 'b']));
    expect(one.split('M').length - 1).toBe(6);
    expect(two.split('M').length - 1).toBe(10);
    expect(tileRegionOutline(geo.cells, new Set())).toBe('');
  });
});

describe('arrowTarget, planWords, tableRows', () => {
  const tiles = tileGeometry(
    [
      { kommunkod: 'a', q: 0, r: 0 },
      { kommunkod: 'b', q: 1, r: 0 },
      { kommunkod: 'c', q: 2, r: 0 },
    ],
    () => '1',
    10,
  );
  it.each([
    ['a', 'ArrowRight', undefined, 'b'],
    ['b', 'ArrowLeft', undefined, 'a'],
    ['a', 'ArrowRight', new Set(['a', 'c']), 'c'],
    ['c', 'ArrowRight', undefined, null],
  ] as const)('from %s %s within %s → %s', (from, key, within, to) =>
    expect(arrowTarget(from, key, tiles, null, within as Set<string> | undefined)).toBe(to),
  );
  it('follows real neighbours on the geographic map', () => {
    const geo = {
      shapes: [
        { kommunkod: 'a', x: 0, y: 0 },
        { kommunkod: 'b', x: 10, y: 9 },
        { kommunkod: 'c', x: 12, y: 0 },
      ],
      neighbours: new Map([['a', ['b']]]),
    };
    expect(arrowTarget('a', 'ArrowRight', tiles, geo)).toBe('b');
  });
  const words = { unknown: 'Datum okänt', noPlan: 'Ingen plan', status: (s: string) => s.toUpperCase() };
  it.each([
    [undefined, '', 'Ingen plan'],
    [{ ...plan, startdatum: '' }, '', 'UNDER_ARBETE'],
    [{ ...plan, startdatum: '' }, '2016-06', 'Datum okänt'],
    [plan, '2015-06', 'Ingen plan'],
    [plan, '2016-06', 'UNDER_ARBETE'],
  ])('planWords(%j, %s) → %s', (p, d, w) => expect(planWords(p as Plan | undefined, d, words)).toBe(w));
  it('builds one row per code with running measures', () => {
    const rows = tableRows(['1490', '0180'], [measure('a', []), measure('b', [], '2010', '2010')], '', {
      name: (c) => c,
      county: () => 'L',
      meaning: () => 'm',
      plan: () => 'p',
    });
    expect(rows).toEqual([
      { code: '1490', name: '1490', county: 'L', meaning: 'm', measures: 2, plan: 'p' },
      { code: '0180', name: '0180', county: 'L', meaning: 'm', measures: 0, plan: 'p' },
    ]);
  });
});

describe('patternFill', () => {
  it.each([
    ['none', 'url(#pa-nodata)'],
    ['noData', 'url(#pa-nodata)'],
    ['notReported', 'url(#pa-notreported)'],
    ['unknown', 'url(#pa-unknown)'],
  ])('%s → %s', (k, f) => expect(patternFill(k)).toBe(f));
});

describe('mapLabels', () => {
  const shapes = [
    { kommunkod: '1490', x: 0, y: 0 },
    { kommunkod: '1443', x: 17, y: 0 },
    { kommunkod: '0180', x: 300, y: 0 },
  ];
  const common = {
    shapes,
    name: (c: string) => ({ '1490': 'Borås', '1443': 'Bollebygd', '0180': 'Stockholm' })[c]!,
    countyName: (c: string) => (c === '14' ? 'Västra Götalands län' : 'Stockholms län'),
    hexSize: 10,
  };
  it('names every member of a chosen region on tiles, and no county', () => {
    const l = mapLabels({
      ...common,
      geo: false,
      members: new Set(['1490', '1443']),
      regionChosen: true,
      selected: new Set(),
      pxPerUnit: 4,
    });
    expect(l.names.map((n) => n.code)).toEqual(['1490', '1443']);
    expect(l.counties).toEqual([]);
  });
  it('names counties and the selection at national zoom', () => {
    const l = mapLabels({
      ...common,
      geo: false,
      members: new Set(),
      regionChosen: false,
      selected: new Set(['0180']),
      pxPerUnit: 1,
    });
    expect(l.names.map((n) => n.text)).toEqual(['Stockholm']);
    expect(l.counties.map((n) => n.text)).toEqual(['Västra Götaland']);
  });
});
