import { describe, expect, it } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import { register } from '$lib/domain/register';
import { exampleData } from '$lib/domain/example';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import {
  groupRequests,
  orderThemes,
  sortOf,
  splitZeroRows,
  toggleSort,
  sideBySide,
  sortMatrixRows,
  themeGaps,
  themeMatrix,
  themeWorkers,
  gapsOf,
  type MatrixSort,
} from '$lib/domain/compare';
import type { Measure, NationalRequest, Plan, Theme } from '$lib/domain/model';

const theme = (id: string): Theme => ({
  id,
  namn: `Tema ${id}`,
  beskrivning: '',
  farg: '#000000',
  overordnat: '',
  nyckelord: [],
});
const THEMES = ['a', 'b', 'c', 'd'].map(theme);

const measure = (id: string, kommunkod: string, teman: string[]): Measure =>
  aMeasure(id, { kommunkod, teman, kalla: '' });

const plan = (id: string, kommunkod: string): Plan => aPlan(id, { kommunkod, kalla: '' });

const request = (id: string, kommunkod: string, mottagare: string, teman: string[]): NationalRequest => ({
  id,
  kommunkod,
  datum: '',
  mottagare,
  text: `Medskick ${id}`,
  teman,
  kalla: '',
  uppdaterad: '2016-01-01T00:00:00Z',
});

/** Names chosen so that Swedish order differs from code order and from naive code-point order (Å, Ä, Ö last). */
const NAMES: Record<string, string> = {
  '01': 'Östhammar',
  '02': 'Ale',
  '03': 'Åmål',
  '04': 'Borås',
  '05': 'Ängelholm',
  '99': 'Utanför',
};
const nameOf = (c: string) => NAMES[c] ?? c;
const MEMBERS = ['01', '02', '03', '04', '05'];

const MEASURES: Measure[] = [
  measure('m1', '01', ['a', 'b']),
  measure('m2', '01', ['a']),
  measure('m3', '02', ['b']),
  measure('m4', '04', []),
  measure('m5', '04', ['a', 'okänt']),
  measure('m6', '99', ['c']), // not a member
  measure('m7', '01', ['a', 'a']), // duplicate theme counts once
];

