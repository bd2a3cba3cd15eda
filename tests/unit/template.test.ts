import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { exampleData } from '$lib/domain/example';
import { register } from '$lib/domain/register';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import type { Round } from '$lib/domain/collection';
import type { EntityName } from '$lib/domain/records';
import { analyseFiles, type ContextData } from '$lib/io/analyse';
import { planTable, recordKey, type Rec } from '$lib/domain/merge';
import { readWorkbook } from '$lib/io/xlsx-read';
import {
  askedTables,
  previousOf,
  templateBytes,
  templatesZip,
  templateWorkbook,
  type TemplateInput,
} from '$lib/io/template';
import { answerSheet, asAnswer, originOf, KOMMUN_LABEL, ROUND_LABEL } from '$lib/io/template-answer';

const NOW = '2026-01-01T00:00:00.000Z';
const example = exampleData(register, '2025-06-01T10:00:00.000Z');
const plans = example.plans as unknown as Rec[];
const measures = example.measures as unknown as Rec[];
const requests = example.requests as unknown as Rec[];
// A municipality of the example with a plan and measures.
const kommun = String(plans.find((p) => measures.some((m) => m.kommunkod === p.kommunkod))!.kommunkod);
const round: Round = {
  id: 'i-1234abcd',
  namn: 'Planer för handling våren 2016',
  region_id: 'r1',
  sista_svarsdag: '2016-05-31',
  fragar: ['plan', 'atgarder', 'medskick'],
  kontakt: 'Anna, anna@example.se',
  skapad: NOW,
  uppdaterad: NOW,
};
const input: TemplateInput = {
  round,
  regionName: 'Sjuhärad',
  kommunkod: kommun,
  kommunName: register.name(kommun),
  tables: { plans, measures, requests, themes: DEFAULT_THEMES as unknown as Rec[] },
  created: NOW,
};
const ctx: ContextData = {
  themes: DEFAULT_THEMES.map((th) => [th.id, th.namn]),
  plans: example.plans.map((p) => [p.id, p.kommunkod]),
  regionIds: ['r1', ...example.regions.map((r) => r.id)],
  now: NOW,
};
type DV = { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } };

