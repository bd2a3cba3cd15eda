import { describe, expect, it } from 'vitest';
import { register } from '$lib/domain/register';
import type { ValidationContext } from '$lib/domain/records';
import { parseCsvText } from '$lib/io/csv';
import { rowsToRecords, tableCells, tableRows } from '$lib/io/rows';
import { analyseFiles, type ContextData, type InputFile } from '$lib/io/analyse';
import type { WorkbookRead } from '$lib/io/xlsx-read';

// The import reads a table's cells through the header mapping row by row (`tableCells`, no raw
// object per row) and the worker hands on a lone table's records in slices while it validates:
// both must give exactly what the raw rows (`tableRows`) and the finished analysis give.

const ctx = (): ValidationContext => ({
  register,
  themes: new Map([['skola', 'Samverkan med skola och förskola']]),
  plans: new Map([['p1', '0180']]),
  regionIds: new Set(),
  now: '2026-01-01T00:00:00.000Z',
});

const CSV: [string, string][] = [
  [
    'BOM, CRLF and LF mixed, quotes spanning lines, blank lines, formulas escaped',
    '\ufeffid;kommunkod;titel;beskrivning;status;samverkan;start;slut\r\n' +
      'a1;0180;"Titel ""citat""";"rad 1\r\nrad 2";planerad;skola|BUP;2016-03;2017\n' +
      '\n' +
      "a2;Borås;=SUMMA(A1);'=1+1;pågående;'+x|y;mars 2016;2016-02-30\r\n" +
      ';;;;;;;\n' +
      "a3;180;'-3;;Planerad;;2016;2015\r\n",
  ],
  [
    'wrong cell counts, NUL, duplicate keys, personal numbers in text and in a list',
    'id,kommunkod,titel,beskrivning,status,samverkan,plan_id\n' +
      'a1,0180,Ett,Ring 811218-9876,planerad,,p1\n' +
      'a2,0180,För få,planerad\n' +
      'a3,0180,Nul\u0000,,planerad,,\n' +
      'a1,0180,Dubblett,,planerad,,\n' +
      'a4,0180,Lista,,planerad,19811218-9876|skola,p1\n' +
      'a5,1490,Lista utan,,planerad,1981|1218|98,\n' +
      'a6,Atlantis,X,,okänd,,p9\n',
  ],
  [
    'no id column: derived ids, the same title and date twice, a trailing delimiter',
    'kommunkod\ttitel\tstatus\tstart\tteman\t\n' +
      '0180\tSkolfam\tplanerad\t2016\tskola\t\n' +
      '0180\tSkolfam\tplanerad\t2016\tSkola|skola\t\n' +
      '1490\t  Skolfam  \tgenomförd\t2016-01-01 00:00\tokänt\t\n',
  ],
];

describe('tableCells: a table read row by row gives what its raw rows give', () => {
  it.each(CSV)('%s', (_, text) => {
    const parsed = parseCsvText(text, 'atgarder.csv', 'utf-8');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { headers, rows } = parsed.value;
    const a = tableRows('measures', headers, rows);
    const b = tableCells('measures', headers, rows);
    expect(b.mapping).toEqual(a.mapping);
    const opts = (headerOf: (f: string) => string) => ({ source: 'atgarder.csv', headerOf });
    const want = rowsToRecords('atgarder.csv', 'measures', a.raws, ctx(), opts(a.headerOf));
    const got = rowsToRecords('atgarder.csv', 'measures', b.rows, ctx(), opts(b.headerOf));
    expect(got).toEqual(want);
    // Field order too (the CSV and bundle round trip writes the fields in the records' order).
    expect(JSON.stringify(got.records)).toBe(JSON.stringify(want.records));
    expect(want.records.length).toBeGreaterThan(0);
    expect(want.issues.length).toBeGreaterThan(0);
  });
});

it("a personal number is found in a text and in a list, not across a list's values", () => {
  const parsed = parseCsvText(CSV[1][1], 'atgarder.csv', 'utf-8');
  if (!parsed.ok) throw new Error('not parsed');
  const { rows, headerOf } = tableCells('measures', parsed.value.headers, parsed.value.rows);
  const r = rowsToRecords('atgarder.csv', 'measures', rows, ctx(), { source: 'x', headerOf });
  const warned = r.issues.filter((i) => i.severity === 'warning').map((i) => [i.row, i.column]);
  expect(warned).toEqual([
    [2, 'beskrivning'],
    [6, 'samverkan'],
  ]);
});

