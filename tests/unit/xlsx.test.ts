import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ENTITIES } from '$lib/domain/records';
import { analyseFiles, type ContextData, type InputFile } from '$lib/io/analyse';
import { EXPORT_TABLES, scopedRecords } from '$lib/io/exporting';
import type { Rec } from '$lib/domain/merge';
import { exampleTables, wholeSweden } from './support/example-tables';
import { cellText, columnLetters, dateText, isXlsx, readWorkbook } from '$lib/io/xlsx-read';
import { sheetName, workbookBytes, workbookFileName } from '$lib/io/xlsx-write';

const NOW = '2026-01-01T00:00:00.000Z';
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const emptyCtx: ContextData = { themes: [], plans: [], regionIds: [], now: NOW };

/** What the import worker does: read the workbook first, then the one import path. */
async function analyseWorkbook(name: string, bytes: Uint8Array, ctx = emptyCtx) {
  const file: InputFile = { name, bytes, workbook: await readWorkbook(name, bytes) };
  return analyseFiles([file], ctx);
}

describe('cells', () => {
  it.each([
    [new Date(Date.UTC(2016, 2, 1)), 'yyyy-mm', '2016-03'],
    [new Date(Date.UTC(2016, 2, 1)), 'mmm yyyy', '2016-03'],
    [new Date(Date.UTC(2016, 2, 15)), 'yyyy-mm-dd', '2016-03-15'],
    [new Date(Date.UTC(2016, 2, 15)), 'd/m/yyyy', '2016-03-15'],
    [new Date(Date.UTC(2016, 0, 1)), 'yyyy', '2016'],
    [new Date(Date.UTC(2016, 2, 15)), undefined, '2016-03-15'],
    [new Date(Date.UTC(2016, 2, 15, 9, 30, 5)), 'yyyy-mm-dd hh:mm:ss', '2016-03-15T09:30:05Z'],
    [new Date(Date.UTC(2016, 2, 15)), '[$-41D]yyyy-mm-dd', '2016-03-15'],
  ])('date %s formatted %s → %s', (d, fmt, expected) => expect(dateText(d, fmt)).toBe(expected));

  it.each([
    [{ value: 180 }, true, '0180'],
    [{ value: 1480 }, true, '1480'],
    [{ value: 180 }, false, '180'],
    [{ value: 1.234 }, false, '1.2340'],
    [{ value: 12.5 }, false, '12.5'],
    [{ value: -3 }, false, '-3'],
    [{ value: true }, false, 'ja'],
    [{ value: '  text ' }, false, 'text'],
    [{ value: null }, false, ''],
    [{ value: { formula: '1+1', result: 2 } }, false, '2'],
    [{ value: { sharedFormula: 'A1', result: 'x' } }, false, 'x'],
    [{ value: { richText: [{ text: 'a' }, { text: 'b' }] } }, false, 'ab'],
    [{ value: { text: 'länk', hyperlink: 'https://x.se' } }, false, 'länk'],
  ])('%j (code column: %s) → %s', (cell, code, expected) => {
    expect(cellText(cell as never, code)).toEqual({ text: expected });
  });

  it('an Excel error is an error, also as a formula result', () => {
    expect(cellText({ value: { error: '#N/A' } } as never).error).toBe('#N/A');
    expect(cellText({ value: { formula: '1/0', result: { error: '#DIV/0!' } } } as never).error).toBe('#DIV/0!');
  });

  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %i is %s', (n, s) => expect(columnLetters(n)).toBe(s));
});

