#!/usr/bin/env node
// npm run bench:import [-- --rows 100000 --rounds 3]
// Times our import (file bytes → committed transaction) against the least work any correct importer
// must do (raw papaparse + one Dexie bulkGet + one bulkPut of the same rows), in the same headless
// Chromium run, and prints both and their ratio. Goal: under 5 s and a ratio of at most 1.3.
import { build, preview } from 'vite';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rows = arg('rows', 100_000);
const rounds = arg('rounds', 3);
const config = fileURLToPath(new URL('./bench/vite.config.ts', import.meta.url));

await build({ configFile: config });
const server = await preview({ configFile: config, preview: { host: '127.0.0.1', port: 4180, strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto('http://127.0.0.1:4180/');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const out = await page.evaluate(([n, r]) => window.runBench(n, r), [rows, rounds]);
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`import benchmark: ${out.rows} measures, ${out.megabytes.toFixed(1)} MB CSV, ${rounds} rounds, headless Chromium`);
  out.results.forEach((r, i) => {
    const stages = Object.entries(r.stages).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    console.log(`  round ${i + 1}: ours ${r.ours.toFixed(0)} ms (${stages}); baseline ${r.baseline.toFixed(0)} ms; ratio ${(r.ours / r.baseline).toFixed(2)}; rows written ${r.writtenOurs}/${r.writtenBaseline}`);
  });
  const o = med(out.results.map((r) => r.ours));
  const b = med(out.results.map((r) => r.baseline));
  console.log(`median: ours ${(o / 1000).toFixed(2)} s, baseline ${(b / 1000).toFixed(2)} s, ratio ${(o / b).toFixed(2)} (goal: < 5 s, ratio ≤ 1.3)`);
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(r));
}
