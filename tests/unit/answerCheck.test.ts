import { describe, expect, it } from 'vitest';
import { answerOwners, answerRefusals, stampReceived, type ScreenedTable } from '$lib/domain/answerCheck';
import type { EntityName } from '$lib/domain/records';

// Issue 22: an answer speaks for one municipality in one round. Borås (1490) answers round i-1;
// the region stores m-hed (Hedemora 2083), m-sko (Skövde 1496) and m-bor, p-bor (Borås).
const ANSWER = { file: 'Borås.xlsx', kommunkod: '1490', round: 'i-1' };
const STORED: Record<string, string> = { 'm-hed': '2083', 'm-sko': '1496', 'm-bor': '1490', 'p-bor': '1490' };
const storedKommun = (_e: EntityName, r: Record<string, unknown>) => STORED[String(r.id)];

const table = (file: string, entity: EntityName | null, records: Record<string, unknown>[]): ScreenedTable => ({
  file,
  entity,
  records,
  rowNumbers: records.map((_, i) => i + 2),
});
const answerRow = (kommunkod = '1490', round = 'i-1') =>
  table('Borås.xlsx › svar', 'answers', [{ insamling_id: round, kommunkod, mottagen: '2016-05-01' }]);
const measures = (...rows: [string, string][]) =>
  table(
    'Borås.xlsx › atgarder',
    'measures',
    rows.map(([id, kommunkod]) => ({ id, kommunkod, titel: id })),
  );

describe('an answer brings only its own municipality’s rows', () => {
  it.each<[string, ScreenedTable[], unknown[]]>([
    ['its own rows, new and stored', [measures(['m-bor', '1490'], ['m-ny', '1490']), answerRow()], []],
    [
      'a hidden id and kommunkod pointing at a Hedemora measure',
      [measures(['m-bor', '1490'], ['m-hed', '2083'])],
      [{ sheet: 'atgarder', row: 3, reason: { kind: 'rowKommun', kommunkod: '2083' } }],
    ],
    [
      'a Hedemora id in a row that says Borås (the stored record decides)',
      [measures(['m-hed', '1490'])],
      [{ sheet: 'atgarder', row: 2, reason: { kind: 'storedKommun', id: 'm-hed', kommunkod: '2083' } }],
    ],
    [
      'a Skövde measure (another member of the round)',
      [measures(['m-sko', '1496'])],
      [{ sheet: 'atgarder', row: 2, reason: { kind: 'rowKommun', kommunkod: '1496' } }],
    ],
    [
      'a new row for another municipality',
      [measures(['m-ny', '1452'])],
      [{ sheet: 'atgarder', row: 2, reason: { kind: 'rowKommun', kommunkod: '1452' } }],
    ],
    [
      'a row without kommunkod',
      [measures(['m-ny', ''])],
      [{ sheet: 'atgarder', row: 2, reason: { kind: 'rowKommun', kommunkod: '' } }],
    ],
    [
      'an answer row for another municipality (a sheet "svar" added by hand)',
      [answerRow('1496')],
      [{ sheet: 'svar', row: 2, reason: { kind: 'rowKommun', kommunkod: '1496' } }],
    ],
    [
      'an answer row for another round',
      [answerRow('1490', 'i-2')],
      [{ sheet: 'svar', row: 2, reason: { kind: 'otherRound', round: 'i-2' } }],
    ],
    [
      'a table that belongs to no municipality',
      [table('Borås.xlsx › teman', 'themes', [{ id: 't1', namn: 'Skola' }])],
      [{ sheet: 'teman', reason: { kind: 'table', entity: 'themes' } }],
    ],
    ['an empty themes sheet brings nothing', [table('Borås.xlsx › teman', 'themes', [])], []],
    ['an unrecognised sheet (its rows are errors, never written)', [table('Borås.xlsx › Blad1', null, [{}])], []],
    [
      'other files of the same import are not the answer’s',
      [table('hedemora.csv', 'measures', [{ id: 'm-hed', kommunkod: '2083' }])],
      [],
    ],
  ])('%s', (_name, tables, want) => {
    expect(answerRefusals(ANSWER, tables, storedKommun)).toEqual(
      (want as object[]).map((w) => ({ file: 'Borås.xlsx', answerKommun: '1490', ...w })),
    );
  });

  it('a Borås workbook whose "Om filen" names Skövde: every Borås row is refused', () => {
    const skovde = { ...ANSWER, kommunkod: '1496' };
    const tables = [
      measures(['m-bor', '1490']),
      table('Borås.xlsx › planer', 'plans', [{ id: 'p-bor', kommunkod: '1490' }]),
    ];
    expect(answerRefusals(skovde, tables, storedKommun).map((r) => [r.sheet, r.row, r.reason.kind])).toEqual([
      ['atgarder', 2, 'rowKommun'],
      ['planer', 2, 'rowKommun'],
    ]);
  });

  it('a CSV answer: the sheet is the file in the zip', () => {
    const zip = { file: 'tranemo.zip', kommunkod: '1452', round: 'i-1' };
    const tables = [table('tranemo.zip › atgarder.csv', 'measures', [{ id: 'x', kommunkod: '1490' }])];
    expect(answerRefusals(zip, tables, () => undefined)).toEqual([
      {
        file: 'tranemo.zip',
        answerKommun: '1452',
        sheet: 'atgarder.csv',
        row: 2,
        reason: { kind: 'rowKommun', kommunkod: '1490' },
      },
    ]);
  });
});

describe('an answer’s rows count as received at import time', () => {
  it.each([
    ['with an uppdaterad column', { id: 'p-bor', kommunkod: '1490', uppdaterad: '2015-01-01T00:00:00Z' }],
    ['without one (the column was deleted)', { id: 'p-bor', kommunkod: '1490' }],
  ])('%s', (_name, rec) => {
    const plans = table('Borås.xlsx › planer', 'plans', [{ ...rec }]);
    const other = table('annat.csv', 'plans', [{ id: 'p-x', kommunkod: '1490' }]);
    const themes = table('Borås.xlsx › teman', 'themes', [{ id: 't1' }]);
    expect(stampReceived('Borås.xlsx', [plans, other, themes], '2016-05-01T10:00:00.000Z')).toBe(1);
    expect(plans.records[0].uppdaterad).toBe('2016-05-01T10:00:00.000Z');
    expect(other.records[0]).not.toHaveProperty('uppdaterad');
    expect(themes.records[0]).not.toHaveProperty('uppdaterad');
  });
});

describe('the rows the commit checks again', () => {
  it('each answer’s rows by table and key, with its municipality; other files and tables without kommunkod left out', () => {
    const tables = [
      measures(['m-bor', '1490']),
      table('tranemo.zip › atgarder.csv', 'measures', [{ id: 'm-tra', kommunkod: '1452' }]),
      table('annat.csv', 'measures', [{ id: 'm-x', kommunkod: '0180' }]),
      table('Borås.xlsx › teman', 'themes', [{ id: 't1' }]),
    ];
    const owners = answerOwners([ANSWER, { file: 'tranemo.zip', kommunkod: '1452', round: 'i-1' }], tables);
    expect(Object.keys(owners)).toEqual(['measures']);
    expect([...owners.measures!]).toEqual([
      ['m-bor', '1490'],
      ['m-tra', '1452'],
    ]);
  });
});
