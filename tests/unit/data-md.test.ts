/**
 * docs/DATA.md against the entity registry (src/lib/domain/entities): every CSV file's column table
 * must name exactly the registry's columns, in CSV order, with the field's type, whether it is
 * required and the header aliases the importer accepts; every enumeration table must list exactly
 * the registry's codes with their Swedish and English labels. A column added to an entity without
 * its row in DATA.md (or the other way round) fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aliasesOf,
  csvColumns,
  ENTITIES,
  ENTITY_NAMES,
  enumCodes,
  ENUM_LABELS,
  type EnumKind,
  type FieldSpec,
} from '$lib/domain/entities';

interface MdTable {
  /** The nearest heading above the table. */
  heading: string;
  header: string[];
  rows: string[][];
}

/** Cells of one Markdown table line; `\|` inside a cell is a literal bar. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** Every table of a Markdown text, with the heading it stands under. */
export function markdownTables(md: string): MdTable[] {
  const lines = md.split(/\r?\n/);
  const tables: MdTable[] = [];
  let heading = '';
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '');
    const isTableStart = line.trim().startsWith('|') && /^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1] ?? '');
    if (!isTableStart) continue;
    const header = cells(line);
    const rows: string[][] = [];
    for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) rows.push(cells(lines[i]));
    i--;
    tables.push({ heading, header, rows });
  }
  return tables;
}

/** The `code` spans of a cell or heading, in order. */
const codes = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

interface ColumnDoc {
  name: string;
  type: string[];
  required: string;
  aliases: string[];
}

function columnTables(tables: MdTable[]): Map<string, ColumnDoc[][]> {
  const byFile = new Map<string, ColumnDoc[][]>();
  for (const t of tables) {
    if (t.header[0] !== 'Column') continue;
    const file = codes(t.heading).find((c) => c.endsWith('.csv')) ?? `(no file named in "${t.heading}")`;
    const col = (name: string) => t.header.indexOf(name);
    const docs = t.rows.map((r) => ({
      name: codes(r[0])[0] ?? r[0],
      type: codes(r[col('Type')] ?? ''),
      required: r[col('Required')] ?? '',
      aliases: codes(r[col('Also accepted as')] ?? ''),
    }));
    byFile.set(file, [...(byFile.get(file) ?? []), docs]);
  }
  return byFile;
}

const md = readFileSync(new URL('../../docs/DATA.md', import.meta.url), 'utf8');
const tables = markdownTables(md);
const documented = columnTables(tables);
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

describe('markdownTables reads the tables of a Markdown text', () => {
  it.each([
    ['a table under its heading', '## A\n\n| x | y |\n| - | - |\n| `a` | b |\n', [['A', ['x', 'y'], [['`a`', 'b']]]]],
    ['an escaped bar stays in its cell', '# H\n| x |\n|---|\n| `a\\|b` |\n', [['H', ['x'], [['`a|b`']]]]],
    ['no table inside a code fence', '# H\n```\n| x |\n|---|\n```\n', []],
    [
      'two tables, two headings',
      '# A\n| x |\n|:-:|\n| 1 |\n# B\n| y |\n|---|\n| 2 |\n',
      [
        ['A', ['x'], [['1']]],
        ['B', ['y'], [['2']]],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(markdownTables(text).map((t) => [t.heading, t.header, t.rows])).toEqual(expected);
  });
});

describe('docs/DATA.md documents the entity registry', () => {
  it('has one column table per CSV file of the registry and none for a file the registry lacks', () => {
    expect(sorted(documented.keys())).toEqual(sorted(ENTITY_NAMES.map((e) => ENTITIES[e].file)));
    for (const [file, list] of documented) expect(list.length, `column tables of ${file}`).toBe(1);
  });

  describe.each(ENTITY_NAMES.map((e) => [ENTITIES[e].file, e] as const))('%s', (file, entity) => {
    const docs = () => documented.get(file)?.[0] ?? [];
    const names = () => docs().map((d) => d.name);

    it('documents every column of the registry', () => {
      expect(csvColumns(entity).filter((c) => !names().includes(c))).toEqual([]);
    });

    it('documents no column the registry lacks', () => {
      expect(names().filter((c) => !csvColumns(entity).includes(c))).toEqual([]);
    });

    it('lists the columns in CSV order', () => {
      expect(names()).toEqual(csvColumns(entity));
    });

    it.each(ENTITIES[entity].fields.map((f) => [f.key, f] as [string, FieldSpec]))(
      'column %s: type, required and header aliases',
      (key, field) => {
        const doc = docs().find((d) => d.name === key);
        expect(doc, `${file}: no row for ${key}`).toBeDefined();
        expect(doc!.type[0], `${file} ${key}: type`).toBe(field.type);
        if (field.enumKind) expect(doc!.type, `${file} ${key}: enumeration`).toContain(field.enumKind);
        expect(/^yes\b/i.test(doc!.required), `${file} ${key}: required is "${doc!.required}"`).toBe(!!field.required);
        expect(/^no\b/i.test(doc!.required) || /^yes\b/i.test(doc!.required), `${file} ${key}: yes or no`).toBe(true);
        expect(sorted(doc!.aliases.filter((a) => a !== key)), `${file} ${key}: aliases`).toEqual(
          sorted(aliasesOf(field).filter((a) => a !== key)),
        );
      },
    );
  });

  it('describes every field type the registry uses, and no other', () => {
    const table = tables.find((t) => t.heading === 'Field types' && t.header[0] === 'type');
    expect(table, 'the table of "Field types"').toBeDefined();
    const used = ENTITY_NAMES.flatMap((e) => ENTITIES[e].fields.map((f) => f.type));
    expect(sorted(table!.rows.map((r) => codes(r[0])[0]))).toEqual(sorted(used));
  });
});

describe('docs/DATA.md lists every enumeration with its codes and labels', () => {
  const enumTables = tables.filter((t) => t.header[0] === 'Code');
  const kinds = Object.keys(ENUM_LABELS) as EnumKind[];
  const tableOf = (kind: EnumKind) => enumTables.filter((t) => codes(t.heading).includes(kind));

  it('names a known enumeration in the heading of every code table', () => {
    expect(enumTables.filter((t) => !codes(t.heading).some((c) => kinds.includes(c as EnumKind)))).toEqual([]);
  });

  it.each(kinds)('%s: the codes in order, with the Swedish and English labels', (kind) => {
    expect(tableOf(kind), `code tables of ${kind}`).toHaveLength(1);
    const [table] = tableOf(kind);
    const labels = ENUM_LABELS[kind] as Record<string, { sv: string; en: string }>;
    expect(table.header).toEqual(['Code', 'Swedish', 'English']);
    expect(table.rows.map((r) => codes(r[0])[0])).toEqual(enumCodes(kind));
    expect(table.rows.map((r) => [r[1], r[2]])).toEqual(enumCodes(kind).map((c) => [labels[c].sv, labels[c].en]));
  });
});
