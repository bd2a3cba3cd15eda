import { describe, expect, it } from 'vitest';
import { canvasWindow, MAX_CANVAS_H } from '$lib/viz/timeline/canvas';

// [case, drawing's top on screen, viewport height, drawing height, expected window]
const cases: [string, number, number, number, { y0: number; h: number }][] = [
  ['a short drawing in view is painted whole', 100, 800, 1000, { y0: 0, h: 1000 }],
  [
    'scrolled deep into 500 000 px of lanes: the screen and half a screen each side',
    -100_000,
    800,
    500_000,
    { y0: 99_600, h: 1_600 },
  ],
  ['the drawing still below the fold: nothing to paint', 2_000, 800, 500_000, { y0: 0, h: 0 }],
  ['scrolled past the drawing: nothing to paint', -600_000, 800, 500_000, { y0: 500_000, h: 0 }],
  ['a huge viewport is capped at the largest canvas', 0, 20_000, 100_000, { y0: 0, h: MAX_CANVAS_H }],
  ['near the end: the window stops at the drawing', -9_500, 800, 10_000, { y0: 9_100, h: 900 }],
];

describe('canvasWindow: only the part of the timeline in view is painted', () => {
  it.each(cases)('%s', (_, top, viewport, total, expected) => {
    const w = canvasWindow(top, viewport, total);
    expect(w).toEqual(expected);
    expect(w.h).toBeLessThanOrEqual(MAX_CANVAS_H);
    expect(w.y0 + w.h).toBeLessThanOrEqual(total);
  });
});
