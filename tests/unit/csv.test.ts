import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, normalizeHeader, parseCsvText, type ParsedTable } from '$lib/io/csv';
import { decodeBytes } from '$lib/io/decode';
import type { FileIssue } from '$lib/io/issues';

const fixture = (name: string) =>
  decodeBytes(new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url))));

function parseOk(text: string, delimiter?: ';' | ',' | '\t'): ParsedTable {
  const r = parseCsvText(text, 'test.csv', 'utf-8', delimiter);
  if (!r.ok) throw new Error('expected ok, got ' + JSON.stringify(r.issues));
  return r.value;
}
function parseFail(text: string, delimiter?: ';' | ',' | '\t'): FileIssue[] {
  const r = parseCsvText(text, 'test.csv', 'utf-8', delimiter);
  if (r.ok) throw new Error('expected a file error, got ' + JSON.stringify(r.value));
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues) {
    expect(i.file).toBe('test.csv');
    expect(i.severity).toBe('error');
  }
  return r.issues;
}
function parseFixture(name: string) {
  const { text, encoding } = fixture(name);
  return parseCsvText(text, name, encoding);
}
const cellsOf = (t: ParsedTable) => t.rows.map((r) => r.cells);
const noStrayCr = (t: ParsedTable) => {
  for (const c of [...t.headers, ...t.rows.flatMap((r) => r.cells)]) expect(c).not.toContain('\r');
};

describe('detectDelimiter (RELIABILITY 3)', () => {
  it.each([
    ['semicolon with decimal commas', 'id;varde\n1;60,5\n2;70,25\n3;1,5', ';'],
    ['semicolon, commas even in the header', 'a,b;c\n1,5;2\n3,5;4', ';'],
    ['comma', 'id,titel,status\n1,A,antagen\n2,B,remiss', ','],
    ['comma with decimal points', 'id,varde\n1,60.5\n2,70.5', ','],
    ['tab with commas and semicolons in text', 'id\ttitel\n1\tA, B; C\n2\tD', '\t'],
    ['semicolon inside quotes of a comma file', 'id,titel\n1,"a;b;c"\n2,"d;e"', ','],
    ['comma inside quotes of a semicolon file', 'id;titel\n1;"a,b,c"\n2;"d,e"', ';'],
    ['multi-line quoted cell', 'id;titel\n1;"rad 1,\nrad 2, med komma"\n2;x', ';'],
    ['doubled quotes inside quotes', 'id;titel\n1;"sa ""hej, du"" och gick"\n2;x', ';'],
    ['CRLF', 'id;titel\r\n1;a,b\r\n', ';'],
    ['CR only', 'id;titel\r1;a,b\r', ';'],
    ['header only', 'id;kommunkod;titel', ';'],
    ['blank lines first', '\n\n  \nid;titel\n1;a', ';'],
    ['both consistent: semicolon wins', 'a;b,c\n1;2,3\n4;5,6', ';'],
    ['comma more consistent than semicolon', 'a;b,c,d\n1,2,3\n4,5,6', ','],
    ['lines of only delimiters count', ';;;\n;;;', ';'],
    ['none', 'id\n1\n2', null],
    ['pipes', 'a|b\n1|2', null],
    ['empty', '', null],
    ['only blank', '\n \n', null],
    ['delimiters only in data, not header', 'titel\n1;2', null],
  ] as const)('%s', (_, text, expected) => expect(detectDelimiter(text)).toBe(expected));

  it('uses at most the first 20 records', () => {
    const text = 'a;b\n' + '1;2\n'.repeat(19) + Array.from({ length: 100 }, () => '1,2,3;4').join('\n');
    expect(detectDelimiter(text)).toBe(';');
  });

  it('decimal-comma data where papaparse alone would guess comma', () => {
    // Our detection, not papaparse's: one column of text and one of decimal commas.
    const text = 'indikator;varde\nN1;60,5\nN2;1,5\nN3;2,5';
    expect(detectDelimiter(text)).toBe(';');
    expect(cellsOf(parseOk(text))).toEqual([
      ['N1', '60,5'],
      ['N2', '1,5'],
      ['N3', '2,5'],
    ]);
  });
});

