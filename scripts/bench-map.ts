// npm run bench:map
// In headless Chromium, with the built app and the example data: the time of a hover update (tooltip
// content and position) and of a
// selection update on the 290 municipalities, in tile mode and in geographic mode (SWEREF 99 TM
// boundaries from the shared folder beside the checkout), and the first render of the geographic map. Each figure is the
// synchronous work from the input event to an updated layout (Svelte flushes in a microtask), with a
// baseline in the same run: one trivial attribute change plus layout. Goal: under 16 ms per update.
import { build, preview } from 'vite';
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, quantile as q } from './bench/ui.ts';
import { sharedPath } from '../tests/support/needs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const boundaries = sharedPath('geo/municipalities-sweref99tm.geojson');
if (!existsSync(boundaries)) {
  console.error(`bench:map needs ${boundaries} (the shared folder beside the checkout).`);
  process.exit(1);
}
await build({ root, logLevel: 'warn' });
const server = await preview({ root, preview: { host: '127.0.0.1', port: 4182, strictPort: true } });
const browser = await launchChromium();

const measure = (page: Page, kind: 'hover' | 'select', rounds = 40) =>
  page.evaluate(
    async ([kind, rounds]) => {
      const hexes = [...document.querySelectorAll('svg.map path[role="button"]')];
      const out: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const el = hexes[(i * 37) % hexes.length];
        const t0 = performance.now();
        if (kind === 'hover')
          el.dispatchEvent(new MouseEvent('mousemove', { clientX: 400 + i, clientY: 300, bubbles: true }));
        else el.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: i % 2 === 1 }));
        await Promise.resolve();
        await new Promise((r) => setTimeout(r, 0));
        void document.body.offsetHeight;
        out.push(performance.now() - t0);
        if (kind === 'hover') el.dispatchEvent(new MouseEvent('mouseleave'));
        await new Promise((r) => requestAnimationFrame(r));
      }
      return out;
    },
    [kind, rounds] as const,
  );

const fmt = (xs: number[]) => `median ${q(xs, 0.5).toFixed(1)} ms, p95 ${q(xs, 0.95).toFixed(1)} ms`;

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto('http://127.0.0.1:4182/#/oversikt');
  await page.getByRole('button', { name: 'Ladda exempeldata' }).click();
  await page.getByRole('button', { name: 'Ta bort exempeldata' }).waitFor();
  await page.goto('http://127.0.0.1:4182/#/karta');
  await page.locator('svg.map path[role="button"]').first().waitFor();
  const baseline = await page.evaluate(async () => {
    const el = document.querySelector('svg.map path')!;
    const out: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      el.setAttribute('data-bench', String(i));
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
    }
    return out;
  });
  const tileHover = await measure(page, 'hover');
  const tileSelect = await measure(page, 'select');
  await page.getByLabel('Välj gränsfil').setInputFiles(boundaries);
  await page.getByText(/Kommungränser från/).waitFor();
  await page.getByRole('radio', { name: /Sexhörningar/ }).check();
  const firstGeo = await page.evaluate(async () => {
    const radio = [...document.querySelectorAll<HTMLInputElement>('input[name="map-mode"]')].find(
      (r) => r.value === 'geo',
    )!;
    const t0 = performance.now();
    radio.click();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    void document.body.offsetHeight;
    return performance.now() - t0;
  });
  const geoHover = await measure(page, 'hover');
  const geoSelect = await measure(page, 'select');
  console.log('map benchmark: 290 municipalities, example data, headless Chromium');
  console.log(`  baseline (trivial change + layout): ${fmt(baseline)}`);
  console.log(`  tile map   hover: ${fmt(tileHover)}; selection: ${fmt(tileSelect)}`);
  console.log(`  geographic hover: ${fmt(geoHover)}; selection: ${fmt(geoSelect)}`);
  console.log(`  geographic map first render (SWEREF 99 TM, 290 municipalities): ${firstGeo.toFixed(0)} ms`);
  console.log('  goal: under 16 ms per hover or selection update');
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
