import { describe, expect, it } from 'vitest';
import { register } from '$lib/domain/register';
import {
  changeText,
  displayValue,
  matchesSearch,
  setDisplayLanguage,
  sortKey,
  sortValue,
  type DisplayContext,
} from '$lib/domain/display';
import { sortBy, type SortDir } from '$lib/domain/text';
import type { EntityName } from '$lib/domain/records';

const ctx: DisplayContext = {
  register,
  themeNames: new Map([
    ['skola', 'Samverkan med skola och förskola'],
    ['halsa', 'Samverkan med hälso- och sjukvård'],
  ]),
  planTitles: new Map([['p1', 'Plan för handling – Borås']]),
  regionNames: new Map([['sjuharad', 'Sjuhärad']]),
};

describe('displayValue', () => {
  const cases: [EntityName, string, unknown, string][] = [
    ['plans', 'kommunkod', '1490', 'Borås'],
    ['plans', 'kommunkod', '0180', 'Stockholm'],
    ['plans', 'kommunkod', '9999', '9999'],
    ['events', 'kommunkod', '1496', 'Skövde'],
    ['events', 'kommunkod', '', ''],
    ['regions', 'kommunkoder', ['1490', '1496'], 'Borås, Skövde'],
    ['regions', 'kommunkoder', ['1490', '1496', '0180', '2480', '2083'], 'Borås, Skövde, Stockholm, Umeå … (5)'],
    ['regions', 'kommunkoder', [], ''],
    ['plans', 'startdatum', '2016-03-15', '15 mars 2016'],
    ['plans', 'startdatum', '2016-03-05', '5 mars 2016'],
    ['plans', 'startdatum', '2016-03', 'mars 2016'],
    ['plans', 'startdatum', '2016', '2016'],
    ['measures', 'slut', '2017-01', 'januari 2017'],
    ['events', 'datum', '2016-12-31', '31 december 2016'],
    ['plans', 'startdatum', '', ''],
    ['plans', 'startdatum', null, ''],
    ['plans', 'startdatum', undefined, ''],
    ['plans', 'status', 'ej_paborjad', 'Ej påbörjad'],
    ['plans', 'status', 'remiss', 'På remiss'],
    ['measures', 'status', 'genomford', 'Genomförd'],
    ['measures', 'status', 'pagaende', 'Pågående'],
    ['events', 'typ', 'remiss', 'Remiss'],
    ['events', 'typ', 'besok', 'Besök'],
    ['plans', 'status', 'okand', 'okand'],
    ['measures', 'teman', ['skola', 'halsa'], 'Samverkan med skola och förskola, Samverkan med hälso- och sjukvård'],
    ['measures', 'teman', ['skola', 'borttaget'], 'Samverkan med skola och förskola, borttaget'],
    ['measures', 'teman', [], ''],
    ['measures', 'samverkan', ['skola', 'BUP'], 'skola, BUP'],
    ['themes', 'nyckelord', ['a', 'b', 'c'], 'a, b, c'],
    ['measures', 'plan_id', 'p1', 'Plan för handling – Borås'],
    ['measures', 'plan_id', 'p-okand', 'p-okand'],
    ['events', 'region_id', 'sjuharad', 'Sjuhärad'],
    ['events', 'region_id', '14', 'Västra Götalands län'],
    ['events', 'region_id', 'okand', 'okand'],
    ['plans', 'uppdaterad', '2016-02-01T12:34:56Z', '2016-02-01 12:34'],
    ['indicators', 'hogre_ar_battre', true, 'ja'],
    ['indicators', 'hogre_ar_battre', false, 'nej'],
    ['indicatorValues', 'varde', 60.5, '60.5'],
    ['indicatorValues', 'varde', 0, '0'],
    ['plans', 'titel', 'En titel', 'En titel'],
    ['plans', 'okant_falt', 'rått', 'rått'],
  ];
  it.each(cases)('%s.%s %j → %j', (entity, key, value, expected) => {
    expect(displayValue(entity, key, value, ctx)).toBe(expected);
  });
});

