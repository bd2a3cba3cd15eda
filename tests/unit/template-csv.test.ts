import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exampleData } from '$lib/domain/example';
import { register } from '$lib/domain/register';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import type { Round } from '$lib/domain/collection';
import type { EntityName } from '$lib/domain/records';
import { analyseFiles, type ContextData } from '$lib/io/analyse';
import { planTable, recordKey, type Rec } from '$lib/domain/merge';
import type { TemplateInput } from '$lib/io/template';
import { ANSWER_FORMATS, formatOf } from '$lib/io/formats';
import { EXCEL_DIALECT, toCsv } from '$lib/io/write';
import { templateBytes } from '$lib/io/template';
import { csvAnswers, csvOrigin, csvTemplateFiles, csvTemplatesZip } from '$lib/io/template-csv';

const NOW = '2026-01-01T00:00:00.000Z';
const READ = '2026-02-03T04:05:06.000Z';
const example = exampleData(register, '2025-06-01T10:00:00.000Z');
const plans = example.plans as unknown as Rec[];
const measures = example.measures as unknown as Rec[];
const requests = example.requests as unknown as Rec[];
const round: Round = {
  id: 'i-1234abcd',
  namn: 'Planer våren 2016',
  region_id: 'r1',
  sista_svarsdag: '2016-05-31',
  fragar: ['plan', 'atgarder', 'medskick'],
  kontakt: 'Anna',
  skapad: NOW,
  uppdaterad: NOW,
} as Round;
const base = {
  round,
  regionName: 'Sjuhärad',
  tables: { plans, measures, requests, themes: [] as Rec[] },
  created: NOW,
};
const input: TemplateInput = { ...base, kommunkod: '1490', kommunName: 'Borås' };
const ctx: ContextData = {
  themes: DEFAULT_THEMES.map((th) => [th.id, th.namn]),
  plans: example.plans.map((p) => [p.id, p.kommunkod]),
  regionIds: ['r1', ...example.regions.map((r) => r.id)],
  now: NOW,
};
const files = csvTemplateFiles(input);
const bytesOf = (name: string) => strToU8(files[name]);

describe('CSV template', () => {
  it('holds the asked tables, insamling.csv and LASMIG.txt', () =>
    expect(Object.keys(files).sort()).toEqual([
      'LASMIG.txt',
      'atgarder.csv',
      'insamling.csv',
      'medskick.csv',
      'planer.csv',
    ]));
  it.each([
    [['plan'], ['LASMIG.txt', 'insamling.csv', 'planer.csv']],
    [['atgarder'], ['LASMIG.txt', 'atgarder.csv', 'insamling.csv']],
  ])('asks %j → files %j', (fragar, want) =>
    expect(Object.keys(csvTemplateFiles({ ...input, round: { ...round, fragar } })).sort()).toEqual(want),
  );
  it.each([
    ['planer.csv', plans],
    ['atgarder.csv', measures],
    ['medskick.csv', requests],
  ])("%s is pre-filled with the municipality's rows only", (name, rows) => {
    const lines = files[name]
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines.length - 1).toBe(rows.filter((r) => r.kommunkod === '1490').length);
    expect(lines.slice(1).every((l) => l.includes(';1490;'))).toBe(true);
  });
  it('names round and municipality in insamling.csv, with the plan’s previous version', () => {
    const origin = csvOrigin(bytesOf('insamling.csv'));
    expect(origin).toMatchObject({ round: round.id, kommunkod: '1490' });
    expect(origin.before?.plan_status_fore).toBe(plans.find((p) => p.kommunkod === '1490')!.status);
  });
  it('explains in plain Swedish', () =>
    expect(files['LASMIG.txt']).toContain('Skicka tillbaka filerna senast 2016-05-31'));
  it('the zip has a folder per member', () => {
    const zip = unzipSync(
      csvTemplatesZip(
        [
          { kommunkod: '1490', kommunName: 'Borås' },
          { kommunkod: '1496', kommunName: 'Skövde' },
        ],
        base,
      ),
    );
    expect(
      Object.keys(zip)
        .filter((n) => n.endsWith('insamling.csv'))
        .sort(),
    ).toEqual(['Planer våren 2016-Borås/insamling.csv', 'Planer våren 2016-Skövde/insamling.csv']);
  });
});

