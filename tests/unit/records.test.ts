import { describe, expect, it } from 'vitest';
import { register } from '$lib/domain/register';
import { sv } from '$lib/i18n/sv';
import { sayIn } from '$lib/i18n/say';
import {
  isSafeLink,
  newId,
  resolveTheme,
  splitList,
  toRaw,
  validateRecord,
  type EntityName,
  type ValidationContext,
} from '$lib/domain/records';

const ctx: ValidationContext = {
  register,
  themes: new Map([
    ['skola', 'Samverkan med skola och förskola'],
    ['kompetens', 'Kompetensförsörjning och personalstabilitet'],
  ]),
  plans: new Map([['1490-p-1', '1490']]),
  regionIds: new Set(['sjuharad']),
  now: '2026-01-01T00:00:00.000Z',
  say: (m) => sayIn(sv, m),
};

const plan = { kommunkod: 'Borås', titel: 'Plan för handling', status: 'under_arbete' };

describe('validateRecord: valid input becomes canonical', () => {
  const cases: [EntityName, Record<string, string>, Record<string, unknown>][] = [
    [
      'plans',
      plan,
      { kommunkod: '1490', titel: 'Plan för handling', status: 'under_arbete', startdatum: '', uppdaterad: ctx.now },
    ],
    ['plans', { ...plan, kommunkod: '1490', status: 'Under arbete' }, { status: 'under_arbete' }],
    ['plans', { ...plan, status: 'ADOPTED' }, { status: 'antagen' }],
    [
      'plans',
      { ...plan, startdatum: 'mars 2016', planerat_klart: '2016' },
      { startdatum: '2016-03', planerat_klart: '2016' },
    ],
    ['plans', { ...plan, lank: 'https://example.se/plan.pdf' }, { lank: 'https://example.se/plan.pdf' }],
    ['plans', { ...plan, uppdaterad: '2016-03-15T10:00:00Z' }, { uppdaterad: '2016-03-15T10:00:00Z' }],
    [
      'measures',
      {
        kommunkod: '1490',
        titel: 'Skolfam',
        status: 'Planerad',
        teman: 'skola| Kompetensförsörjning och personalstabilitet |skola',
        plan_id: '1490-p-1',
        samverkan: 'skola| BUP',
      },
      { teman: ['skola', 'kompetens'], samverkan: ['skola', 'BUP'], plan_id: '1490-p-1' },
    ],
    [
      'measures',
      { kommunkod: '1490', titel: 'X', status: 'pagaende', start: '2016', slut: '2016-06' },
      { start: '2016', slut: '2016-06' },
    ],
    [
      'events',
      { datum: '2016-01-21', typ: 'Seminarium', titel: 'Kraftsamling', region_id: 'sjuharad' },
      { kommunkod: '', region_id: 'sjuharad', typ: 'seminarium' },
    ],
    [
      'events',
      { kommunkod: 'Umeå', datum: '1 december 2015', typ: 'besok', titel: 'Besök' },
      { kommunkod: '2480', datum: '2015-12-01' },
    ],
    ['events', { datum: '2016', typ: 'annat', titel: 'Län', region_id: '14' }, { region_id: '14' }],
    ['requests', { kommunkod: '2083', text: 'Förenklad återsökning', teman: '' }, { teman: [], datum: '' }],
    ['regions', { namn: 'Sjuhärad', kommunkoder: 'Borås|Mark|1443|1490' }, { kommunkoder: ['1443', '1463', '1490'] }],
    [
      'themes',
      { id: 'ny', namn: 'Nytt', farg: '#AABBCC', nyckelord: 'a|b' },
      { farg: '#aabbcc', nyckelord: ['a', 'b'] },
    ],
    ['indicators', { id: 'x', namn: 'X', hogre_ar_battre: 'Ja' }, { hogre_ar_battre: true }],
    [
      'indicatorValues',
      { indikator: 'x', kommunkod: '180', period: '2015', varde: '60,5' },
      { kommunkod: '0180', varde: 60.5 },
    ],
  ];
  it.each(cases)('%s %j', (entity, raw, expected) => {
    const r = validateRecord(entity, raw, ctx);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) expect(r.value).toMatchObject(expected);
  });

  it('notes how a municipality was interpreted', () => {
    const r = validateRecord('plans', { ...plan, kommunkod: '180' }, ctx);
    expect(r.notes).toEqual([
      { field: 'kommunkod', msg: { key: 'muniZero', args: ['180', '0180'] }, message: expect.stringMatching(/0180/) },
    ]);
  });
});

