import { describe, expect, it } from 'vitest';
import { playInterval, playNext, sliderIndex, sliderRange } from '$lib/viz/map/slider';

describe('sliderRange', () => {
  it('runs from the month of the first dated record to the month of today', () => {
    const r = sliderRange(['', '2016-01-21', '2015-11-30', '2017-01'], '2026-11-24');
    expect(r.months[0]).toBe('2015-11');
    expect(r.months.at(-1)).toBe('2026-11');
    expect(r.months).toHaveLength(12 * 11 + 1);
  });
  it.each([
    [['2010'], '2010-01'],
    [['2016-03'], '2016-03'],
    [['2015-12-01', '2016'], '2015-12'],
    [[], '2022-01'],
    [['2030-05'], '2026-11'],
  ])('first position for %j is %s', (dates, first) => expect(sliderRange(dates, '2026-11-24').months[0]).toBe(first));
  it('has a tick at each January, thinned to at most six', () => {
    const r = sliderRange(['2015-11'], '2026-11-24');
    expect(r.ticks[0]).toEqual({ index: 2, label: '2016' });
    expect(r.ticks[1]).toEqual({ index: 26, label: '2018' });
    expect(sliderRange(['2026-03'], '2026-11-24').ticks).toEqual([{ index: 0, label: '2026' }]);
    expect(r.ticks.length).toBeLessThanOrEqual(6);
    const wide = sliderRange(['1990'], '2026-11-24');
    expect(wide.ticks.length).toBeLessThanOrEqual(6);
    for (const t of wide.ticks) expect(wide.months[t.index].slice(0, 4)).toBe(t.label);
  });
});

describe('sliderIndex', () => {
  const months = ['2015-11', '2015-12', '2016-01'];
  it.each([
    ['', 3],
    ['2015-12', 1],
    ['2016-01-21', 2],
    ['2014-01', 0],
    ['2020-01', 3],
  ])('%s → %i', (d, i) => expect(sliderIndex(months, d)).toBe(i));
});

describe('playback', () => {
  it('takes about ten seconds in all', () => {
    expect(playInterval(133) * 133).toBeGreaterThan(9_000);
    expect(playInterval(133) * 133).toBeLessThan(11_000);
    expect(playInterval(1)).toBeLessThanOrEqual(10_000);
  });
  it.each([
    [5, 5, 0],
    [0, 5, 1],
    [3, 5, 4],
    [4, 5, null],
  ])('from %i of %i goes to %s', (i, n, next) => expect(playNext(i, n)).toBe(next));
});
