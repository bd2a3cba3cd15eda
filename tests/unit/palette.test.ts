import { describe, expect, it } from 'vitest';
import {
  assignThemeColours,
  highlightColour,
  inPicture,
  measureColour,
  MUTED_COLOUR,
  OTHER_COLOUR,
  paletteKey,
  THEME_HUES,
} from '$lib/domain/palette';
import { DEFAULT_THEMES } from '$lib/domain/themes';

const themes = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `t${i}`, namn: `Tema ${i}`, farg: '#123456' }));
const usageOf = (counts: number[]) => new Map(counts.map((c, i) => [`t${i}`, c]));
const distinct = (colours: Iterable<string>) => new Set(colours).size;

describe('theme palette', () => {
  it.each([
    ['1 theme', 1, undefined, 1, 0],
    ['7 themes', 7, undefined, 7, 0],
    ['8 themes', 8, undefined, 7, 1],
    ['13 themes', 13, undefined, 7, 6],
    ['13 themes, 4 used', 13, [5, 0, 3, 0, 0, 9, 0, 0, 0, 0, 0, 1, 0], 4, 9],
    ['13 default themes, all used', DEFAULT_THEMES.length, undefined, 7, 6],
  ])('%s: at most seven hues plus one grey', (_, n, counts, hues, grey) => {
    const p = assignThemeColours(themes(n), counts ? usageOf(counts) : undefined);
    const colours = [...p.colour.values()];
    expect(colours.filter((c) => c !== OTHER_COLOUR)).toHaveLength(hues);
    expect(distinct(colours.filter((c) => c !== OTHER_COLOUR))).toBe(hues);
    expect(colours.filter((c) => c === OTHER_COLOUR)).toHaveLength(grey);
    expect(distinct(colours)).toBeLessThanOrEqual(8);
    expect(colours.every((c) => c === OTHER_COLOUR || (THEME_HUES as readonly string[]).includes(c))).toBe(true);
  });

  it('gives the hues to the most used themes, ties in theme order', () => {
    const counts = [1, 1, 1, 1, 1, 1, 1, 50, 40, 1, 1, 1];
    const p = assignThemeColours(themes(12), usageOf(counts));
    expect(p.coloured).toEqual(['t0', 't1', 't2', 't3', 't4', 't7', 't8']);
    expect(p.colour.get('t5')).toBe(OTHER_COLOUR);
    expect(p.colour.get('t7')).not.toBe(OTHER_COLOUR);
  });

  it('is the same for a theme in every picture: it depends on the dataset, not on what a picture shows', () => {
    const all = themes(10);
    const p = assignThemeColours(all, usageOf([9, 8, 7, 6, 5, 4, 3, 2, 1, 1]));
    const again = assignThemeColours([...all], usageOf([9, 8, 7, 6, 5, 4, 3, 2, 1, 1]));
    expect([...again.colour]).toEqual([...p.colour]);
    // Two pictures showing different themes read one colour per theme.
    const shownA = paletteKey(p, all, new Set(['t0', 't3']), { name: 'Inget', shown: false });
    const shownB = paletteKey(p, all, new Set(['t3', 't9']), { name: 'Inget', shown: false });
    expect(shownA.find((e) => e.id === 't3')?.colour).toBe(shownB.find((e) => e.id === 't3')?.colour);
  });

  it.each([
    ['a theme keeps its own colour when it is a hue', ['#d55e00', '#0072b2'], ['#d55e00', '#0072b2']],
    ['case does not matter', ['#D55E00', '#0072B2'], ['#d55e00', '#0072b2']],
    ['a taken hue goes to the first theme, the next takes a free one', ['#009e73', '#009e73'], ['#009e73', '#0072b2']],
    ['colours outside the palette take the free hues in order', ['#ff0000', '#0072b2'], ['#e69f00', '#0072b2']],
  ])('%s', (_, own, expected) => {
    const p = assignThemeColours(own.map((farg, i) => ({ id: `t${i}`, farg })));
    expect(own.map((_, i) => p.colour.get(`t${i}`))).toEqual(expected);
  });

  it.each([
    ['no highlight: the first theme colours a measure', ['t1', 't0'], '', 't1'],
    ['no theme: grey', [], '', OTHER_COLOUR],
    ['a theme without hue: grey', ['t9'], '', OTHER_COLOUR],
    ['highlighted as first theme', ['t1', 't0'], 't1', 't1'],
    ['highlighted as a later theme', ['t0', 't1'], 't1', 't1'],
    ['without the highlighted theme: muted', ['t0'], 't1', MUTED_COLOUR],
    ['highlighted theme without a hue of its own in the dataset: its home hue', ['t9'], 't9', 'home:t9'],
  ])('measure colour: %s', (_, teman, highlight, expected) => {
    const p = assignThemeColours(themes(10), usageOf([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]));
    const want = expected.startsWith('home:')
      ? p.home.get(expected.slice(5))
      : expected.startsWith('t')
        ? p.colour.get(expected)
        : expected;
    expect(THEME_HUES as readonly string[]).toContain(p.home.get('t9'));
    expect(measureColour(p, teman, highlight)).toBe(want);
  });

  describe('one picture', () => {
    // Twelve themes, most used first: t0–t6 have a hue each in the dataset, t7–t11 are "Övriga" there.
    const all = themes(12);
    const p = assignThemeColours(all, usageOf([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]));
    it.each([
      ['the seven most used', ['t0', 't1', 't2', 't3', 't4', 't5', 't6'], []],
      ['a few of the less used themes: all in colour', ['t7', 't8', 't9'], []],
      ['a less used theme whose home hue a more used one shows: grey', ['t0', 't7'], ['t7']],
      ['less used themes with other home hues: all in colour', ['t7', 't11', 't8'], []],
      ['every theme', all.map((th) => th.id), ['t7', 't8', 't9', 't10', 't11']],
    ])('%s', (_, shown, grey) => {
      const q = inPicture(p, shown);
      for (const id of shown) {
        const c = q.colour.get(id);
        // Its home hue or grey, never another theme's hue; the seven most used always in colour.
        expect([p.home.get(id), OTHER_COLOUR]).toContain(c);
        expect(c === OTHER_COLOUR).toBe(grey.includes(id));
      }
      const hues = shown.map((id) => q.colour.get(id)).filter((c) => c !== OTHER_COLOUR);
      expect(new Set(hues).size).toBe(hues.length);
      expect(new Set(shown.map((id) => q.colour.get(id))).size).toBeLessThanOrEqual(8);
    });
    it('two less used themes sharing a home hue: the more used keeps it, the other is grey', () => {
      const blue = Array.from({ length: 9 }, (_, i) => ({ id: `b${i}`, farg: '#0072b2' }));
      const q = assignThemeColours(blue, new Map(blue.map((th, i) => [th.id, 9 - i])));
      expect([q.home.get('b7'), q.home.get('b8')]).toEqual(['#0072b2', '#0072b2']);
      const pic = inPicture(q, ['b8', 'b7']);
      expect([pic.colour.get('b7'), pic.colour.get('b8')]).toEqual(['#0072b2', OTHER_COLOUR]);
    });
    it('the top seven keep the dataset colour in every picture', () => {
      for (const shown of [['t0'], ['t3', 't9'], all.map((th) => th.id)])
        for (const id of shown.filter((x) => p.coloured.includes(x)))
          expect(inPicture(p, shown).colour.get(id)).toBe(p.colour.get(id));
    });
  });

  it('the key: hues first, then Övriga grey, then no theme; a highlight greys every other entry', () => {
    const all = themes(10);
    const p = assignThemeColours(all, usageOf([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    const shown = new Set(all.map((th) => th.id));
    const key = paletteKey(p, all, shown, { name: 'Inget', shown: true });
    expect(key.map((e) => e.id)).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', '']);
    expect(key.map((e) => e.other)).toEqual([false, false, false, false, false, false, false, true, true, true, true]);
    expect(distinct(key.map((e) => e.colour))).toBe(8);
    const lit = paletteKey(p, all, shown, { name: 'Inget', shown: true }, 't8');
    expect(lit.filter((e) => e.highlighted).map((e) => e.id)).toEqual(['t8']);
    expect(lit.find((e) => e.id === 't8')?.colour).toBe(highlightColour(p, 't8'));
    expect(lit.filter((e) => e.id !== 't8').every((e) => e.colour === MUTED_COLOUR)).toBe(true);
  });
});
