/** Templates for the people who fill them in: words instead of codes, the app's columns hidden and locked, plain instructions. */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strToU8 } from 'fflate';
import { exampleData } from '$lib/domain/example';
import { register } from '$lib/domain/register';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import type { Round } from '$lib/domain/collection';
import { ENTITIES, type EntityName } from '$lib/domain/records';
import { planTable, recordKey, type Rec } from '$lib/domain/merge';
import { analyseFiles, type ContextData } from '$lib/io/analyse';
import { forPeople, templateBytes, themeWords, type TemplateInput } from '$lib/io/template';
import { csvAnswers, csvTemplateFiles } from '$lib/io/template-csv';
import { readWorkbook } from '$lib/io/xlsx-read';
import { sheetName } from '$lib/io/xlsx-write';
import { compareSv } from '$lib/domain/collate';

const NOW = '2026-01-01T00:00:00.000Z';
const example = exampleData(register, '2025-06-01T10:00:00.000Z');
const plans = example.plans as unknown as Rec[];
const measures = example.measures as unknown as Rec[];
const requests = example.requests as unknown as Rec[];
const themes = DEFAULT_THEMES as unknown as Rec[];
const round: Round = {
  id: 'i-1234abcd',
  namn: 'Planer våren 2016',
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
  kommunkod: '1490',
  kommunName: 'Borås',
  tables: { plans, measures, requests, themes },
  created: NOW,
};
const ctx: ContextData = {
  themes: DEFAULT_THEMES.map((th) => [th.id, th.namn]),
  plans: example.plans.map((p) => [p.id, p.kommunkod]),
  regionIds: ['r1', ...example.regions.map((r) => r.id)],
  now: NOW,
};
const own = (rows: Rec[]) => rows.filter((r) => r.kommunkod === '1490');
const themeName = (id: string) => DEFAULT_THEMES.find((th) => th.id === id)!.namn;
const load = async (bytes: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
};
const column = (ws: ExcelJS.Worksheet, key: string) => ws.getColumn((ws.getRow(1).values as string[]).indexOf(key));

describe('words, not codes', () => {
  it('themes are written by name, by id where the name would not come back as that theme', () => {
    const words = themeWords([
      { id: 'a', namn: 'Skola' },
      { id: 'b', namn: 'skola' },
      { id: 'c', namn: 'Barn | unga' },
      { id: 'd', namn: 'a' },
      { id: 'e', namn: '' },
      { id: 'f', namn: 'Familjehem' },
    ]);
    expect(Object.fromEntries(words)).toEqual({ a: 'Skola', b: 'b', c: 'c', d: 'd', e: 'e', f: 'Familjehem' });
  });

  it('a record for people has Swedish labels and theme names', () => {
    const words = themeWords(themes);
    const m = own(measures).find((x) => (x.teman as string[]).length && x.status === 'pagaende')!;
    expect(forPeople('measures', m, words)).toEqual({
      ...m,
      status: 'Pågående',
      teman: (m.teman as string[]).map(themeName),
    });
  });

  it('the workbook shows labels and theme names in the cells and in the drop-down lists', async () => {
    const wb = await load(await templateBytes(input));
    const ws = wb.getWorksheet('atgarder')!;
    const status = column(ws, 'status').values.slice(2).filter(Boolean);
    expect(status.length).toBe(own(measures).length);
    expect(status.every((s) => ['Planerad', 'Pågående', 'Genomförd', 'Avbruten'].includes(String(s)))).toBe(true);
    const teman = column(ws, 'teman').values.slice(2).filter(Boolean).map(String);
    expect(teman.length).toBeGreaterThan(0);
    expect(
      teman
        .join('|')
        .split('|')
        .every((t) => DEFAULT_THEMES.some((th) => th.namn === t)),
    ).toBe(true);
    expect(String(wb.getWorksheet('planer')!.getCell('D2').value)).toBe('Under arbete');
    const lists = wb.getWorksheet('Listor')!;
    const listed = (lists.getRow(1).values as string[]).slice(1);
    const values = (kind: string) =>
      lists
        .getColumn(listed.indexOf(kind) + 1)
        .values.slice(2)
        .filter(Boolean);
    expect(values('measureStatus')).toEqual(['Planerad', 'Pågående', 'Genomförd', 'Avbruten']);
    expect(values('planStatus')).toContain('Ej påbörjad');
    expect(values('themes')).toEqual(DEFAULT_THEMES.map((th) => th.namn).sort(compareSv));
  });
});

