import { describe, expect, it } from 'vitest';
import { register } from '$lib/domain/register';
import type { ValidationContext } from '$lib/domain/records';
import {
  crossFileDuplicates,
  deterministicId,
  findPersonalNumbers,
  rowsToRecords,
  shortHash,
  tableRows,
} from '$lib/io/rows';
import { planTable } from '$lib/domain/merge';

const ctx = (): ValidationContext => ({
  register,
  themes: new Map([['skola', 'Samverkan med skola och förskola']]),
  plans: new Map(),
  regionIds: new Set(),
  now: '2026-01-01T00:00:00.000Z',
});

describe('deterministic ids', () => {
  it('shortHash is stable and 12 hex digits', () => {
    expect(shortHash('abc')).toBe(shortHash('abc'));
    expect(shortHash('abc')).toMatch(/^[0-9a-f]{12}$/);
    expect(shortHash('abc')).not.toBe(shortHash('abd'));
  });

  it('depends on municipality, entity, title (case-insensitive) and date', () => {
    const a = deterministicId('measures', { kommunkod: '1490', titel: 'Skolfam', start: '2016' });
    expect(a).toMatch(/^1490-a-[0-9a-f]{12}$/);
    expect(deterministicId('measures', { kommunkod: '1490', titel: ' skolfam ', start: '2016' })).toBe(a);
    expect(deterministicId('measures', { kommunkod: '1490', titel: 'Skolfam', start: '2017' })).not.toBe(a);
    expect(deterministicId('plans', { kommunkod: '1490', titel: 'Skolfam', startdatum: '2016' })).toMatch(/^1490-p-/);
    expect(deterministicId('events', { kommunkod: '', titel: 'Seminarium', datum: '2016-01-21' })).toMatch(/^h-/);
  });
});

describe('personal identity numbers', () => {
  it.each([
    ['Kontakta 811218-9876 om detta', ['811218-9876']],
    ['19811218-9876', ['19811218-9876']],
    ['8112189876', ['8112189876']],
    ['samordningsnummer 701063-2391', ['701063-2391']],
    ['811218-9875 (fel kontrollsiffra)', []],
    ['Telefon 031-123 45 67, 2016-03-15', []],
    ['Budget 1234567890 kr', []],
    // The fast path (fewer than ten ASCII digits: no match possible) and its edges.
    ['', []],
    ['Åtgärd 12345: samverkan med skola', []],
    ['811218-987', []],
    ['811218+9876', ['811218+9876']],
    ['a8112189876', ['8112189876']],
    ['Åtgärd 12345 och 67890', []],
    ['1, 2, 3, 4, 5, 6, 7, 8, 9, 811218-9876', ['811218-9876']],
    ['８１１２１８-９８７６ (helbreddssiffror)', []],
    ['Ring 811218-9876 eller 701063-2391', ['811218-9876', '701063-2391']],
  ])('%s → %j', (text, hits) => expect(findPersonalNumbers(text)).toEqual(hits));
});

