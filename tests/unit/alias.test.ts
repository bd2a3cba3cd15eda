import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as viaAlias from '$lib/domain/dates';
import config from '../../vite.config';

const SRC_LIB = fileURLToPath(new URL('../../src/lib', import.meta.url));

describe('$lib alias (tsconfig.json paths, vite.config.ts resolve.alias)', () => {
  it('resolves $lib/... to the same module instance as the file under src/lib', async () => {
    // A computed path, so that scripts/rewrite-imports.ts cannot turn it into the alias as well.
    const file = `${SRC_LIB}/domain/dates.ts`;
    const viaPath = (await import(/* @vite-ignore */ file)) as typeof viaAlias;
    expect(Object.keys(viaAlias).length).toBeGreaterThan(0);
    expect(viaAlias).toBe(viaPath);
  });

  it('Vite (and so Vitest) and TypeScript map $lib to the same folder', () => {
    expect((config.resolve?.alias as Record<string, string>).$lib).toBe(SRC_LIB);
    const ts = JSON.parse(readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    expect(ts.compilerOptions.paths).toEqual({ $lib: ['./src/lib'], '$lib/*': ['./src/lib/*'] });
  });
});