describe('the app’s columns are hidden and locked, the rest open, no password', () => {
  it.each(['plans', 'measures', 'requests'] as EntityName[])('%s', async (entity) => {
    const wb = await load(await templateBytes(input));
    const ws = wb.getWorksheet(sheetName(entity))!;
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection!.hashValue).toBeUndefined();
    expect(protection!.password).toBeUndefined();
    for (const f of ENTITIES[entity].fields) {
      const col = column(ws, f.key);
      expect([f.key, col.hidden]).toEqual([f.key, !!f.hidden]);
      // Header locked; a filled row and a spare row open exactly where a person writes.
      expect([f.key, ws.getCell(1, col.number).protection?.locked ?? true]).toEqual([f.key, true]);
      for (const row of [2, own(entity === 'plans' ? plans : entity === 'measures' ? measures : requests).length + 5])
        expect([f.key, row, ws.getCell(row, col.number).protection?.locked ?? true]).toEqual([f.key, row, !!f.hidden]);
    }
  });

  it('"Om filen", the instructions and the lists are protected too', async () => {
    const wb = await load(await templateBytes(input));
    for (const name of ['Om filen', 'Instruktioner', 'Listor'])
      expect([name, (wb.getWorksheet(name) as unknown as { sheetProtection: object }).sheetProtection]).toMatchObject([
        name,
        { sheet: true },
      ]);
  });
});

describe('instructions a municipal officer reads in two minutes', () => {
  it('numbered steps: fill in, leave the hidden columns, save, send back to the contact by the date', async () => {
    const wb = await load(await templateBytes(input));
    const lines = wb
      .getWorksheet('Instruktioner')!
      .getColumn(1)
      .values.slice(1)
      .map((v) => String(v ?? ''));
    const steps = lines.filter((l) => /^\d+\. /.test(l));
    expect(steps.map((l) => Number(l.split('.')[0]))).toEqual(steps.map((_, i) => i + 1));
    expect(steps.length).toBeLessThanOrEqual(10);
    expect(steps.join('\n')).toMatch(/planer, atgarder, medskick/);
    expect(steps.join('\n')).toMatch(/id, kalla, uppdaterad/);
    expect(steps.at(-1)).toBe('8. Skicka tillbaka filen senast 2016-05-31 till Anna, anna@example.se.');
  });
});

describe('the CSV variant', () => {
  const files = csvTemplateFiles({ ...input, round: { ...round, kontakt: 'Anna' } });
  it('writes labels and theme names, and a LASMIG.txt with the same steps', () => {
    expect(files['planer.csv']).toContain(';Under arbete;');
    expect(files['atgarder.csv']).not.toMatch(/;(planerad|pagaende|genomford|avbruten);/);
    expect(files['atgarder.csv']).toContain(themeName('kompetens'));
    const readme = files['LASMIG.txt'].split('\r\n');
    expect(readme).toContain(
      '8. Skicka tillbaka filerna senast 2016-05-31 till Anna, alla i en zip-fil eller var för sig.',
    );
    expect(readme.join('\n')).toContain('atgarder.csv status: Planerad, Pågående, Genomförd, Avbruten');
    expect(readme.join('\n')).toContain('id, kalla, uppdaterad');
  });

  it('returned unchanged, still imports as unchanged', () => {
    const loose = Object.entries(files).map(([name, t]) => ({ name, bytes: strToU8(t) }));
    const [answer] = csvAnswers(loose, NOW).answers;
    const analysis = analyseFiles([{ name: answer.name, bytes: answer.bytes }], ctx);
    expect(analysis.tables.flatMap((t) => t.issues).filter((i) => i.severity === 'error')).toEqual([]);
    const stored: Record<string, Rec[]> = { plans, measures, requests };
    for (const table of analysis.tables.filter((t) => t.entity !== 'answers')) {
      const entity = table.entity as EntityName;
      const p = planTable(
        entity,
        table.result!.records,
        new Map(stored[entity].map((r) => [recordKey(entity, r), r])),
        'newer',
      );
      expect([entity, p.add.length, p.update.length, p.unchanged]).toEqual([entity, 0, 0, own(stored[entity]).length]);
    }
  });
});

describe('a workbook returned unchanged', () => {
  it('reads its labels and theme names back to the stored codes and ids', async () => {
    const bytes = await templateBytes(input);
    const analysis = analyseFiles([{ name: 'a.xlsx', bytes, workbook: await readWorkbook('a.xlsx', bytes) }], ctx);
    const got = analysis.tables.find((t) => t.entity === 'measures')!.result!.records as Rec[];
    const byId = (rows: Rec[]) => new Map(rows.map((r) => [r.id, [r.status, r.teman]]));
    expect(got.length).toBe(own(measures).length);
    expect(byId(got)).toEqual(byId(own(measures)));
  });
});
