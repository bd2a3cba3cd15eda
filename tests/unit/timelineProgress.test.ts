/** A measure's reported progress on the timeline: the filled part of its bar, the rest lighter (SVG and canvas). */
import { describe, expect, it } from 'vitest';
import { aMeasure } from './support/records';
import { buildItems, type TimelineItem } from '$lib/viz/timeline/items';
import { paintBars, PROGRESS_REST } from '$lib/viz/timeline/canvas';
import type { Measure } from '$lib/domain/model';

describe('timeline items carry the reported progress', () => {
  it.each([
    [45, 45],
    [0, 0],
    [100, 100],
    [null, null],
  ])('genomforande %j → progress %j', (genomforande, progress) => {
    const m = { ...aMeasure('m1'), kommunkod: '1490', start: '2016', slut: '2017', genomforande } as Measure;
    const { items } = buildItems({
      members: ['1490'],
      plans: [],
      measures: [m],
      events: [],
      themes: [],
      regionId: '',
      today: '2016-06-01',
    });
    expect(items.map((it) => it.progress)).toEqual([progress]);
  });
});

describe('paintBars: the progress as the filled part of the bar', () => {
  function recorder() {
    const log: string[] = [];
    const ctx = {
      font: '',
      textBaseline: '',
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 0,
      lineJoin: '',
      globalAlpha: 1,
      setTransform: () => {},
      clearRect: () => {},
      fillRect(x: number, _y: number, w: number) {
        log.push(`fill ${x}+${w} alpha ${this.globalAlpha}`);
      },
      strokeRect: () => {},
      save: () => {},
      restore: () => {},
      beginPath: () => {},
      rect: () => {},
      clip: () => {},
      measureText: (s: string) => ({ width: s.length * 6 }),
      fillText: (s: string, x: number) => log.push(`text ${s} at ${x}`),
      strokeText: (s: string, x: number) => log.push(`halo ${s} at ${x}`),
    };
    return { canvas: { width: 0, height: 0, getContext: () => ctx } as unknown as HTMLCanvasElement, log };
  }
  const bar = (progress: number | null) =>
    ({
      id: 'x',
      lane: 'a',
      label: 'Läxhjälp',
      start: 10,
      end: 110,
      colour: '#0072b2',
      overdue: false,
      themes: [] as string[],
      progress,
    }) as TimelineItem;
  const g = {
    width: 500,
    height: 100,
    x0: (it: TimelineItem) => it.start,
    x1: (it: TimelineItem) => it.end,
    y: () => 10,
    barH: 15,
  };
  it.each<[string, number | null, string[]]>([
    ['not reported: one bar, its title as before', null, ['fill 10+100 alpha 1', 'text Läxhjälp at 14']],
    [
      '45 %: the bar lighter, then 45 % of it filled; the title with a halo',
      45,
      [`fill 10+100 alpha ${PROGRESS_REST}`, 'fill 10+45 alpha 1', 'halo Läxhjälp at 14', 'text Läxhjälp at 14'],
    ],
    [
      '0 %: only the lighter bar',
      0,
      [`fill 10+100 alpha ${PROGRESS_REST}`, 'fill 10+0 alpha 1', 'halo Läxhjälp at 14', 'text Läxhjälp at 14'],
    ],
  ])('%s', (_what, progress, want) => {
    (globalThis as { window?: unknown }).window ??= { devicePixelRatio: 1 };
    const { canvas, log } = recorder();
    paintBars(canvas, [[bar(progress)]], g);
    expect(log).toEqual(want);
  });
});
