/** "Ladda ner tom mall": blank templates of every table, with a column guide, that import back as nothing. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import { csvColumns, ENTITIES, ENTITY_NAMES } from '$lib/domain/entities';
import type { Rec } from '$lib/domain/merge';
import { analyseFiles, type ContextData } from '$lib/io/analyse';
import {
  BLANK_CSV_ZIP,
  BLANK_XLSX,
  blankCsvZip,
  blankWorkbookBytes,
  columnGuide,
  GUIDE_TXT,
} from '$lib/io/blank-template';
import { helperSheets, readWorkbook } from '$lib/io/xlsx-read';
import { sheetName } from '$lib/io/xlsx-write';

const NOW = '2026-01-01T00:00:00.000Z';
const ctx: ContextData = { themes: DEFAULT_THEMES.map((th) => [th.id, th.namn]), plans: [], regionIds: [], now: NOW };
const themes = DEFAULT_THEMES as unknown as Rec[];
const load = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
};
const errorsOf = (a: ReturnType<typeof analyseFiles>) =>
  [...a.issues, ...a.tables.flatMap((t) => t.issues)].filter((i) => i.severity !== 'info');
const recordsOf = (a: ReturnType<typeof analyseFiles>) => a.tables.flatMap((t) => t.result?.records ?? []);

describe('the column guide', () => {
  const guide = columnGuide();
  it('names every column of every table of the registry, in order, as required or not', () =>
    expect(guide.map((g) => [g.entity, g.column, g.required])).toEqual(
      ENTITY_NAMES.flatMap((e) => ENTITIES[e].fields.map((f) => [e, f.key, !!f.required])),
    ));
  it('says what each column means and gives an example', () => {
    expect(guide.filter((g) => !g.meaning).map((g) => `${g.entity}.${g.column}`)).toEqual([]);
    expect(guide.filter((g) => !g.example).map((g) => `${g.entity}.${g.column}`)).toEqual([]);
  });
  it('lists the allowed values of an enumeration with their words', () => {
    const status = guide.find((g) => g.entity === 'measures' && g.column === 'status')!;
    expect(status.allowed).toBe('planerad (Planerad), pagaende (Pågående), genomford (Genomförd), avbruten (Avbruten)');
    expect(guide.find((g) => g.entity === 'events' && g.column === 'typ')!.allowed).toContain('besok (Besök)');
  });
});

describe('the blank workbook', () => {
  it('has the guide, the hidden lists and one empty sheet per table with exactly the CSV headers', async () => {
    const wb = await load(await blankWorkbookBytes(themes, NOW));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kolumner', 'Listor', ...ENTITY_NAMES.map(sheetName)]);
    for (const e of ENTITY_NAMES) {
      const ws = wb.getWorksheet(sheetName(e))!;
      expect([e, (ws.getRow(1).values as string[]).slice(1)]).toEqual([e, csvColumns(e)]);
      expect([e, ws.actualRowCount]).toEqual([e, 1]);
    }
    expect(helperSheets(wb)).toEqual(new Set(['Kolumner', 'Listor']));
    const guideRows = wb.getWorksheet('Kolumner')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(guideRows.some((r) => r[1] === 'atgarder' && r[2] === 'titel' && r[4] === 'ja')).toBe(true);
  });

  it('imported back unchanged gives nothing, without errors', async () => {
    const bytes = await blankWorkbookBytes(themes, NOW);
    const read = await readWorkbook(BLANK_XLSX, bytes);
    expect(read.issues).toEqual([]);
    expect(read.sheets.map((s) => s.sheet)).toEqual(ENTITY_NAMES.map(sheetName));
    const analysis = analyseFiles([{ name: BLANK_XLSX, bytes, workbook: read }], ctx);
    expect(errorsOf(analysis)).toEqual([]);
    expect(analysis.tables.map((t) => t.entity)).toEqual(expect.arrayContaining([...ENTITY_NAMES]));
    expect(recordsOf(analysis)).toEqual([]);
  });

  it('with one measure filled in, gives that measure', async () => {
    const wb = await load(await blankWorkbookBytes(themes, NOW));
    const ws = wb.getWorksheet('atgarder')!;
    const row = { kommunkod: '1490', titel: 'Kompetenstrappa', status: 'Pågående', teman: 'kompetens' };
    ws.addRow(csvColumns('measures').map((h) => row[h as keyof typeof row] ?? null));
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const analysis = analyseFiles(
      [{ name: 'mall.xlsx', bytes, workbook: await readWorkbook('mall.xlsx', bytes) }],
      ctx,
    );
    expect(errorsOf(analysis)).toEqual([]);
    expect(recordsOf(analysis)).toMatchObject([
      { kommunkod: '1490', titel: 'Kompetenstrappa', status: 'pagaende', teman: ['kompetens'] },
    ]);
  });
});

describe('the blank CSV files', () => {
  const files = unzipSync(blankCsvZip());
  it('one header-only file per table (Excel dialect) and the guide as text', () => {
    expect(Object.keys(files).sort()).toEqual([...ENTITY_NAMES.map((e) => ENTITIES[e].file), GUIDE_TXT].sort());
    for (const e of ENTITY_NAMES)
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[ENTITIES[e].file])).toBe(
        `\ufeff${csvColumns(e).join(';')}\r\n`,
      );
    const guide = strFromU8(files[GUIDE_TXT]);
    expect(guide).toContain('atgarder.csv');
    expect(guide).toMatch(/ {2}titel \(obligatorisk\): Titel\. Text\. Exempel: /);
  });
  it('imported back unchanged (the zip) gives nothing, without errors', () => {
    const analysis = analyseFiles([{ name: BLANK_CSV_ZIP, bytes: blankCsvZip() }], ctx);
    expect(errorsOf(analysis)).toEqual([]);
    expect(analysis.tables.length).toBe(ENTITY_NAMES.length);
    expect(recordsOf(analysis)).toEqual([]);
  });
});
