import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isKoladaHeaders, koladaRowsToRaw, parseKoladaJson } from '$lib/io/kolada';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** Parse a CSV fixture into headers and rows numbered as Excel does (header = row 1). */
function table(csv: string) {
  const data = Papa.parse<string[]>(csv, { delimiter: ';', skipEmptyLines: true }).data;
  const [headers, ...body] = data;
  return { headers, rows: body.map((cells, i) => ({ row: i + 2, cells })) };
}

const raw = (indikator: string, kommunkod: string, period: string, varde: string) => ({
  indikator,
  kommunkod,
  period,
  varde,
  kalla: 'Kolada',
});

describe('isKoladaHeaders', () => {
  it.each([
    [['kpi', 'municipality', 'period', 'value'], true],
    [['kpi', 'municipality', 'period', 'gender', 'value', 'count', 'status', 'municipality_type'], true],
    [['municipality', 'kpi', 'value', 'period'], true],
    [['kpi', 'municipality', 'period'], false],
    [['indikator', 'kommunkod', 'period', 'varde'], false],
    [['id', 'kommunkod', 'titel'], false],
    [[], false],
  ])('%j → %s', (headers, expected) => expect(isKoladaHeaders(headers)).toBe(expected));
});

describe('koladaRowsToRaw', () => {
  it('maps the fixture, keeping only the total and rows with a value', () => {
    const { headers, rows } = table(fixture('kolada.csv'));
    const { raws, issues } = koladaRowsToRaw(headers, rows, 'kolada.csv');
    expect(raws).toEqual([
      { row: 2, raw: raw('N00945', '1490', '2015', '12,3') },
      { row: 6, raw: raw('N00945', '0180', '2015', '8') },
    ]);
    expect(issues).toHaveLength(2);
    expect(issues.every((i) => i.severity === 'info' && i.file === 'kolada.csv')).toBe(true);
    expect(issues[0].message).toMatch(/^2 värden .*kön T.*rad 3, 4/);
    expect(issues[1].message).toMatch(/^1 rad utan värde.*rad 5/);
  });

  it('reports many skipped gender rows in one issue', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      row: i + 2,
      cells: ['N1', '1490', String(2000 + i), i % 2 ? 'K' : 'M', '1'],
    }));
    const { raws, issues } = koladaRowsToRaw(['kpi', 'municipality', 'period', 'gender', 'value'], rows, 'k.csv');
    expect(raws).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('40 värden');
    expect(issues[0].message).toContain('rad 2, 3, 4, 5, 6 …');
  });

  it('keeps every row when there is no gender column; accepts un-normalised headers', () => {
    const { raws, issues } = koladaRowsToRaw(
      [' KPI', 'Municipality', 'Period ', 'Value'],
      [
        { row: 2, cells: ['N1', '180', '2016', ' 60,5 '] },
        { row: 3, cells: ['N1', 'Borås', '2016', '1 234'] },
      ],
      'k.csv',
    );
    expect(raws).toEqual([
      { row: 2, raw: raw('N1', '180', '2016', '60,5') },
      { row: 3, raw: raw('N1', 'Borås', '2016', '1 234') },
    ]);
    expect(issues).toEqual([]);
  });

  it('treats an empty gender cell as no gender split', () => {
    const { raws } = koladaRowsToRaw(
      ['kpi', 'municipality', 'period', 'gender', 'value'],
      [{ row: 2, cells: ['N1', '1490', '2016', '', '3'] }],
      'k.csv',
    );
    expect(raws).toHaveLength(1);
  });

  it('errs when a required column is missing', () => {
    const { raws, issues } = koladaRowsToRaw(
      ['kpi', 'municipality', 'period'],
      [{ row: 2, cells: ['N1', '1490', '2016'] }],
      'k.csv',
    );
    expect(raws).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'k.csv', severity: 'error' });
    expect(issues[0].message).toContain('value');
  });
});