describe('normalizeHeader', () => {
  it.each([
    ['id', 'id'],
    ['  Titel ', 'titel'],
    ['\ufeffid', 'id'],
    ['Källa', 'kalla'],
    ['Åtgärder', 'atgarder'],
    ['Högre är bättre', 'hogre_ar_battre'],
    ['Planerat klart', 'planerat_klart'],
    ['planerat-klart', 'planerat_klart'],
    ['Planerat  -  klart', 'planerat_klart'],
    ['PLAN_ID', 'plan_id'],
    ['Uppföljning', 'uppfoljning'],
    ['Ka\u0308lla', 'kalla'], // NFD input
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['plan__id', 'plan__id'], // underscores as written: not the same column as plan_id
    ['_id', '_id'],
    ['Planerat\u2013klart', 'planerat_klart'], // an en dash from a word processor, as fold
    ['Planerat klart -', 'planerat_klart_'],
  ])('%j → %j', (h, k) => expect(normalizeHeader(h)).toBe(k));
});

describe('parseCsvText: line endings (RELIABILITY 5)', () => {
  const rows = [
    ['1', 'a'],
    ['2', 'b'],
  ];
  it.each([
    ['LF', 'id;t\n1;a\n2;b\n'],
    ['CRLF', 'id;t\r\n1;a\r\n2;b\r\n'],
    ['CR only', 'id;t\r1;a\r2;b\r'],
    ['mixed', 'id;t\r\n1;a\n2;b\r'],
    ['no final newline', 'id;t\r\n1;a\r\n2;b'],
  ])('%s', (_, text) => {
    const t = parseOk(text);
    expect(t.headers).toEqual(['id', 't']);
    expect(cellsOf(t)).toEqual(rows);
    expect(t.rows.map((r) => r.row)).toEqual([2, 3]);
    noStrayCr(t);
  });

  it('line breaks inside quoted cells are kept, as LF', () => {
    const t = parseOk('id;text\r\n1;"a\r\nb\rc\nd"\r\n2;"x"\r\n');
    expect(cellsOf(t)).toEqual([
      ['1', 'a\nb\nc\nd'],
      ['2', 'x'],
    ]);
    expect(t.rows.map((r) => r.row)).toEqual([2, 3]); // a multi-line cell is one row
  });

  it('mixed-newlines.csv fixture', () => {
    const r = parseFixture('mixed-newlines.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.delimiter).toBe(',');
    expect(cellsOf(r.value)).toEqual([
      ['0180-p-1', '0180', 'CRLF', 'slut'],
      ['0180-p-2', '0180', 'LF', 'slut'],
      ['0180-p-3', '0180', 'CR', 'rad ett\nrad två\nrad tre\nrad fyra'],
      ['0180-p-4', '0180', 'sist', 'utan radslut'],
    ]);
    expect(r.value.rows.map((x) => x.row)).toEqual([2, 3, 4, 5]);
    noStrayCr(r.value);
  });
});

describe('parseCsvText: delimiters, quoting, values untouched', () => {
  it('semicolon file with decimal commas and leading zeros (RELIABILITY 3, 10)', () => {
    const r = parseFixture('nyckeltal-semicolon-decimal.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.delimiter).toBe(';');
    expect(r.value.headers).toEqual(['indikator', 'kommunkod', 'period', 'varde', 'kalla']);
    expect(cellsOf(r.value)).toEqual([
      ['N00001', '0180', '2016', '60,5', 'Kolada'],
      ['N00001', '0114', '2016', '1 234,56', 'Kolada'],
      ['N00002', '0180', '2015', '−12,5', 'Kolada'],
      ['N00003', '1490', '2016', '60 %', 'Kolada'],
    ]);
    expect(r.value.issues).toEqual([]);
  });

  it('tab-separated file with commas, semicolons and quoted tabs', () => {
    const r = parseFixture('tab.tsv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.delimiter).toBe('\t');
    expect(cellsOf(r.value)).toEqual([
      ['1490-p-9', '1490', 'Plan, med komma; och semikolon', 'remiss'],
      ['0180-p-8', '0180', 'Citat "inuti" och\ttabb', 'antagen'],
    ]);
  });

  it('never types values (no dynamicTyping)', () => {
    const t = parseOk('a;b;c;d;e;f\n0180;1e3;true;00;2016-03-15;-0\n');
    expect(t.rows[0].cells).toEqual(['0180', '1e3', 'true', '00', '2016-03-15', '-0']);
    for (const c of t.rows[0].cells) expect(typeof c).toBe('string');
  });

  it('trims surrounding spaces of cells and headers, keeps inner spaces and quotes', () => {
    const t = parseOk(' id ;  titel \n 1 ;  två  ord  \n2;"  citerad  "\n3;x"y"z\n');
    expect(t.headers).toEqual(['id', 'titel']);
    expect(cellsOf(t)).toEqual([
      ['1', 'två  ord'],
      ['2', 'citerad'],
      ['3', 'x"y"z'],
    ]);
  });

  it('an explicit delimiter overrides detection', () => {
    const t = parseOk('a,b;c\n1,2;3\n', ',');
    expect(t.delimiter).toBe(',');
    expect(t.headers).toEqual(['a', 'b;c']);
  });

  it('RFC 4180 quoting: delimiters, doubled quotes, empty quoted cells', () => {
    const t = parseOk('a,b,c\n"x,y","say ""hi""",""\n');
    expect(cellsOf(t)).toEqual([['x,y', 'say "hi"', '']]);
  });

  it('Swedish and other Unicode text stays as is', () => {
    const t = parseOk('titel;not\nÅtgärd för öar;😀 ✓ «»\n');
    expect(cellsOf(t)).toEqual([['Åtgärd för öar', '😀 ✓ «»']]);
  });
});

describe('parseCsvText: file errors', () => {
  it.each([
    ['empty.csv', /tom/],
    ['one-column.csv', /en kolumn.*Fel avgränsare\?/],
    ['unterminated.csv', /rad 3/],
    ['duplicate-headers.csv', /"titel" i kolumn C, "Titel" i kolumn D/],
  ])('%s', (name, message) => {
    const r = parseFixture(name);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: name, severity: 'error' });
    expect(r.issues[0].message).toMatch(message);
  });

  it.each([
    ['zero bytes', ''],
    ['only spaces and newlines', ' \r\n\n  \n'],
    ['only a BOM', '\ufeff'],
    ['BOM and newlines', '\ufeff\r\n\r\n'],
  ])('empty file (RELIABILITY 9): %s', (_, text) => {
    const [issue] = parseFail(text);
    expect(issue.message).toMatch(/tom/);
    expect(issue.row).toBeUndefined();
  });

  it('no header: only delimiters', () => {
    expect(parseFail(';;;\n;;;\n')[0].message).toMatch(/rubrikrad/);
  });

  it.each([
    ['single column, nothing else', 'id\n1\n2\n', undefined, [] as string[]],
    ['pipes', 'a|b\n1|2\n', undefined, []],
    ['comma file read as semicolon', 'id,titel\n1,a\n', ';', ['komma']],
    ['semicolon file read as comma', 'id;titel\n1;a\n', ',', ['semikolon']],
    ['tab file read as semicolon', 'id\ttitel\n1\ta\n', ';', ['tabb']],
    ['trailing delimiter leaves one column', 'id;\n1;\n', undefined, []],
  ] as const)('one column → "wrong separator?" (RELIABILITY 4): %s', (_, text, delim, mentions) => {
    const [issue] = parseFail(text, delim);
    expect(issue.message).toMatch(/Fel avgränsare\?/);
    for (const m of mentions) expect(issue.message).toContain(m);
  });

  it.each([
    ['quote never closed', 'id;t\n1;a\n2;"b\n3;c\n', 3],
    ['in the header', 'id;"t\n1;a\n', 1],
    ['after a multi-line cell and a blank line', 'id;t\n1;"a\nb"\n\n2;"c\n3;d\n', 4],
    ['closing quote escaped by mistake', 'id;t\n1;"a""\n2;b\n', 2],
    ['CRLF file', 'id;t\r\n1;a\r\n2;b\r\n3;"c\r\n4;d\r\n', 4],
  ])('unterminated quote names the row where it starts (RELIABILITY 6): %s', (_, text, row) => {
    const issues = parseFail(text);
    expect(issues).toHaveLength(1);
    expect(issues[0].row).toBe(row);
    expect(issues[0].message).toContain(`rad ${row}`);
    expect(issues[0].message).toMatch(/Inget har importerats/);
  });

  it('text after a closing quote is a file error with the row, not silently joined rows', () => {
    const issues = parseFail('id;t\n1;"a"x\n2;"b"\n');
    expect(issues).toHaveLength(1);
    expect(issues[0].row).toBe(2);
    expect(issues[0].message).toMatch(/rad 2/);
  });

  // How long this takes is measured by `npm run bench:csv`, not asserted here.
  it('an unterminated quote in a large file is one file error at its row, whatever follows', () => {
    const text = 'id;t\n' + '1;a\n'.repeat(50_000) + '2;"never closed\n' + '3;b\n'.repeat(50_000);
    const issues = parseFail(text);
    expect(issues).toHaveLength(1);
    expect(issues[0].row).toBe(50_002);
    expect(issues[0].message).toContain('rad 50002');
    expect(issues[0].message).toMatch(/Inget har importerats/);
  });

  it('duplicate headers after normalisation (RELIABILITY 8)', () => {
    const issues = parseFail('id;Källa;kalla;KALLA ;titel\n1;a;b;c;d\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: 1, column: 'Källa' });
    expect(issues[0].message).toMatch(/kolumn B.*kolumn C.*kolumn D/);
  });

  it('several different duplicates each get an error', () => {
    expect(parseFail('a;a;b;b\n1;2;3;4\n')).toHaveLength(2);
  });

  it('blank headers that are not trailing (RELIABILITY 8)', () => {
    const issues = parseFail('id;;titel\n1;x;y\n');
    expect(issues).toEqual([expect.objectContaining({ row: 1, message: expect.stringContaining('Kolumn B') })]);
  });

  it('a trailing blank header over a column with values is an error, not dropped', () => {
    const issues = parseFail('id;titel;\n1;a;värde\n');
    expect(issues[0].message).toContain('Kolumn C');
  });

  it('proto-header.csv: __proto__ and constructor (RELIABILITY 8)', () => {
    const r = parseFixture('proto-header.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.column)).toEqual(['__proto__', 'constructor']);
    expect(r.issues.every((i) => i.row === 1 && i.severity === 'error')).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype', ' Constructor ', 'PROTOTYPE'])('reserved header %j', (h) => {
    const issues = parseFail(`id;${h}\n1;2\n`);
    expect(issues[0].column).toBe(h.trim());
  });

  it.each([
    ['xlsx', 'PK\u0003\u0004\u0014\u0000\u0006\u0000', /Excel-arbetsbok/],
    ['xls', '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1', /Excel-arbetsbok/],
    ['UTF-16 LE with BOM, read as 1252', '\u00ff\u00fei\u0000d\u0000;\u0000', /UTF-16/],
    ['UTF-16 without BOM', 'i\u0000d\u0000;\u0000t\u0000', /UTF-16/],
    ['binary', 'id;t\n1;\u0000\u0001\u0002\n', /textfil/],
  ])('not a CSV file: %s', (_, text, message) => {
    expect(parseFail(text)[0].message).toMatch(message);
  });
});

describe('parseCsvText: defined results for odd but readable files (RELIABILITY 7, 9)', () => {
  it('header-only.csv: no rows and an info issue', () => {
    const r = parseFixture('header-only.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.headers).toEqual(['id', 'kommunkod', 'titel', 'status']);
    expect(r.value.rows).toEqual([]);
    expect(r.value.issues).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringMatching(/inga rader/) }),
    ]);
  });

  it('header-only without newline', () => {
    const t = parseOk('id;titel');
    expect(t.rows).toEqual([]);
    expect(t.issues[0].severity).toBe('info');
  });

  it('blank-lines.csv: blank lines and delimiter-only lines are skipped; rows are numbered as in Excel', () => {
    const r = parseFixture('blank-lines.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.headers).toEqual(['id', 'kommunkod', 'titel', 'status']);
    expect(r.value.rows).toEqual([
      { row: 4, cells: ['0180-p-1', '0180', 'Plan', 'antagen'] },
      { row: 7, cells: ['0180-p-2', '0180', 'Plan två', 'remiss'] },
    ]);
    expect(r.value.issues).toEqual([]);
  });

  it('trailing-delimiter.csv: the empty last column is dropped with an info', () => {
    const r = parseFixture('trailing-delimiter.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.headers).toEqual(['id', 'kommunkod', 'titel', 'status']);
    expect(cellsOf(r.value)).toEqual([
      ['0180-p-1', '0180', 'Plan', 'antagen'],
      ['0180-p-2', '0180', 'Plan två', 'remiss'],
    ]);
    expect(r.value.issues).toEqual([
      expect.objectContaining({ severity: 'info', row: 1, message: expect.stringMatching(/avgränsare/) }),
    ]);
  });

  it('trailing delimiters: several empty columns; rows with or without the trailing delimiter', () => {
    const t = parseOk('a;b;;\n1;2;;\n3;4\n5;6;\n');
    expect(t.headers).toEqual(['a', 'b']);
    expect(cellsOf(t)).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(t.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('ragged.csv: too few and too many cells are row errors; the other rows are kept', () => {
    const r = parseFixture('ragged.csv');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rows.map((x) => x.row)).toEqual([2, 5]);
    const errors = r.value.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => e.row)).toEqual([3, 4]);
    expect(errors[0]).toMatchObject({
      file: 'ragged.csv',
      message: expect.stringMatching(/Rad 3 har 3 celler men rubrikraden har 4/),
    });
    expect(errors[1].message).toMatch(/Rad 4 har 5 celler/);
  });

  it('all rows ragged: ok, no rows, one error per row, no "no data" info', () => {
    const t = parseOk('a;b;c\n1;2\n3\n');
    expect(t.rows).toEqual([]);
    expect(t.issues.map((i) => [i.severity, i.row])).toEqual([
      ['error', 2],
      ['error', 3],
    ]);
  });

  it('a replacement character in the text gives a warning', () => {
    const t = parseOk('id;titel\n1;Gr\ufffdnt\n');
    expect(t.issues).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('reports file name and encoding', () => {
    const r = parseCsvText('id;t\n1;a\n', 'planer.csv', 'utf-8-bom');
    expect(r.ok && [r.value.file, r.value.encoding, r.value.delimiter]).toEqual(['planer.csv', 'utf-8-bom', ';']);
  });

  it('never throws on arbitrary input', () => {
    const alphabet = ['"', ';', ',', '\t', '\r', '\n', 'a', ' ', '\ufeff', 'å', '\u0000'];
    let seed = 1;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 500; n++) {
      const text = Array.from(
        { length: Math.floor(rand() * 40) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join('');
      const r = parseCsvText(text, 'fuzz.csv', 'utf-8');
      if (r.ok) {
        for (const row of r.value.rows) {
          expect(row.cells).toHaveLength(r.value.headers.length);
          for (const c of row.cells) expect(c).not.toContain('\r');
        }
      } else expect(r.issues.length).toBeGreaterThan(0);
    }
  });
});

describe('parseCsvText: Excel\'s "sep=" line (issue 11 point 7)', () => {
  it.each([
    ['sep=; then ; data', 'sep=;\r\nid;titel\r\n1;a,b\r\n', ';', [['1', 'a,b']]],
    [
      'sep=, overrides the ; the sniffer would pick',
      'sep=,\nid,titel\n1,a;b;c\n2,d;e;f\n',
      ',',
      [
        ['1', 'a;b;c'],
        ['2', 'd;e;f'],
      ],
    ],
    ['quoted, upper case, with BOM', '\ufeff"SEP=;"\nid;titel\n1;x\n', ';', [['1', 'x']]],
    ['sep=tab', 'sep=\t\nid\ttitel\n1\tx\n', '\t', [['1', 'x']]],
    ['trailing spaces after sep=', 'sep=; \nid;titel\n1;x\n', ';', [['1', 'x']]],
  ])('%s', (_, text, delimiter, cells) => {
    const t = parseOk(text);
    expect(t.delimiter).toBe(delimiter);
    expect(t.headers).toEqual(['id', 'titel']);
    expect(cellsOf(t)).toEqual(cells);
    // The sep line is no row: the header is row 1 and the first data row row 2, as Excel shows them.
    expect(t.rows[0].row).toBe(2);
    expect(t.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(t.issues.some((i) => i.severity === 'info' && /sep=/.test(i.message))).toBe(true);
  });

  it('row errors after a sep line are numbered as Excel shows them', () => {
    const t = parseOk('sep=;\nid;titel\n1;a\n2;b;c\n');
    expect(t.issues.find((i) => i.severity === 'error')?.row).toBe(3);
  });

  it.each([
    ['a sep= in a later line is data', 'id;titel\nsep=;x\n', [['sep=', 'x']]],
    ['"sep=;" with more on the line is a header', 'sep=;x;y\n1;2;3\n', [['1', '2', '3']]],
  ])('%s', (_, text, cells) => expect(cellsOf(parseOk(text))).toEqual(cells));

  it('an unsupported sep= delimiter is a file error naming it', () => {
    expect(parseFail('sep=|\nid|titel\n1|x\n')[0].message).toContain('sep=|');
  });

  it('only a sep line is an empty file', () => {
    expect(parseFail('sep=;\r\n')[0].message).toMatch(/tom/);
  });

  it('an explicit delimiter wins, the sep line is still skipped', () => {
    const t = parseOk('sep=,\nid;titel\n1;x\n', ';');
    expect([t.delimiter, t.headers]).toEqual([';', ['id', 'titel']]);
  });
});

describe('parseCsvText: NUL characters (issue 11 point 7)', () => {
  it.each([
    ['in a data cell', 'id;titel;status\n1;a\u0000b;x\n2;ok;y\n', [{ row: 2, column: 'titel' }], [['2', 'ok', 'y']]],
    [
      'several rows',
      'id;titel\n1;\u0000\n2;ok\n3;x\u0000\n',
      [
        { row: 2, column: 'titel' },
        { row: 4, column: 'titel' },
      ],
      [['2', 'ok']],
    ],
    ['in a quoted cell', 'id;titel\n1;"a\u0000;b"\n', [{ row: 2, column: 'titel' }], []],
    ['in the first column', 'id;titel\n\u00001;a\n', [{ row: 2, column: 'id' }], []],
  ])('%s is a row error naming row and column; other rows are read', (_, text, errors, cells) => {
    const t = parseOk(text);
    const found = t.issues.filter((i) => i.severity === 'error');
    expect(found.map((i) => ({ row: i.row, column: i.column }))).toEqual(errors);
    for (const i of found) expect(i.message).toContain(`Rad ${i.row}`);
    expect(cellsOf(t)).toEqual(cells);
  });

  it('in a header is an error naming the column', () => {
    const issues = parseFail('id;ti\u0000tel\n1;a\n');
    expect(issues[0]).toMatchObject({ row: 1 });
    expect(issues[0].message).toContain('kolumn B');
  });

  it.each([
    ['many NULs', 'id;t\n' + '1;\u0000\n'.repeat(9)],
    ['a NUL beside other control characters', 'id;t\n1;\u0000\u0001\u0002\n'],
  ])('%s: a binary file, refused whole', (_, text) => expect(parseFail(text)[0].message).toMatch(/textfil/));
});
