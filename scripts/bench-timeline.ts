// npm run bench:timeline [-- --items 10000 --lanes 50]
// Mounts the real Timeline component with 10 000 measures over 50 municipalities in headless Chromium,
// zooms and pans with the keyboard, and prints the time from each input to the next painted frame
// (goal: under 16 ms, i.e. 60 fps), with a baseline of an empty frame measured in the same run.
import { build, preview } from 'vite';
import { fileURLToPath } from 'node:url';
import type { TimelineBenchWindow } from './bench/timeline.ts';
import { arg, launchChromium, quantile as q } from './bench/ui.ts';

const n = arg('items', 10_000);
const lanes = arg('lanes', 50);
const config = fileURLToPath(new URL('./bench/vite.config.ts', import.meta.url));

await build({ configFile: config });
const server = await preview({ configFile: config, preview: { host: '127.0.0.1', port: 4181, strictPort: true } });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto('http://127.0.0.1:4181/timeline.html');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  // Baseline, same page and run: the cost of a frame that changes one attribute of one SVG element.
  const empty = await page.evaluate(async () => {
    const out: number[] = [];
    const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(el);
    for (let i = 0; i < 30; i++) {
      const s = performance.now();
      el.setAttribute('width', String(100 + i));
      void document.body.offsetHeight;
      out.push(performance.now() - s);
      await new Promise((r) => requestAnimationFrame(r));
    }
    el.remove();
    return out;
  });
  const r = await page.evaluate(([a, b]) => (window as unknown as TimelineBenchWindow).runTimelineBench(a, b), [
    n,
    lanes,
  ] as const);
  console.log(`timeline benchmark: ${r.items} measures over ${r.lanes} lanes, headless Chromium`);
  console.log(`  first render: ${r.firstRender.toFixed(0)} ms`);
  console.log(
    `  work per zoom/pan step (input, update, canvas, layout) over ${r.frames.length} steps: median ${q(r.frames, 0.5).toFixed(1)} ms, p95 ${q(r.frames, 0.95).toFixed(1)} ms, max ${Math.max(...r.frames).toFixed(1)} ms`,
  );
  console.log(
    `  SVG items per frame: ${Math.min(...r.drawn)}–${Math.max(...r.drawn)} (bars go to a canvas when more than 200 are visible)`,
  );
  console.log(`  baseline (one trivial SVG change + layout): median ${q(empty, 0.5).toFixed(2)} ms`);
  console.log(
    `  goal: under 16 ms per step (60 fps): ${q(r.frames, 0.95) < 16 ? 'met at p95' : q(r.frames, 0.5) < 16 ? 'met at the median, not at p95' : 'not met'}`,
  );
} finally {
  await browser.close();
  await new Promise((res) => server.httpServer.close(res));
}
