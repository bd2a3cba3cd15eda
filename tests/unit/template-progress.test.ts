/** A round asks, per measure, its status, how far it has come (genomforande, 0–100) and a short comment. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exampleData } from '$lib/domain/example';
import { register } from '$lib/domain/register';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import type { Round } from '$lib/domain/collection';
import { planTable, recordKey, type Rec } from '$lib/domain/merge';
import { analyseFiles, type ContextData } from '$lib/io/analyse';
import { PROMPT_TITLE_MAX, templateBytes, type TemplateInput } from '$lib/io/template';
import { csvTemplateFiles } from '$lib/io/template-csv';
import { readWorkbook } from '$lib/io/xlsx-read';
import { sv } from '$lib/i18n/sv';
import { en } from '$lib/i18n/en';

const NOW = '2026-01-01T00:00:00.000Z';
const example = exampleData(register, '2025-06-01T10:00:00.000Z');
const measures = example.measures as unknown as Rec[];
const round: Round = {
  id: 'i-1234abcd',
  namn: 'Planer våren 2016',
  region_id: 'r1',
  sista_svarsdag: '2016-05-31',
  fragar: ['atgarder'],
  kontakt: 'Anna',
  skapad: NOW,
  uppdaterad: NOW,
};
const input: TemplateInput = {
  round,
  regionName: 'Sjuhärad',
  kommunkod: '1490',
  kommunName: 'Borås',
  tables: { plans: [], measures, requests: [], themes: DEFAULT_THEMES as unknown as Rec[] },
  created: NOW,
};
const ctx: ContextData = {
  themes: DEFAULT_THEMES.map((th) => [th.id, th.namn]),
  plans: example.plans.map((p) => [p.id, p.kommunkod]),
  regionIds: ['r1'],
  now: NOW,
};
type DV = { dataValidations: { model: Record<string, Record<string, unknown>> } };
const load = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
};
const letterOf = (ws: ExcelJS.Worksheet, key: string) =>
  ws.getColumn((ws.getRow(1).values as string[]).indexOf(key)).letter;
const noteOf = (cell: ExcelJS.Cell) => {
  const n = cell.note as unknown;
  return typeof n === 'string' ? n : ((n as { texts?: { text: string }[] })?.texts ?? []).map((t) => t.text).join('');
};

describe('the template asks for progress', () => {
  it('genomforande: a number from 0 to 100 with the question as note and prompt; kommentar: a note', async () => {
    const ws = (await load(await templateBytes(input))).getWorksheet('atgarder')!;
    const g = letterOf(ws, 'genomforande');
    const dv = (ws as unknown as DV).dataValidations.model;
    for (const row of [2, 40])
      expect(dv[`${g}${row}`]).toMatchObject({
        type: 'decimal',
        operator: 'between',
        formulae: [0, 100],
        allowBlank: true,
        showInputMessage: true,
        promptTitle: sv.progress.promptTitle,
        prompt: sv.progress.prompt,
      });
    expect(noteOf(ws.getCell(`${g}1`))).toBe('Hur långt har åtgärden kommit (%)');
    expect(noteOf(ws.getCell(`${letterOf(ws, 'kommentar')}1`))).toBe(sv.progress.comment);
  });
  it.each([
    ['sv', sv.progress.promptTitle],
    ['en', en.progress.promptTitle],
  ])('the %s prompt title fits Excel’s limit', (_l, title) =>
    expect(title.length).toBeLessThanOrEqual(PROMPT_TITLE_MAX),
  );

  it('an answer reporting 50 % and a comment is taken as a change of those fields', async () => {
    const wb = await load(await templateBytes(input));
    const ws = wb.getWorksheet('atgarder')!;
    ws.getCell(`${letterOf(ws, 'genomforande')}2`).value = 50;
    ws.getCell(`${letterOf(ws, 'kommentar')}2`).value = 'Lotsarna är anställda';
    const out = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const analysis = analyseFiles([{ name: 'a.xlsx', bytes: out, workbook: await readWorkbook('a.xlsx', out) }], ctx);
    const t = analysis.tables.find((x) => x.entity === 'measures')!;
    expect(t.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const existing = new Map(measures.map((r) => [recordKey('measures', r), r]));
    const p = planTable('measures', t.result!.records, existing, 'newer');
    expect(p.update.map((u) => [u.fields, u.after.genomforande, u.after.kommentar])).toEqual([
      [['kommentar', 'genomforande'], 50, 'Lotsarna är anställda'],
    ]);
  });

  it('the CSV template has the same columns and says how to fill them', () => {
    const files = csvTemplateFiles(input);
    expect(files['atgarder.csv'].split('\r\n')[0]).toContain(';kommentar;genomforande;');
    expect(files['LASMIG.txt']).toContain('genomforande hur långt den har kommit i procent (0–100');
  });
});
