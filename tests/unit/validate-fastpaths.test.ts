import { describe, expect, it } from 'vitest';
import { register } from '$lib/domain/register';
import { parseDate } from '$lib/domain/dates';
import { parseEnum, ENUM_LABELS } from '$lib/domain/model';
import { fold } from '$lib/domain/text';
import { validateRecord, type ValidationContext } from '$lib/domain/records';

// The import's fast paths (dates already canonical, ids in ASCII, enums seen before, lists made
// distinct without a Set) must give exactly what the long way gives, valid or not.

const ctx = (): ValidationContext => ({
  register,
  themes: new Map([
    ['skola', 'Samverkan med skola och förskola'],
    ['Skola', 'Skola med stort S'],
    ['kompetens', 'Kompetensförsörjning'],
  ]),
  plans: new Map(),
  regionIds: new Set(),
  now: '2026-01-01T00:00:00.000Z',
});

describe('parseDate: a canonical date gives what the long way gives', () => {
  // A leading space never takes the fast path (it is trimmed by the long way), so it is the reference.
  it.each([
    '2016',
    '1900',
    '2200',
    '1899',
    '2201',
    '0000',
    '9999',
    '2016-01',
    '2016-12',
    '2016-00',
    '2016-13',
    '2016-1',
    '2016-3-5',
    '2016-03-15',
    '2016-02-29',
    '2015-02-29',
    '2000-02-29',
    '2100-02-29',
    '2016-04-31',
    '2016-04-30',
    '2016-01-00',
    '2016-01-32',
    '2016/01/15',
    '2016-01-15T00:00',
    '2016-01-15 25:00',
    '２０１６',
    '2016-0a',
    'abcd',
    '20-6-01-01',
    '2016−01',
  ])('%j', (text) => {
    expect(parseDate(text)).toEqual(parseDate(` ${text}`));
  });
});

describe('validateRecord: ids are checked as the Unicode pattern checks them', () => {
  const pattern = /^[\p{L}\p{N}_.:-]+$/u;
  it.each([
    'a-1',
    'm12',
    'A.b:c_d-e',
    '0180-a-1f3c',
    'Å-1',
    'a b',
    'a/b',
    'a#b',
    "a'b",
    'a+b',
    '٣٤',
    'ﬁx',
    'a\u0301',
    'x😀',
    '@',
    '[a]',
    '`a',
    '{a}',
  ])('%j', (id) => {
    const r = validateRecord('measures', { id, kommunkod: '0180', titel: 'T', status: 'planerad' }, ctx());
    const idErrors = r.ok ? [] : r.errors.filter((e) => e.field === 'id').map((e) => e.msg.key);
    expect(idErrors).toEqual(pattern.test(id) ? [] : ['idFormat']);
  });
});

describe('parseEnum: a text seen before gives what folding it gives', () => {
  const kind = 'measureStatus';
  const index = new Map<string, string>();
  for (const [code, l] of Object.entries(ENUM_LABELS[kind] as Record<string, { sv: string; en: string }>))
    for (const t of [code, l.sv, l.en]) if (!index.has(fold(t, '_'))) index.set(fold(t, '_'), code);
  const texts = [
    'planerad',
    'Planerad',
    ' PLANERAD ',
    'Pågående',
    'pagaende',
    'ongoing',
    'completed',
    'x',
    '',
    'Genomförd',
  ];
  it('the same answer the first time, again, and after more than a thousand other texts', () => {
    const expected = texts.map((t) => index.get(fold(t, '_')));
    expect(texts.map((t) => parseEnum(kind, t))).toEqual(expected);
    expect(texts.map((t) => parseEnum(kind, t))).toEqual(expected);
    for (let i = 0; i < 1500; i++) expect(parseEnum(kind, `nope ${i}`)).toBeUndefined();
    expect(texts.map((t) => parseEnum(kind, t))).toEqual(expected);
    expect(expected.filter(Boolean).length).toBeGreaterThan(4);
  });
});

describe('validateRecord: lists are made distinct in first-seen order', () => {
  it.each([
    ['skola|kompetens|skola', ['skola', 'kompetens']],
    ['kompetens|Samverkan med skola och förskola|skola', ['kompetens', 'skola']],
    ['skola', ['skola']],
  ])('themes %j', (teman, expected) => {
    const r = validateRecord('measures', { kommunkod: '0180', titel: 'T', status: 'planerad', teman }, ctx());
    expect(r.ok && r.value.teman).toEqual(expected);
  });

  it.each([
    ['Borås|0180|1490|Stockholm', ['0180', '1490']],
    [
      Array.from({ length: 40 }, (_, i) => register.municipalities[i % 20].code).join('|'),
      register.municipalities
        .slice(0, 20)
        .map((m) => m.code)
        .sort(),
    ],
  ])('municipalities %j', (medlemmar, expected) => {
    const r = validateRecord('regions', { namn: 'R', kommunkoder: medlemmar }, ctx());
    expect(r.ok && (r.value as { kommunkoder: string[] }).kommunkoder).toEqual(expected);
  });
});

describe('validateRecord: a timestamp repeated is judged as the first time', () => {
  const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
  const texts = [
    '2016-01-01T00:00:00Z',
    '2016-01-01T00:00:00Z',
    '2016-13-01T00:00:00Z',
    '2016-13-01T00:00:00Z',
    '2016-01-01T00:00:00Z',
    '2016-01-01 00:00:00Z',
    '2016-02-30T10:00+01:00',
    '2016-02-28T10:00+01:00',
    '2016-02-28T10:00+01:00',
    'igår',
  ];
  it('valid and invalid ones in turn', () => {
    const got = texts.map((uppdaterad) => {
      const r = validateRecord('measures', { kommunkod: '0180', titel: 'T', status: 'planerad', uppdaterad }, ctx());
      return r.ok ? r.value.uppdaterad : r.errors.map((e) => e.msg.key).join();
    });
    const want = texts.map((t) => (ISO.test(t) && !Number.isNaN(Date.parse(t)) ? t : 'timestamp'));
    expect(got).toEqual(want);
    expect(want.filter((w) => w === 'timestamp').length).toBeGreaterThan(2);
  });
});
