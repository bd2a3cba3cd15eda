import { describe, expect, it } from 'vitest';
import { ENTITIES, type EntityName } from '$lib/domain/records';
import { csvColumns, emptyRecord } from '$lib/domain/entities';
import { parseCsvText } from '$lib/io/csv';
import { decodeBytes } from '$lib/io/decode';
import { parseNumber, unescapeFormula } from '$lib/io/values';
import { EXCEL_DIALECT, SCRIPT_DIALECT, recordToCells, toCsv, type CsvDialect } from '$lib/io/write';

const plan = (over: Record<string, unknown> = {}) => ({
  ...emptyRecord('plans'),
  id: '0180-p-1a2b3c4d',
  kommunkod: '0180',
  titel: 'Handlingsplan för barn och unga',
  status: 'under_arbete',
  startdatum: '2016-03',
  planerat_klart: '2017',
  antagen: '2016-06-15',
  uppfoljning: '',
  ansvarig: 'Åsa Öberg',
  lank: 'https://example.se/plan',
  beskrivning: 'Rad ett\nRad två; med "citat"',
  kalla: 'Region Stockholm',
  uppdaterad: '2016-03-15T10:00:00Z',
  ...over,
});

describe('dialects', () => {
  it('Excel: BOM, semicolon, CRLF, decimal comma (RELIABILITY 23)', () => {
    expect(EXCEL_DIALECT).toEqual({ bom: true, delimiter: ';', newline: '\r\n', decimalComma: true });
  });
  it('script: no BOM, comma, LF, decimal point', () => {
    expect(SCRIPT_DIALECT).toEqual({ bom: false, delimiter: ',', newline: '\n', decimalComma: false });
  });
});

describe('recordToCells', () => {
  it('one cell per field, in ENTITIES order', () => {
    const cells = recordToCells('plans', plan(), EXCEL_DIALECT);
    expect(cells).toHaveLength(ENTITIES.plans.fields.length);
    expect(cells).toEqual([
      '0180-p-1a2b3c4d',
      '0180',
      'Handlingsplan för barn och unga',
      'under_arbete',
      '2016-03',
      '2017',
      '2016-06-15',
      '',
      'Åsa Öberg',
      'https://example.se/plan',
      'Rad ett\nRad två; med "citat"',
      'Region Stockholm',
      '2016-03-15T10:00:00Z',
    ]);
  });

  it('lists joined by |, empty list → empty cell, missing/null → empty', () => {
    const m = {
      id: 'a1',
      plan_id: null,
      kommunkod: '1490',
      titel: 'T',
      teman: ['skola', 'halsa'],
      status: 'planerad',
      samverkan: [],
    };
    const cells = recordToCells('measures', m, EXCEL_DIALECT);
    expect(cells).toHaveLength(csvColumns('measures').length);
    // Every field not given above (samverkan's empty list among them) is an empty cell.
    expect(cells).toEqual(['a1', '', '1490', 'T', '', 'skola|halsa', 'planerad', ...cells.slice(7).map(() => '')]);
  });

  it('booleans as ja/nej', () => {
    expect(recordToCells('indicators', { id: 'N1', namn: 'X', hogre_ar_battre: true }, EXCEL_DIALECT)[4]).toBe('ja');
    expect(recordToCells('indicators', { id: 'N1', namn: 'X', hogre_ar_battre: false }, EXCEL_DIALECT)[4]).toBe('nej');
  });

  it.each([
    [-12.5, EXCEL_DIALECT, '-12,5'],
    [-12.5, SCRIPT_DIALECT, '-12.5'],
    [60.5, EXCEL_DIALECT, '60,5'],
    [1234567.89, EXCEL_DIALECT, '1234567,89'],
    [1.234, EXCEL_DIALECT, '1,2340'],
    [0, SCRIPT_DIALECT, '0'],
    [null, EXCEL_DIALECT, ''],
  ] as const)('number field %d (%o) → %j, never formula-escaped', (n, dialect, cell) => {
    const v = { indikator: 'N00001', kommunkod: '0180', period: '2016', varde: n, kalla: 'Kolada' };
    expect(recordToCells('indicatorValues', v, dialect)[3]).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+46 8 123', "'+46 8 123"],
    ['-12 barn', "'-12 barn"],
    ['@all', "'@all"],
    ["'=x", "''=x"],
    ['vanlig', 'vanlig'],
  ])('text %j → %j (RELIABILITY 25)', (text, cell) => {
    expect(recordToCells('plans', plan({ titel: text }), EXCEL_DIALECT)[2]).toBe(cell);
    expect(recordToCells('plans', plan({ beskrivning: text }), SCRIPT_DIALECT)[10]).toBe(cell);
  });

  it('ids and list items that start with a trigger are escaped too', () => {
    expect(
      recordToCells('themes', { id: '-x', namn: 'n', farg: '#000000', nyckelord: ['=a', 'b'] }, EXCEL_DIALECT),
    ).toEqual(["'-x", 'n', '', '#000000', '', "'=a|b"]);
  });

  it('line breaks inside a text become LF', () => {
    expect(recordToCells('plans', plan({ beskrivning: 'a\r\nb\rc' }), EXCEL_DIALECT)[10]).toBe('a\nb\nc');
  });
});