describe('parseKoladaJson', () => {
  it('maps Kolada API v2 JSON to one raw per kpi, municipality and period (the total)', () => {
    const r = parseKoladaJson(fixture('kolada-api-v2.json'), 'kolada.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.raws).toEqual([
      { row: 1, raw: raw('N00945', '1490', '2015', '12.3') },
      { row: 3, raw: raw('N00945', '0180', '2015', '8') },
      { row: 4, raw: raw('U33400', '1443', '2016', '0.000001') },
    ]);
    expect(r.value.issues.map((i) => i.severity)).toEqual(['info', 'info']);
    expect(r.value.issues[0].message).toMatch(/^3 värden .*kön T/);
    expect(r.value.issues[1].message).toMatch(/^1 rad utan värde/);
  });

  it('skips entries without a total or a value, and accepts a BOM and numeric codes', () => {
    const doc = {
      count: 3,
      values: [
        {
          kpi: 'N1',
          municipality: 180,
          period: 2016,
          values: [
            { gender: 'K', value: 1 },
            { gender: 'M', value: 2 },
          ],
        },
        { kpi: 'N1', municipality: '1490', period: 2016, values: [] },
        { kpi: 'N1', municipality: '1490', period: 2017, values: [{ gender: 't', value: '5,5' }] },
        { kpi: 'N1', municipality: '1490', period: 2018, values: [{ value: 1 }, { value: 2 }] },
      ],
    };
    const r = parseKoladaJson('\uFEFF' + JSON.stringify(doc), 'k.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.raws).toEqual([{ row: 3, raw: raw('N1', '1490', '2017', '5,5') }]);
    const errors = r.value.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].row).toBe(4);
    expect(r.value.issues.filter((i) => i.severity === 'info').map((i) => i.message)).toEqual([
      expect.stringMatching(/^2 värden/),
      expect.stringMatching(/^2 rader utan värde/),
    ]);
  });

  it('flags malformed entries by row and warns about further pages', () => {
    const doc = {
      values: [
        { kpi: 'N1', municipality: '1490', period: 2016, values: [{ gender: 'T', value: 2 }] },
        { kpi: 'N1', period: 2016, values: [] },
      ],
      count: 2,
      next_page: 'http://api.kolada.se/v2/data/kpi/N1?page=2',
    };
    const r = parseKoladaJson(JSON.stringify(doc), 'k.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.raws).toHaveLength(1);
    expect(r.value.issues).toEqual([
      expect.objectContaining({ row: 2, severity: 'error' }),
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('next_page') }),
    ]);
  });

  // Issue 22: a second total or a value that is no finite number is an error naming the entry,
  // never "the last wins" or "missing"; the other entries still import. `values` is JSON text, as Kolada writes it.
  it.each([
    [
      'two totals',
      '[{"gender":"T","value":1},{"gender":"T","value":2}]',
      /^Posten N1 1490 2016 har 2 värden för totalen/,
    ],
    ['two totals, one lower case', '[{"gender":"t","value":1},{"gender":"T","value":1}]', /har 2 värden för totalen/],
    ['1e309 (read as Infinity)', '[{"gender":"T","value":1e309}]', /^Posten N1 1490 2016 har värdet Infinity/],
    ['-1e309', '[{"gender":"T","value":-1e309}]', /har värdet -Infinity/],
    ['1e309 without a gender', '[{"value":1e309}]', /har värdet Infinity/],
    ['"Infinity" as text', '[{"gender":"T","value":"Infinity"}]', /har värdet Infinity/],
    ['"NaN" as text', '[{"gender":"T","value":"NaN"}]', /har värdet NaN/],
  ])('%s: an error naming the entry, not a value', (_, values, message) => {
    const text = `{"values":[{"kpi":"N1","municipality":"0180","period":2016,"values":[{"gender":"T","value":3}]},{"kpi":"N1","municipality":"1490","period":2016,"values":${values}}]}`;
    const r = parseKoladaJson(text, 'k.json');
    if (!r.ok) throw new Error('not ok');
    expect(r.value.raws).toEqual([{ row: 1, raw: raw('N1', '0180', '2016', '3') }]);
    expect(r.value.issues).toEqual([
      expect.objectContaining({ row: 2, severity: 'error', message: expect.stringMatching(message) }),
    ]);
  });

  it('warns about an empty answer', () => {
    const r = parseKoladaJson('{"count":0,"values":[]}', 'k.json');
    expect(r.ok && r.value.raws).toEqual([]);
    expect(r.ok && r.value.issues.map((i) => i.severity)).toEqual(['warning']);
  });

  it.each([
    ['not json', '{ values: ['],
    ['an array', '[1, 2]'],
    ['no values', '{"count": 1}'],
    ['values not an array', '{"values": {"kpi": "N1"}}'],
    ['other JSON', '{"values": [{"id": 1}, {"id": 2}]}'],
    ['null', 'null'],
  ])('errs on %s', (_, text) => {
    const r = parseKoladaJson(text, 'fel.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: 'fel.json', severity: 'error' });
    expect(r.issues[0].message).toContain('fel.json');
  });
});
