import { describe, expect, it } from 'vitest';
import { fileName, PNG_MAX, pngScale, wrapWords } from '$lib/viz/export';

describe('downloaded pictures', () => {
  it.each([
    // A title wraps between words at the drawing's width instead of being cut.
    [
      'Karta: Dalarnas län – Nyckeltal: Mottagna ensamkommande barn',
      30,
      ['Karta: Dalarnas län –', 'Nyckeltal: Mottagna', 'ensamkommande barn'],
    ],
    ['Kort titel', 30, ['Kort titel']],
    // A word longer than a line stays whole.
    ['Hemmaplanslösningarna', 8, ['Hemmaplanslösningarna']],
    ['', 10, []],
  ])('wrapWords(%j, %i)', (text, max, lines) => {
    expect(wrapWords(text, max)).toEqual(lines);
  });

  it.each([
    // [width, height, wanted scale, scale]: a slide at 2×; a county's strip is held to PNG_MAX.
    [1920, 1080, 2, 2],
    [1268, 9022, 2, PNG_MAX / 9022],
    [5000, 800, 1, PNG_MAX / 5000],
    [400, 300, 1, 1],
  ])('pngScale(%i, %i, %i) = %f', (w, h, wanted, scale) => {
    const s = pngScale(w, h, wanted);
    expect(s).toBeCloseTo(scale, 6);
    expect(Math.round(Math.max(w, h) * s)).toBeLessThanOrEqual(PNG_MAX);
  });

  it.each([
    ['karta-status', 'Västra Götalands län', '2026-12-07', 'planatlas-karta-status-vastra-gotalands-lan-2026-12-07'],
    [
      'karta-indikator-n00945',
      'Dalarnas län',
      '2026-12-07',
      'planatlas-karta-indikator-n00945-dalarnas-lan-2026-12-07',
    ],
  ])('fileName(%s, %s, %s)', (view, region, date, name) => {
    expect(fileName(view, region, date)).toBe(name);
  });
});
