import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { onlyCrlf, parseCsvText, splitUnquoted, trimCells } from '$lib/io/csv';

// The read half's fast paths must give exactly what the long way gives: text without quotes is
// split without papaparse (`splitUnquoted`), and a text whose every line ends CRLF is not copied
// into an LF text first. The long way is papaparse on the LF text, then `trimCells`.

/** What papaparse gives for the text with its line breaks made LF, cells trimmed (the long way). */
function papa(text: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  return trimCells(parsed.data);
}

const UNQUOTED: [string, string][] = [
  ['one cell', 'a'],
  ['empty lines and a line of delimiters', 'a;b\n\n;\nc;d\n'],
  ['no line break at the end', 'a;b\nc;d'],
  ['cells to trim, Unicode spaces and a BOM inside', ' a ;\tb\t\n\u00a0c\u3000;\ufeffd\ufeff\n'],
  ['more and fewer cells than the header', 'a;b;c\n1\n1;2;3;4;5\n'],
  ['the same short values down a column', 'k;s\n0180;planerad\n0180;planerad\n1490;klar\n0180;planerad\n'],
  ['more distinct values than a column keeps', 'k\n1\n2\n3\n4\n5\n1\n2\n6\n1\n'],
  ['values of one length that differ only in the middle', 'k\nabc\naxc\nabc\naxc\n'],
  ['a long value and the same value trimmed', 'k\n' + 'x'.repeat(40) + '\n ' + 'x'.repeat(40) + ' \n'],
  ['no delimiter after the first line (one column)', 'a;b\n' + 'c\n'.repeat(50)],
  ['other delimiters inside cells', 'a;b\n1,5;2\t3\n'],
  ['only line breaks', '\n\n\n'],
  ['å, ä, ö and an emoji', 'ö;ä\nå😀;😀\n'],
];

describe('splitUnquoted: text without quotes gives what papaparse gives', () => {
  it.each(UNQUOTED)('%s', (_, text) => {
    for (const delimiter of [';', ',', '\t']) {
      const t = delimiter === ';' ? text : text.replaceAll(';', delimiter);
      expect(splitUnquoted(t, delimiter, '\n')).toEqual(papa(t, delimiter));
      const crlf = t.replace(/\n/g, '\r\n');
      expect(splitUnquoted(crlf, delimiter, '\r\n')).toEqual(papa(crlf, delimiter));
    }
  });

  it('gives no rows for no text, as papaparse', () => {
    expect(splitUnquoted('', ';', '\n')).toEqual(papa('', ';'));
  });

  it('gives what papaparse gives for long columns: repeated, more distinct values than are kept, unique', () => {
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const lines = ['kod;status;id;nara'];
    for (let r = 0; r < 3000; r++) {
      // 700 distinct codes (more than a column keeps), 3 statuses, unique ids, values one character apart.
      const kod = String(Math.floor(rnd() * 700)).padStart(4, '0');
      const status = ['planerad', 'pågående', 'avslutad'][Math.floor(rnd() * 3)];
      const nara = `ab${'cdefgh'[Math.floor(rnd() * 6)]}${'cdefgh'[Math.floor(rnd() * 6)]}${rnd() < 0.1 ? ' ' : ''}`;
      lines.push([kod, status, `m${r}`, nara].join(';'));
    }
    const text = lines.join('\n');
    expect(splitUnquoted(text, ';', '\n')).toEqual(papa(text, ';'));
  });

  it('gives what papaparse gives for 500 random texts', () => {
    let seed = 12;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const parts = [
      'a',
      'Å',
      '0180',
      'planerad',
      ' ',
      '\t',
      '\u00a0',
      '\u2003',
      '\ufeff',
      ';',
      ';',
      ',',
      '\n',
      '\n',
      'x',
    ];
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = Math.floor(rnd() * 80);
      for (let i = 0; i < length; i++) text += parts[Math.floor(rnd() * parts.length)];
      expect(splitUnquoted(text, ';', '\n'), JSON.stringify(text)).toEqual(papa(text, ';'));
      const crlf = text.replace(/\n/g, '\r\n');
      expect(splitUnquoted(crlf, ';', '\r\n'), JSON.stringify(crlf)).toEqual(papa(crlf, ';'));
    }
  });
});

describe('onlyCrlf: every line break is CRLF', () => {
  it.each([
    ['a\r\nb\r\n', true],
    ['a\r\nb', true],
    ['\r\n', true],
    ['a\nb\n', false],
    ['a\r\nb\n', false],
    ['a\nb\r\n', false],
    ['a\rb\r\n', false],
    ['a\r\n\r', false],
    ['\r\r\n', false],
    ['a', false],
    ['', false],
  ] as [string, boolean][])('%j → %s', (text, want) => {
    expect(onlyCrlf(text)).toBe(want);
  });
});

describe('parseCsvText: a CRLF text gives what its LF copy gives', () => {
  const header = 'id;kommunkod;titel';
  it.each([
    ['rows, blank lines, a row of delimiters', `${header}\r\na1;0180;Ett\r\n\r\n;;\r\na2;1490;Två\r\n`],
    ['no line break at the end', `${header}\r\na1;0180;Ett`],
    ['a sep line', `sep=,\r\nid,kommunkod,titel\r\na1,0180,Ett\r\n`],
    ['a quoted sep line', `"sep=\t"\r\nid\tkommunkod\r\na1\t0180\r\n`],
    ['a sep line alone', `sep=;\r\n`],
    ['a sep line with an unsupported delimiter', `sep=|\r\nid|titel\r\n`],
    ['only line breaks and spaces', ' \r\n \r\n'],
    ['one column', 'id\r\na1\r\n'],
    ['a trailing delimiter on every line', `${header};\r\na1;0180;Ett;\r\n`],
    ['wrong cell counts and a NUL', `${header}\r\na1;0180\r\na2;0180;x\u0000\r\na3;0180;Tre;4\r\n`],
    ['cells to trim and a BOM', `\ufeff${header}\r\n a1 ;\t0180\t; Ett \r\n`],
    ['a comma-separated text', 'id,kommunkod,titel\r\na1,0180,"x"\r\n'],
    [
      'lines longer than the delimiter guess reads (2^20 characters), few of them',
      `a,b;c\r\n${`${'x'.repeat(300_000)},y;z\r\n`.repeat(6)}`,
    ],
  ])('%s', (_, crlf) => {
    expect(onlyCrlf(crlf)).toBe(true);
    const lf = crlf.replace(/\r\n/g, '\n');
    expect(parseCsvText(crlf, 'f.csv', 'utf-8')).toEqual(parseCsvText(lf, 'f.csv', 'utf-8'));
  });

  it('guesses the delimiter from the LF text: its last character read is a comma, one further in the CRLF text', () => {
    // detectDelimiter reads the first 2^20 characters. The header has ';' and ','; in the LF text the
    // second line's first ',' is the last character read, so ',' is on both lines read and wins.
    const crlf = `a;b,c\r\n${'x'.repeat(2 ** 20 - 7)},y;z\r\n`;
    const parsed = parseCsvText(crlf, 'f.csv', 'utf-8');
    expect(parsed.ok && parsed.value.delimiter).toBe(',');
    expect(parsed).toEqual(parseCsvText(crlf.replace(/\r\n/g, '\n'), 'f.csv', 'utf-8'));
  });
});
