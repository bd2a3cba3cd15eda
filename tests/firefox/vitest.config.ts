// `npm run test:firefox`: the smoke suite in Debian's Firefox ESR, driven by puppeteer-core over WebDriver
// BiDi (Playwright's own Firefox build cannot be downloaded here). Needs the built app (`npm run build`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    // One browser, one page, steps in order; a loaded 2-core machine makes each step slow, never a failure.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
