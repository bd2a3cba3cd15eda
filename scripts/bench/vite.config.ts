// Builds the timeline benchmark page (never part of the app): the real Timeline component with generated data.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../node_modules/.bench-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        timeline: fileURLToPath(new URL('./timeline.html', import.meta.url)),
      },
    },
  },
});
