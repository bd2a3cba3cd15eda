import { describe, expect, it } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import { register } from '$lib/domain/register';
import {
  currentPlans,
  inScope,
  inView,
  overview,
  regionExists,
  regionMembers,
  regionName,
  type OverviewInput,
} from '$lib/domain/stats';
import {
  isOverdue,
  type Measure,
  type NationalRequest,
  type Plan,
  type PlanEvent,
  type Region,
  type Theme,
} from '$lib/domain/model';
import { orderThemes } from '$lib/domain/compare';

const REGIONS: Region[] = [
  { id: 'sjuharad', namn: 'Sjuhärad', kommunkoder: ['1490', '1443', '1442', '1465'], beskrivning: '' },
  { id: 'tom', namn: 'Tom grupp', kommunkoder: [], beskrivning: '' },
];

const plan = (id: string, kommunkod: string, extra: Partial<Plan> = {}): Plan =>
  aPlan(id, { kommunkod, kalla: '', ...extra });

const measure = (id: string, kommunkod: string, extra: Partial<Measure> = {}): Measure =>
  aMeasure(id, { kommunkod, kalla: '', ...extra });

const event = (id: string, kommunkod: string, uppdaterad: string): PlanEvent => ({
  id,
  kommunkod,
  region_id: '',
  datum: '2016',
  slutdatum: '',
  typ: 'besok',
  titel: `Händelse ${id}`,
  beskrivning: '',
  kalla: '',
  uppdaterad,
});

const request = (id: string, kommunkod: string, uppdaterad: string): NationalRequest => ({
  id,
  kommunkod,
  datum: '2016',
  mottagare: '',
  text: `Medskick ${id}`,
  teman: [],
  kalla: '',
  uppdaterad,
});

const theme = (id: string, namn: string): Theme => ({
  id,
  namn,
  beskrivning: '',
  farg: `#0000${id.length.toString().padStart(2, '0')}`,
  overordnat: '',
  nyckelord: [],
});

describe('regionMembers', () => {
  it("'' is all of Sweden", () => {
    const all = regionMembers('', register, REGIONS);
    expect(all).toHaveLength(290);
    expect(new Set(all).size).toBe(290);
    expect(all).toContain('0180');
    expect(all).toContain('2480');
  });

  it('a two-digit id is a county', () => {
    const vg = regionMembers('14', register, REGIONS);
    expect(vg).toHaveLength(49);
    expect(vg).toContain('1480'); // Göteborg
    expect(vg).toContain('1490'); // Borås
    expect(vg).not.toContain('0180');
    expect(vg.every((c) => c.startsWith('14'))).toBe(true);
  });

  it('a custom region gives its codes sorted, without changing the region', () => {
    expect(regionMembers('sjuharad', register, REGIONS)).toEqual(['1442', '1443', '1465', '1490']);
    expect(REGIONS[0].kommunkoder).toEqual(['1490', '1443', '1442', '1465']);
  });

  it.each([
    ['unknown custom', 'nope'],
    ['empty custom', 'tom'],
    ['unknown county', '99'],
  ])('%s → []', (_, id) => {
    expect(regionMembers(id, register, REGIONS)).toEqual([]);
  });
});

describe('regionName', () => {
  it.each([
    ['', 'Hela Sverige'],
    ['14', 'Västra Götalands län'],
    ['sjuharad', 'Sjuhärad'],
    ['okand', 'okand'],
    ['99', '99'],
  ])('%j → %j', (id, name) => {
    expect(regionName(id, register, REGIONS, 'Hela Sverige')).toBe(name);
  });
});

describe('regionExists', () => {
  it.each([
    ['', true],
    ['14', true],
    ['01', true],
    ['99', false],
    ['sjuharad', true],
    ['tom', true],
    ['okand', false],
  ])('%j → %s', (id, exists) => {
    expect(regionExists(id, register, REGIONS)).toBe(exists);
  });
});

