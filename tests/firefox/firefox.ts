/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, against the built app served by
 * `vite preview` (PORT, like Playwright's config). Used by the smoke suite (tests/firefox) and
 * `npm run bench:import -- --browser firefox`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { isCi, systemTool } from '../support/needs';

/** Firefox: FIREFOX_PATH, else firefox-esr on PATH (skips without it unless CI is set: tests/support/needs.ts). */
export function firefoxNeed() {
  const tool = systemTool('firefox-esr');
  const named = process.env.FIREFOX_PATH;
  if (named) return { skip: false, reason: '', located: () => named };
  return tool;
}

const ready = async (url: string): Promise<boolean> => {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
};

/**
 * The built app on `port`: a `vite preview` started here (stop() ends it), or one already answering
 * there when CI is not set (as Playwright's reuseExistingServer).
 */
export async function previewServer(port: number): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${port}/`;
  if (!isCi() && (await ready(base))) return { base, stop: () => {} };
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  // Vite itself, not through npx: kill() then ends the server, not only a wrapper around it.
  const server: ChildProcess = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore' },
  );
  let exited = false;
  server.on('exit', () => (exited = true));
  for (let i = 0; i < 600 && !exited; i++) {
    if (await ready(base)) return { base, stop: () => server.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${base}`);
}

export interface Firefox {
  browser: Browser;
  page: Page;
  /** Where downloads land (WebDriver BiDi download behaviour). */
  downloads: string;
  /** Console errors, page errors and CSP violations so far (take() empties the list). */
  take(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Launch Firefox on a fresh profile (or `userDataDir`, kept on disk), with one page watching for errors.
 * `protocolTimeout`: how long one call may take (a benchmark's may take minutes on a loaded machine).
 */
export async function launchFirefox(
  executablePath: string,
  userDataDir?: string,
  protocolTimeout?: number,
): Promise<Firefox> {
  const downloads = mkdtempSync(join(tmpdir(), 'planatlas-firefox-downloads-'));
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      userDataDir,
      protocolTimeout,
      downloadBehavior: { policy: 'allow', downloadPath: downloads },
      extraPrefsFirefox: {
        // The language the page sees (navigator.language), as Playwright's locale sv-SE.
        'intl.accept_languages': 'sv-SE, sv',
        'intl.locale.requested': 'sv-SE',
      },
    })
    .catch((e: unknown) => {
      // Debian bookworm's Firefox ESR 140 (without `apt-get update`) lacks BiDi's download command; 153 (bookworm-security) has it.
      if (e instanceof Error && /unknown command browser\.setDownloadBehavior/.test(e.message))
        throw new Error(
          `${executablePath} is too old for WebDriver BiDi downloads (Firefox ESR 153 or later): apt-get update && apt-get install firefox-esr`,
          { cause: e },
        );
      throw e;
    });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e instanceof Error ? e.message : String(e)}`));
  page.on('dialog', (d) => void d.accept());
  // CSP violations, seen by the page itself (a preload script is not subject to the page's policy).
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const take = async () => {
    const csp = await page
      .evaluate(() => (window as unknown as { __csp?: string[] }).__csp?.splice(0) ?? [])
      .catch(() => [] as string[]);
    return [...errors.splice(0), ...csp.map((v) => `CSP violation: ${v}`)];
  };
  return { browser, page, downloads, take, close: () => browser.close() };
}

/** `::-p-aria` selector: an element by role and exact accessible name. */
export const role = (r: string, name: string) => `::-p-aria([name=${JSON.stringify(name)}][role="${r}"])`;

/** Wait for an element by role and name (inside `within` when given); a visible one. */
export async function get(within: Page | ElementHandle, r: string, name: string): Promise<ElementHandle<Element>> {
  const found = await within.waitForSelector(role(r, name), { visible: true, timeout: 30_000 });
  if (!found) throw new Error(`no ${r} named "${name}"`);
  return found as ElementHandle<Element>;
}

/** Wait until the level-1 heading contains `text`. */
export async function heading(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent?.includes(t), { timeout: 30_000 }, text);
}

/** Wait until `text` is in the page's text. */
export async function textShown(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 30_000 }, text);
}
