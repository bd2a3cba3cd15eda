import { sv } from '$lib/i18n/sv';
import { sayIn } from '$lib/i18n/say';
import { describe, expect, it } from 'vitest';
import { escapeFormula, formatNumber, parseNumber, unescapeFormula } from '$lib/io/values';

describe('parseNumber: numbers as people write them (RELIABILITY 11)', () => {
  it.each([
    ['60', 60],
    ['60,5', 60.5],
    ['60.5', 60.5],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ['1\u2009234', 1234],
    ['1 234,56', 1234.56],
    ['1\u00a0234,56', 1234.56],
    ['1\u202f234,56', 1234.56],
    ['1 234.56', 1234.56],
    ['1 234 567', 1234567],
    ['1 234,567', 1234.567], // spaces group thousands, so the comma is a decimal
    ['−12,5', -12.5],
    ['-12.5', -12.5],
    ['–3', -3],
    ['+3', 3],
    ['60 %', 60],
    ['60%', 60],
    ['60\u00a0%', 60],
    ['-5,5 %', -5.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['0,123', 0.123],
    ['0.5', 0.5],
    [',5', 0.5],
    ['.5', 0.5],
    ['1234,567', 1234.567],
    ['12,34', 12.34],
    ['1,2340', 1.234],
    ['1,5E+06', 1500000],
    ['2e-3', 0.002],
    ['  42  ', 42],
    ['007', 7],
    ['0', 0],
    ['-0', -0],
  ])('%j → %d', (s, n) => expect(parseNumber(s)).toEqual({ ok: true, value: n }));

  it.each(['1,234', '1.234', '-1,234', '999.000', '12,345 %'])(
    '%j is ambiguous: an error that says so, never a guess',
    (s) => {
      const r = parseNumber(s);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(sayIn(sv, r.error)).toContain(s);
        expect(sayIn(sv, r.error)).toMatch(/både/);
      }
    },
  );

  it.each([
    ['1,234', ',', 1.234],
    ['1,234', '.', 1234],
    ['1.234', '.', 1.234],
    ['1.234', ',', 1234],
    ['60,5', '.', 60.5], // the hint only settles ambiguity
  ] as const)('%j with decimal hint %j → %d', (s, hint, n) =>
    expect(parseNumber(s, hint)).toEqual({ ok: true, value: n }),
  );

  it.each([
    '',
    '   ',
    'abc',
    '12 st',
    '1,2,3',
    '1.2.3',
    '1 2',
    '12 34',
    '1 234 56',
    '1 234,5,6',
    '1 234,5.6',
    '1.23,4',
    '1.234.5,6',
    '1,234,5.6',
    '5,',
    '5.',
    '-',
    '%',
    '+-3',
    '--3',
    '1e',
    '0x10',
    'Infinity',
    'NaN',
    '1e400',
    '12-3',
  ])('%j is not a number', (s) => {
    const r = parseNumber(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(sayIn(sv, r.error).length).toBeGreaterThan(5);
  });
});

describe('formatNumber', () => {
  it.each([
    [0, false, '0'],
    [60.5, true, '60,5'],
    [60.5, false, '60.5'],
    [-12.5, true, '-12,5'],
    [1234567, true, '1234567'],
    [1234.56, true, '1234,56'],
    [0.1 + 0.2, false, '0.30000000000000004'],
    [1e21, false, '1000000000000000000000'],
    [1.5e-7, true, '0,00000015'],
    [-2.5e-8, false, '-0.000000025'],
    [123e20, false, '12300000000000000000000'],
    [1.234, true, '1,2340'], // would be ambiguous as "1,234"
    [-999.123, false, '-999.1230'],
    [0.123, true, '0,123'],
    [1234.567, true, '1234,567'],
    [NaN, true, ''],
    [Infinity, false, ''],
  ])('%d (comma %s) → %j', (n, comma, s) => expect(formatNumber(n, comma)).toBe(s));

  it.each([
    0,
    1,
    -1,
    60.5,
    -12.5,
    1.234,
    999.999,
    0.001,
    1234.5678,
    1e-7,
    1e21,
    123456789.123,
    Number.MAX_SAFE_INTEGER,
    5e-324,
    1.7976931348623157e308,
    0.1 + 0.2,
  ])('round trip %d', (n) => {
    for (const comma of [true, false]) {
      const s = formatNumber(n, comma);
      expect(s).not.toMatch(/e/i);
      expect(parseNumber(s)).toEqual({ ok: true, value: n });
    }
  });
});

describe('formula injection (RELIABILITY 25)', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+46 31 123', "'+46 31 123"],
    ['-12 barn', "'-12 barn"],
    ['@kommun', "'@kommun"],
    ['\tindrag', "'\tindrag"],
    ['\rrad', "'\rrad"],
    ['\nrad', "'\nrad"],
    ["'=x", "''=x"],
    ["''=x", "'''=x"],
    ["'+", "''+"],
    ['vanlig text', 'vanlig text'],
    ["'citat'", "'citat'"],
    ["''", "''"],
    ['a=b', 'a=b'],
    [' =x', ' =x'],
    ['', ''],
    ['åäö', 'åäö'],
  ])('%j ↔ %j', (text, escaped) => {
    expect(escapeFormula(text)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(text);
  });

  it.each(["'", "'a", "'0180", "''", "'''", 'x', ''])('unescape leaves %j alone (no trigger after the quote)', (s) => {
    expect(unescapeFormula(s)).toBe(s);
  });

  it('round trip holds for every prefix of quotes and triggers', () => {
    const pieces = ["'", '=', '+', '-', '@', '\t', '\r', '\n', 'a', ' '];
    const all: string[] = [''];
    for (let len = 1; len <= 3; len++)
      for (const p of [...all]) for (const c of pieces) if (p.length === len - 1) all.push(p + c);
    for (const s of all) expect(unescapeFormula(escapeFormula(s))).toBe(s);
  });
});

describe('parseNumber: integers beyond 2^53 are errors, never silently rounded (issue 11.7)', () => {
  it.each([
    ['1234567890123456789', false],
    ['9007199254740993', false],
    ['-9007199254740993', false],
    ['1 234 567 890 123 456 789', false],
    ['9007199254740991', true],
    ['9007199254740992', true],
    ['1000000000000000000000', true],
    ['1e21', true],
    ['1,5E+06', true],
  ])('%s ok = %s', (s, ok) => {
    const r = parseNumber(s);
    expect(r.ok).toBe(ok);
    if (!r.ok) {
      expect(r.error.key).toBe('numberTooLarge');
      expect(sayIn(sv, r.error)).toContain(s);
    }
  });
});
