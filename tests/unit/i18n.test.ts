import { describe, expect, it } from 'vitest';
import { t } from '$lib/i18n';
import { sv } from '$lib/i18n/sv';
import { en } from '$lib/i18n/en';

describe('Swedish strings', () => {
  // UI.md: these names are part of the interface; tests and people find controls by them.
  it.each([
    [t.nav.label, 'Huvudmeny'],
    [t.region.label, 'Region'],
    [t.example.load, 'Ladda exempeldata'],
    [t.example.remove, 'Ta bort exempeldata'],
    [t.nav.oversikt, 'Översikt'],
    [t.nav.karta, 'Karta'],
    [t.nav.tidslinje, 'Tidslinje'],
    [t.nav.jamfor, 'Jämför'],
    [t.nav.data, 'Data'],
    [t.nav.teman, 'Teman'],
  ])('stable name %s', (actual, expected) => expect(actual).toBe(expected));

  it('has no empty strings', () => {
    const walk = (o: unknown, path: string): string[] =>
      typeof o === 'string'
        ? o.trim()
          ? []
          : [path]
        : typeof o === 'object' && o
          ? Object.entries(o).flatMap(([k, v]) => walk(v, `${path}.${k}`))
          : [];
    expect(walk(t, 't')).toEqual([]);
  });

  it('formats counts in Swedish', () => {
    expect(t.views.data.count(3, 3)).toBe('3 rader');
    expect(t.views.data.count(1, 1)).toBe('1 rad');
    expect(t.views.data.count(1, 3)).toBe('1 av 3 rader');
    expect(t.form.fixErrors(1)).toBe('Rätta 1 fel innan du sparar.');
    expect(t.views.teman.usage(1)).toBe('1 åtgärd eller medskick');
  });
});

describe('wording: an event title that starts with its type is not prefixed twice', () => {
  it.each([
    ['Seminarium', 'Seminarium: Sjuhärad kraftsamlar', 'Seminarium: Sjuhärad kraftsamlar, Sjuhärad, 21 januari 2016'],
    ['Besök', 'Samordnarens besök', 'Besök: Samordnarens besök, Sjuhärad, 21 januari 2016'],
  ])('%s + %s', (type, title, want) => {
    expect(sv.views.tidslinje.itemEvent(type, title, 'Sjuhärad', '21 januari 2016')).toBe(want);
    expect(en.views.tidslinje.itemEvent(type, title, 'Sjuhärad', '21 januari 2016')).toBe(want);
  });
});