describe('currentPlans', () => {
  it.each([
    [
      'later day wins',
      [
        ['a', '2016-03-01'],
        ['b', '2016-03-02'],
      ],
      'b',
    ],
    [
      'month after a year start',
      [
        ['a', '2016'],
        ['b', '2016-03'],
      ],
      'b',
    ],
    [
      'later year beats earlier day',
      [
        ['a', '2016-12-31'],
        ['b', '2017'],
      ],
      'b',
    ],
    [
      'earlier month loses to a day in a later month',
      [
        ['a', '2016-04-01'],
        ['b', '2016-03'],
      ],
      'a',
    ],
    [
      'no start is oldest',
      [
        ['a', ''],
        ['b', '1990'],
      ],
      'b',
    ],
    [
      'no start is oldest, other order',
      [
        ['b', '1990'],
        ['a', ''],
      ],
      'b',
    ],
  ] as [string, [string, string][], string][])('%s', (_, specs, winner) => {
    const plans = specs.map(([id, startdatum]) => plan(id, '1490', { startdatum }));
    expect(currentPlans(plans).get('1490')!.id).toBe(winner);
    expect(currentPlans([...plans].reverse()).get('1490')!.id).toBe(winner);
  });

  it.each([
    ['same first day across precisions', '2016', '2016-01-01'],
    ['same month', '2016-03', '2016-03-01'],
    ['both empty', '', ''],
  ])('ties (%s) go to the one updated last', (_, s1, s2) => {
    const a = plan('a', '1490', { startdatum: s1, uppdaterad: '2016-05-01T00:00:00Z' });
    const b = plan('b', '1490', { startdatum: s2, uppdaterad: '2016-04-01T00:00:00Z' });
    expect(currentPlans([a, b]).get('1490')!.id).toBe('a');
    expect(currentPlans([b, a]).get('1490')!.id).toBe('a');
  });

  it('keeps one plan per municipality', () => {
    const out = currentPlans([plan('a', '1490'), plan('b', '1496'), plan('c', '1490', { startdatum: '2015' })]);
    expect([...out.entries()].map(([k, p]) => [k, p.id]).sort()).toEqual([
      ['1490', 'c'],
      ['1496', 'b'],
    ]);
  });
});

describe('inScope: one region rule for every table', () => {
  const membersOf = (id: string) => regionMembers(id, register, REGIONS);
  const scope = (id: string) => ({ id, members: new Set(membersOf(id)), membersOf });
  const big: Region = { id: 'stor', namn: 'Stor', kommunkoder: [...REGIONS[0].kommunkoder, '1480'], beskrivning: '' };
  const scopeWith = (id: string) => {
    const all = [...REGIONS, big];
    const of = (x: string) => regionMembers(x, register, all);
    return { id, members: new Set(of(id)), membersOf: of };
  };
  it.each<[string, Record<string, unknown>, string, boolean]>([
    ['a plan in the region', { kommunkod: '1490' }, 'sjuharad', true],
    ['a plan outside', { kommunkod: '0180' }, 'sjuharad', false],
    ['a municipality event in the county', { kommunkod: '1490', region_id: '' }, '14', true],
    ["the group's own event", { kommunkod: '', region_id: 'sjuharad' }, 'sjuharad', true],
    ["the group's event in the county that contains it", { kommunkod: '', region_id: 'sjuharad' }, '14', true],
    ["the group's event in another county", { kommunkod: '', region_id: 'sjuharad' }, '01', false],
    ["another group's event", { kommunkod: '', region_id: 'okand' }, 'sjuharad', false],
    ['an event of no region applies everywhere', { kommunkod: '', region_id: '' }, 'sjuharad', true],
    ['a group is in its own scope', { id: 'sjuharad', kommunkoder: REGIONS[0].kommunkoder }, 'sjuharad', true],
    ['a group inside the county', { id: 'sjuharad', kommunkoder: REGIONS[0].kommunkoder }, '14', true],
    ['a group outside the county', { id: 'sjuharad', kommunkoder: REGIONS[0].kommunkoder }, '01', false],
    ['an empty group is nowhere else', { id: 'tom', kommunkoder: [] }, '14', false],
  ])('%s', (_, row, id, expected) => {
    expect(inScope(row, scope(id))).toBe(expected);
  });

  it('a group containing another group holds its events; not the other way round', () => {
    expect(inScope({ kommunkod: '', region_id: 'sjuharad' }, scopeWith('stor'))).toBe(true);
    expect(inScope({ kommunkod: '', region_id: 'stor' }, scopeWith('sjuharad'))).toBe(false);
  });
});