describe('validateRecord: errors name the field and say what is wrong', () => {
  const cases: [EntityName, Record<string, string>, string, RegExp][] = [
    ['plans', { ...plan, kommunkod: '' }, 'kommunkod', /måste fyllas i/],
    ['plans', { ...plan, kommunkod: 'Atlantis' }, 'kommunkod', /ingen känd kommun/],
    ['plans', { ...plan, kommunkod: 'Upplands' }, 'kommunkod', /flera kommuner/],
    ['plans', { ...plan, titel: '   ' }, 'titel', /måste fyllas i/],
    ['plans', { ...plan, status: 'klar' }, 'status', /"klar" är inget giltigt värde.*antagen \(Antagen\)/],
    ['plans', { ...plan, startdatum: '2016-02-30' }, 'startdatum', /finns inte i kalendern/],
    ['plans', { ...plan, startdatum: '2016-05-01', planerat_klart: '2016-04' }, 'planerat_klart', /före början/],
    ['plans', { ...plan, lank: 'javascript:alert(1)' }, 'lank', /http/],
    ['plans', { ...plan, uppdaterad: 'igår' }, 'uppdaterad', /ingen tidpunkt/],
    [
      'measures',
      { kommunkod: '1490', titel: 'X', status: 'pagaende', teman: 'rymdfart' },
      'teman',
      /Temat "rymdfart" finns inte/,
    ],
    ['measures', { kommunkod: '1490', titel: 'X', status: 'pagaende', plan_id: 'nope' }, 'plan_id', /finns inte/],
    ['measures', { kommunkod: '1496', titel: 'X', status: 'pagaende', plan_id: '1490-p-1' }, 'plan_id', /Borås/],
    [
      'measures',
      { kommunkod: '1490', titel: 'X', status: 'pagaende', start: '2016-06', slut: '2016-05-31' },
      'slut',
      /före början/,
    ],
    ['events', { datum: '', typ: 'besok', titel: 'X' }, 'datum', /måste fyllas i/],
    ['events', { datum: '2016', typ: 'fest', titel: 'X' }, 'typ', /inget giltigt värde/],
    ['events', { datum: '2016', typ: 'besok', titel: 'X', region_id: 'okänd' }, 'region_id', /finns inte/],
    ['regions', { namn: 'X', kommunkoder: 'Borås|Atlantis' }, 'kommunkoder', /Atlantis/],
    ['regions', { namn: 'X', kommunkoder: '' }, 'kommunkoder', /måste fyllas i/],
    ['themes', { id: 'x', namn: 'X', farg: 'red' }, 'farg', /#rrggbb/],
    ['indicators', { id: 'x', namn: 'X', hogre_ar_battre: 'kanske' }, 'hogre_ar_battre', /ja eller nej/],
    ['indicatorValues', { indikator: 'x', kommunkod: '0180', period: '2015', varde: 'många' }, 'varde', /inget tal/],
  ];
  it.each(cases)('%s %j → %s', (entity, raw, field, message) => {
    const r = validateRecord(entity, raw, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const e = r.errors.find((x) => x.field === field);
      expect(e, JSON.stringify(r.errors)).toBeDefined();
      expect(e!.message).toMatch(message);
    }
  });

  it('reports every error, not only the first', () => {
    const r = validateRecord('plans', { kommunkod: 'X', titel: '', status: 'nej', startdatum: '2016-13' }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['kommunkod', 'startdatum', 'status', 'titel']);
  });
});

describe('helpers', () => {
  it('toRaw inverts validateRecord for a valid record', () => {
    const r = validateRecord(
      'measures',
      {
        kommunkod: '1490',
        titel: 'X',
        status: 'pagaende',
        teman: 'skola|kompetens',
        start: '2016-03',
        samverkan: 'a|b',
      },
      ctx,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const again = validateRecord('measures', toRaw('measures', r.value), ctx);
    expect(again).toEqual(r);
  });

  it.each([
    ['a|b', ['a', 'b']],
    [' a | | b |a', ['a', 'b']],
    ['', []],
  ])('splitList(%j)', (s, out) => expect(splitList(s)).toEqual(out));

  it.each([
    ['https://a.se', true],
    ['http://a.se/x?y', true],
    ['mailto:a@b.se', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['www.a.se', false],
  ])('isSafeLink(%s) = %s', (s, ok) => expect(isSafeLink(s)).toBe(ok));

  it('resolveTheme accepts id or name in any case and without diacritics', () => {
    expect(resolveTheme('SKOLA', ctx.themes)).toBe('skola');
    expect(resolveTheme('kompetensforsorjning och personalstabilitet', ctx.themes)).toBe('kompetens');
    expect(resolveTheme('okänt', ctx.themes)).toBeUndefined();
  });

  it('resolveTheme: an exact name first; a folded name only when it fits one theme', () => {
    const themes = new Map([
      ['a', 'Hälsa'],
      ['b', 'Halsa'],
      ['c', 'Skola'],
    ]);
    expect(resolveTheme('hälsa', themes)).toBe('a');
    expect(resolveTheme('HALSA', themes)).toBe('b');
    expect(resolveTheme('Hâlsa', themes)).toBeUndefined();
    expect(resolveTheme('sköla', themes)).toBe('c');
  });

  it.each([
    ['Håbo', '0305'],
    ['Habo', '0643'],
    ['0305', '0305'],
    ['0643', '0643'],
  ])('every Håbo/Habo record validates: kommunkod %s → %s (issue 11.7)', (kommunkod, code) => {
    const r = validateRecord('plans', { ...plan, kommunkod }, ctx);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) {
      expect(r.value.kommunkod).toBe(code);
      // The form shows the stored record again: toRaw → validate gives the same record.
      const again = validateRecord('plans', toRaw('plans', r.value), ctx);
      expect(again.ok && again.value).toEqual(r.value);
    }
    const region = validateRecord('regions', { namn: 'Grupp', kommunkoder: 'Håbo|Habo' }, ctx);
    expect(region.ok && region.value.kommunkoder).toEqual(['0305', '0643']);
  });

  it('messages are codes; without a renderer the message is the code', () => {
    const r = validateRecord('plans', { ...plan, titel: '' }, { ...ctx, say: undefined });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ field: 'titel', msg: { key: 'required', args: [] }, message: 'required' }]);
  });

  it('a number field refuses integers beyond 2^53 instead of rounding them', () => {
    const r = validateRecord(
      'indicatorValues',
      { indikator: 'x', kommunkod: '0180', period: '2015', varde: '1234567890123456789' },
      ctx,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ field: 'varde', msg: { key: 'numberTooLarge' } });
  });

  it('a date with an impossible time is an error', () => {
    const r = validateRecord('plans', { ...plan, startdatum: '2016-03-15 99:99' }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ field: 'startdatum', msg: { key: 'dateTime' } });
  });

  it('newId has municipality, prefix and random part', () => {
    expect(newId('plans', '1490', () => 'abcd1234')).toBe('1490-p-abcd1234');
    expect(newId('events', '', () => 'ff')).toBe('h-ff');
    expect(newId('measures', '1490')).toMatch(/^1490-a-[0-9a-f]{8}$/);
  });
});