describe('template workbook', () => {
  it('has instructions, "Om filen" with round and municipality, hidden lists, and one sheet per asked table', async () => {
    const wb = await templateWorkbook(input);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Instruktioner',
      'Om filen',
      'Listor',
      'planer',
      'atgarder',
      'medskick',
    ]);
    const about = wb
      .getWorksheet('Om filen')!
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1, 3));
    expect(about).toContainEqual([ROUND_LABEL, round.id]);
    expect(about).toContainEqual([KOMMUN_LABEL, kommun]);
    expect(wb.getWorksheet('Listor')!.state).toBe('hidden');
    expect(String(wb.getWorksheet('Instruktioner')!.getCell('A1').value)).toContain(register.name(kommun));
  });

  it("is pre-filled with the municipality's own rows only, ids in a hidden first column", async () => {
    const wb = await templateWorkbook(input);
    for (const [sheet, rows] of [
      ['planer', plans],
      ['atgarder', measures],
      ['medskick', requests],
    ] as const) {
      const ws = wb.getWorksheet(sheet)!;
      const own = rows.filter((r) => r.kommunkod === kommun);
      expect(ws.getCell('A1').value, sheet).toBe('id');
      expect(ws.getColumn(1).hidden, sheet).toBe(true);
      const ids = ws.getColumn(1).values.slice(2).filter(Boolean);
      expect(ids.sort(), sheet).toEqual(own.map((r) => String(r.id)).sort());
    }
  });

  it('has drop-down lists for status and themes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateBytes(input)).slice().buffer as ArrayBuffer);
    const planDv = (wb.getWorksheet('planer') as unknown as DV).dataValidations.model;
    expect(planDv['D2']).toMatchObject({ type: 'list', formulae: [expect.stringContaining('Listor')] });
    const measureDv = (wb.getWorksheet('atgarder') as unknown as DV).dataValidations.model;
    expect(measureDv['F2']).toMatchObject({ type: 'list' }); // teman
    expect(measureDv['G2']).toMatchObject({ type: 'list' }); // status
  });

  it.each([
    [['plan'], ['plans']],
    [
      ['atgarder', 'medskick'],
      ['measures', 'requests'],
    ],
    [[], ['plans', 'measures', 'requests']],
  ])('asks %j → sheets of %j', (fragar, tables) => expect(askedTables({ ...round, fragar })).toEqual(tables));

  it('a template returned unchanged imports as unchanged, plus its answer row', async () => {
    const bytes = await templateBytes(input);
    const wbRead = await readWorkbook('any-name.xlsx', bytes);
    expect(wbRead.origin).toMatchObject({ round: round.id, kommunkod: kommun });
    // The plan's previous version travels in "Om filen" and is kept by the answer (plan history).
    const before = previousOf(input);
    expect(before.plan_status_fore).not.toBe('');
    expect(before.atgarder_fore).toMatch(/^[^|:]+:\w+(\|[^|:]+:\w+)*$/);
    expect(wbRead.origin?.before).toEqual(before);
    const analysis = analyseFiles([{ name: 'any-name.xlsx', bytes, workbook: wbRead }], ctx);
    const errors = [...analysis.issues, ...analysis.tables.flatMap((t) => t.issues)].filter(
      (i) => i.severity === 'error',
    );
    expect(errors).toEqual([]);
    const stored: Record<string, Rec[]> = { plans, measures, requests, answers: [] };
    for (const table of analysis.tables) {
      const entity = table.entity as EntityName;
      const existing = new Map((stored[entity] ?? []).map((r) => [recordKey(entity, r), r]));
      const p = planTable(entity, table.result!.records, existing, 'newer');
      if (entity === 'answers') {
        expect(p.add.map((r) => [r.insamling_id, r.kommunkod, r.fil])).toEqual([[round.id, kommun, 'any-name.xlsx']]);
        const plan = plans.find((x) => x.kommunkod === kommun)!;
        expect(p.add[0]).toMatchObject({
          plan_status_fore: plan.status,
          plan_datum_fore: String(plan.uppdaterad).slice(0, 10),
          atgarder_fore: measures.filter((m) => m.kommunkod === kommun).map((m) => `${m.id}:${m.status}`),
        });
      } else {
        expect([entity, p.add.length, p.update.length], entity).toEqual([entity, 0, 0]);
        expect(p.unchanged, entity).toBe(stored[entity].filter((r) => r.kommunkod === kommun).length);
      }
    }
    expect(analysis.tables.map((t) => t.entity).sort()).toEqual(['answers', 'measures', 'plans', 'requests']);
  });

  it('the zip holds one workbook per member, named <round>-<Kommun>.xlsx', async () => {
    const members = ['1490', '1441'].map((k) => ({ kommunkod: k, kommunName: register.name(k) }));
    const files = unzipSync(await templatesZip(members, { ...input }));
    expect(Object.keys(files).sort()).toEqual([
      'Planer för handling våren 2016-Borås.xlsx',
      'Planer för handling våren 2016-Lerum.xlsx',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files['Planer för handling våren 2016-Lerum.xlsx'].slice().buffer as ArrayBuffer);
    expect(wb.getWorksheet('Om filen')!.getCell('B4').value).toBe('1441');
  });
});

