/**
 * A workbook means what Excel shows (issue 22 point 2, RELIABILITY 42): percent formats, leading
 * zeros, formulas without a saved value, hidden rows and sheets, the size guard and plain errors.
 * Every workbook is written here with exceljs, as a script or another program writes them.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { analyseFiles, type ContextData } from '$lib/io/analyse';
import { cellText, isPercentFormat, readWorkbook, zeroWidth, type Include } from '$lib/io/xlsx-read';
import { bytesOf, hugeTextWorkbook } from '../support/workbooks';

const ctx: ContextData = { themes: [], plans: [], regionIds: [], now: '2026-01-01T00:00:00.000Z' };

/** A workbook of one sheet `name` with these rows; `style` sets number formats and hidden rows. */
async function sheetBytes(
  name: string,
  rows: unknown[][],
  style: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void = () => {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.addRows(rows);
  style(ws, wb);
  return bytesOf(wb);
}

async function analyse(file: string, bytes: Uint8Array, include?: Include) {
  return analyseFiles([{ name: file, bytes, workbook: await readWorkbook(file, bytes, include) }], ctx);
}

describe('percent formats give the percentage shown (RELIABILITY 42)', () => {
  it.each([
    [0.6, '0%', '60'],
    [0.6, '0.0%', '60'],
    [0.605, '0.0%', '60.5'],
    [0.57, '0%', '57'],
    [1, '0%', '100'],
    [0, '0%', '0'],
    [0.6, '0 %', '60'],
    [0.6, '[Red]0%;[Blue]-0%', '60'],
    [-0.25, '0%', '-25'],
    [0.6, undefined, '0.6'],
    [0.6, 'General', '0.6'],
    // A quoted "%" is a letter, not a percent format: Excel shows 6 %.
    [6, '0" %"', '6'],
  ])('%s formatted %s → %s', (value, numFmt, expected) => {
    expect(cellText({ value, numFmt } as never)).toEqual({ text: expected });
    // The same through a formula's saved result.
    expect(cellText({ value: { formula: 'B1', result: value }, numFmt } as never)).toEqual({ text: expected });
  });

  it.each([
    ['0%', true],
    ['0.00%', true],
    ['0\\%', false],
    ['"%"0', false],
    ['0.00', false],
    [undefined, false],
  ])('%s is a percent format: %s', (fmt, expected) => expect(isPercentFormat(fmt)).toBe(expected));

  it('a workbook with 0,6 formatted 0% gives 60, as the same value typed "60 %" in a CSV file', async () => {
    const bytes = await sheetBytes(
      'nyckeltal',
      [
        ['indikator', 'kommunkod', 'period', 'varde'],
        ['N00001', '1490', '2024', 0.6],
      ],
      (ws) => (ws.getCell('D2').numFmt = '0%'),
    );
    const analysis = await analyse('bok.xlsx', bytes);
    expect(analysis.tables[0].result!.records.map((r) => r.varde)).toEqual([60]);
  });
});

describe('a number formatted with leading zeros keeps them (RELIABILITY 42)', () => {
  it.each([
    [123, '000000', false, '000123', true],
    [12, '0000', false, '0012', true],
    [1480, '0000', false, '1480', false],
    [123456, '0000', false, '123456', false],
    // A code column pads to four digits anyway: the format changes nothing there.
    [180, '0000', true, '0180', false],
    [180, '000000', true, '000180', true],
    [123, '0', false, '123', false],
    [123, 'General', false, '123', false],
    [1.5, '0000', false, '1.5', false],
    [123, '[Blue]000000', false, '000123', true],
  ])('%s formatted %s (code column %s) → %s', (value, numFmt, code, text, zeros) => {
    expect(cellText({ value, numFmt } as never, code)).toEqual(zeros ? { text, zeros: true } : { text });
  });

  it.each([
    ['000000', 6],
    ['0000', 4],
    ['00', 2],
    ['0', 0],
    ['0.00', 0],
    ['#,##0', 0],
    [undefined, 0],
  ])('format %s shows at least %i digits', (fmt, width) => expect(zeroWidth(fmt)).toBe(width));

  it('an id shown as 000123 is stored as 000123, as the CSV Excel saves from the sheet, and the preview says so', async () => {
    const bytes = await sheetBytes(
      'Åtgärder',
      [
        ['id', 'kommunkod', 'titel', 'status'],
        [123, 1490, 'Kompetenstrappa', 'pagaende'],
        [4567, 1490, 'Familjehem', 'pagaende'],
        [123456, 1490, 'Stöd', 'pagaende'],
      ],
      (ws) => ws.getColumn(1).eachCell((c, row) => row > 1 && (c.numFmt = '000000')),
    );
    const analysis = await analyse('bok.xlsx', bytes);
    const table = analysis.tables[0];
    expect(table.result!.records.map((r) => r.id)).toEqual(['000123', '004567', '123456']);
    const csv = analyseFiles(
      [
        {
          name: 'atgarder.csv',
          bytes: new TextEncoder().encode(
            'id;kommunkod;titel;status\r\n000123;1490;Kompetenstrappa;pagaende\r\n004567;1490;Familjehem;pagaende\r\n123456;1490;Stöd;pagaende\r\n',
          ),
        },
      ],
      ctx,
    );
    expect(csv.tables[0].result!.records.map((r) => r.id)).toEqual(table.result!.records.map((r) => r.id));
    expect(table.issues).toContainEqual(
      expect.objectContaining({
        file: 'bok.xlsx › Åtgärder',
        column: 'id (A)',
        severity: 'info',
        message: '2 tal visas med inledande nollor i Excel och lästes så, som text (t.ex. 000123 (A2)).',
      }),
    );
  });
});

describe('a formula without a saved value is an error naming the cell (RELIABILITY 42)', () => {
  it.each([
    [{ formula: 'A1&"x"' }, { text: '', noValue: true }],
    [{ sharedFormula: 'C2' }, { text: '', noValue: true }],
    [{ formula: 'A1&"x"', result: 'Plan' }, { text: 'Plan' }],
    [{ formula: '1+1', result: 2 }, { text: '2' }],
    [{ formula: 'IF(1,"")', result: '' }, { text: '' }],
  ])('%j → %j', (value, expected) => expect(cellText({ value } as never)).toEqual(expected));

  it('in titel: the row is an error naming sheet, cell and column, not "Fältet måste fyllas i"', async () => {
    const rows: unknown[][] = [['kommunkod', 'status', 'titel']];
    for (let i = 0; i < 5; i++) rows.push(['1490', 'pagaende', `Åtgärd ${i}`]);
    rows.push(['1490', 'pagaende', { formula: 'A7&" plan"' }]);
    rows.push(['1490', 'pagaende', { formula: 'A8&" plan"', result: '1490 plan' }]);
    const analysis = await analyse('svar.xlsx', await sheetBytes('Åtgärder', rows));
    const table = analysis.tables[0];
    const errors = table.issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([
      {
        file: 'svar.xlsx › Åtgärder',
        row: 7,
        column: 'titel (C)',
        severity: 'error',
        message: 'Cell C7: formeln har inget sparat värde – öppna och spara filen i Excel.',
      },
    ]);
    expect(table.result!.records.map((r) => r.titel)).toEqual([
      'Åtgärd 0',
      'Åtgärd 1',
      'Åtgärd 2',
      'Åtgärd 3',
      'Åtgärd 4',
      '1490 plan',
    ]);
  });
});

describe('hidden rows and sheets are listed and left out unless chosen (RELIABILITY 42)', () => {
  /** Measures on a visible sheet (row 3 hidden), a hidden sheet and a very hidden sheet. */
  async function hiddenBook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const shown = wb.addWorksheet('Åtgärder');
    shown.addRows([
      ['kommunkod', 'titel', 'status'],
      ['1490', 'Synlig', 'pagaende'],
      ['1490', 'Dold rad', 'pagaende'],
      ['1490', 'Också synlig', 'pagaende'],
    ]);
    shown.getRow(3).hidden = true;
    for (const [name, state] of [
      ['Gammalt', 'hidden'],
      ['Hemligt', 'veryHidden'],
    ] as const)
      wb.addWorksheet(name, { state }).addRows([
        ['kommunkod', 'titel', 'status'],
        ['1490', `Från ${name}`, 'pagaende'],
      ]);
    return bytesOf(wb);
  }

  const titles = (a: Awaited<ReturnType<typeof analyse>>) =>
    a.tables.flatMap((t) => (t.result?.records ?? []).map((r) => r.titel));

  it.each([
    ['nothing ticked', { sheets: [], rows: false }, ['Synlig', 'Också synlig']],
    ['hidden rows', { sheets: [], rows: true }, ['Synlig', 'Dold rad', 'Också synlig']],
    ['the hidden sheet', { sheets: ['bok.xlsx › Gammalt'], rows: false }, ['Synlig', 'Också synlig', 'Från Gammalt']],
    [
      'the very hidden sheet',
      { sheets: ['bok.xlsx › Hemligt'], rows: false },
      ['Synlig', 'Också synlig', 'Från Hemligt'],
    ],
    [
      'everything',
      { sheets: ['bok.xlsx › Gammalt', 'bok.xlsx › Hemligt'], rows: true },
      ['Synlig', 'Dold rad', 'Också synlig', 'Från Gammalt', 'Från Hemligt'],
    ],
  ] as const)('%s', async (_, include, expected) => {
    const analysis = await analyse('bok.xlsx', await hiddenBook(), { sheets: [...include.sheets], rows: include.rows });
    expect(titles(analysis)).toEqual(expected);
    // Listed whether chosen or not.
    expect(analysis.hidden).toEqual([
      {
        file: 'bok.xlsx',
        sheets: [
          { sheet: 'Gammalt', label: 'bok.xlsx › Gammalt', state: 'hidden' },
          { sheet: 'Hemligt', label: 'bok.xlsx › Hemligt', state: 'veryHidden' },
        ],
        rows: [{ sheet: 'Åtgärder', label: 'bok.xlsx › Åtgärder', rows: [3] }],
      },
    ]);
  });

  it('says what was left out', async () => {
    const analysis = await analyse('bok.xlsx', await hiddenBook());
    const said = [...analysis.issues, ...analysis.tables.flatMap((t) => t.issues)].map((i) => [i.file, i.message]);
    expect(said).toEqual(
      expect.arrayContaining([
        ['bok.xlsx › Gammalt', expect.stringContaining('Bladet är dolt i Excel och togs inte med')],
        ['bok.xlsx › Hemligt', expect.stringContaining('Bladet är dolt i Excel och togs inte med')],
        ['bok.xlsx › Åtgärder', expect.stringContaining('1 dold rad (3) togs inte med')],
      ]),
    );
  });

  it('a workbook with only a hidden sheet lists it, without "no sheets"', async () => {
    const bytes = await sheetBytes(
      'Åtgärder',
      [
        ['kommunkod', 'titel'],
        ['1490', 'x'],
      ],
      (ws) => (ws.state = 'hidden'),
    );
    const read = await readWorkbook('bok.xlsx', bytes);
    expect(read.sheets).toEqual([]);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.hidden?.sheets.map((s) => s.sheet)).toEqual(['Åtgärder']);
  });
});

