import { describe, expect, it, vi } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import {
  indicatorsInContext,
  kommunblad,
  median,
  reportSources,
  safeLink,
  sheetBook,
  type KommunbladInput,
  type SheetTables,
} from '$lib/domain/kommunblad';
import type { Indicator, IndicatorValue, Measure, Theme } from '$lib/domain/model';
import type { Answer, Round } from '$lib/domain/collection';

describe('median', () => {
  it.each([
    [[], undefined],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[1, Number.NaN, 3], 2],
  ])('%j → %j', (xs, m) => expect(median(xs)).toBe(m));
});

const indicator = (id: string): Indicator => ({ id, namn: `Indikator ${id}`, enhet: '%' }) as Indicator;
const value = (indikator: string, kommunkod: string, period: string, varde: number): IndicatorValue =>
  ({ indikator, kommunkod, period, varde, kalla: '' }) as IndicatorValue;

describe('indicatorsInContext: "14 %, länet 22 %, riket 20 %"', () => {
  const county = new Set(['1490', '1441', '1442']);
  const values = [
    value('N1', '1490', '2023', 10),
    value('N1', '1490', '2024', 14),
    value('N1', '1441', '2024', 22),
    value('N1', '1442', '2024', 30),
    value('N1', '0180', '2024', 20),
    value('N1', '1280', '2024', 18),
    // Another year's values of the county never enter 2024's median.
    value('N1', '1441', '2023', 99),
    value('N2', '1441', '2024', 5),
  ];
  const rows = indicatorsInContext('1490', [indicator('N1'), indicator('N2')], values, county);

  it('takes the latest period of the municipality', () => {
    expect(rows.map((r) => [r.indicator.id, r.period, r.value])).toEqual([['N1', '2024', 14]]);
  });
  it.each([
    ['county', 22],
    ['sweden', 20],
  ] as const)('%s median of the same period', (k, m) => expect(rows[0][k]).toBe(m));
  it('ranks the value within the county (lower is better without hogre_ar_battre): 14 of 14, 22, 30', () => {
    expect([rows[0].rank, rows[0].of]).toEqual([1, 3]);
    const higher = indicatorsInContext('1490', [{ ...indicator('N1'), hogre_ar_battre: true }], values, county);
    expect([higher[0].rank, higher[0].of]).toEqual([3, 3]);
  });
  it('leaves out indicators the municipality has no value for', () => {
    expect(rows.some((r) => r.indicator.id === 'N2')).toBe(false);
  });
});

describe('kommunblad', () => {
  const themes = [
    { id: 'skola', namn: 'Skola', farg: '#000' },
    { id: 'halsa', namn: 'Hälsa', farg: '#111' },
  ] as Theme[];
  const input: KommunbladInput = {
    kommunkod: '1490',
    plans: [
      aPlan('p1', { kommunkod: '1490', startdatum: '2015', uppfoljning: '2016-06' }),
      aPlan('p2', { kommunkod: '1490', startdatum: '2016' }),
      aPlan('p3', { kommunkod: '1441', startdatum: '2017' }),
    ],
    measures: [
      aMeasure('a1', {
        kommunkod: '1490',
        titel: 'B',
        teman: ['skola'],
        start: '2016',
        slut: '2016-03',
        status: 'pagaende',
      }),
      aMeasure('a2', { kommunkod: '1490', titel: 'A', teman: ['okand', 'halsa'], start: '2016', status: 'pagaende' }),
      aMeasure('a3', { kommunkod: '1490', titel: 'C', teman: [], slut: '2016-02', status: 'genomford' }),
      aMeasure('a4', { kommunkod: '1441', titel: 'D', teman: ['skola'], status: 'pagaende' }),
    ],
    themes,
    requests: [],
    rounds: [{ id: 'r1', namn: 'Runda 1', region_id: '14' } as Round],
    answers: [
      { insamling_id: 'r1', kommunkod: '1490', mottagen: '2016-05-01' } as Answer,
      { insamling_id: 'r1', kommunkod: '1441', mottagen: '2016-05-02' } as Answer,
    ],
    indicators: [],
    indicatorValues: [],
    countyMembers: new Set(['1490', '1441']),
    today: '2016-12-01',
  };
  const k = kommunblad(input);

  it('shows the current plan', () => expect(k.plan?.id).toBe('p2'));
  it('groups measures under their first known theme, theme order, those without a theme last', () => {
    expect(k.byTheme.map((g) => [g.theme?.id ?? null, g.measures.map((m) => m.id)])).toEqual([
      ['halsa', ['a2']],
      ['skola', ['a1']],
      [null, ['a3']],
    ]);
    expect(k.measureCount).toBe(3);
  });
  it('lists the overdue measures by Bevakning’s rule', () => expect(k.overdue.map((m) => m.id)).toEqual(['a1']));
  it('keeps only its own answers, with their round', () => {
    expect(k.answers.map((a) => [a.round?.namn, a.answer.kommunkod])).toEqual([['Runda 1', '1490']]);
  });
  it('says whether the plan is past its follow-up', () => {
    const old = kommunblad({ ...input, plans: [input.plans[0]], answers: [] });
    expect(old.planPastFollowUp).toBe(true);
    expect(k.planPastFollowUp).toBe(false);
  });
});

