// Builds the benchmark page (never part of the app): our modules and the raw baseline side by side.
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
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        timeline: fileURLToPath(new URL('./timeline.html', import.meta.url)),
      },
    },
  },
});
