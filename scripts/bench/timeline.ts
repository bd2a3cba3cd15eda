/**
 * Timeline benchmark page: the real Timeline component with 10 000 measures over 50 municipalities.
 * runTimelineBench zooms in and out with the keyboard and pans, and reports the time from each input
 * to the next painted frame.
 */
import { mount, flushSync } from 'svelte';
import Timeline from '../../src/lib/viz/timeline/Timeline.svelte';
import { buildItems } from '../../src/lib/viz/timeline/items';
import { layoutLanes } from '../../src/lib/viz/timeline/layout';
import { fitDomain } from '../../src/lib/viz/timeline/axis';
import { DEFAULT_THEMES } from '../../src/lib/domain/themes';
import { sv } from '../../src/lib/i18n/sv';
import data from '../../src/data/municipalities.json';
import type { Measure } from '../../src/lib/domain/model';
import { emptyRecord } from '../../src/lib/domain/entities';

function generate(n: number, lanes: number): { measures: Measure[]; codes: string[] } {
  const codes = data.municipalities.slice(0, lanes).map((m) => m.code);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const measures = Array.from({ length: n }, (_, i): Measure => {
    const y = 2012 + Math.floor(rnd() * 10);
    const m = 1 + Math.floor(rnd() * 12);
    const len = 1 + Math.floor(rnd() * 18);
    const endY = y + Math.floor((m + len - 1) / 12);
    const endM = ((m + len - 1) % 12) + 1;
    return {
      ...emptyRecord('measures'),
      id: `m${i}`,
      kommunkod: codes[i % lanes],
      titel: `Åtgärd ${i}`,
      teman: [DEFAULT_THEMES[i % 13].id],
      status: rnd() < 0.2 ? 'genomford' : 'pagaende',
      start: `${y}-${String(m).padStart(2, '0')}`,
      slut: `${endY}-${String(endM).padStart(2, '0')}`,
    };
  });
  return { measures, codes };
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame((t) => r(t))));

/** What `runTimelineBench` reports: the first render and, per zoom/pan step, the work (ms) and the SVG items drawn. */
export interface TimelineBenchResult {
  items: number;
  lanes: number;
  firstRender: number;
  frames: number[];
  drawn: number[];
}
/** The benchmark page's window (scripts/bench-timeline.ts calls this through Playwright). */
export type TimelineBenchWindow = Window & {
  runTimelineBench: (n: number, lanes: number) => Promise<TimelineBenchResult>;
};

(window as unknown as TimelineBenchWindow).runTimelineBench = async (n: number, lanes: number) => {
  const { measures, codes } = generate(n, lanes);
  const today = '2026-11-23';
  const t0 = performance.now();
  const { items } = buildItems({
    members: codes,
    plans: [],
    measures,
    events: [],
    themes: DEFAULT_THEMES,
    regionId: '',
    today,
  });
  const layout = layoutLanes(
    items,
    codes.map((c) => ({ id: c, label: c })),
  );
  const target = document.getElementById('app')!;
  mount(Timeline, {
    target,
    props: {
      items,
      lanes: layout.lanes,
      height: layout.height,
      domain: fitDomain(items, Date.parse(`${today}T00:00:00Z`)),
      today,
      label: 'Tidslinje',
      text: sv.views.tidslinje,
      describe: (i: { label: string }) => i.label,
    },
  });
  flushSync();
  await nextFrame();
  const firstRender = performance.now() - t0;
  const svg = target.querySelector('svg')!;
  svg.focus();
  const keys = [
    ...Array(8).fill('+'),
    ...Array(10).fill('ArrowRight'),
    ...Array(8).fill('-'),
    ...Array(6).fill('+'),
    ...Array(10).fill('ArrowLeft'),
    ...Array(6).fill('-'),
  ];
  const frames: number[] = [];
  const drawn: number[] = [];
  for (const key of keys) {
    // The work of one frame: the input, Svelte's update (effects draw the canvas) and layout.
    const start = performance.now();
    svg.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    flushSync();
    void document.body.offsetHeight;
    frames.push(performance.now() - start);
    drawn.push(svg.querySelectorAll('g[role="button"]').length);
    await nextFrame();
  }
  return { items: items.length, lanes, firstRender, frames, drawn };
};
document.getElementById('status')!.textContent = 'ready';