describe('rowsToRecords', () => {
  const headers = ['Kommun', 'Titel', 'Status', 'Start', 'Beskrivning', 'Teman'];
  const rows = [
    { row: 2, cells: ['Borås', 'Skolfam', 'Planerad', 'mars 2016', '', 'skola'] },
    { row: 3, cells: ['Atlantis', 'X', 'Planerad', '', '', ''] },
    { row: 4, cells: ['180', "'=SUMMA(A1)", 'pagaende', '2016-02-30', '', ''] },
    { row: 5, cells: ['Umeå', 'Kompetenstrappa', 'pågående', '', 'Ring 811218-9876', ''] },
    { row: 6, cells: ['Borås', 'Skolfam', 'Planerad', 'mars 2016', 'samma titel och datum', 'skola'] },
  ];

  it('validates every row, names row and column of each problem, and keeps the valid rows', () => {
    const { raws, headerOf } = tableRows('measures', headers, rows);
    const r = rowsToRecords('atgarder.csv', 'measures', raws, ctx(), { source: 'atgarder.csv', headerOf });
    expect(r.records.map((x) => x.titel)).toEqual(['Skolfam', 'Kompetenstrappa', 'Skolfam']);
    expect(r.rowNumbers).toEqual([2, 5, 6]);
    expect(r.invalidRows).toBe(2);
    const errors = r.issues.filter((i) => i.severity === 'error').map((i) => [i.row, i.column]);
    expect(errors).toEqual([
      [3, 'Kommun'],
      [4, 'Start'],
    ]);
    expect(r.issues.find((i) => i.row === 4 && i.severity === 'info')?.message).toMatch(/0180/);
    expect(r.issues.find((i) => i.row === 5 && i.severity === 'warning')).toMatchObject({
      column: 'Beskrivning',
      message: expect.stringMatching(/personnummer/),
    });
    // Same title and date: its own id, with a warning.
    expect(r.records[2].id).toBe(`${r.records[0].id}-2`);
    expect(r.issues.find((i) => i.row === 6)?.severity).toBe('warning');
  });

  it('fills kalla from the file, uppdaterad from now (when the merge writes it), strips the formula prefix', () => {
    const { raws } = tableRows(
      'measures',
      ['kommunkod', 'titel', 'status', 'beskrivning'],
      [{ row: 2, cells: ['1490', 'X', 'planerad', "'=1+1"] }],
    );
    const r = rowsToRecords('f.csv', 'measures', raws, ctx(), { source: 'f.csv' });
    // Without uppdaterad the row stays undated (older than any stored record), until the merge stamps it.
    expect(r.records[0]).toMatchObject({ kalla: 'f.csv', uppdaterad: '', beskrivning: '=1+1' });
    const plan = planTable('measures', r.records, new Map(), 'newer', '2026-01-01T00:00:00.000Z');
    expect(plan.add[0]).toMatchObject({ kalla: 'f.csv', uppdaterad: '2026-01-01T00:00:00.000Z', beskrivning: '=1+1' });
  });

  it('keeps a given uppdaterad', () => {
    const { raws } = tableRows(
      'measures',
      ['kommunkod', 'titel', 'status', 'uppdaterad'],
      [{ row: 2, cells: ['1490', 'X', 'planerad', '2016-03-15T10:00:00Z'] }],
    );
    const r = rowsToRecords('f.csv', 'measures', raws, ctx(), { source: 'f.csv' });
    expect(r.records[0].uppdaterad).toBe('2016-03-15T10:00:00Z');
  });

  it('gives the same ids for the same file twice', () => {
    const { raws } = tableRows('measures', headers, rows);
    const a = rowsToRecords('f.csv', 'measures', raws, ctx(), { source: 'f.csv' });
    const b = rowsToRecords('f.csv', 'measures', raws, ctx(), { source: 'f.csv' });
    expect(a.records.map((x) => x.id)).toEqual(b.records.map((x) => x.id));
  });

  it('an explicit id twice in one file is an error on the later row', () => {
    const { raws } = tableRows(
      'plans',
      ['id', 'kommunkod', 'titel', 'status'],
      [
        { row: 2, cells: ['p1', '1490', 'A', 'antagen'] },
        { row: 3, cells: ['p1', '1490', 'B', 'antagen'] },
      ],
    );
    const r = rowsToRecords('planer.csv', 'plans', raws, ctx(), { source: 'x' });
    expect(r.records).toHaveLength(1);
    expect(r.issues).toEqual([
      expect.objectContaining({ row: 3, column: 'id', severity: 'error', message: expect.stringMatching(/rad 2/) }),
    ]);
  });

  it('plans of the same import are known to later measures', () => {
    const c = ctx();
    const plans = tableRows(
      'plans',
      ['id', 'kommunkod', 'titel', 'status'],
      [{ row: 2, cells: ['p1', '1490', 'A', 'antagen'] }],
    );
    rowsToRecords('planer.csv', 'plans', plans.raws, c, { source: 'x' });
    const measures = tableRows(
      'measures',
      ['plan_id', 'kommunkod', 'titel', 'status'],
      [{ row: 2, cells: ['p1', '1490', 'M', 'planerad'] }],
    );
    expect(rowsToRecords('atgarder.csv', 'measures', measures.raws, c, { source: 'x' }).issues).toEqual([]);
  });

  it('regions and themes without id get a slug id from the name', () => {
    const { raws } = tableRows('regions', ['namn', 'kommunkoder'], [{ row: 2, cells: ['Sjuhärad', 'Borås|Mark'] }]);
    expect(rowsToRecords('regioner.csv', 'regions', raws, ctx(), { source: 'x' }).records[0]).toMatchObject({
      id: 'sjuharad',
      kommunkoder: ['1463', '1490'],
    });
  });
});