describe('themeMatrix', () => {
  const m = themeMatrix(MEMBERS, MEASURES, THEMES, nameOf);

  it('rows by Swedish name, every member, columns in theme order', () => {
    expect(m.rows.map(nameOf)).toEqual(['Ale', 'Borås', 'Åmål', 'Ängelholm', 'Östhammar']);
    expect(m.cols).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each<[string, string, number, string[]]>([
    ['01', 'a', 3, ['m1', 'm2', 'm7']],
    ['01', 'b', 1, ['m1']],
    ['02', 'b', 1, ['m3']],
    ['04', 'a', 1, ['m5']],
    ['04', 'okänt', 0, []],
    ['03', 'a', 0, []],
    ['99', 'c', 0, []],
  ])('cell %s × %s = %i', (k, t, n, ids) => {
    expect(m.count(k, t)).toBe(n);
    expect(m.measures(k, t).map((x) => x.id)).toEqual(ids);
  });

  it.each<[string, number]>([
    ['01', 3],
    ['02', 1],
    ['03', 0],
    ['04', 2],
    ['05', 0],
    ['99', 0],
  ])('row total %s = %i (distinct measures)', (k, n) => {
    expect(m.rowTotal(k)).toBe(n);
  });

  it.each<[string, number]>([
    ['a', 4],
    ['b', 2],
    ['c', 0],
    ['d', 0],
  ])('column total %s = %i', (t, n) => {
    expect(m.colTotal(t)).toBe(n);
  });

  it('max is the largest cell, 0 without measures', () => {
    expect(m.max).toBe(3);
    expect(themeMatrix(MEMBERS, [], THEMES, nameOf).max).toBe(0);
  });

  it('returns copies of cell lists', () => {
    m.measures('01', 'a').pop();
    expect(m.count('01', 'a')).toBe(3);
  });
});

describe('sortMatrixRows', () => {
  const m = themeMatrix(MEMBERS, MEASURES, THEMES, nameOf);
  it.each<[MatrixSort, boolean, string[]]>([
    [{ kind: 'name' }, false, ['Ale', 'Borås', 'Åmål', 'Ängelholm', 'Östhammar']],
    [{ kind: 'name' }, true, ['Östhammar', 'Ängelholm', 'Åmål', 'Borås', 'Ale']],
    [{ kind: 'total' }, true, ['Östhammar', 'Borås', 'Ale', 'Åmål', 'Ängelholm']],
    [{ kind: 'total' }, false, ['Åmål', 'Ängelholm', 'Ale', 'Borås', 'Östhammar']],
    [{ kind: 'theme', theme: 'b' }, true, ['Ale', 'Östhammar', 'Borås', 'Åmål', 'Ängelholm']],
    [{ kind: 'theme', theme: 'a' }, false, ['Ale', 'Åmål', 'Ängelholm', 'Borås', 'Östhammar']],
  ])('%o descending=%s', (by, desc, want) => {
    expect(sortMatrixRows(m, by, desc, nameOf).map(nameOf)).toEqual(want);
  });
});

describe('themeGaps', () => {
  it.each<[number, [string, string[]][]]>([
    [0, []],
    [
      1,
      [
        ['c', []],
        ['d', []],
      ],
    ],
    [
      2,
      [
        ['c', []],
        ['d', []],
      ],
    ],
    [
      3,
      [
        ['c', []],
        ['d', []],
        ['a', ['01', '04']],
        ['b', ['01', '02']],
      ],
    ],
    [
      10,
      [
        ['c', []],
        ['d', []],
        ['a', ['01', '04']],
        ['b', ['01', '02']],
      ],
    ],
  ])('fewer than %i', (fewerThan, want) => {
    const got = themeGaps(MEMBERS, MEASURES, THEMES, fewerThan).map((g) => [g.theme.id, g.municipalities]);
    expect(got).toEqual(want);
  });

  it('a non-member working on a theme does not close the gap', () => {
    expect(themeGaps(['02'], MEASURES, THEMES, 1).map((g) => g.theme.id)).toEqual(['a', 'c', 'd']);
  });

  it('the workers of each known theme, each member once and sorted; the gaps of any threshold from them', () => {
    const workers = themeWorkers(MEMBERS, MEASURES, THEMES);
    expect([...workers]).toEqual([
      ['a', ['01', '04']],
      ['b', ['01', '02']],
      ['c', []],
      ['d', []],
    ]);
    for (const n of [1, 2, 3]) expect(gapsOf(workers, THEMES, n)).toEqual(themeGaps(MEMBERS, MEASURES, THEMES, n));
    // The gaps' lists are their own: changing one leaves the workers as they were.
    gapsOf(workers, THEMES, 3)[2].municipalities.pop();
    expect(workers.get('a')).toEqual(['01', '04']);
  });
});

describe('splitZeroRows, toggleSort, sortOf', () => {
  const m = themeMatrix(MEMBERS, MEASURES, THEMES, nameOf);
  it('keeps the order; rows without measures are named apart (one rule for every region)', () => {
    const { shown, without } = splitZeroRows(m, m.rows);
    expect([...shown, ...without].sort()).toEqual([...m.rows].sort());
    for (const k of shown) expect(m.rowTotal(k)).toBeGreaterThan(0);
    for (const k of without) expect(m.rowTotal(k)).toBe(0);
    expect(shown).toEqual(m.rows.filter((k) => shown.includes(k)));
    expect(without.length).toBeGreaterThan(0);
  });

  it.each<[string, { key: string; descending: boolean }, string, { key: string; descending: boolean }]>([
    ['same column flips', { key: 'a', descending: true }, 'a', { key: 'a', descending: false }],
    ['a new theme starts largest first', { key: 'name', descending: false }, 'b', { key: 'b', descending: true }],
    ['name starts A–Ö', { key: 'b', descending: true }, 'name', { key: 'name', descending: false }],
  ])('toggleSort: %s', (_, cur, key, want) => {
    expect(toggleSort(cur, key)).toEqual(want);
  });

  it.each<[string, MatrixSort]>([
    ['name', { kind: 'name' }],
    ['total', { kind: 'total' }],
    ['skola', { kind: 'theme', theme: 'skola' }],
  ])('sortOf(%s)', (key, want) => expect(sortOf(key)).toEqual(want));
});

describe('orderThemes', () => {
  const th = (id: string, namn: string) => ({ id, namn });
  it.each<[string, { id: string; namn: string }[], string[]]>([
    [
      'alphabetical, Swedish collation (å ä ö last)',
      [th('o', 'Öst'), th('a', 'Åsa'), th('z', 'Zeta'), th('b', 'Beta')],
      ['b', 'z', 'a', 'o'],
    ],
    [
      'case and accents do not split the order',
      [th('x', 'skola'), th('y', 'Samverkan'), th('w', 'Arbete')],
      ['w', 'y', 'x'],
    ],
    ['equal names by id', [th('b', 'Tema'), th('a', 'Tema')], ['a', 'b']],
    ['empty', [], []],
  ])('%s', (_, themes, ids) => {
    const input = [...themes];
    expect(orderThemes(themes).map((t) => t.id)).toEqual(ids);
    expect(themes).toEqual(input);
  });

  it('the default themes: Arbetsmiljö first, Uppföljning last, and every view uses it', () => {
    const ids = orderThemes(DEFAULT_THEMES).map((t) => t.id);
    expect(ids[0]).toBe('arbetsmiljo');
    expect(ids.at(-1)).toBe('kunskap');
    expect(themeMatrix([], [], DEFAULT_THEMES, (c) => c).cols).toEqual(ids);
  });
});

describe('sideBySide', () => {
  const plans = [plan('p1', '01'), plan('p2', '04'), plan('p3', '01'), plan('p9', '99')];

  it('plans per municipality, rows only for themes someone works on, the no-theme row last', () => {
    const s = sideBySide(['04', '01', '03'], plans, MEASURES, THEMES);
    expect(Object.fromEntries(Object.entries(s.plans).map(([k, v]) => [k, v.map((p) => p.id)]))).toEqual({
      '04': ['p2'],
      '01': ['p1', 'p3'],
      '03': [],
    });
    const rows = s.rows.map((r) => [
      r.theme?.id ?? null,
      Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, v.map((x) => x.id)])),
    ]);
    expect(rows).toEqual([
      ['a', { '04': ['m5'], '01': ['m1', 'm2', 'm7'], '03': [] }],
      ['b', { '04': [], '01': ['m1'], '03': [] }],
      [null, { '04': ['m4'], '01': [], '03': [] }],
    ]);
  });

  it.each<[string[], (string | null)[]]>([
    [['02'], ['b']],
    [['03', '05'], []],
    [['99'], ['c']],
  ])('%o → rows %o', (codes, want) => {
    expect(sideBySide(codes, plans, MEASURES, THEMES).rows.map((r) => r.theme?.id ?? null)).toEqual(want);
  });
});

