/** Only a workbook's own helper sheets (lists, instructions, column guide) are skipped on import: by their marker, not by name. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exampleData } from '$lib/domain/example';
import { register } from '$lib/domain/register';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import type { Round } from '$lib/domain/collection';
import type { Rec } from '$lib/domain/merge';
import { analyseFiles, type ContextData } from '$lib/io/analyse';
import { templateBytes } from '$lib/io/template';
import { helperSheets, readWorkbook } from '$lib/io/xlsx-read';
import { codeLists, listSheet, markHelperSheet } from '$lib/io/xlsx-write';

const NOW = '2026-01-01T00:00:00.000Z';
const ctx: ContextData = { themes: [], plans: [], regionIds: [], now: NOW };
const bytesOf = async (wb: ExcelJS.Workbook) => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

/** A person's workbook: a measures table on a sheet named `name`. */
function measuresOn(name: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  ws.addRow(['kommunkod', 'titel', 'status']);
  ws.addRow(['1490', 'Kompetenstrappa', 'planerad']);
  ws.addRow(['1490', 'Familjehemsrekrytering', 'Pågående']);
  return wb;
}

async function imported(wb: ExcelJS.Workbook) {
  const bytes = await bytesOf(wb);
  const read = await readWorkbook('bok.xlsx', bytes);
  const analysis = analyseFiles([{ name: 'bok.xlsx', bytes, workbook: read }], ctx);
  return { read, analysis, titles: analysis.tables.flatMap((t) => (t.result?.records ?? []).map((r) => r.titel)) };
}

describe("a person's own sheets", () => {
  it.each(['Listor', 'Instruktioner', 'Kolumner'])(
    'a sheet named "%s" holding measures imports its rows',
    async (name) => {
      const { read, analysis, titles } = await imported(measuresOn(name));
      expect(read.issues).toEqual([]);
      expect(read.sheets.map((s) => s.sheet)).toEqual([name]);
      expect(analysis.tables.map((t) => t.entity)).toEqual(['measures']);
      expect(titles).toEqual(['Kompetenstrappa', 'Familjehemsrekrytering']);
    },
  );

  it('beside a marked helper sheet of the same workbook, only the marked one is skipped', async () => {
    const wb = measuresOn('Listor');
    const help = wb.addWorksheet('Hjälp');
    help.addRow(['Det här är', 'ingen tabell']);
    markHelperSheet(wb, help);
    const { read, titles } = await imported(wb);
    expect(read.sheets.map((s) => s.sheet)).toEqual(['Listor']);
    expect(titles).toHaveLength(2);
  });
});

describe("the template's own helper sheets", () => {
  const example = exampleData(register, '2025-06-01T10:00:00.000Z');
  const round: Round = {
    id: 'i-1',
    namn: 'Våren 2016',
    region_id: 'r1',
    sista_svarsdag: '2016-05-31',
    fragar: [],
    kontakt: 'Anna',
    skapad: NOW,
    uppdaterad: NOW,
  };

  it('are marked, and skipped on import', async () => {
    const bytes = await templateBytes({
      round,
      regionName: 'Sjuhärad',
      kommunkod: '1490',
      kommunName: 'Borås',
      tables: {
        plans: example.plans as unknown as Rec[],
        measures: example.measures as unknown as Rec[],
        requests: example.requests as unknown as Rec[],
        themes: DEFAULT_THEMES as unknown as Rec[],
      },
      created: NOW,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect([...helperSheets(wb)].sort()).toEqual(['Instruktioner', 'Listor']);
    const read = await readWorkbook('svar.xlsx', bytes);
    expect(read.issues).toEqual([]);
    expect(read.sheets.map((s) => s.sheet)).toEqual(['planer', 'atgarder', 'medskick', 'svar']);
  });

  it('a workbook written by Planatlas before the marker still has its "Listor" and "Instruktioner" skipped', async () => {
    const wb = measuresOn('atgarder');
    wb.addWorksheet('Om filen').addRows([
      ['Om filen', 'Planatlas'],
      ['Formatversion', '1'],
    ]);
    wb.addWorksheet('Instruktioner').addRow(['1. Fyll i bladen.']);
    // The lists sheet as it was written before the marker.
    const lists = wb.addWorksheet('Listor', { state: 'hidden' });
    codeLists([]).forEach(([kind, values], i) => (lists.getColumn(i + 1).values = [kind, ...values]));
    const { read, titles } = await imported(wb);
    expect(helperSheets(wb)).toEqual(new Set(['Listor', 'Instruktioner']));
    expect(read.sheets.map((s) => s.sheet)).toEqual(['atgarder']);
    expect(titles).toHaveLength(2);
  });

  it('listSheet marks its sheet', async () => {
    const wb = new ExcelJS.Workbook();
    listSheet(wb, codeLists([]));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await bytesOf(wb)).slice().buffer as ArrayBuffer);
    expect(helperSheets(back)).toEqual(new Set(['Listor']));
  });
});
