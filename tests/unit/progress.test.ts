import { describe, expect, it } from 'vitest';
import { regionProgress } from '$lib/domain/progress';

const themes = [
  { id: 'kunskap', namn: 'Kunskap' },
  { id: 'delaktighet', namn: 'Delaktighet' },
  { id: 'tom', namn: 'Utan åtgärder' },
];
const m = (kommunkod: string, teman: string[], genomforande: number | null) => ({ kommunkod, teman, genomforande });
const measures = [
  m('1490', ['kunskap'], 40),
  m('1490', ['kunskap', 'delaktighet'], 51),
  m('1490', ['delaktighet', 'delaktighet'], null),
  m('1496', ['kunskap'], 0),
  m('1496', [], 100),
  m('1496', ['okant'], null),
  // Outside the region.
  m('0180', ['kunskap'], 10),
];

describe('reported progress per theme', () => {
  const got = regionProgress(['1490', '1496'], measures, themes);
  it('counts all measures of the region', () =>
    expect(got.all).toEqual({ id: '', name: '', total: 6, reported: 4, mean: 48 }));
  it.each([
    // id, total, reported, mean (rounded: (40 + 51 + 0) / 3 = 30.33)
    ['delaktighet', 'Delaktighet', 2, 1, 51],
    ['kunskap', 'Kunskap', 3, 3, 30],
    ['okant', 'okant', 1, 0, null],
  ])('%s: %s, %i measures, %i reported, mean %j', (id, name, total, reported, mean) =>
    expect(got.perTheme.find((p) => p.id === id)).toEqual({ id, name, total, reported, mean }),
  );
  it('lists themes with measures in theme order, unknown ids last', () =>
    expect(got.perTheme.map((p) => p.id)).toEqual(['delaktighet', 'kunskap', 'okant']));
  it.each([
    [[], 0, 0, null],
    [[m('1490', [], null)], 1, 0, null],
    [[m('1490', [], 45)], 1, 1, 45],
    [[m('1490', [], 44), m('1490', [], 45)], 2, 2, 45],
  ])('%j: %i measures, %i reported, mean %j', (ms, total, reported, mean) =>
    expect(regionProgress(['1490'], ms, themes).all).toMatchObject({ total, reported, mean }),
  );
});