describe('groupRequests', () => {
  const REQUESTS = [
    request('r1', '01', 'Nationell nivå', ['a']),
    request('r2', '02', 'Socialstyrelsen', ['a', 'b']),
    request('r3', '04', ' nationell  nivå ', ['a']),
    request('r4', '04', '', []),
    request('r5', '05', 'Migrationsverket', ['okänt']),
    request('r6', '99', 'Nationell nivå', ['a']), // not a member
    request('r7', '03', 'Boverket', ['a']),
  ];

  it('by theme in theme order, the no-theme group last; recipients by count, then name', () => {
    const got = groupRequests(REQUESTS, MEMBERS, THEMES).map((g) => ({
      theme: g.theme?.id ?? null,
      total: g.total,
      recipients: g.recipients.map((r) => [r.mottagare, r.requests.map((x) => x.id)]),
    }));
    expect(got).toEqual([
      {
        theme: 'a',
        total: 4,
        recipients: [
          ['Nationell nivå', ['r1', 'r3']],
          ['Boverket', ['r7']],
          ['Socialstyrelsen', ['r2']],
        ],
      },
      { theme: 'b', total: 1, recipients: [['Socialstyrelsen', ['r2']]] },
      {
        theme: null,
        total: 2,
        recipients: [
          ['', ['r4']],
          ['Migrationsverket', ['r5']],
        ],
      },
    ]);
  });

  it('nothing for a region without requests', () => {
    expect(groupRequests(REQUESTS, ['88'], THEMES)).toEqual([]);
  });
});

