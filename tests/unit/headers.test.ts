import { describe, expect, it } from 'vitest';
import { detectEntity, entityFromFileName, mapHeaders } from '$lib/io/headers';
import type { EntityName } from '$lib/domain/records';

describe('mapHeaders', () => {
  it('maps Swedish headers in any case, with or without diacritics, with spaces', () => {
    const m = mapHeaders('plans', [
      ' ID ',
      'Kommunkod',
      'TITEL',
      'status',
      'Planerat klart',
      'Uppföljning',
      'Länk',
      'Källa',
      'extra',
    ]);
    expect(m.fields).toEqual([
      'id',
      'kommunkod',
      'titel',
      'status',
      'planerat_klart',
      'uppfoljning',
      'lank',
      'kalla',
      null,
    ]);
    expect(m.unknown).toEqual(['extra']);
    expect(m.missingRequired).toEqual([]);
  });

  it.each([
    [
      'plans',
      [
        'municipality',
        'title',
        'status',
        'start_date',
        'due',
        'adopted',
        'follow_up',
        'responsible',
        'link',
        'description',
        'source',
        'updated',
      ],
      [
        'kommunkod',
        'titel',
        'status',
        'startdatum',
        'planerat_klart',
        'antagen',
        'uppfoljning',
        'ansvarig',
        'lank',
        'beskrivning',
        'kalla',
        'uppdaterad',
      ],
    ],
    [
      'measures',
      ['plan', 'municipality', 'title', 'themes', 'start', 'end', 'partners'],
      ['plan_id', 'kommunkod', 'titel', 'teman', 'start', 'slut', 'samverkan'],
    ],
    [
      'events',
      ['municipality', 'region', 'date', 'end_date', 'type', 'title'],
      ['kommunkod', 'region_id', 'datum', 'slutdatum', 'typ', 'titel'],
    ],
    [
      'requests',
      ['municipality', 'date', 'recipient', 'text', 'themes'],
      ['kommunkod', 'datum', 'mottagare', 'text', 'teman'],
    ],
    ['regions', ['id', 'name', 'municipality_codes', 'description'], ['id', 'namn', 'kommunkoder', 'beskrivning']],
    ['themes', ['id', 'name', 'colour', 'parent', 'keywords'], ['id', 'namn', 'farg', 'overordnat', 'nyckelord']],
    ['indicators', ['id', 'name', 'unit', 'higher_is_better'], ['id', 'namn', 'enhet', 'hogre_ar_battre']],
    [
      'indicatorValues',
      ['indicator', 'municipality', 'year', 'value', 'source'],
      ['indikator', 'kommunkod', 'period', 'varde', 'kalla'],
    ],
    [
      'indicatorValues',
      ['Indikator', 'Kommunkod', 'Period', 'Värde', 'Källa'],
      ['indikator', 'kommunkod', 'period', 'varde', 'kalla'],
    ],
  ] as [EntityName, string[], string[]][])('%s: English aliases %j', (entity, headers, fields) => {
    expect(mapHeaders(entity, headers).fields).toEqual(fields);
  });

  it('an exact field name wins over an alias', () => {
    // "start" is an alias of startdatum in plans, but in a plans file that also has startdatum, start stays unused.
    expect(mapHeaders('plans', ['kommunkod', 'titel', 'status', 'start', 'startdatum']).fields).toEqual([
      'kommunkod',
      'titel',
      'status',
      null,
      'startdatum',
    ]);
  });

  it('lists missing required columns', () => {
    expect(mapHeaders('measures', ['titel']).missingRequired).toEqual(['kommunkod', 'status']);
  });
});

describe('entity recognition', () => {
  it.each([
    ['planer.csv', 'plans'],
    ['Planer (2).csv', 'plans'],
    ['export/atgarder.csv', 'measures'],
    ['ÅTGÄRDER.CSV', 'measures'],
    ['handelser.csv', 'events'],
    ['nyckeltal.csv', 'indicatorValues'],
    ['mina-planer.csv', null],
  ])('file name %s → %s', (name, entity) => expect(entityFromFileName(name)).toBe(entity));

  it.each([
    [
      [
        'id',
        'kommunkod',
        'titel',
        'status',
        'startdatum',
        'planerat_klart',
        'antagen',
        'uppfoljning',
        'ansvarig',
        'lank',
        'beskrivning',
        'kalla',
        'uppdaterad',
      ],
      'plans',
    ],
    [
      [
        'id',
        'plan_id',
        'kommunkod',
        'titel',
        'beskrivning',
        'teman',
        'status',
        'start',
        'slut',
        'ansvarig',
        'samverkan',
        'kalla',
        'uppdaterad',
      ],
      'measures',
    ],
    [['Kommun', 'Titel', 'Status', 'Teman', 'Slut'], 'measures'],
    [['kommunkod', 'titel', 'status', 'planerat_klart'], 'plans'],
    [
      ['id', 'kommunkod', 'region_id', 'datum', 'slutdatum', 'typ', 'titel', 'beskrivning', 'kalla', 'uppdaterad'],
      'events',
    ],
    [['id', 'kommunkod', 'datum', 'mottagare', 'text', 'teman', 'kalla', 'uppdaterad'], 'requests'],
    [['id', 'namn', 'kommunkoder', 'beskrivning'], 'regions'],
    [['id', 'namn', 'beskrivning', 'farg', 'overordnat', 'nyckelord'], 'themes'],
    [['id', 'namn', 'enhet', 'beskrivning', 'hogre_ar_battre'], 'indicators'],
    [['indikator', 'kommunkod', 'period', 'varde', 'kalla'], 'indicatorValues'],
    [['a', 'b', 'c'], null],
  ] as [string[], EntityName | null][])('headers %j → %s', (headers, entity) =>
    expect(detectEntity(headers)).toBe(entity),
  );

  it('the file name decides when its headers fit', () => {
    expect(detectEntity(['kommunkod', 'titel', 'status'], 'atgarder.csv')).toBe('measures');
    expect(detectEntity(['kommunkod', 'titel', 'status'], 'planer.csv')).toBe('plans');
  });
});
