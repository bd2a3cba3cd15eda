/**
 * What a test needs from outside the project, and the one rule for it (shared/README.md, CONTRIBUTING.md):
 * when the need is missing, the tests that have it skip with a one-line reason, so a bare clone passes
 * `npm test`; when it is missing while `CI` is set they are not skipped: they run and fail with a clear
 * error, so CI can never skip silently. Two kinds of need:
 *
 * - `sharedFile(rel)`: test input from the team's shared folder beside the checkout (never copied into
 *   the project). This module is the only place that knows where that folder is (a unit test scans
 *   tests/ and scripts/ for any other file that reads it).
 * - `systemTool(name)`: a program on PATH (ogr2ogr from gdal-bin …). `.ci/run` installs the Debian
 *   packages of TOOLS with `npx tsx tests/support/needs.ts apt-packages`.
 *
 * Plain Node: used by Vitest, Playwright and the bench scripts alike.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Env = Record<string, string | undefined>;

/** The tools tests may call, with the Debian package that brings each (what `.ci/run` installs). */
export const TOOLS = {
  ogr2ogr: 'gdal-bin',
  pdftotext: 'poppler-utils',
  // Debian's Firefox ESR, which the Firefox smoke suite drives (tests/firefox).
  'firefox-esr': 'firefox-esr',
  pdftoppm: 'poppler-utils',
} as const;
export type ToolName = keyof typeof TOOLS;

export interface Need {
  /** True when the tests that need it should be skipped: it is missing and CI is not set. */
  skip: boolean;
  /** One line saying what is missing ('' when it is there). */
  reason: string;
}

export interface SharedFile extends Need {
  /** Absolute path where the file is expected. */
  path: string;
  /** The path, after checking the file is there; throws a clear error when it is missing (the CI case). */
  located(): string;
  /** The file's bytes; throws like located(). */
  bytes(): Uint8Array;
  /** The file as UTF-8 text; throws like located(). */
  text(): string;
}

export interface SystemTool extends Need {
  name: ToolName;
  /** Where the program was found on PATH, or null. */
  found: string | null;
  /** The program's path; throws a clear error when it is missing (the CI case). */
  located(): string;
}

/** CI is set: any value but empty, "false" and "0". */
export const isCi = (env: Env = process.env) => Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';

/**
 * The shared folder: `../shared` beside the checkout. PLANATLAS_SHARED names another folder (relative
 * to the checkout), e.g. one that does not exist, to see what a bare clone does.
 */
export function sharedRoot(env: Env = process.env): string {
  const checkout = fileURLToPath(new URL('../../', import.meta.url));
  const named = env.PLANATLAS_SHARED;
  if (named) return isAbsolute(named) ? named : resolve(checkout, named);
  return resolve(checkout, '..', 'shared');
}

function need(missing: boolean, what: string, env: Env): Need {
  const reason = missing ? `${what} is missing` : '';
  const skip = missing && !isCi(env);
  if (skip) console.warn(`${reason}: skipping the tests that need it (with CI set they would fail)`);
  return { skip, reason };
}

/** Where `rel` of the shared folder is expected (for a script, which has no tests to skip). */
export const sharedPath = (rel: string, env: Env = process.env) => join(sharedRoot(env), rel);

/** A file of the shared folder, `rel` inside it (e.g. 'geo/municipalities-wgs84.geojson'), for tests. */
export function sharedFile(rel: string, env: Env = process.env): SharedFile {
  const path = sharedPath(rel, env);
  const what = `../shared/${rel}`;
  const { skip, reason } = need(!existsSync(path), what, env);
  const located = () => {
    if (!existsSync(path))
      throw new Error(
        `${what} is missing (${path})${isCi(env) ? ' and CI is set: CI must have shared/ beside the checkout' : ''}`,
      );
    return path;
  };
  const bytes = () => new Uint8Array(readFileSync(located()));
  return { path, skip, reason, located, bytes, text: () => new TextDecoder().decode(bytes()) };
}

/** The first executable called `name` on PATH, or null (no process is started). */
export function onPath(name: string, env: Env = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** A program the tests call, for tests. */
export function systemTool(name: ToolName, env: Env = process.env): SystemTool {
  const found = onPath(name, env);
  const what = `${name} (apt-get install ${TOOLS[name]})`;
  const { skip, reason } = need(found === null, what, env);
  const located = () => {
    if (found === null) throw new Error(`${what} is missing${isCi(env) ? ' and CI is set: .ci/run installs it' : ''}`);
    return found;
  };
  return { name, found, skip, reason, located };
}

/**
 * The oldest Firefox ESR the smoke suite can drive: 140 (bookworm without `apt-get update`) lacks
 * WebDriver BiDi's `browser.setDownloadBehavior`; 153 (bookworm-security) has it.
 */
export const FIREFOX_ESR_MIN = 153;

/** The major version in `firefox-esr --version`'s line ("Mozilla Firefox 153.8.0esr" → 153), or null. */
export const firefoxMajor = (line: string): number | null => {
  const m = /Firefox (\d+)\./.exec(line);
  return m ? Number(m[1]) : null;
};

/** Is the Firefox ESR at `path` older than FIREFOX_ESR_MIN (then `.ci/run` installs the current one)? */
function firefoxTooOld(path: string): boolean {
  try {
    const major = firefoxMajor(execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }));
    return major !== null && major < FIREFOX_ESR_MIN;
  } catch {
    return false;
  }
}

/**
 * `npx tsx tests/support/needs.ts apt-packages`: the Debian packages of the tools that are missing, and
 * Firefox ESR when the one there is too old for the smoke suite (apt-get install then upgrades it).
 */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === 'apt-packages') {
  const missing = (Object.keys(TOOLS) as ToolName[]).filter((t) => {
    const found = onPath(t);
    return found === null || (t === 'firefox-esr' && firefoxTooOld(found));
  });
  process.stdout.write([...new Set(missing.map((t) => TOOLS[t]))].join(' '));
}