describe('sheetBook: each kommunblad made when first asked for, the same as of the whole tables', () => {
  const measure = (id: string, kommunkod: string, slut: string, status: Measure['status'] = 'pagaende') =>
    aMeasure(id, { kommunkod, titel: id, teman: [], start: '2015', slut, status });
  const tables: SheetTables = {
    plans: [aPlan('p1', { kommunkod: '1490', startdatum: '2015' }), aPlan('p2', { kommunkod: '1441' })],
    measures: [
      measure('b', '1490', '2016-03'),
      measure('a', '1490', '2016-03'),
      measure('c', '1490', '2017'),
      measure('d', '1441', '2016-01', 'genomford'),
      measure('e', '1441', '2016-02'),
    ],
    themes: [],
    requests: [],
    rounds: [],
    answers: [{ insamling_id: 'r1', kommunkod: '1441', mottagen: '2016-05-02' } as Answer],
    indicators: [indicator('N1')],
    indicatorValues: [value('N1', '1490', '2024', 14), value('N1', '1441', '2024', 22)],
  };
  const today = '2016-12-01';
  const county = new Set(['1490', '1441']);
  const countyOf = vi.fn(() => county);
  const book = sheetBook(tables, today, countyOf);

  it.each([
    ['1490', 3, 2],
    ['1441', 2, 1],
    ['0180', 0, 0],
  ])('%s: as kommunblad() makes it, %i measures, %i overdue', (kommunkod, measures, overdue) => {
    expect(book.counts(kommunkod)).toEqual({ measures, overdue });
    expect(book.sheet(kommunkod)).toEqual(kommunblad({ ...tables, kommunkod, countyMembers: county, today }));
  });
  it('makes each kommunblad once', () => {
    const calls = countyOf.mock.calls.length;
    expect(book.sheet('1490')).toBe(book.sheet('1490'));
    expect(countyOf.mock.calls.length).toBe(calls);
  });
  it('reads no measure before a kommunblad or a count is asked for', () => {
    const read = vi.fn(() => tables.measures);
    const lazy = sheetBook(Object.defineProperty({ ...tables }, 'measures', { get: read }), today, countyOf);
    expect(read).not.toHaveBeenCalled();
    expect(lazy.counts('1490').measures).toBe(3);
    expect(read).toHaveBeenCalled();
  });
});

describe('safeLink', () => {
  it.each([
    ['https://example.se/plan.pdf', 'https://example.se/plan.pdf'],
    ['http://example.se/', 'http://example.se/'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['plan.pdf', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (href, out) => expect(safeLink(href)).toBe(out));
});

describe('reportSources', () => {
  it('lists the members’ distinct sources in Swedish order', () => {
    const plans = [aPlan('p1', { kommunkod: '1490', kalla: 'Örebro' }), aPlan('p2', { kommunkod: '0180', kalla: 'X' })];
    const measures = [
      aMeasure('a1', { kommunkod: '1490', kalla: 'Besök 2016' }),
      aMeasure('a2', { kommunkod: '1490', kalla: 'Örebro' }),
      aMeasure('a3', { kommunkod: '1490', kalla: '' }),
    ];
    expect(reportSources(plans, measures, new Set(['1490']))).toEqual(['Besök 2016', 'Örebro']);
  });
  it.each([
    [
      'a non-member’s source first, then a member’s',
      [
        ['0180', 'X'],
        ['1490', 'X'],
      ],
      ['X'],
    ],
    [
      'only non-members’',
      [
        ['0180', 'X'],
        ['1441', 'Y'],
      ],
      [],
    ],
    [
      'the same source with spaces',
      [
        ['1490', ' Besök '],
        ['1490', 'Besök'],
        ['0180', 'Z '],
      ],
      ['Besök'],
    ],
    ['blank after trimming', [['1490', '  ']], []],
  ])('%s', (_, rows, want) => {
    const measures = rows.map(([kommunkod, kalla], i) => aMeasure(`m${i}`, { kommunkod, kalla }));
    expect(reportSources([], measures, new Set(['1490']))).toEqual(want);
  });
});