describe('with the example data', () => {
  const data = exampleData(register, '2016-02-01T00:00:00Z');
  const code = (name: string) => {
    const m = register.lookup(name);
    if (!m.ok) throw new Error(name);
    return m.municipality.code;
  };
  const name = (c: string) => register.name(c);
  const sjuharad = data.regions.find((r) => r.namn === 'Sjuhärad')!.kommunkoder;
  const four = ['Borås', 'Skövde', 'Umeå', 'Hedemora'].map(code);
  const boras = code('Borås');

  it('Sjuhärad has 8 municipalities; only Borås has measures (11)', () => {
    expect(sjuharad).toHaveLength(8);
    const m = themeMatrix(sjuharad, data.measures, DEFAULT_THEMES, name);
    expect(m.rows.map(name)).toEqual([
      'Bollebygd',
      'Borås',
      'Herrljunga',
      'Mark',
      'Svenljunga',
      'Tranemo',
      'Ulricehamn',
      'Vårgårda',
    ]);
    expect(m.rows.map((k) => m.rowTotal(k))).toEqual([0, 11, 0, 0, 0, 0, 0, 0]);
    expect(m.max).toBe(4);
  });

  it.each<[string, number]>([
    ['kompetens', 1],
    ['arbetsmiljo', 1],
    ['ledning', 1],
    ['skola', 1],
    ['halsa', 0],
    ['placerade', 1],
    ['forebyggande', 4],
    ['delaktighet', 1],
    ['digitalisering', 1],
    ['ensamkommande', 1],
    ['familjehem', 1],
    ['tillganglighet', 3],
    ['kunskap', 1],
  ])('Borås × %s = %i', (t, n) => {
    const m = themeMatrix(sjuharad, data.measures, DEFAULT_THEMES, name);
    expect(m.count(boras, t)).toBe(n);
    expect(m.colTotal(t)).toBe(n);
  });

  it('gaps in Sjuhärad: nobody works on health care; every other theme only Borås', () => {
    expect(themeGaps(sjuharad, data.measures, DEFAULT_THEMES, 1).map((g) => [g.theme.id, g.municipalities])).toEqual([
      ['halsa', []],
    ]);
    const two = themeGaps(sjuharad, data.measures, DEFAULT_THEMES, 2);
    expect(two).toHaveLength(DEFAULT_THEMES.length);
    expect(two[0].theme.id).toBe('halsa');
    expect(two.slice(1).every((g) => g.municipalities.length === 1 && g.municipalities[0] === boras)).toBe(true);
  });

  it('the four visited municipalities: row totals and sort by total', () => {
    const m = themeMatrix(four, data.measures, DEFAULT_THEMES, name);
    expect(m.rows.map(name)).toEqual(['Borås', 'Hedemora', 'Skövde', 'Umeå']);
    expect(m.rows.map((k) => m.rowTotal(k))).toEqual([11, 6, 4, 9]);
    expect(sortMatrixRows(m, { kind: 'total' }, true, name).map(name)).toEqual(['Borås', 'Umeå', 'Hedemora', 'Skövde']);
    expect(sortMatrixRows(m, { kind: 'theme', theme: 'halsa' }, true, name).map(name)).toEqual([
      'Umeå',
      'Hedemora',
      'Skövde',
      'Borås',
    ]);
    expect(themeGaps(four, data.measures, DEFAULT_THEMES, 1)).toEqual([]);
  });

  it('Borås and Skövde side by side', () => {
    const s = sideBySide([boras, code('Skövde')], data.plans, data.measures, DEFAULT_THEMES);
    expect(Object.values(s.plans).map((p) => p.length)).toEqual([1, 1]);
    // The one theme order: alphabetical by name (Arbetsmiljö … Uppföljning).
    expect(s.rows.map((r) => r.theme?.id)).toEqual([
      'arbetsmiljo',
      'delaktighet',
      'digitalisering',
      'ensamkommande',
      'familjehem',
      'forebyggande',
      'kompetens',
      'ledning',
      'placerade',
      'halsa',
      'skola',
      'tillganglighet',
      'kunskap',
    ]);
    const placerade = s.rows.find((r) => r.theme?.id === 'placerade')!;
    expect(placerade.cells[boras].map((m) => m.titel)).toEqual(['Skolfam']);
    expect(placerade.cells[code('Skövde')].map((m) => m.titel)).toEqual(['Stöd för placerade barns skolgång']);
  });

  it('Sjuhärad’s national requests are Borås’s three, by theme', () => {
    const groups = groupRequests(data.requests, sjuharad, DEFAULT_THEMES);
    expect(groups.map((g) => [g.theme?.id, g.total, g.recipients.map((r) => r.mottagare)])).toEqual([
      ['arbetsmiljo', 1, ['Regeringen och statliga myndigheter']],
      ['delaktighet', 1, ['Regeringen och statliga myndigheter']],
      ['familjehem', 1, ['Nationell nivå']],
      ['kompetens', 1, ['Nationell nivå']],
      ['halsa', 1, ['Nationell nivå']],
      ['kunskap', 1, ['Nationell nivå']],
    ]);
  });

  it('all four: ensamkommande requests go mostly to the national level', () => {
    const g = groupRequests(data.requests, four, DEFAULT_THEMES).find((x) => x.theme?.id === 'ensamkommande')!;
    expect(g.total).toBe(4);
    expect(g.recipients.map((r) => [r.mottagare, r.requests.length])).toEqual([
      ['Nationell nivå', 2],
      ['Migrationsverket', 1],
      ['Staten', 1],
    ]);
  });
});