describe('toCsv', () => {
  it('Excel dialect: exact bytes (RELIABILITY 23)', () => {
    const csv = toCsv(
      'regions',
      [{ id: 'r1', namn: 'Sjuhärad; södra', kommunkoder: ['1490', '1441'], beskrivning: 'Säger "hej"\nRad 2' }],
      EXCEL_DIALECT,
    );
    expect(csv).toBe(
      '\ufeffid;namn;kommunkoder;beskrivning\r\nr1;"Sjuhärad; södra";1490|1441;"Säger ""hej""\nRad 2"\r\n',
    );
    expect(csv).not.toMatch(/sep=/);
  });

  it('script dialect: exact bytes', () => {
    const csv = toCsv(
      'regions',
      [{ id: 'r1', namn: 'Sjuhärad; södra', kommunkoder: ['1490'], beskrivning: 'a, b' }],
      SCRIPT_DIALECT,
    );
    expect(csv).toBe('id,namn,kommunkoder,beskrivning\nr1,Sjuhärad; södra,1490,"a, b"\n');
  });

  it('header row is the Swedish field keys', () => {
    expect(toCsv('plans', [], EXCEL_DIALECT)).toBe(
      '\ufeffid;kommunkod;titel;status;startdatum;planerat_klart;antagen;uppfoljning;ansvarig;lank;beskrivning;kalla;uppdaterad\r\n',
    );
    expect(toCsv('indicatorValues', [], SCRIPT_DIALECT)).toBe('indikator,kommunkod,period,varde,kalla\n');
  });

  it.each([
    ['plain', 'abc', 'abc'],
    ['delimiter', 'a;b', '"a;b"'],
    ['the other delimiter is not quoted', 'a,b', 'a,b'],
    ['quote', 'a"b', '"a""b"'],
    ['LF', 'a\nb', '"a\nb"'],
    ['leading space', ' a', '" a"'],
    ['trailing space', 'a ', '"a "'],
    ['formula', '=1', "'=1"],
    ['empty', '', ''],
  ])('quoting: %s', (_, text, cell) => {
    const csv = toCsv('regions', [{ id: 'r', namn: text, kommunkoder: [], beskrivning: '' }], EXCEL_DIALECT);
    expect(csv.split('\r\n')[1]).toBe(`r;${cell};;`);
  });

  it('every line ends with the newline, rows in the given order', () => {
    const recs = ['b', 'a', 'c'].map((id) => ({ id, namn: id, kommunkoder: [], beskrivning: '' }));
    const csv = toCsv('regions', recs, SCRIPT_DIALECT);
    expect(csv.endsWith('\n')).toBe(true);
    expect(
      csv
        .split('\n')
        .slice(1, -1)
        .map((l) => l[0]),
    ).toEqual(['b', 'a', 'c']);
  });
});

/** The inverse of recordToCells, as the importer does it (without validation). */
function cellsToRecord(entity: EntityName, cells: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ENTITIES[entity].fields.forEach((f, i) => {
    const cell = cells[i];
    if (f.type === 'number') {
      const n = parseNumber(cell);
      out[f.key] = cell === '' ? null : n.ok ? n.value : `ERROR ${cell}`;
    } else if (f.type === 'bool') out[f.key] = cell === 'ja';
    else if (f.type === 'themes' || f.type === 'list' || f.type === 'kommunList')
      out[f.key] = cell === '' ? [] : unescapeFormula(cell).split('|');
    else out[f.key] = unescapeFormula(cell);
  });
  return out;
}

