import { describe, expect, it } from 'vitest';
import { DEFAULT_THEMES, mergeKeywords, replaceTheme, themeUsage } from '$lib/domain/themes';

describe('DEFAULT_THEMES', () => {
  it('has 13 themes with unique ids', () => {
    expect(DEFAULT_THEMES).toHaveLength(13);
    expect(new Set(DEFAULT_THEMES.map((t) => t.id)).size).toBe(13);
    expect(DEFAULT_THEMES.map((t) => t.id)).toEqual([
      'kompetens',
      'arbetsmiljo',
      'ledning',
      'skola',
      'halsa',
      'placerade',
      'forebyggande',
      'delaktighet',
      'digitalisering',
      'ensamkommande',
      'familjehem',
      'tillganglighet',
      'kunskap',
    ]);
  });

  it.each(DEFAULT_THEMES.map((t) => [t.id, t] as const))('%s is complete', (_, t) => {
    expect(t.farg).toMatch(/^#[0-9a-f]{6}$/);
    expect(t.namn.trim()).not.toBe('');
    expect(t.beskrivning.trim()).not.toBe('');
    expect(t.overordnat).toBe('');
    expect(t.nyckelord.length).toBeGreaterThan(0);
    for (const k of t.nyckelord) expect(k.trim(), t.id).not.toBe('');
    expect(new Set(t.nyckelord).size).toBe(t.nyckelord.length);
    expect(t.id).toMatch(/^[a-z]+$/);
  });

  it('has distinct names and colours', () => {
    expect(new Set(DEFAULT_THEMES.map((t) => t.namn)).size).toBe(13);
    expect(new Set(DEFAULT_THEMES.map((t) => t.farg)).size).toBe(13);
  });
});

describe('replaceTheme', () => {
  it.each([
    ['strips', ['a', 'b', 'c'], 'b', null, ['a', 'c']],
    ['strips the only one', ['b'], 'b', null, []],
    ['moves in place', ['a', 'b', 'c'], 'b', 'x', ['a', 'x', 'c']],
    ['moves without duplicate (target before)', ['x', 'b', 'c'], 'b', 'x', ['x', 'c']],
    ['moves without duplicate (target after)', ['b', 'c', 'x'], 'b', 'x', ['x', 'c']],
    ['removes a repeated source', ['b', 'a', 'b'], 'b', null, ['a']],
  ] as [string, string[], string, string | null, string[]][])('%s', (_, input, from, to, expected) => {
    const copy = [...input];
    const out = replaceTheme(input, from, to);
    expect(out).toEqual(expected);
    expect(out).not.toBe(input);
    expect(input).toEqual(copy);
  });

  it.each([
    [['a', 'c'], 'b', null],
    [['a', 'c'], 'b', 'a'],
    [[], 'b', 'x'],
  ] as [string[], string, string | null][])('returns the same array when %j has no %s', (input, from, to) => {
    expect(replaceTheme(input, from, to)).toBe(input);
  });
});

describe('mergeKeywords', () => {
  it.each([
    [['a', 'b'], ['c'], ['a', 'b', 'c']],
    [
      ['a', 'b'],
      ['b', 'c', 'a'],
      ['a', 'b', 'c'],
    ],
    [[], ['x', 'y'], ['x', 'y']],
    [['x'], [], ['x']],
    [
      ['b', 'a'],
      ['c', 'c'],
      ['b', 'a', 'c'],
    ],
  ])('%j + %j → %j', (target, source, expected) => {
    const t = [...target];
    const s = [...source];
    expect(mergeKeywords(target, source)).toEqual(expected);
    expect([target, source]).toEqual([t, s]);
  });
});

describe('themeUsage', () => {
  it('counts references per theme', () => {
    const usage = themeUsage([{ teman: ['a', 'b'] }, { teman: ['b'] }, { teman: [] }, { teman: ['c', 'b'] }]);
    expect(Object.fromEntries(usage)).toEqual({ a: 1, b: 3, c: 1 });
  });

  it('is empty for no rows', () => {
    expect(themeUsage([]).size).toBe(0);
  });
});

import { defaultThemes } from '$lib/domain/themes';

describe('defaultThemes', () => {
  it('gives copies that do not share keyword arrays with the defaults, and skips existing ids', () => {
    const all = defaultThemes();
    expect(all).toHaveLength(13);
    all[0].nyckelord.push('ändrad');
    expect(defaultThemes()[0].nyckelord).not.toContain('ändrad');
    expect(defaultThemes(new Set(['skola', 'halsa'])).map((t) => t.id)).not.toContain('skola');
    expect(defaultThemes(new Set(['skola', 'halsa']))).toHaveLength(11);
  });
});
