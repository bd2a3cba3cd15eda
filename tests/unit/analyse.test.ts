import { describe, expect, it } from 'vitest';
import { analyseFiles, entityFromName, recogniseTable, type ContextData } from '$lib/io/analyse';
import type { EntityName } from '$lib/domain/records';

describe('entityFromName: files named as people name them', () => {
  it.each<[string, EntityName | null]>([
    ['Åtgärder Borås 2016.csv', 'measures'],
    ['atgarder-export (2).csv', 'measures'],
    ['ATGÄRDER.CSV', 'measures'],
    ['Measures_2016.csv', 'measures'],
    ['export-atgärder-sjuhärad.txt', 'measures'],
    ['planer.csv', 'plans'],
    ['Planer (2).csv', 'plans'],
    ['Plan för handling Skövde.csv', 'plans'],
    ['plans.csv', 'plans'],
    ['planatlas-atgarder.csv', 'measures'],
    ['planatlas.csv', null],
    ['händelser.csv', 'events'],
    ['Handelser 2016.csv', 'events'],
    ['events.csv', 'events'],
    ['medskick-till-staten.csv', 'requests'],
    ['teman.csv', 'themes'],
    ['Themes.csv', 'themes'],
    ['regioner.csv', 'regions'],
    ['Egna grupper.csv', 'regions'],
    ['indikatorer.csv', 'indicators'],
    ['nyckeltal.csv', 'indicatorValues'],
    ['indicatorValues.csv', 'indicatorValues'],
    ['kolada-export.csv', 'indicatorValues'],
    ['bundle.zip › atgarder.csv', 'measures'],
    ['data.csv', null],
    ['systematisk uppföljning.csv', null],
  ])('%s → %s', (name, want) => {
    expect(entityFromName(name)).toBe(want);
  });
});

describe('recogniseTable: name, headers and values', () => {
  const measureHeaders = ['kommunkod', 'titel', 'beskrivning', 'status'];
  it.each<[string, string, string[], string[][], EntityName | null, string, boolean]>([
    [
      'a measures file named as people name it',
      'Åtgärder Borås 2016.csv',
      measureHeaders,
      [['1490', 'Familjekollo', '', 'planerad']],
      'measures',
      'name',
      false,
    ],
    [
      'the same with a suffix',
      'atgarder-export (2).csv',
      measureHeaders,
      [['1490', 'Familjekollo', '', 'planerad']],
      'measures',
      'name',
      false,
    ],
    [
      'no telling name: the status values decide (planerad is a measure status)',
      'export.csv',
      measureHeaders,
      [
        ['1490', 'A', '', 'planerad'],
        ['1490', 'B', '', 'pågående'],
      ],
      'measures',
      'values',
      true,
    ],
    [
      'no telling name: a plan status decides',
      'export.csv',
      measureHeaders,
      [['1490', 'A', '', 'Antagen']],
      'plans',
      'values',
      true,
    ],
    [
      'only the headers: an event',
      'export.csv',
      ['kommunkod', 'datum', 'typ', 'titel'],
      [['1490', '2016', 'besök', 'Besök']],
      'events',
      'headers',
      true,
    ],
    [
      'the name speaks but columns are missing: still the name, a guess',
      'Åtgärder.csv',
      ['rubrik'],
      [['x']],
      'measures',
      'name',
      true,
    ],
    ['nothing fits', 'data.csv', ['a', 'b'], [['1', '2']], null, 'none', true],
  ])('%s', (_, file, headers, sample, entity, by, guess) => {
    const r = recogniseTable(file, headers, sample);
    expect(r.entity ?? null).toBe(entity);
    expect(r.by).toBe(by);
    expect(r.guess).toBe(guess);
  });

  it('says which column and value decided', () => {
    expect(recogniseTable('export.csv', measureHeaders, [['1490', 'A', '', 'planerad']])).toMatchObject({
      column: 'status',
      value: 'planerad',
    });
  });

  it("a package's own file name is certain", () => {
    expect(recogniseTable('x.zip › atgarder.csv', measureHeaders, [], 'measures')).toEqual({
      entity: 'measures',
      by: 'bundle',
      guess: false,
    });
  });
});

describe('analyseFiles recognises and samples', () => {
  const ctx: ContextData = { themes: [], plans: [], regionIds: [], now: '2016-02-01T00:00:00Z' };
  const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

  it('a measures file with status "planerad" is read as measures, every row valid, with sample rows', () => {
    const csv =
      'kommunkod;titel;beskrivning;status\r\n1490;Familjekollo;Sommarkollo för familjer;planerad\r\n1443;Vit jul;Åtgärd mot alkohol;planerad\r\n';
    const a = analyseFiles([file('Åtgärder Borås 2016.csv', csv)], ctx);
    const tbl = a.tables[0];
    expect(tbl.entity).toBe('measures');
    expect(tbl.recognition).toMatchObject({ by: 'name', guess: false });
    expect(tbl.result?.records).toHaveLength(2);
    expect(tbl.result?.invalidRows ?? 0).toBe(0);
    expect(tbl.sample).toEqual([
      ['1490', 'Familjekollo', 'Sommarkollo för familjer', 'planerad'],
      ['1443', 'Vit jul', 'Åtgärd mot alkohol', 'planerad'],
    ]);
  });

  it('a chosen table is the person’s choice, not a guess', () => {
    const csv = 'kommunkod;titel;status\r\n1490;X;planerad\r\n';
    const a = analyseFiles([file('data.csv', csv)], ctx, { 'data.csv': 'measures' });
    expect(a.tables[0].recognition).toMatchObject({ by: 'chosen', guess: false });
    expect(a.tables[0].entity).toBe('measures');
  });
});
