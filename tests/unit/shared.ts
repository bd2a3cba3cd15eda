import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Test input from the team's shared folder beside the checkout (`../shared`, never copied into the
 * project; see shared/README.md). A bare clone skips the tests that need it, with a one-line reason;
 * with CI set a missing file is not skipped: the tests run and fail, so CI can never skip silently.
 */
export interface SharedFile {
  /** Absolute path where the file is expected. */
  path: string;
  /** True when the tests that need the file should be skipped (missing, and CI not set). */
  skip: boolean;
  /** The file's bytes; throws a clear error when it is missing (the CI case). */
  bytes(): Uint8Array;
  /** The file as UTF-8 text; throws like bytes(). */
  text(): string;
}

const ROOT = new URL('../../../shared/', import.meta.url);

export function sharedFile(rel: string, env: Record<string, string | undefined> = process.env): SharedFile {
  const path = fileURLToPath(new URL(rel, ROOT));
  const present = existsSync(path);
  const ci = Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
  if (!present && !ci)
    console.warn(`skipped: tests that read ../shared/${rel} (missing; it sits beside the checkout in CI)`);
  const bytes = () => {
    if (!existsSync(path))
      throw new Error(`../shared/${rel} is missing (${path}) and CI is set: CI must have shared/ beside the checkout`);
    return new Uint8Array(readFileSync(path));
  };
  return { path, skip: !present && !ci, bytes, text: () => new TextDecoder().decode(bytes()) };
}