describe('sortKey', () => {
  it.each([
    ['plans', 'startdatum', '2016-03-15', '2016-03-15'],
    ['plans', 'startdatum', '2016-03', '2016-03'],
    ['plans', 'startdatum', '', ''],
    ['plans', 'uppdaterad', '2016-02-01T12:34:56Z', '2016-02-01T12:34:56Z'],
    ['plans', 'kommunkod', '1490', 'borås'],
    ['plans', 'status', 'antagen', 'antagen'],
    ['measures', 'teman', ['halsa'], 'samverkan med hälso- och sjukvård'],
  ] as [EntityName, string, unknown, string][])('%s.%s %j → %j', (entity, key, value, expected) => {
    expect(sortKey(entity, key, value, ctx)).toBe(expected);
  });

  const sorted = (entity: EntityName, key: string, values: unknown[]) =>
    values
      .map((v) => ({ v, k: sortKey(entity, key, v, ctx) }))
      .sort((a, b) => a.k.localeCompare(b.k, 'sv'))
      .map((x) => x.v);

  it('dates of mixed precision sort chronologically', () => {
    expect(sorted('plans', 'startdatum', ['2017', '2016-03-15', '2016-02', '2016-12-31', '2015'])).toEqual([
      '2015',
      '2016-02',
      '2016-03-15',
      '2016-12-31',
      '2017',
    ]);
  });

  it('municipalities sort by name, not by code (Swedish alphabet)', () => {
    // 0180 Stockholm, 1490 Borås, 2480 Umeå, 0114 Upplands Väsby, 2083 Hedemora
    expect(sorted('plans', 'kommunkod', ['0180', '1490', '2480', '0114', '2083'])).toEqual([
      '1490',
      '2083',
      '0180',
      '2480',
      '0114',
    ]);
  });

  it('enum values sort by label', () => {
    expect(sorted('plans', 'status', ['uppfoljd', 'antagen', 'ej_paborjad', 'remiss'])).toEqual([
      'antagen',
      'ej_paborjad',
      'remiss',
      'uppfoljd',
    ]);
  });

  it('numbers sort numerically', () => {
    expect(sorted('indicatorValues', 'varde', [10, 9, 100, 20, 1.5])).toEqual([1.5, 9, 10, 20, 100]);
  });
});

describe('sortValue with sortBy (the shared sort helper)', () => {
  const sorted = (entity: EntityName, key: string, values: unknown[], dir: SortDir = 'asc') =>
    [...values].sort(sortBy((v) => sortValue(entity, key, v, ctx), dir));

  it.each([
    [
      'plans',
      'startdatum',
      ['2017', '2016-03-15', '', '2016-02', '2015'],
      'asc',
      ['2015', '2016-02', '2016-03-15', '2017', ''],
    ],
    [
      'plans',
      'startdatum',
      ['2017', '2016-03-15', '', '2016-02', '2015'],
      'desc',
      ['2017', '2016-03-15', '2016-02', '2015', ''],
    ],
    ['plans', 'kommunkod', ['0180', '1490', '2480', '0114', '2083'], 'asc', ['1490', '2083', '0180', '2480', '0114']],
    [
      'plans',
      'status',
      ['uppfoljd', 'antagen', 'ej_paborjad', 'remiss'],
      'asc',
      ['antagen', 'ej_paborjad', 'remiss', 'uppfoljd'],
    ],
    ['indicatorValues', 'varde', [10, 9, null, 100, 20, 1.5, -3], 'asc', [-3, 1.5, 9, 10, 20, 100, null]],
    ['indicatorValues', 'varde', [10, 9, null, 100], 'desc', [100, 10, 9, null]],
  ] as [EntityName, string, unknown[], SortDir, unknown[]][])('%s.%s %j %s', (entity, key, values, dir, expected) => {
    expect(sorted(entity, key, values, dir)).toEqual(expected);
  });

  it('dates and enumerations follow the language of the context', () => {
    expect(displayValue('plans', 'status', 'remiss', { ...ctx, lang: 'en' })).toBe('Out for consultation');
    expect(displayValue('plans', 'startdatum', '2016-03', { ...ctx, lang: 'en' })).toBe('March 2016');
    expect(displayValue('plans', 'startdatum', '2016-03', ctx)).toBe('mars 2016');
  });

  it('a context without lang follows the language the i18n layer set (transitional)', () => {
    setDisplayLanguage('en');
    try {
      expect(displayValue('plans', 'startdatum', '2016-03', ctx)).toBe('March 2016');
      expect(displayValue('plans', 'startdatum', '2016-03', { ...ctx, lang: 'sv' })).toBe('mars 2016');
    } finally {
      setDisplayLanguage('sv');
    }
    expect(displayValue('plans', 'status', 'remiss', ctx)).toBe('På remiss');
  });
});

