import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** lib/domain is pure: it imports nothing from io, db, state, viz, views or i18n, and touches no storage API. */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const domain = join(root, 'lib/domain');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
const FORBIDDEN = ['lib/io', 'lib/db', 'lib/state', 'lib/viz', 'lib/i18n', 'lib/ui', 'views'];

describe('the domain layer', () => {
  it.each(files(domain).map((f) => [relative(root, f), f]))('%s imports only domain code and data', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const specs = [
      ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1] ?? m[2]);
    for (const spec of specs) {
      const alias = spec.startsWith('$lib/');
      expect(spec.startsWith('.') || alias, `${spec}: only the app's own modules (no packages such as dexie)`).toBe(
        true,
      );
      const target = alias ? join('lib', spec.slice('$lib/'.length)) : relative(root, resolve(dirname(file), spec));
      expect(
        FORBIDDEN.some((f) => target === f || target.startsWith(`${f}/`)),
        `${spec} → ${target}`,
      ).toBe(false);
    }
    expect(text).not.toMatch(/\b(localStorage|sessionStorage|indexedDB)\b/);
  });
});
