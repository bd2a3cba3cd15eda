// Builds the benchmark page (never part of the app): our modules and the raw baseline side by side.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../../node_modules/.bench-dist', import.meta.url)), emptyOutDir: true, target: 'es2022' },
});
