import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, stripBom } from '$lib/io/decode';
import { parseCsvText } from '$lib/io/csv';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', utf8('id;titel\nåäö'), 'id;titel\nåäö', 'utf-8'],
    ['UTF-8 with BOM (RELIABILITY 1)', bytes(0xef, 0xbb, 0xbf, ...utf8('id;åäö')), 'id;åäö', 'utf-8-bom'],
    ['only a BOM', bytes(0xef, 0xbb, 0xbf), '', 'utf-8-bom'],
    ['empty', bytes(), '', 'utf-8'],
    ['ASCII', utf8('a;b'), 'a;b', 'utf-8'],
    ['a second BOM is content', bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61), '\ufeffa', 'utf-8-bom'],
    // Windows-1252 (RELIABILITY 2)
    ['Windows-1252 åäöÅÄÖ', bytes(0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6), 'åäöÅÄÖ', 'windows-1252'],
    ['Windows-1252 € and –', bytes(0x80, 0x20, 0x96), '€ –', 'windows-1252'],
    ['Windows-1252 quotes and Š', bytes(0x93, 0x92, 0x94, 0x8a, 0x9f), '\u201c\u2019\u201dŠŸ', 'windows-1252'],
    [
      'undefined 1252 bytes map to C1, not U+FFFD',
      bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d),
      '\u0081\u008d\u008f\u0090\u009d',
      'windows-1252',
    ],
    ['truncated UTF-8 sequence → Windows-1252', bytes(0x61, 0xc3), 'aÃ', 'windows-1252'],
    ['BOM then invalid UTF-8 → Windows-1252 of the rest', bytes(0xef, 0xbb, 0xbf, 0xe5), 'å', 'windows-1252'],
  ])('%s', (_, input, text, encoding) => {
    const r = decodeBytes(input);
    expect(r).toEqual({ text, encoding });
    expect(r.text).not.toContain('\ufffd');
  });

  it('maps every byte of Windows-1252 to a character, never U+FFFD', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    all[0] = 0x80; // keep it non-UTF-8 regardless of order
    const r = decodeBytes(all);
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toHaveLength(256);
    expect(r.text).not.toContain('\ufffd');
    expect(r.text[0x80]).toBe('€');
    expect(r.text[0x96]).toBe('–');
    expect(r.text[0xe5]).toBe('å');
  });

  it('decodes a large Windows-1252 file in chunks', () => {
    const big = new Uint8Array(100_000).fill(0xe5);
    big[99_999] = 0x80;
    const r = decodeBytes(big);
    expect(r.text).toHaveLength(100_000);
    expect(r.text.endsWith('å€')).toBe(true);
  });
});

describe('stripBom (string input, RELIABILITY 1)', () => {
  it.each([
    ['\ufeffid;titel', 'id;titel'],
    ['id;titel', 'id;titel'],
    ['\ufeff\ufeffid', '\ufeffid'],
    ['', ''],
    ['a\ufeff', 'a\ufeff'],
  ])('%j → %j', (input, out) => expect(stripBom(input)).toBe(out));
});

describe('fixture files', () => {
  it('Excel "CSV" (Windows-1252): åäöÅÄÖ € – decoded, encoding named', () => {
    const { text, encoding } = decodeBytes(fixture('planer-excel-1252.csv'));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Handlingsplan för Östermalm – ÅÄÖ');
    expect(text).toContain('50 000 €');
    expect(text).not.toContain('\ufffd');
    const parsed = parseCsvText(text, 'planer-excel-1252.csv', encoding);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.encoding).toBe('windows-1252');
    expect(parsed.value.rows[0].cells[8]).toBe('Åsa Örn');
    expect(parsed.value.rows[1].cells[10]).toBe('Två rader:\nrad två – med ÅÄÖ åäö');
    expect(parsed.value.issues).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('Windows-1252') }),
    ]);
  });

  it('Excel "CSV UTF-8" (BOM): the first header has no U+FEFF', () => {
    const { text, encoding } = decodeBytes(fixture('planer-utf8-bom.csv'));
    expect(encoding).toBe('utf-8-bom');
    expect(text.charCodeAt(0)).toBe('i'.charCodeAt(0));
    const parsed = parseCsvText(text, 'planer-utf8-bom.csv', encoding);
    expect(parsed.ok && parsed.value.headers[0]).toBe('id');
  });

  it('the same file as a string with BOM gives the same table', () => {
    const { text } = decodeBytes(fixture('planer-utf8-bom.csv'));
    const a = parseCsvText(text, 'f', 'utf-8-bom');
    const b = parseCsvText('\ufeff' + text, 'f', 'utf-8-bom');
    expect(b).toEqual(a);
    expect(b.ok && b.value.headers[0]).toBe('id');
  });

  it('both encodings of the same plans give the same cells', () => {
    const a = decodeBytes(fixture('planer-excel-1252.csv'));
    const b = decodeBytes(fixture('planer-utf8-bom.csv'));
    const pa = parseCsvText(a.text, 'a', a.encoding);
    const pb = parseCsvText(b.text, 'b', b.encoding);
    expect(pa.ok && pb.ok).toBe(true);
    if (pa.ok && pb.ok) expect(pa.value.rows).toEqual(pb.value.rows);
  });
});