describe('the same record in two files of one import (issue 11.3)', () => {
  const planRows = (ids: string[]) =>
    tableRows(
      'plans',
      ['id', 'kommunkod', 'titel', 'status'],
      ids.map((id, i) => ({ row: i + 2, cells: [id, '1490', `T ${id}`, 'antagen'] })),
    ).raws;

  it('is an error on the later file naming both files and rows; the later row is left out', () => {
    const c = ctx();
    const a = rowsToRecords('a.csv', 'plans', planRows(['p1', 'p2']), c, { source: 'a' });
    const b = rowsToRecords('b.csv', 'plans', planRows(['p3', 'p2']), c, { source: 'b' });
    const issues = crossFileDuplicates([
      { file: 'a.csv', result: a },
      { file: 'b.csv', result: b },
    ]);
    expect(issues).toEqual([
      { file: 'b.csv', row: 3, column: 'id', severity: 'error', message: expect.stringMatching(/p2.*a\.csv på rad 3/) },
    ]);
    expect(b.records.map((r) => r.id)).toEqual(['p3']);
    expect(b.rowNumbers).toEqual([2]);
    expect(b.invalidRows).toBe(1);
    expect(a.records.map((r) => r.id)).toEqual(['p1', 'p2']);
  });

  it.each([
    ['different entities', 'measures', 0],
    ['no other file', null, 0],
  ] as const)('%s: no issue', (_, other, n) => {
    const c = ctx();
    const a = rowsToRecords('a.csv', 'plans', planRows(['x1']), c, { source: 'a' });
    const tables: { file: string; result: ReturnType<typeof rowsToRecords> | null }[] = [{ file: 'a.csv', result: a }];
    if (other) {
      const raws = tableRows(
        'measures',
        ['id', 'kommunkod', 'titel', 'status'],
        [{ row: 2, cells: ['x1', '1490', 'M', 'planerad'] }],
      ).raws;
      tables.push({ file: 'b.csv', result: rowsToRecords('b.csv', other, raws, c, { source: 'b' }) });
    } else tables.push({ file: 'c.csv', result: null });
    expect(crossFileDuplicates(tables)).toHaveLength(n);
  });

  it('indicator values compare by their compound key', () => {
    const c = ctx();
    const raw = (period: string) => ({ row: 2, raw: { indikator: 'N1', kommunkod: '0180', period, varde: '1' } });
    const a = rowsToRecords('a.csv', 'indicatorValues', [raw('2015')], c, { source: 'a' });
    const b = rowsToRecords('b.json', 'indicatorValues', [raw('2015'), { ...raw('2016'), row: 3 }], c, { source: 'b' });
    const issues = crossFileDuplicates([
      { file: 'a.csv', result: a },
      { file: 'b.json', result: b },
    ]);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'b.json',
        row: 2,
        column: 'period',
        message: expect.stringMatching(/N1\|0180\|2015/),
      }),
    ]);
    expect(b.records).toHaveLength(1);
  });
});