describe('rowsToRecords: slices are the valid records in order, as they are made', () => {
  it.each([1, 2, 3, 100])('slices of %i', (size) => {
    const parsed = parseCsvText(CSV[1][1], 'atgarder.csv', 'utf-8');
    if (!parsed.ok) throw new Error('not parsed');
    const { rows } = tableCells('measures', parsed.value.headers, parsed.value.rows);
    const sent: unknown[][] = [];
    const r = rowsToRecords('atgarder.csv', 'measures', rows, ctx(), {
      source: 'x',
      slices: { size, send: (recs) => sent.push(recs) },
    });
    expect(sent.flat()).toEqual(r.records);
    expect(sent.slice(0, -1).every((s) => s.length === size)).toBe(true);
    expect(sent.at(-1)!.length).toBeGreaterThan(0);
    expect(sent.at(-1)!.length).toBeLessThanOrEqual(size);
  });

  it.each([1, 2, 3, 100])('slices of %i not kept: the same records sent, none left in the result', (size) => {
    const parsed = parseCsvText(CSV[1][1], 'atgarder.csv', 'utf-8');
    if (!parsed.ok) throw new Error('not parsed');
    const { rows } = tableCells('measures', parsed.value.headers, parsed.value.rows);
    const whole = rowsToRecords('atgarder.csv', 'measures', rows, ctx(), { source: 'x' });
    const sent: unknown[][] = [];
    const r = rowsToRecords('atgarder.csv', 'measures', rows, ctx(), {
      source: 'x',
      slices: { size, send: (recs) => sent.push(recs), keep: false },
    });
    expect(whole.records.length).toBeGreaterThan(1);
    expect(sent.flat()).toEqual(whole.records);
    expect(sent.every((s) => s.length > 0 && s.length <= size)).toBe(true);
    expect(r.records).toEqual([]);
    expect(r.rowNumbers).toEqual(whole.rowNumbers);
    expect(r.issues).toEqual(whole.issues);
    expect(r.invalidRows).toBe(whole.invalidRows);
  });
});

const NOW = '2026-01-01T00:00:00.000Z';
const ctxData: ContextData = { themes: [['skola', 'Skola']], plans: [['p1', '0180']], regionIds: [], now: NOW };
const file = (name: string, text: string): InputFile => ({ name, bytes: new TextEncoder().encode(text) });
const sheet = (name: string, headers: string[], rows: string[][]): WorkbookRead['sheets'][number] => ({
  sheet: name,
  ok: true,
  value: {
    file: name,
    encoding: 'utf-8',
    delimiter: ',',
    headers,
    rows: rows.map((cells, i) => ({ row: i + 2, cells })),
    issues: [],
  },
});

/** analyseFiles with streaming: what was streamed per table, and the analysis. */
function streamed(files: InputFile[]) {
  const sent = new Map<number, unknown[]>();
  const analysis = analyseFiles(files, ctxData, {}, undefined, {
    size: 2,
    send: (table, records) => sent.set(table, [...(sent.get(table) ?? []), ...records]),
  });
  return { sent, analysis };
}

describe('analyseFiles: a table alone of its entity streams its records, the analysis is the same', () => {
  const plans = 'id;kommunkod;titel;status\np1;0180;Plan;antagen\np2;1490;Plan 2;antagen\np3;1490;Plan 3;antagen\n';
  const measures = (ids: string[]) =>
    'id;plan_id;kommunkod;titel;status\n' + ids.map((id) => `${id};p1;0180;Titel ${id};planerad`).join('\n');
  it.each<[string, InputFile[], number[]]>([
    ['one measures file', [file('atgarder.csv', measures(['a1', 'a2', 'a3', 'a4', 'a5']))], [0]],
    [
      'measures given before the plans they refer to',
      [file('atgarder.csv', measures(['a1', 'a2', 'a3'])), file('planer.csv', plans)],
      [0, 1],
    ],
    [
      'two measures files with the same record: only the plans stream',
      [
        file('atgarder 1.csv', measures(['a1', 'a2', 'a3'])),
        file('planer.csv', plans),
        file('atgarder 2.csv', measures(['a3', 'a4'])),
      ],
      [1],
    ],
    [
      'a workbook sheet',
      [
        {
          name: 'bok.xlsx',
          bytes: new Uint8Array(),
          workbook: {
            sheets: [
              sheet(
                'Åtgärder',
                ['id', 'kommunkod', 'titel', 'status'],
                [
                  ['a1', '0180', 'Ett', 'planerad'],
                  ['a2', 'Atlantis', 'Två', 'planerad'],
                  ['a3', '1490', "'=Tre", 'pågående'],
                ],
              ),
            ],
            issues: [],
          },
        },
      ],
      [0],
    ],
  ])('%s', (_, files, streams) => {
    const plain = analyseFiles(files, ctxData);
    const { sent, analysis } = streamed(files);
    expect(JSON.stringify(analysis)).toBe(JSON.stringify(plain));
    expect([...sent.keys()].sort()).toEqual(streams);
    for (const [i, records] of sent) expect(records).toEqual(analysis.tables[i].result!.records);
    expect(analysis.tables.every((t) => t.result?.records.length)).toBe(true);
  });
});
