import { readFileSync } from 'node:fs';
import { sv } from '$lib/i18n/sv';
import { sayIn } from '$lib/i18n/say';
import { describe, expect, it } from 'vitest';
import { describeMiss, foldName, Register } from '$lib/domain/municipalities';
import { register } from '$lib/domain/register';
import { build } from '../../scripts/gen-municipalities';

describe('generated register', () => {
  it('src/data/municipalities.json is exactly what the script generates', () => {
    const onDisk = readFileSync(new URL('../../src/data/municipalities.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(build());
  });

  it('has 290 municipalities in 21 counties with 4-digit codes whose first two digits are the county', () => {
    expect(register.municipalities).toHaveLength(290);
    expect(register.counties).toHaveLength(21);
    const counties = new Set(register.counties.map((c) => c.code));
    for (const m of register.municipalities) {
      expect(m.code).toMatch(/^\d{4}$/);
      expect(m.county).toBe(m.code.slice(0, 2));
      expect(counties.has(m.county)).toBe(true);
    }
    expect(new Set(register.municipalities.map((m) => m.code)).size).toBe(290);
  });

  it.each([
    ['0180', 'Stockholm', '01'],
    ['1490', 'Borås', '14'],
    ['1496', 'Skövde', '14'],
    ['2480', 'Umeå', '24'],
    ['2083', 'Hedemora', '20'],
    ['1480', 'Göteborg', '14'],
  ])('%s is %s in county %s', (code, name, county) => {
    expect(register.get(code)).toEqual({ code, name, county });
  });
});

describe('lookup', () => {
  const found: [string, string, boolean][] = [
    ['0180', '0180', false],
    ['180', '0180', true],
    ['Stockholm', '0180', false],
    ['stockholm', '0180', true],
    ['Stockholms kommun', '0180', true],
    ['Stockholms stad', '0180', true],
    ['  Stockholm  ', '0180', false],
    ['Goteborg', '1480', true],
    ['Göteborgs stad', '1480', true],
    ['GÖTEBORG', '1480', true],
    ['Borås', '1490', false],
    ['Boras', '1490', true],
    ['Borås kommun', '1490', true],
    ['Umea', '2480', true],
    ['Malung Sälen', '2023', true],
    ['malung-salen', '2023', true],
    ['Upplands Väsby', '0114', false],
    ['Upplands-Bro', '0139', false],
  ];
  it.each(found)('%s → %s (note: %s)', (input, code, hasNote) => {
    const m = register.lookup(input);
    expect(m.ok).toBe(true);
    if (m.ok) {
      expect(m.municipality.code).toBe(code);
      expect(!!m.note).toBe(hasNote);
    }
  });

  const missing: [string, 'unknown' | 'ambiguous' | 'empty', RegExp][] = [
    ['', 'empty', /saknas/],
    ['9999', 'unknown', /ingen känd kommun/],
    ['18', 'unknown', /ingen känd kommun/],
    ['Atlantis', 'unknown', /ingen känd kommun/],
    ['Upplands', 'ambiguous', /Upplands Väsby.*Upplands-Bro|Upplands-Bro.*Upplands Väsby/],
  ];
  it.each(missing)('%s is %s', (input, reason, message) => {
    const m = register.lookup(input);
    expect(m.ok).toBe(false);
    if (!m.ok) {
      expect(m.reason).toBe(reason);
      expect(sayIn(sv, describeMiss(input, m))).toMatch(message);
    }
  });

  it('names that differ only in diacritics: the exact name wins, a folded match of both is ambiguous, never a guess', () => {
    const r = new Register({
      counties: [
        { code: '01', name: 'A län' },
        { code: '02', name: 'B län' },
      ],
      municipalities: [
        { code: '0101', name: 'Ås', county: '01' },
        { code: '0201', name: 'As', county: '02' },
      ],
    });
    for (const [input, code] of [
      ['as', '0201'],
      ['AS', '0201'],
      ['ås', '0101'],
      ['ÅS kommun', '0101'],
      ['As kommun', '0201'],
    ]) {
      const m = r.lookup(input);
      expect(m.ok && m.municipality.code, input).toBe(code);
    }
    for (const input of ['Äs', 'Ås-', 'Ãs']) {
      const m = r.lookup(input);
      expect(m.ok, input).toBe(input === 'Ås-');
      if (!m.ok) expect(m.candidates.map((c) => c.code)).toEqual(['0101', '0201']);
    }
  });

  it.each([
    ['Håbo', '0305'],
    ['håbo', '0305'],
    ['HÅBO', '0305'],
    ['Håbo kommun', '0305'],
    ['Habo', '0643'],
    ['habo', '0643'],
    ['Habo kommun', '0643'],
  ])('Håbo ≠ Habo: %s → %s', (input, code) => {
    const m = register.lookup(input);
    expect(m.ok && m.municipality.code).toBe(code);
  });

  it('a folded spelling of Håbo/Habo fits both: ambiguous, naming both', () => {
    const m = register.lookup('Häbo');
    expect(m.ok).toBe(false);
    if (!m.ok) {
      expect(m.reason).toBe('ambiguous');
      expect(m.candidates.map((c) => c.name).sort()).toEqual(['Habo', 'Håbo']);
    }
  });

  it('foldName removes case, diacritics and hyphens', () => {
    expect(foldName(' Malung-Sälen ')).toBe('malung salen');
    expect(foldName('ÅÄÖ  éü')).toBe('aao eu');
  });

  it('inCounty lists a county', () => {
    expect(register.inCounty('20').map((m) => m.name)).toContain('Hedemora');
    expect(register.inCounty('20')).toHaveLength(15);
  });
});