describe('inView: region rule plus chosen municipalities', () => {
  const membersOf = (id: string) => regionMembers(id, register, REGIONS);
  const sju = { id: 'sjuharad', members: new Set(membersOf('sjuharad')), membersOf };
  it.each<[string, Record<string, unknown>, boolean, string[] | null, boolean]>([
    ['no filter at all', { kommunkod: '0180' }, false, null, true],
    ['region filter', { kommunkod: '0180' }, true, null, false],
    ['chosen municipality', { kommunkod: '1490' }, false, ['1490'], true],
    ['another municipality', { kommunkod: '1443' }, false, ['1490'], false],
    ['region-wide event with a choice', { kommunkod: '', region_id: 'sjuharad' }, true, ['1490'], false],
    ['group that includes a chosen one', { id: 'sjuharad', kommunkoder: ['1490', '1443'] }, false, ['1490'], true],
    ['chosen but outside the region', { kommunkod: '0180' }, true, ['0180'], false],
    ['empty choice is no choice', { kommunkod: '1490' }, true, [], true],
  ])('%s', (_, row, region, chosen, want) => {
    expect(inView(row, region ? sju : null, chosen ? new Set(chosen) : null)).toBe(want);
  });
});

describe('overview', () => {
  const members = ['1442', '1443', '1465', '1490'];
  const base: OverviewInput = {
    members,
    plans: [],
    measures: [],
    events: [],
    requests: [],
    themes: [],
    today: '2016-06-01',
  };

  it('counts plan statuses of current plans and members without a plan', () => {
    const o = overview({
      ...base,
      plans: [
        plan('old', '1490', { startdatum: '2014', status: 'uppfoljd' }),
        plan('new', '1490', { startdatum: '2016', status: 'remiss' }),
        plan('b', '1443', { status: 'remiss' }),
        plan('c', '1442', { status: 'antagen' }),
        plan('outside', '0180', { status: 'ej_paborjad' }),
      ],
    });
    expect(o.municipalities).toBe(4);
    expect(o.withPlan).toBe(3);
    expect(o.perStatus).toEqual([
      { status: 'ej_paborjad', count: 0, codes: [] },
      { status: 'under_arbete', count: 0, codes: [] },
      { status: 'remiss', count: 2, codes: ['1443', '1490'] },
      { status: 'antagen', count: 1, codes: ['1442'] },
      { status: 'uppfoljd', count: 0, codes: [] },
      { status: 'none', count: 1, codes: ['1465'] },
    ]);
  });

  it('"har en plan" means work has started: a current plan "Ej påbörjad" does not count', () => {
    const o = overview({
      ...base,
      plans: [plan('a', '1490', { status: 'ej_paborjad' }), plan('b', '1443', { status: 'under_arbete' })],
    });
    expect(o.withPlan).toBe(1);
    expect(o.perStatus.find((x) => x.status === 'ej_paborjad')!.codes).toEqual(['1490']);
    expect(o.perStatus.find((x) => x.status === 'none')!.count).toBe(2);
  });

  it('names the municipalities without a plan, sorted by name', () => {
    const o = overview({ ...base, nameOf: (c) => register.name(c), plans: [plan('a', '1490')] });
    // 1442 Vårgårda, 1443 Bollebygd, 1465 Svenljunga
    expect(o.perStatus.find((x) => x.status === 'none')!.codes.map((c) => register.name(c))).toEqual([
      'Bollebygd',
      'Svenljunga',
      'Vårgårda',
    ]);
  });

  it.each<[string, Partial<Plan>, string, boolean]>([
    ['follow-up passed', { uppfoljning: '2016-03', status: 'antagen' }, '2016-04-01', true],
    ['follow-up this month', { uppfoljning: '2016-03', status: 'antagen' }, '2016-03-31', false],
    ['already followed up', { uppfoljning: '2016-03', status: 'uppfoljd' }, '2017-01-01', false],
    ['no follow-up date', { uppfoljning: '', status: 'antagen' }, '2030-01-01', false],
  ])('plans past follow-up: %s', (_, extra, today, expected) => {
    const o = overview({
      ...base,
      today,
      plans: [plan('p', '1490', extra), plan('out', '0180', { uppfoljning: '2000', status: 'antagen' })],
    });
    expect(o.pastFollowUp.map((p) => p.id)).toEqual(expected ? ['p'] : []);
  });

  it('every theme is listed, zero themes too, and those are the gaps (theme order)', () => {
    const themes = [theme('s', 'Skola'), theme('h', 'Hälsa'), theme('a', 'Arbete')];
    const o = overview({ ...base, themes, measures: [measure('m', '1490', { teman: ['s', 's'] })] });
    expect(o.perTheme.map((t) => [t.id, t.count])).toEqual([
      ['s', 1],
      ['a', 0],
      ['h', 0],
    ]);
    expect(o.gaps.map((t) => t.id)).toEqual(['a', 'h']);
  });

  it('with no plans every member is "none"', () => {
    const o = overview({ ...base, plans: [plan('x', '0180')] });
    expect(o.withPlan).toBe(0);
    expect(o.perStatus.find((s) => s.status === 'none')!.count).toBe(4);
    expect(o.perStatus.reduce((n, s) => n + s.count, 0)).toBe(4);
  });

  it('counts themes of measures in the region, sorted by count then name', () => {
    const themes = [
      theme('skola', 'Skola'),
      theme('halsa', 'Hälsa'),
      theme('arbete', 'Arbetsmiljö'),
      theme('oanvand', 'Öde'),
    ];
    const o = overview({
      ...base,
      themes,
      measures: [
        measure('m1', '1490', { teman: ['skola', 'halsa'] }),
        measure('m2', '1443', { teman: ['skola'] }),
        measure('m3', '1443', { teman: ['arbete', 'okand'] }),
        measure('m4', '1490', { teman: [] }),
        measure('m5', '1465', { teman: [] }),
        measure('x', '0180', { teman: ['halsa', 'halsa', 'oanvand'] }),
      ],
    });
    expect(o.measures).toBe(5);
    expect(o.withoutTheme).toBe(2);
    expect(o.perTheme.map((t) => [t.id, t.count])).toEqual([
      ['skola', 2],
      ['arbete', 1], // Arbetsmiljö
      ['halsa', 1], // Hälsa
      ['okand', 1], // unknown theme: its id as name
      ['oanvand', 0],
    ]);
    expect(o.perTheme[0]).toEqual({ id: 'skola', name: 'Skola', colour: themes[0].farg, count: 2 });
    expect(o.perTheme.find((t) => t.id === 'okand')).toEqual({
      id: 'okand',
      name: 'okand',
      colour: '#767676',
      count: 1,
    });
  });

  it('sorts theme names the Swedish way (å, ä, ö after z)', () => {
    const o = overview({
      ...base,
      themes: [theme('o', 'Öst'), theme('z', 'Zeta'), theme('a', 'Åsa'), theme('b', 'Beta')],
    });
    expect(o.perTheme.map((t) => t.name)).toEqual(['Beta', 'Zeta', 'Åsa', 'Öst']);
  });

  describe('the measures in one pass give what a pass per figure gave', () => {
    // The figures as they were worked out before, a pass over the region's measures each.
    const byPasses = (input: OverviewInput) => {
      const inRegion = input.measures.filter((m) => input.members.includes(m.kommunkod));
      const counts = new Map<string, number>();
      for (const m of inRegion) for (const id of new Set(m.teman)) counts.set(id, (counts.get(id) ?? 0) + 1);
      const perTheme = orderThemes(input.themes).map((th) => [th.id, counts.get(th.id) ?? 0] as const);
      for (const [id, n] of counts) if (!input.themes.some((th) => th.id === id)) perTheme.push([id, n]);
      const newest = [...inRegion].sort((a, b) =>
        a.uppdaterad !== b.uppdaterad ? (a.uppdaterad > b.uppdaterad ? -1 : 1) : a.id < b.id ? -1 : 1,
      );
      return {
        measures: inRegion.length,
        withoutTheme: inRegion.filter((m) => m.teman.length === 0).length,
        perTheme: perTheme.sort((a, b) => b[1] - a[1]),
        gaps: orderThemes(input.themes)
          .filter((th) => !counts.has(th.id))
          .map((th) => th.id),
        overdueCount: inRegion.filter((m) => isOverdue(m, input.today)).length,
        latest: newest.slice(0, input.latestCount ?? 10).map((m) => m.id),
      };
    };
    const themes = [
      theme('skola', 'Skola'),
      theme('halsa', 'Hälsa'),
      theme('arbete', 'Arbetsmiljö'),
      theme('o', 'Öde'),
    ];
    const STAMPS = ['2016-01-01T00:00:00Z', '2016-01-02T00:00:00Z', '2016-01-02T00:00:00Z', '2015-12-31T23:59:59Z'];
    const ENDS = ['', '2015', '2016', '2016-05', '2016-05-31', '2016-06-01', '2017-01'];
    const STATUSES: Measure['status'][] = ['planerad', 'pagaende', 'genomford', 'avbruten'];
    const TEMAN = [[], ['skola'], ['skola', 'skola'], ['halsa', 'okand'], ['okand', 'skola', 'okand'], ['arbete']];
    const CODES = ['1490', '1443', '0180', '1465', '2580'];
    // Every combination turns up: ends, statuses, duplicate and unknown themes, tied stamps, measures outside.
    const many = Array.from({ length: 120 }, (_, i) =>
      measure(`m${String((i * 37) % 120).padStart(3, '0')}`, CODES[i % 5], {
        slut: ENDS[i % 7],
        status: STATUSES[(i >> 1) % 4],
        teman: TEMAN[i % 6],
        uppdaterad: STAMPS[(i * 3) % 4],
      }),
    );
    const cases: [string, Partial<OverviewInput>][] = [
      ['no measures', {}],
      ['every kind of measure, the default latest', { measures: many }],
      ['every kind of measure, the latest 3', { measures: many, latestCount: 3 }],
      ['every kind of measure, the latest 0', { measures: many, latestCount: 0 }],
      ['more latest asked than measures', { measures: many.slice(0, 9), latestCount: 50 }],
      ['reversed input, today on an end', { measures: [...many].reverse(), today: '2016-05-31' }],
      ['a year end today', { measures: many, today: '2016-12-31' }],
      ['no member has a measure', { measures: many.filter((m) => m.kommunkod === '0180') }],
      ['all of Sweden', { measures: many, members: [...CODES] }],
      ['no themes known', { measures: many, themes: [] }],
    ];
    it.each(cases)('%s', (_, extra) => {
      const input: OverviewInput = { ...base, themes, ...extra };
      const o = overview(input);
      const want = byPasses(input);
      expect({
        measures: o.measures,
        withoutTheme: o.withoutTheme,
        perTheme: o.perTheme.map((t) => [t.id, t.count]),
        gaps: o.gaps.map((t) => t.id),
        overdueCount: o.overdueCount,
        latest: o.latest.map((c) => c.id),
      }).toEqual(want);
    });
  });

  describe('overdue', () => {
    const cases: [string, Partial<Measure>, string, boolean][] = [
      ['day end passed', { slut: '2016-03-15' }, '2016-03-16', true],
      ['day end is today', { slut: '2016-03-15' }, '2016-03-15', false],
      ['month end on its last day', { slut: '2016-03' }, '2016-03-31', false],
      ['month end the day after', { slut: '2016-03' }, '2016-04-01', true],
      ['month end mid-month', { slut: '2016-03' }, '2016-03-15', false],
      ['february of a leap year', { slut: '2016-02' }, '2016-02-29', false],
      ['year end on 31 Dec', { slut: '2016' }, '2016-12-31', false],
      ['year end passed', { slut: '2016' }, '2017-01-01', true],
      ['no end', { slut: '' }, '2030-01-01', false],
      ['pagaende passed', { slut: '2015', status: 'pagaende' }, '2016-06-01', true],
      ['genomford passed', { slut: '2015', status: 'genomford' }, '2016-06-01', false],
      ['avbruten passed', { slut: '2015', status: 'avbruten' }, '2016-06-01', false],
    ];
    it.each(cases)('%s', (_, m, today, expected) => {
      const o = overview({ ...base, today, measures: [measure('m', '1490', m)] });
      expect(o.overdueCount).toBe(expected ? 1 : 0);
    });

    it('counts only measures of the region', () => {
      const o = overview({
        ...base,
        today: '2017-01-01',
        measures: [
          measure('c', '1490', { slut: '2016-05', titel: 'Beta' }),
          measure('a', '1490', { slut: '2016-05', titel: 'Alfa' }),
          measure('b', '1443', { slut: '2015-12-01', titel: 'Ö' }),
          measure('x', '0180', { slut: '2015' }),
        ],
      });
      expect(o.overdueCount).toBe(3);
    });
  });

  describe('latest', () => {
    const input: OverviewInput = {
      ...base,
      plans: [
        plan('p1', '1490', { uppdaterad: '2016-01-05T00:00:00Z' }),
        plan('p-out', '0180', { uppdaterad: '2099-01-01T00:00:00Z' }),
      ],
      measures: [
        measure('m1', '1443', { uppdaterad: '2016-01-03T00:00:00Z' }),
        measure('m-out', '0180', { uppdaterad: '2099-01-01T00:00:00Z' }),
      ],
      events: [
        event('e1', '1490', '2016-01-04T00:00:00Z'),
        event('e-region', '', '2016-01-06T00:00:00Z'),
        event('e-out', '0180', '2099-01-01T00:00:00Z'),
      ],
      requests: [request('r1', '1465', '2016-01-02T00:00:00Z'), request('r-out', '0180', '2099-01-01T00:00:00Z')],
    };

    it('lists changes in the region, newest first, with kind and title', () => {
      const o = overview(input);
      expect(o.latest.map((c) => [c.kind, c.id])).toEqual([
        ['events', 'e-region'],
        ['plans', 'p1'],
        ['events', 'e1'],
        ['measures', 'm1'],
        ['requests', 'r1'],
      ]);
      expect(o.latest.find((c) => c.id === 'r1')!.title).toBe('Medskick r1');
      expect(o.latest.find((c) => c.id === 'p1')).toEqual({
        kind: 'plans',
        id: 'p1',
        title: 'Plan p1',
        kommunkod: '1490',
        uppdaterad: '2016-01-05T00:00:00Z',
      });
    });

    it('region-wide events count only for their own region (or when they name none)', () => {
      const events = [
        { ...event('e-sju', '', '2016-01-06T00:00:00Z'), region_id: 'sjuharad' },
        { ...event('e-ska', '', '2016-01-07T00:00:00Z'), region_id: 'skaraborg' },
        event('e-all', '', '2016-01-08T00:00:00Z'),
      ];
      const ids = (regionId?: string) => overview({ ...base, events, regionId }).latest.map((c) => c.id);
      expect(ids('sjuharad')).toEqual(['e-all', 'e-sju']);
      expect(ids('skaraborg')).toEqual(['e-all', 'e-ska']);
      expect(ids(undefined)).toEqual(['e-all']);
    });

    it("a group's own events also count for a county or group that contains it, not for others", () => {
      const events = [{ ...event('e-sju', '', '2016-01-06T00:00:00Z'), region_id: 'sjuharad' }];
      const membersOf = (id: string) => regionMembers(id, register, REGIONS);
      const ids = (regionId: string) =>
        overview({
          ...base,
          members: regionMembers(regionId, register, REGIONS),
          membersOf,
          events,
          regionId,
        }).latest.map((c) => c.id);
      expect(ids('14')).toEqual(['e-sju']);
      expect(ids('')).toEqual(['e-sju']);
      expect(ids('01')).toEqual([]);
      expect(ids('tom')).toEqual([]);
    });

    it.each([
      [1, ['e-region']],
      [3, ['e-region', 'p1', 'e1']],
      [0, []],
    ])('is limited by latestCount %i', (n, ids) => {
      expect(overview({ ...input, latestCount: n }).latest.map((c) => c.id)).toEqual(ids);
    });

    it('the newest n equal a full sort (newest first, ties by id), whatever the input order', () => {
      const stamps = ['2016-01-01T00:00:00Z', '2016-01-02T00:00:00Z', '2016-01-03T00:00:00Z'];
      const measures = Array.from({ length: 40 }, (_, i) =>
        measure(`m${String((i * 17) % 40).padStart(2, '0')}`, '1490', { uppdaterad: stamps[(i * 7) % 3] }),
      );
      const full = [...measures].sort((a, b) =>
        a.uppdaterad !== b.uppdaterad ? (a.uppdaterad > b.uppdaterad ? -1 : 1) : a.id < b.id ? -1 : 1,
      );
      for (const n of [1, 5, 13, 40, 50]) {
        expect(overview({ ...base, measures, latestCount: n }).latest.map((c) => c.id)).toEqual(
          full.slice(0, n).map((m) => m.id),
        );
      }
    });

    it('across tables: the newest n of each table, then of those, equal a full sort of all of them', () => {
      const stamps = ['2016-01-01T00:00:00Z', '2016-01-02T00:00:00Z', '2016-01-03T00:00:00Z'];
      const id = (p: string, i: number) => `${p}${String((i * 7) % 20).padStart(2, '0')}`;
      const plans = Array.from({ length: 20 }, (_, i) => plan(id('x', i), '1490', { uppdaterad: stamps[i % 3] }));
      const measures = Array.from({ length: 20 }, (_, i) =>
        measure(id('m', i), '1443', { uppdaterad: stamps[(i * 2) % 3] }),
      );
      const events = Array.from({ length: 20 }, (_, i) => event(id('e', i), '1490', stamps[(i + 1) % 3]));
      const requests = Array.from({ length: 20 }, (_, i) => request(id('r', i), '1465', stamps[(i * 5) % 3]));
      const all = [...plans, ...measures, ...events, ...requests].sort((a, b) =>
        a.uppdaterad !== b.uppdaterad ? (a.uppdaterad > b.uppdaterad ? -1 : 1) : a.id < b.id ? -1 : 1,
      );
      for (const n of [1, 7, 25, 60, 80, 100])
        expect(
          overview({ ...base, plans, measures, events, requests, latestCount: n }).latest.map((c) => c.id),
        ).toEqual(all.slice(0, n).map((r) => r.id));
    });

    it('defaults to 10', () => {
      const measures = Array.from({ length: 15 }, (_, i) =>
        measure(`m${String(i).padStart(2, '0')}`, '1490', {
          uppdaterad: `2016-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
        }),
      );
      const o = overview({ ...base, measures });
      expect(o.latest).toHaveLength(10);
      expect(o.latest[0].id).toBe('m14');
      expect(o.latest[9].id).toBe('m05');
    });

    it('breaks ties by id', () => {
      const same = '2016-01-01T00:00:00Z';
      const o = overview({
        ...base,
        measures: [measure('b', '1490', { uppdaterad: same }), measure('a', '1490', { uppdaterad: same })],
      });
      expect(o.latest.map((c) => c.id)).toEqual(['a', 'b']);
    });
  });
});
