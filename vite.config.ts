import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serviceWorker } from './scripts/sw-plugin.ts';
import { publishTemplate } from './scripts/viewer-plugin.ts';

// The CSP in index.html is for the built app. Vite's dev server injects inline
// styles and scripts for hot reload, so only the dev server drops the meta tag.
const devWithoutCsp: Plugin = {
  name: 'planatlas-dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
};

export default defineConfig({
  // Relative base: the built app works from any sub-path of a static server.
  base: './',
  // publishTemplate builds the second entry point (viewer.html: the published file's template) beside the app.
  plugins: [svelte(), devWithoutCsp, publishTemplate(), serviceWorker()],
  // `$lib/...` is src/lib (also in tsconfig.json "paths"); Vitest uses this config too.
  resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // The budget is 200 KB gzip of initial JS (ARCHITECTURE.md); the minified size warning is not that budget.
  build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
  // ES module workers can split chunks: the import worker loads exceljs only when a workbook comes, the boundary worker sql.js only for a GeoPackage.
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // Large-input cases (20 000 bars, 10 000 rows) take 2–8 s on a loaded 2-core machine: a generous
    // limit so that load never fails a test (no test asserts a time; benchmarks measure speed).
    testTimeout: 30_000,
    // Vitest's default in a run is one worker less than the cores: one worker on this 2-core machine,
    // so every file ran after the other while the main process (transforms) waited. One worker per
    // core runs two files at a time; they share nothing (a process each; temp folders are mkdtemp'd).
    maxWorkers: '100%',
  },
});
