import { beforeAll, describe, expect, it } from 'vitest';
import { lintRule, svelte } from './support/lint';

// The collation rule of eslint.config.js (no-restricted-properties), run through ESLint's Node API on
// small virtual sources: localeCompare and Intl.Collator only in src/lib/domain/collate.ts.
const rule = lintRule('no-restricted-properties');
const collationErrors = rule.messages;

const LOCALE = `export const c = (a: string, b: string) => a.localeCompare(b, 'sv');\n`;
const COLLATOR = `export const c = new Intl.Collator('sv', { numeric: true }).compare;\n`;
const HELPER = `import { compareSv } from '$lib/domain/collate';\nexport const c = (a: string[]) => a.sort(compareSv);\n`;

// [file, source, expected: true = the rule must fire]
const cases: [string, string, boolean][] = [
  ['src/lib/domain/x.ts', LOCALE, true],
  ['src/lib/domain/x.ts', COLLATOR, true],
  ['src/lib/domain/entities/plan.ts', LOCALE, true],
  ['src/lib/state/x.svelte.ts', LOCALE, true],
  ['src/lib/viz/timeline/x.ts', COLLATOR, true],
  ['src/lib/io/x.ts', `export const c = (a: string, b: string) => a.localeCompare(b);\n`, true],
  ['src/lib/db/x.ts', `export const c = (a: { t: string }, b: { t: string }) => b.t.localeCompare(a.t);\n`, true],
  ['src/views/X.svelte', svelte(`const c = (a: string, b: string) => a.localeCompare(b, 'sv'); c('a', 'b');`), true],
  ['src/views/X.svelte', svelte(`const c = new Intl.Collator('sv'); c.compare('a', 'b');`), true],
  ['src/main.ts', COLLATOR, true],
  ['src/lib/domain/collate.ts', LOCALE, false],
  ['src/lib/domain/collate.ts', COLLATOR, false],
  ['src/lib/domain/x.ts', HELPER, false],
  ['src/views/X.svelte', svelte(`import { compareSv } from '$lib/domain/collate'; ['b', 'a'].sort(compareSv);`), false],
  ['src/lib/domain/x.ts', `export const n = new Intl.NumberFormat('sv').format(1);\n`, false],
];

describe('collation rule in eslint.config.js', () => {
  // Loading the config (parsers, plugins) takes seconds on a busy machine: once, before the cases.
  beforeAll(() => rule.warm('src/lib/domain/warm.ts'), 120_000);

  it.each(cases)('%s: fires = %s for %s', async (file, code, fires) => {
    const errors = await collationErrors(file, code);
    if (fires) {
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/Collation rule/);
    } else expect(errors).toEqual([]);
  });
});