describe('CSV answers among dropped files', () => {
  const folder = (prefix: string) =>
    Object.fromEntries(Object.entries(files).map(([n, t]) => [`${prefix}${n}`, strToU8(t)]));
  const loose = Object.entries(files).map(([name, t]) => ({ name, bytes: strToU8(t) }));
  const other = { name: 'planer.csv', bytes: strToU8('id;kommunkod;titel;status\r\n') };
  it.each([
    ['a zip of one folder', [{ name: 'boras.zip', bytes: zipSync(folder('Borås/')) }], ['boras.zip'], []],
    ['a zip at its root', [{ name: 'svar.zip', bytes: zipSync(folder('')) }], ['svar.zip'], []],
    [
      'a zip of two folders',
      [{ name: 'alla.zip', bytes: zipSync({ ...folder('a/'), ...folder('b/') }) }],
      ['alla.zip (a)', 'alla.zip (b)'],
      [],
    ],
    ['loose files', loose, ['insamling.csv, planer.csv, atgarder.csv, medskick.csv'], []],
    ['a file that is no answer', [other], [], ['planer.csv']],
    [
      'a bundle without insamling.csv',
      [{ name: 'x.zip', bytes: zipSync({ 'planer.csv': other.bytes }) }],
      [],
      ['x.zip'],
    ],
  ])('%s', (_n, input, answers, rest) => {
    const got = csvAnswers(input, READ);
    expect(got.answers.map((a) => a.name)).toEqual(answers);
    expect(got.rest.map((f) => f.name)).toEqual(rest);
    for (const a of got.answers) expect(a.origin).toMatchObject({ round: round.id, kommunkod: '1490' });
  });

  it('returned unchanged, it imports as unchanged, plus its answer row (received now, with the previous version)', () => {
    const [answer] = csvAnswers([{ name: 'boras.zip', bytes: zipSync(folder('Borås/')) }], READ).answers;
    const inner = unzipSync(answer.bytes);
    expect(strFromU8(inner['atgarder.csv'])).toContain(READ);
    const analysis = analyseFiles([{ name: answer.name, bytes: answer.bytes }], ctx);
    const errors = [...analysis.issues, ...analysis.tables.flatMap((t) => t.issues)].filter(
      (i) => i.severity === 'error',
    );
    expect(errors).toEqual([]);
    const stored: Record<string, Rec[]> = { plans, measures, requests, answers: [] };
    for (const table of analysis.tables) {
      const entity = table.entity as EntityName;
      const existing = new Map((stored[entity] ?? []).map((r) => [recordKey(entity, r), r]));
      const p = planTable(entity, table.result!.records, existing, 'newer');
      if (entity === 'answers')
        expect(p.add).toMatchObject([
          {
            insamling_id: round.id,
            kommunkod: '1490',
            mottagen: '2026-02-03',
            fil: 'boras.zip',
            plan_status_fore: 'under_arbete',
          },
        ]);
      else expect([entity, p.add.length, p.update.length]).toEqual([entity, 0, 0]);
    }
  });
});

describe('a quick look for an answer workbook (the format registry)', () => {
  it.each([
    ['a template', async () => templateBytes(input), 'answer-workbook'],
    ['a zip of CSV', async () => zipSync({ 'planer.csv': strToU8('id\r\n') }), null],
    ['not a zip', async () => strToU8('id;titel'), null],
  ])('%s → %s', async (_n, make, want) =>
    expect(formatOf(ANSWER_FORMATS, 'svar.xlsx', await make())?.id ?? null).toBe(want),
  );
});

describe('svar.csv with the plan history: export → import → export is byte-identical', () => {
  const answer = (extra: object) => ({
    insamling_id: 'i-1',
    kommunkod: '1490',
    mottagen: '2016-05-02',
    fil: 'svar från Borås.xlsx',
    plan_status_fore: '',
    plan_datum_fore: '',
    plan_kalla_fore: '',
    atgarder_fore: [],
    ...extra,
  });
  const importCsv = (csv: string) =>
    analyseFiles([{ name: 'svar.csv', bytes: strToU8(csv) }], ctx).tables[0].result!.records as Rec[];
  it.each([
    ['without history', [answer({})]],
    [
      'with history',
      [
        answer({
          plan_status_fore: 'under_arbete',
          plan_datum_fore: '2015-06-01',
          plan_kalla_fore: 'Regionens besök',
          atgarder_fore: ['m-1:planerad', 'm-2:genomford'],
        }),
      ],
    ],
  ])('%s', (_n, records) => {
    const csv = toCsv('answers', records, EXCEL_DIALECT);
    const back = importCsv(csv);
    expect(back).toEqual(records);
    expect(toCsv('answers', back, EXCEL_DIALECT)).toBe(csv);
  });
  it('an svar.csv of four columns (before plan history) still imports', () =>
    expect(importCsv('insamling_id;kommunkod;mottagen;fil\r\ni-1;1490;2016-05-02;a.xlsx\r\n')).toEqual([
      answer({ fil: 'a.xlsx' }),
    ]));
});