describe('recognising an answer', () => {
  it.each([
    [
      [
        [ROUND_LABEL, 'i-1'],
        [KOMMUN_LABEL, '1490'],
      ],
      { round: 'i-1', kommunkod: '1490' },
    ],
    [
      [
        [ROUND_LABEL, 'i-1'],
        [KOMMUN_LABEL, '180'],
      ],
      { round: 'i-1', kommunkod: '0180' },
    ],
    [
      [
        [ROUND_LABEL, 'i-1'],
        [KOMMUN_LABEL, 'Borås'],
      ],
      { round: 'i-1', kommunkod: undefined },
    ],
    [[['Region', 'Sjuhärad']], { round: undefined, kommunkod: undefined }],
    [
      [
        [ROUND_LABEL, 'i-1'],
        [KOMMUN_LABEL, '1490'],
        ['Planens status (mall)', 'antagen'],
        ['Planens källa (mall)', ''],
        ['Åtgärder i mallen', 'm1:planerad'],
      ],
      { round: 'i-1', kommunkod: '1490', before: { plan_status_fore: 'antagen', atgarder_fore: 'm1:planerad' } },
    ],
  ])('%j → %j', (pairs, origin) => expect(originOf(new Map(pairs as [string, string][]))).toEqual(origin));

  it('the answer row names round, municipality, date and file; none without both', () => {
    const s = answerSheet('svar.xlsx', { round: 'i-1', kommunkod: '1490' }, '2016-05-02');
    expect(s).toMatchObject({
      sheet: 'svar',
      ok: true,
      value: {
        headers: [
          'insamling_id',
          'kommunkod',
          'mottagen',
          'fil',
          'plan_status_fore',
          'plan_datum_fore',
          'plan_kalla_fore',
          'atgarder_fore',
        ],
        rows: [{ cells: ['i-1', '1490', '2016-05-02', 'svar.xlsx', '', '', '', ''] }],
      },
    });
    const before = {
      plan_status_fore: 'under_arbete',
      plan_datum_fore: '2015-06-01',
      atgarder_fore: 'm1:planerad|m2:genomford',
    };
    expect(answerSheet('svar.xlsx', { round: 'i-1', kommunkod: '1490', before }, '2016-05-02')).toMatchObject({
      value: {
        rows: [
          {
            cells: [
              'i-1',
              '1490',
              '2016-05-02',
              'svar.xlsx',
              'under_arbete',
              '2015-06-01',
              '',
              'm1:planerad|m2:genomford',
            ],
          },
        ],
      },
    });
    expect(answerSheet('x.xlsx', { round: 'i-1' }, '2016-05-02')).toBeNull();
  });

  it('a workbook without a round is no answer', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('planer').addRow(['id', 'kommunkod', 'titel', 'status']);
    const read = await readWorkbook('x.xlsx', new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(read.origin).toBeUndefined();
    expect(read.sheets.map((s) => s.sheet)).toEqual(['planer']);
  });
});

describe('an answer is newer than what the region had', () => {
  it('stamps every row of a recognised answer with the time read, and adds the answer row', () => {
    const sheets = asAnswer(
      'a.xlsx',
      { round: 'i-1', kommunkod: '1490' },
      [
        {
          sheet: 'planer',
          ok: true,
          value: {
            file: 'a',
            encoding: 'utf-8',
            delimiter: ';',
            headers: ['id', 'status', 'uppdaterad'],
            rows: [{ row: 2, cells: ['p1', 'antagen', '2015-01-01T00:00:00Z'] }],
            issues: [],
          },
        },
      ],
      '2016-05-02T08:00:00.000Z',
    );
    expect(sheets.map((s) => (s.ok ? s.value.rows.map((r) => r.cells) : null))).toEqual([
      [['p1', 'antagen', '2016-05-02T08:00:00.000Z']],
      [['i-1', '1490', '2016-05-02', 'a.xlsx', '', '', '', '']],
    ]);
    expect(asAnswer('a.xlsx', {}, [], '2016-05-02T08:00:00.000Z')).toEqual([]);
  });
  it('a changed status in a returned template is taken under "newer"', async () => {
    const bytes = await templateBytes(input);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const ws = wb.getWorksheet('planer')!;
    const before = String(ws.getCell('D2').value);
    ws.getCell('D2').value = before === 'antagen' ? 'uppfoljd' : 'antagen';
    const out = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const analysis = analyseFiles([{ name: 'a.xlsx', bytes: out, workbook: await readWorkbook('a.xlsx', out) }], ctx);
    const t = analysis.tables.find((x) => x.entity === 'plans')!;
    const existing = new Map(plans.map((r) => [recordKey('plans', r), r]));
    const p = planTable('plans', t.result!.records, existing, 'newer');
    expect(p.update.map((u) => u.fields)).toEqual([['status']]);
  });
});
