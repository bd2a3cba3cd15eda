import { describe, expect, it } from 'vitest';
import { register } from '$lib/domain/register';
import { splitList, validateRecord, type ValidationContext } from '$lib/domain/records';
import { findPersonalNumbers, mayHoldPersonalNumber } from '$lib/io/rows';

// The import's lists are made in place and copied out at their count, and the personal-number
// search first looks for six digits in a row: the values must be exactly what the long way gives
// (split at "|", trimmed, empty and repeated values left out; themes and codes looked up).

const ctx = (): ValidationContext => ({
  register,
  themes: new Map([
    ['skola', 'Samverkan med skola och förskola'],
    ['kompetens', 'Kompetensförsörjning'],
  ]),
  plans: new Map(),
  regionIds: new Set(),
  now: '2026-01-01T00:00:00.000Z',
});

/** The long way: split, trim, leave out empty and repeated values. */
const longWay = (s: string) => [...new Set(s.split('|').map((v) => v.trim()))].filter(Boolean);

const LISTS = [
  'skola',
  'skola|BUP',
  'skola|skola',
  ' skola | BUP |skola',
  '|',
  ' | |x',
  'a|b|a|c|b',
  'x|'.repeat(20) + 'y',
  Array.from({ length: 20 }, (_, i) => `v${i}`).join('|'),
];

describe('lists: what the long way gives, each a list of its own', () => {
  it.each(LISTS)('%j', (text) => {
    const a = splitList(text);
    const b = splitList(text);
    expect(a).toEqual(longWay(text));
    expect(a).not.toBe(b);
    const v = validateRecord('measures', { kommunkod: '0180', titel: 't', status: 'planerad', samverkan: text }, ctx());
    expect(v.ok && v.value.samverkan).toEqual(longWay(text));
  });
});

describe('themes and municipality lists: looked up, unknown ones named, repeats left out', () => {
  it.each([
    ['skola', ['skola'], []],
    ['skola|kompetens', ['skola', 'kompetens'], []],
    ['Skola|skola', ['skola'], []],
    ['Kompetensförsörjning|skola|kompetens', ['kompetens', 'skola'], []],
    ['okänt|skola|annat', null, ['okänt', 'annat']],
    [' skola | | kompetens ', ['skola', 'kompetens'], []],
  ] as [string, string[] | null, string[]][])('themes %j', (text, ids, unknown) => {
    const v = validateRecord('measures', { kommunkod: '0180', titel: 't', status: 'planerad', teman: text }, ctx());
    if (ids) expect(v.ok && v.value.teman).toEqual(ids);
    else expect(v.ok).toBe(false);
    const errors = v.ok ? [] : v.errors.map((e) => (e.msg.args as unknown[])[0]);
    expect(errors).toEqual(unknown);
  });

  it.each([
    ['0180', ['0180'], 0],
    ['1490|0180', ['0180', '1490'], 0],
    ['Borås|1490|0180|Stockholm', ['0180', '1490'], 0],
    ['Atlantis|0180|Lilliput', null, 2],
  ] as [string, string[] | null, number][])('kommunkoder %j', (text, codes, errors) => {
    const v = validateRecord('regions', { namn: 'R', kommunkoder: text }, ctx());
    if (codes) expect(v.ok && v.value.kommunkoder).toEqual(codes);
    expect(v.ok ? 0 : v.errors.length).toBe(errors);
  });
});

describe('personal numbers: six digits in a row looked for first', () => {
  it.each([
    // Ten digits or more but never six in a row: no match is possible.
    ['12345 67890 12345', []],
    ['2016-03-15 2017-04-16', []],
    // Six in a row and ten in all, with and without a match.
    ['811218-9876', ['811218-9876']],
    ['123456 7890', []],
    ['tel 031-1234567, 811218-9876', ['811218-9876']],
    // Six in a row but fewer than ten digits.
    ['123456-789', []],
  ])('%s → %j', (text, hits) => expect(findPersonalNumbers(text)).toEqual(hits));
});

describe('mayHoldPersonalNumber: six digits in a row and ten in all, and every personal number passes it', () => {
  it.each([
    ['', false],
    ['123456789', false],
    ['12345 67890 12345', false],
    ['123456-789', false],
    ['123456 7890', true],
    ['811218-9876', true],
    ['tel 031-1234567, 811218-9876', true],
    ['١٢٣٤٥٦٧٨٩٠', false],
  ])('%j → %s', (text, may) => {
    expect(mayHoldPersonalNumber(text)).toBe(may);
    if (findPersonalNumbers(text).length) expect(may).toBe(true);
  });
});
