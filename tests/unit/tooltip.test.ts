import { describe, expect, it } from 'vitest';
import { placeTip } from '$lib/viz/tooltip';

const vp = { w: 1366, h: 768 };
const tip = { w: 260, h: 140 };

describe('placeTip', () => {
  it.each([
    ['middle: below right of the pointer', { x: 500, y: 300 }, { left: 514, top: 314 }],
    ['right edge: flips to the left', { x: 1300, y: 300 }, { left: 1026, top: 314 }],
    ['bottom edge: flips above', { x: 500, y: 740 }, { left: 514, top: 586 }],
    ['top-left corner', { x: 0, y: 0 }, { left: 14, top: 14 }],
    ['bottom-right corner', { x: 1366, y: 768 }, { left: 1092, top: 614 }],
  ])('%s', (_, at, place) => expect(placeTip(at, tip, vp)).toEqual(place));

  it('always stays inside the viewport', () => {
    for (const vw of [390, 1024, 1366])
      for (let x = -50; x <= vw + 50; x += 37)
        for (let y = -50; y <= 900; y += 41) {
          const p = placeTip({ x, y }, tip, { w: vw, h: 844 });
          expect(p.left).toBeGreaterThanOrEqual(8);
          expect(p.top).toBeGreaterThanOrEqual(8);
          expect(p.left + tip.w).toBeLessThanOrEqual(vw - 8);
          expect(p.top + tip.h).toBeLessThanOrEqual(844 - 8);
        }
  });
  it('keeps the top-left visible when the tooltip is larger than the viewport', () => {
    expect(placeTip({ x: 100, y: 100 }, { w: 500, h: 900 }, { w: 390, h: 844 })).toEqual({ left: 8, top: 8 });
  });
});
