import { describe, expect, it } from 'vitest';
import { barsByLane, barsInWindow, canvasWindow, MAX_CANVAS_H, paintBars } from '$lib/viz/timeline/canvas';
import type { TimelineItem } from '$lib/viz/timeline/items';

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

describe('barsInWindow: painting and hit-testing look only at the lanes in the window', () => {
  const bar = (id: string, lane: string) => ({ id, lane }) as TimelineItem;
  const bars = [bar('a1', 'a'), bar('b1', 'b'), bar('a2', 'a'), bar('c1', 'c'), bar('d1', 'd')];
  // Lanes of 100 px under a 28 px axis: a at 28–128, b at 128–228, c at 228–328, d at 328–428.
  const lanes = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, top: i * 100, height: 100 }));
  const byLane = barsByLane(bars);

  it('groups bars by lane, in their order', () => {
    expect([...byLane].map(([lane, list]) => [lane, list.map((b) => b.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', ['b1']],
      ['c', ['c1']],
      ['d', ['d1']],
    ]);
  });

  it.each<[string, number, number, string[]]>([
    ['the whole drawing', 0, 428, ['a1', 'a2', 'b1', 'c1', 'd1']],
    ['inside one lane', 40, 20, ['a1', 'a2']],
    ['across two lanes', 120, 20, ['a1', 'a2', 'b1']],
    ['a point (hit test) in the third lane', 250, 0, ['c1']],
    ['above every lane (the axis)', 0, 10, []],
    ['below every lane', 500, 100, []],
  ])('%s', (_, y0, h, ids) => {
    expect(barsInWindow(lanes, byLane, 28, y0, h).flatMap((list) => list.map((b) => b.id))).toEqual(ids);
  });
});

describe('paintBars: a bar wide enough carries its title, clipped to the bar', () => {
  /** A canvas whose context records what is painted (titles 6 px a letter). */
  function recorder() {
    const log: string[] = [];
    const ctx = {
      font: '',
      textBaseline: '',
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 0,
      setTransform: () => {},
      clearRect: () => {},
      fillRect: () => {},
      strokeRect: () => {},
      save: () => {},
      restore: () => {},
      beginPath: () => {},
      rect: (x: number, _y: number, w: number) => log.push(`clip ${x}+${w}`),
      clip: () => {},
      moveTo: () => {},
      lineTo: () => {},
      stroke: () => log.push('stripes'),
      measureText: (s: string) => ({ width: s.length * 6 }),
      fillText: (s: string, x: number) => log.push(`text ${s} at ${x}`),
    };
    return { canvas: { width: 0, height: 0, getContext: () => ctx } as unknown as HTMLCanvasElement, log };
  }
  const bar = (label: string, start: number, end: number, themes = ['skola']) =>
    ({ id: label, lane: 'a', label, start, end, colour: '#0072b2', overdue: false, themes }) as TimelineItem;
  const g = {
    width: 500,
    height: 100,
    x0: (it: TimelineItem) => it.start,
    x1: (it: TimelineItem) => it.end,
    y: () => 10,
    barH: 15,
  };

  it.each<[string, TimelineItem, string[]]>([
    ['too narrow: no title', bar('Läxhjälp', 10, 40), []],
    ['room for the whole title (8 letters, 48 px)', bar('Läxhjälp', 10, 70), ['text Läxhjälp at 14']],
    [
      'room for a part: clipped to the bar',
      bar('Kompetensutveckling', 100, 160),
      ['clip 100+56', 'text Kompetensutveckling at 104'],
    ],
    ['begun left of the plot: the title starts at the edge', bar('Läxhjälp', -300, 80), ['text Läxhjälp at 4']],
    [
      'running past the right edge: clipped at the edge',
      bar('Kompetensutveckling', 440, 900),
      ['clip 440+56', 'text Kompetensutveckling at 444'],
    ],
    [
      'several themes: its start striped, then its title',
      bar('Läxhjälp', 10, 70, ['skola', 'halsa']),
      ['clip 10+6', 'stripes', 'text Läxhjälp at 14'],
    ],
  ])('%s', (_, it, painted) => {
    const { canvas, log } = recorder();
    (globalThis as { window?: unknown }).window ??= { devicePixelRatio: 1 };
    paintBars(canvas, [[it]], g);
    expect(log).toEqual(painted);
  });
});
