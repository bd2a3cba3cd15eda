// Playwright drives Debian's Chromium; its own browser download does not work here.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `Chromium saknas (${path}). Installera Debians Chromium: sudo apt-get install -y chromium\n` +
      `(or set CHROMIUM_PATH to a Chromium binary). Never run "npx playwright install" here.`,
  );
  process.exit(1);
}
