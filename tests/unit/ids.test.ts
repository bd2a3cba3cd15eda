import { describe, expect, it } from 'vitest';
import { slugId } from '$lib/domain/ids';

describe('slugId', () => {
  it.each([
    ['Sjuhärad', 'sjuharad'],
    ['Skaraborg', 'skaraborg'],
    ['Göteborgsregionen (GR)', 'goteborgsregionen-gr'],
    ['  Norra   Älvsborg  ', 'norra-alvsborg'],
    ['Fyrbodal – norr', 'fyrbodal-norr'],
    ['ÅÄÖ åäö é ü', 'aao-aao-e-u'],
    ['Grupp 2', 'grupp-2'],
    ['2024', '2024'],
    ['1', '1'],
    ['14', 'grupp-14'],
    ['01', 'grupp-01'],
    [' 14 ', 'grupp-14'],
    ['', 'grupp'],
    ['   ', 'grupp'],
    ['---', 'grupp'],
    ['!!!', 'grupp'],
    ['Ω', 'grupp'],
  ])('%j → %j', (name, id) => {
    expect(slugId(name, new Set())).toBe(id);
  });

  it('numbers collisions -2, -3, …', () => {
    const taken = new Set<string>();
    const ids = ['Sjuhärad', 'sjuharad', 'SJUHÄRAD', 'Sjuharad!'].map((n) => {
      const id = slugId(n, taken);
      taken.add(id);
      return id;
    });
    expect(ids).toEqual(['sjuharad', 'sjuharad-2', 'sjuharad-3', 'sjuharad-4']);
  });

  it('skips a taken numbered id', () => {
    expect(slugId('Sjuhärad', new Set(['sjuharad', 'sjuharad-2']))).toBe('sjuharad-3');
    expect(slugId('Sjuhärad', new Set(['sjuharad-2']))).toBe('sjuharad');
  });

  it.each([
    ['', ['grupp'], 'grupp-2'],
    ['14', ['grupp-14'], 'grupp-14-2'],
  ])('collisions of %j with %j', (name, taken, id) => {
    expect(slugId(name, new Set(taken))).toBe(id);
  });

  it('never returns a two-digit id', () => {
    for (let n = 0; n < 100; n++) {
      const name = String(n).padStart(2, '0');
      for (const taken of [new Set<string>(), new Set([`grupp-${name}`])]) {
        expect(slugId(name, taken)).not.toMatch(/^\d{2}$/);
      }
    }
  });

  it('limits length to 40 characters', () => {
    const id = slugId('a'.repeat(100), new Set());
    expect(id).toBe('a'.repeat(40));
  });

  it('never ends with a hyphen after truncation', () => {
    const id = slugId(`${'a'.repeat(39)} bcd`, new Set());
    expect(id).not.toMatch(/-$/);
  });
});
