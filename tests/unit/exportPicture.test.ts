import { describe, expect, it } from 'vitest';
import { A4_LANDSCAPE, A4_PORTRAIT, fileName, fitTarget, PNG_MAX, pngScale, SLIDE, wrapWords } from '$lib/viz/export';

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
    // [drawing w, h, target, document w, h, blank each side x, y]
    // The slide enlarges a small drawing in its own shape and leaves a large one as it is.
    [960, 600, SLIDE, 1728, 1080, 0, 0],
    [1268, 9022, SLIDE, 1268, 9022, 0, 0],
    [3000, 1000, SLIDE, 3000, 1000, 0, 0],
    // A page is the document; the drawing fills its binding side and is centred on the other.
    [960, 600, A4_LANDSCAPE, 1123, 794, 0, (794 / (1123 / 960) - 600) / 2],
    [600, 900, A4_LANDSCAPE, 1123, 794, (1123 / (794 / 900) - 600) / 2, 0],
    [1400, 600, A4_LANDSCAPE, 1123, 794, 0, (794 / (1123 / 1400) - 600) / 2],
    [960, 600, A4_PORTRAIT, 794, 1123, 0, (1123 / (794 / 960) - 600) / 2],
    [1268, 9022, A4_PORTRAIT, 794, 1123, (794 / (1123 / 9022) - 1268) / 2, 0],
  ])('fitTarget(%i, %i, %o)', (w, h, target, width, height, padX, padY) => {
    const fit = fitTarget(w, h, target);
    expect([fit.width, fit.height]).toEqual([width, height]);
    expect(fit.padX).toBeCloseTo(padX, 6);
    expect(fit.padY).toBeCloseTo(padY, 6);
    // The drawing keeps its shape: with the blank it has the document's shape.
    expect((w + 2 * fit.padX) / (h + 2 * fit.padY)).toBeCloseTo(width / height, target.page ? 6 : 2);
    // The PNG at 2× stays within PNG_MAX for a page.
    if (target.page) expect(pngScale(width, height)).toBe(2);
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