describe('reading a workbook written by LibreOffice', () => {
  const bytes = fixture('planer-titelrad.xlsx');

  it('is recognised as a workbook, by name or by content', () => {
    expect(isXlsx('bok.xlsx', bytes)).toBe(true);
    expect(isXlsx('utan-namn', bytes)).toBe(true);
    expect(isXlsx('paket.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe(false);
    expect(isXlsx('bok.xlsx', new TextEncoder().encode('id;titel'))).toBe(false);
  });

  it('skips the title row, pads numeric codes, keeps date precision and reads formulas as values', async () => {
    const wb = await readWorkbook('bok.xlsx', bytes);
    expect(wb.issues).toEqual([]);
    expect(wb.sheets.map((s) => s.sheet)).toEqual(['planer', 'nyckeltal']);
    const planer = wb.sheets[0];
    if (!planer.ok) throw new Error('planer not read');
    expect(planer.value.headers).toEqual([
      'id',
      'kommunkod',
      'titel',
      'status',
      'startdatum',
      'planerat_klart',
      'antagen',
      'ansvarig',
    ]);
    expect(planer.value.rows).toEqual([
      {
        row: 3,
        cells: [
          'x-p-1',
          '0180',
          'Plan för barn och unga',
          'antagen',
          '2016-03',
          '2018-12-31',
          '2016-05-17',
          'Socialnämnden',
        ],
      },
      { row: 4, cells: ['x-p-2', '0114', 'Handlingsplan', 'under_arbete', '2021-09', '', '', 'Socialförvaltningen'] },
    ]);
    expect(planer.value.issues).toEqual([
      expect.objectContaining({ row: 2, severity: 'info', message: expect.stringMatching(/Rad 1/) }),
    ]);
  });

  it('gives the same records as the same data imported as CSV', async () => {
    const analysis = await analyseWorkbook('bok.xlsx', bytes);
    expect(analysis.tables.map((t) => [t.key, t.format, t.entity])).toEqual([
      ['bok.xlsx › planer', 'xlsx', 'plans'],
      ['bok.xlsx › nyckeltal', 'xlsx', 'indicatorValues'],
    ]);
    expect(analysis.tables.flatMap((t) => t.issues).filter((i) => i.severity === 'error')).toEqual([]);
    const csv = [
      'id;kommunkod;titel;status;startdatum;planerat_klart;antagen;ansvarig',
      'x-p-1;0180;Plan för barn och unga;antagen;2016-03;2018-12-31;2016-05-17;Socialnämnden',
      'x-p-2;0114;Handlingsplan;under_arbete;2021-09;;;Socialförvaltningen',
    ].join('\r\n');
    const fromCsv = analyseFiles([{ name: 'planer.csv', bytes: new TextEncoder().encode(csv) }], emptyCtx);
    const strip = (r: Record<string, unknown>) => ({ ...r, kalla: undefined });
    expect(analysis.tables[0].result!.records.map(strip)).toEqual(fromCsv.tables[0].result!.records.map(strip));
    expect(analysis.tables[1].result!.records.map((r) => [r.kommunkod, r.period, r.varde])).toEqual([
      ['0180', '2021', 1.234],
      ['0114', '2021', 2.468],
    ]);
  });

  it('names sheet, row and column letter in errors', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('planer');
    ws.addRows([
      ['id', 'kommunkod', 'titel', 'status'],
      ['a', 180, 'Plan', 'fel-status'],
      ['b', 180, 'Plan', { error: '#N/A' }],
      ['c', 180, 'Plan', 'antagen', 'utan rubrik'],
    ]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const analysis = await analyseWorkbook('fel.xlsx', bytes);
    const errors = analysis.tables[0].issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'fel.xlsx › planer',
        row: 3,
        column: 'status (D)',
        message: expect.stringContaining('D3'),
      }),
      expect.objectContaining({ file: 'fel.xlsx › planer', row: 4, message: expect.stringContaining('E4') }),
      expect.objectContaining({ file: 'fel.xlsx › planer', row: 2, column: 'status (D)' }),
    ]);
  });

  it('an unreadable workbook is a file error, not an exception', async () => {
    const r = await readWorkbook('trasig.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(r.sheets).toEqual([]);
    expect(r.issues[0]).toMatchObject({ file: 'trasig.xlsx', severity: 'error' });
  });
});

describe('export → Excel → import', () => {
  const tables = exampleTables();
  const meta = wholeSweden(NOW);

  it('changes nothing', async () => {
    const bytes = await workbookBytes(tables, {}, meta);
    const analysis = await analyseWorkbook('planatlas-sverige-2026-01-01.xlsx', bytes);
    const problems = [...analysis.issues, ...analysis.tables.flatMap((t) => t.issues)].filter(
      (i) => i.severity !== 'info',
    );
    expect(problems).toEqual([]);
    for (const table of EXPORT_TABLES) {
      const got = analysis.tables.find((t) => t.entity === table);
      expect(got?.format, table).toBe('xlsx');
      // Only the table's columns travel (the example records carry a few extra properties).
      const project = (r: Rec) =>
        Object.fromEntries(ENTITIES[table].fields.filter((f) => r[f.key] !== undefined).map((f) => [f.key, r[f.key]]));
      expect(got!.result!.records.map(project), table).toEqual(scopedRecords(table, tables[table], {}).map(project));
    }
  });

  it('writes text cells, a frozen bold header, widths, validation lists and an "Om filen" sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await workbookBytes(tables, {}, { ...meta, regionName: 'Stockholms län' })).buffer as ArrayBuffer,
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om filen', 'Listor', ...EXPORT_TABLES.map(sheetName)]);
    const about = wb.getWorksheet('Om filen')!;
    const aboutRows = about
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1, 3));
    expect(aboutRows).toContainEqual(['Region', 'Stockholms län']);
    expect(aboutRows).toContainEqual(['Formatversion', '1']);
    expect(aboutRows).toContainEqual(['Skapad', NOW]);
    expect(wb.getWorksheet('Listor')!.state).toBe('hidden');

    const plans = wb.getWorksheet('planer')!;
    expect(plans.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(plans.getRow(1).font?.bold).toBe(true);
    const code = plans.getCell('B2');
    expect(typeof code.value).toBe('string');
    expect(code.numFmt).toBe('@');
    const widths = plans.columns.map((c) => c.width ?? 0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
    const status = (
      plans as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
    ).dataValidations.model;
    expect(status['D2']).toMatchObject({ type: 'list', formulae: [expect.stringContaining('Listor')] });
    const measures = wb.getWorksheet('atgarder')!;
    const dv = (measures as unknown as { dataValidations: { model: Record<string, { errorStyle: string }> } })
      .dataValidations.model;
    expect(dv['F2']).toMatchObject({ errorStyle: 'warning' }); // teman: several ids allowed
    const values = wb.getWorksheet('nyckeltal')!;
    expect(typeof values.getCell('D2').value).toBe('number');
  });

  it.each([['planatlas-stockholms-lan-2026-01-01.zip', 'planatlas-stockholms-lan-2026-01-01.xlsx']])(
    'file name %s → %s',
    (zip, xlsx) => expect(workbookFileName(zip)).toBe(xlsx),
  );
});