/** The problems of a read in plain words: none of JavaScript's. */
const plain = (message: string) => {
  expect(message).not.toMatch(/undefined|Cannot read|TypeError|Error:|null|\bat \w/);
};

describe('a workbook that would unpack past the limit is refused before it is read (RELIABILITY 42)', () => {
  it('the 620 KB workbook whose shared strings are 600 MB: refused with file, size and limit', async () => {
    const bytes = await hugeTextWorkbook(600);
    expect(bytes.length).toBeLessThan(700 * 1024);
    const read = await readWorkbook('stor.xlsx', bytes);
    expect(read.sheets).toEqual([]);
    expect(read.issues).toEqual([
      {
        file: 'stor.xlsx',
        severity: 'error',
        message:
          'Arbetsboken stor.xlsx blir 601 MB uppackad, mer än gränsen på 200 MB. Den lästes inte. Dela upp den i mindre arbetsböcker eller spara bladen som CSV.',
      },
    ]);
  });

  it.each([
    [2, 1, 'refused'],
    [2, 3, 'read'],
  ])('%i MiB of text under a limit of %i MiB is %s', async (mb, limit, outcome) => {
    const read = await readWorkbook('bok.xlsx', await hugeTextWorkbook(mb), undefined, limit * 1024 * 1024);
    if (outcome === 'refused') expect(read.issues[0].message).toContain(`gränsen på ${limit} MB`);
    else expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('an entry that unpacks to more than it declares is stopped while inflating', async () => {
    // The shared strings declare 200 bytes but hold 2 MiB: the declared total passes the guard.
    const bytes = await hugeTextWorkbook(2);
    const lied = bytes.slice();
    const view = new DataView(lied.buffer);
    for (let at = 0; at < lied.length - 4; at++) {
      const sig = view.getUint32(at, true);
      const name = (off: number, len: number) => new TextDecoder().decode(lied.subarray(off, off + len));
      if (sig === 0x04034b50 && name(at + 30, view.getUint16(at + 26, true)) === 'xl/sharedStrings.xml')
        view.setUint32(at + 22, 200, true);
      if (sig === 0x02014b50 && name(at + 46, view.getUint16(at + 28, true)) === 'xl/sharedStrings.xml')
        view.setUint32(at + 24, 200, true);
    }
    const read = await readWorkbook('lögn.xlsx', lied, undefined, 1024 * 1024);
    expect(read.sheets).toEqual([]);
    expect(read.issues[0].message).toMatch(/^Arbetsboken lögn\.xlsx kunde inte läsas: filen är skadad/);
  });
});

describe('every error in plain Swedish, without JavaScript internals (RELIABILITY 42)', () => {
  /** A good workbook with one part replaced. */
  async function withPart(name: string, text: string | null): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Åtgärder').addRows([
      ['kommunkod', 'titel'],
      ['1490', 'Plan'],
    ]);
    const files = unzipSync(await bytesOf(wb));
    if (text === null) delete files[name];
    else files[name] = strToU8(text);
    return zipSync(files);
  }

  it.each([
    // exceljs: "Cannot read properties of undefined (reading 'richText')"
    [
      'shared strings that lack the cells’ texts',
      () =>
        withPart(
          'xl/sharedStrings.xml',
          '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>',
        ),
    ],
    ['a workbook part that is not XML', () => withPart('xl/workbook.xml', 'inte xml <<<')],
    ['no workbook part', () => withPart('xl/workbook.xml', null)],
    ['a sheet that is not XML', () => withPart('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row><c')],
    ['a zip cut short', async () => (await withPart('docProps/app.xml', '<x/>')).slice(0, 900)],
    ['the start of a zip and nothing more', async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ])('%s', async (_, make) => {
    const read = await readWorkbook('trasig.xlsx', await make());
    expect(read.sheets).toEqual([]);
    expect(read.issues).toEqual([{ file: 'trasig.xlsx', severity: 'error', message: expect.any(String) }]);
    expect(read.issues[0].message).toMatch(/^Arbetsboken trasig\.xlsx kunde inte läsas: \p{Ll}/u);
    plain(read.issues[0].message);
  });
});