describe('matchesSearch', () => {
  const m = {
    id: 'x1',
    kommunkod: '1490',
    plan_id: 'p1',
    titel: 'Skolfam för placerade barn',
    beskrivning: 'Bättre skolresultat',
    teman: ['skola', 'halsa'],
    status: 'pagaende',
    start: '2016-03-15',
    slut: '',
    ansvarig: 'Anna Ek',
    samverkan: ['BUP'],
    kalla: 'Exempel',
    uppdaterad: '2016-02-01T00:00:00Z',
  };
  it.each([
    ['', true],
    ['   ', true],
    ['skolfam', true],
    ['SKOLFAM', true],
    ['skolfam barn', true],
    ['barn skolfam', true],
    ['skolfam vuxna', false],
    ['borås', true],
    ['BORÅS', true],
    ['1490', true],
    ['skövde', false],
    ['förskola', true], // theme name
    ['sjukvård', true], // second theme name
    ['pågående', true], // enum label
    ['mars 2016', true], // displayed date
    ['2016-03-15', true], // stored date
    ['handling', true], // plan title
    ['bup anna', true],
    ['zzz', false],
    ['skolfam  borås   förskola', true],
  ])('%j → %s', (q, expected) => {
    expect(matchesSearch('measures', m, q, ctx)).toBe(expected);
  });

  it('does not match words only found in ignored fields', () => {
    expect(matchesSearch('measures', { ...m, hemligt: 'nyckel' }, 'nyckel', ctx)).toBe(false);
  });
});

describe('changeText (the import preview: before → after)', () => {
  const cases: [string, EntityName, string, string, 'sv' | 'en', string][] = [
    ['plan status in Swedish', 'plans', 'status', 'under_arbete', 'sv', 'Under arbete'],
    ['plan status in English', 'plans', 'status', 'antagen', 'en', 'Adopted'],
    ['measure status', 'measures', 'status', 'genomford', 'sv', 'Genomförd'],
    ['event type', 'events', 'typ', 'besok', 'en', 'Visit'],
    [
      'themes as names',
      'measures',
      'teman',
      'skola, halsa',
      'sv',
      'Samverkan med skola och förskola, Samverkan med hälso- och sjukvård',
    ],
    ['unknown theme stays', 'measures', 'teman', 'okand', 'sv', 'okand'],
    ['municipality name', 'plans', 'kommunkod', '1490', 'sv', 'Borås'],
    ['plan title', 'measures', 'plan_id', 'p1', 'sv', 'Plan för handling – Borås'],
    ['date', 'measures', 'slut', '2017-01', 'sv', 'januari 2017'],
    ['plain text', 'measures', 'titel', 'Ny cykelväg', 'sv', 'Ny cykelväg'],
    ['empty', 'plans', 'status', '', 'sv', ''],
    ['unknown field', 'plans', 'okant_falt', 'x_y', 'sv', 'x_y'],
    ['unknown code', 'plans', 'status', 'foo_bar', 'sv', 'foo_bar'],
    ['yes/no, false', 'indicators', 'hogre_ar_battre', 'false', 'sv', 'nej'],
    ['yes/no, true in English', 'indicators', 'hogre_ar_battre', 'true', 'en', 'yes'],
  ];
  it.each(cases)('%s', (_n, entity, key, text, lang, want) => {
    expect(changeText(entity, key, text, { ...ctx, lang })).toBe(want);
  });
});
