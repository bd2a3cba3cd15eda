import { describe, expect, it } from 'vitest';
import { register } from '$lib/domain/register';
import { ENTITIES, memoFor, validateValues, type EntityName, type ValidationContext } from '$lib/domain/records';
import { rowsToRecords, tableCells } from '$lib/io/rows';

// The import validates a repeated cell of a column once per table (`memoFor`): every row must
// validate exactly as without the memo — values, errors and notes in order — and no two records
// may share a list.

const ctx = (): ValidationContext => ({
  register,
  themes: new Map([
    ['skola', 'Samverkan med skola och förskola'],
    ['kompetens', 'Kompetensförsörjning'],
  ]),
  plans: new Map([['p1', '0180']]),
  regionIds: new Set(['r1']),
  now: '2026-01-01T00:00:00.000Z',
});

/** Texts per field type: valid, with a note, invalid, padded, empty; each is repeated down a column. */
const TEXTS: Record<string, string[]> = {
  id: ['a1', 'bad id', ''],
  text: ['t', ' t ', ''],
  longtext: ['lång text', ''],
  date: ['2016', '2016-03', '15/3/2016', 'mars 2016', '2016-13', ' 2017 ', '', 'x'],
  kommun: ['0180', '180', 'Borås', 'borås', 'Upplands', 'Atlantis', ' 1490', ''],
  kommunOptional: ['0180', '180', 'Atlantis', ''],
  kommunList: ['0180|1490', 'Borås|0180', '1490|1490', 'Atlantis|0180', ''],
  enum: ['planerad', 'Pågående', 'avslutad', 'antagen', 'inträffat', 'möte', 'x', ''],
  themes: ['skola', 'Skola|kompetens', 'okänt', 'skola|okänt', 'kompetensforsorjning', ''],
  list: ['skola|BUP', ' a | a |b', '|', ''],
  planRef: ['p1', 'p9', ''],
  regionRef: ['r1', '01', 'rx', ''],
  link: ['https://x.se', 'javascript:x', ''],
  colour: ['#AABBCC', 'red', ''],
  timestamp: ['2016-01-01T00:00:00Z', '2016-13-01T00:00:00Z', 'x', ''],
  bool: ['ja', 'Nej', 'kanske', ''],
  number: ['1', '3,5', '101', '-1', 'x', '50', ''],
};

function randomRows(entity: EntityName, n: number, seed: number): string[][] {
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: n }, () =>
    ENTITIES[entity].fields.map((f) => {
      const pool = TEXTS[f.type];
      return pool[Math.floor(rnd() * pool.length)];
    }),
  );
}

describe('validateValues with a memo gives what it gives without', () => {
  it.each(Object.keys(ENTITIES) as EntityName[])('%s: 600 rows of repeated texts', (entity) => {
    const rows = randomRows(entity, 600, entity.length * 31);
    const memo = memoFor(entity);
    const withMemo = rows.map((r) => validateValues(entity, r, ctx(), memo));
    const without = rows.map((r) => validateValues(entity, r, ctx()));
    expect(withMemo).toEqual(without);
    // Each record's lists are its own.
    const lists = withMemo.flatMap((v) => (v.ok ? Object.values(v.value).filter(Array.isArray) : []));
    expect(new Set(lists).size).toBe(lists.length);
  });

  it('a list taken from the memo is a copy: changing a record changes no other', () => {
    const memo = memoFor('measures');
    const row = ENTITIES.measures.fields.map((f) =>
      f.key === 'kommunkod'
        ? '0180'
        : f.key === 'titel'
          ? 't'
          : f.key === 'status'
            ? 'planerad'
            : f.key === 'samverkan'
              ? 'a|b'
              : '',
    );
    const first = validateValues('measures', row, ctx(), memo);
    const second = validateValues('measures', row, ctx(), memo);
    if (!first.ok || !second.ok) throw new Error('invalid');
    first.value.samverkan.push('c');
    expect(second.value.samverkan).toEqual(['a', 'b']);
    expect(validateValues('measures', row, ctx(), memo)).toEqual(validateValues('measures', row, ctx()));
  });

  it('a column of more distinct values than are kept, and one of values that never repeat', () => {
    const memo = memoFor('indicatorValues');
    const rows = Array.from({ length: 6000 }, (_, i) => ['kpi', i % 3 ? '0180' : 'Borås', '2016', String(i), '']);
    expect(rows.map((r) => validateValues('indicatorValues', r, ctx(), memo))).toEqual(
      rows.map((r) => validateValues('indicatorValues', r, ctx())),
    );
  });
});

describe('the import of a table', () => {
  it('a table of themes: colours and keyword lists repeated, each record its own list', () => {
    const headers = ['id', 'namn', 'farg', 'overordnat', 'nyckelord'];
    const cells = [
      ['t1', 'Ett', '#aabbcc', '', 'a|b'],
      ['t2', 'Två', '#AABBCC', 't1', 'a|b'],
      ['t3', 'Tre', 'red', 't1', 'a|b'],
    ];
    const rows = cells.map((c, i) => ({ row: i + 2, cells: c }));
    const { rows: table } = tableCells('themes', headers, rows);
    const c = ctx();
    const r = rowsToRecords('x.csv', 'themes', table, c, { source: 'x.csv' });
    expect(r.records.map((t) => [t.id, t.farg, t.nyckelord])).toEqual([
      ['t1', '#aabbcc', ['a', 'b']],
      ['t2', '#aabbcc', ['a', 'b']],
    ]);
    expect(r.records[0].nyckelord).not.toBe(r.records[1].nyckelord);
    expect(r.issues.map((i) => [i.row, i.column])).toEqual([[4, 'farg']]);
    expect(c.themes.has('t2')).toBe(true);
  });
});

describe('validateValues trims only cells whose ends may be white space: the same as trimming each', () => {
  it.each(['\u00a0', '\u2003', '\ufeff', '\t', ' ', '\u3000', '\u2028', '\u0085'])('%j around the values', (space) => {
    const fields = ENTITIES.measures.fields;
    const plain = fields.map((f) => TEXTS[f.type][0]);
    const padded = plain.map((v, i) => (i % 2 ? `${space}${v}` : `${v}${space}`));
    const trimmed = padded.map((v) => v.trim());
    expect(validateValues('measures', padded, ctx())).toEqual(validateValues('measures', trimmed, ctx()));
  });
});