const fixtures: [EntityName, Record<string, unknown>[]][] = [
  [
    'plans',
    [
      plan(),
      plan({
        id: '1490-p-2',
        kommunkod: '1490',
        titel: '=SUM(A1:A9)',
        ansvarig: "'=citat",
        beskrivning: 'Flera\nrader\n\nmed tom rad',
        startdatum: '2016',
      }),
      plan({
        id: '-minus',
        titel: '+46 8 123 45',
        ansvarig: '@handle',
        beskrivning: '-12 barn; "citat", komma',
        lank: '',
      }),
      plan({ id: '0114-p-3', kommunkod: '0114', titel: 'Åäö ÅÄÖ é ü ß – € 😀', beskrivning: 'tab\tinuti' }),
    ],
  ],
  [
    'measures',
    [
      {
        ...emptyRecord('measures'),
        id: '0180-a-1',
        plan_id: '0180-p-1a2b3c4d',
        kommunkod: '0180',
        titel: 'Åtgärd',
        beskrivning: 'Text',
        teman: ['skola', 'halsa'],
        status: 'pagaende',
        start: '2016-03',
        slut: '2017-12-31',
        ansvarig: '',
        samverkan: ['Polisen', 'Regionen'],
        kalla: 'x',
        uppdaterad: '2016-03-15T10:00:00Z',
      },
    ],
  ],
  [
    'indicatorValues',
    [-12.5, 60.5, 1.234, 0, 1234567.891, -0.001, 1e-7, 100, 999.999].map((varde, i) => ({
      indikator: 'N00001',
      kommunkod: i % 2 ? '0180' : '1490',
      period: String(2010 + i),
      varde,
      kalla: 'Kolada',
    })),
  ],
  [
    'indicators',
    [
      { id: 'N1', namn: 'Andel', enhet: '%', beskrivning: '', hogre_ar_battre: true },
      { id: 'N2', namn: 'B', enhet: '', beskrivning: '', hogre_ar_battre: false },
    ],
  ],
  ['regions', [{ id: 'r1', namn: 'Sjuhärad', kommunkoder: ['0180', '1490'], beskrivning: '' }]],
];

describe('round trip: export → import → export (RELIABILITY 24)', () => {
  const dialects: [string, CsvDialect][] = [
    ['Excel', EXCEL_DIALECT],
    ['script', SCRIPT_DIALECT],
  ];
  for (const [name, dialect] of dialects) {
    it.each(fixtures)(`${name} dialect: %s`, (entity, records) => {
      const csv = toCsv(entity, records, dialect);
      const { text, encoding } = decodeBytes(new TextEncoder().encode(csv));
      expect(encoding).toBe(dialect.bom ? 'utf-8-bom' : 'utf-8');
      const parsed = parseCsvText(text, ENTITIES[entity].file, encoding);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value.delimiter).toBe(dialect.delimiter);
      expect(parsed.value.issues).toEqual([]);
      expect(parsed.value.headers).toEqual(ENTITIES[entity].fields.map((f) => f.key));
      expect(parsed.value.rows.map((r) => r.cells)).toEqual(records.map((r) => recordToCells(entity, r, dialect)));
      const back = parsed.value.rows.map((r) => cellsToRecord(entity, r.cells));
      expect(back).toEqual(records.map((r) => ({ ...cellsToRecord(entity, recordToCells(entity, r, dialect)) })));
      expect(toCsv(entity, back, dialect)).toBe(csv);
    });
  }

  it('values survive: åäö, leading zeros, month dates, negative and decimal numbers, formulas, multi-line', () => {
    const csv = toCsv('plans', fixtures[0][1], EXCEL_DIALECT);
    const { text, encoding } = decodeBytes(new TextEncoder().encode(csv));
    const parsed = parseCsvText(text, 'planer.csv', encoding);
    if (!parsed.ok) throw new Error('parse failed');
    const back = parsed.value.rows.map((r) => cellsToRecord('plans', r.cells));
    expect(back).toEqual(fixtures[0][1]);
    const nums = toCsv('indicatorValues', fixtures[2][1], EXCEL_DIALECT);
    const p2 = parseCsvText(decodeBytes(new TextEncoder().encode(nums)).text, 'nyckeltal.csv', 'utf-8-bom');
    if (!p2.ok) throw new Error('parse failed');
    expect(p2.value.rows.map((r) => cellsToRecord('indicatorValues', r.cells).varde)).toEqual(
      fixtures[2][1].map((r) => r.varde),
    );
    expect(p2.value.rows.map((r) => r.cells[1])).toContain('0180');
  });

  it('the same records in both dialects read back to the same cells except numbers', () => {
    for (const [entity, records] of fixtures) {
      const a = parseCsvText(toCsv(entity, records, EXCEL_DIALECT), 'a', 'utf-8');
      const b = parseCsvText(toCsv(entity, records, SCRIPT_DIALECT), 'b', 'utf-8');
      if (!a.ok || !b.ok) throw new Error('parse failed');
      expect(a.value.rows.map((r) => cellsToRecord(entity, r.cells))).toEqual(
        b.value.rows.map((r) => cellsToRecord(entity, r.cells)),
      );
    }
  });
});
