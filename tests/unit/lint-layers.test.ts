import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js, run through ESLint's Node API on small virtual sources.
// Only the layer rules run (the type-aware rules need real files, so type information is off here).
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);
const eslint = new ESLint({
  overrideConfig: [{ languageOptions: { parserOptions: { projectService: false, project: null } } }],
  ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId),
});

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result.messages.filter((m) => m.ruleId && LAYER_RULES.has(m.ruleId)).map((m) => m.message);
}

// [file, import specifier, expected: true = the rule must fire]
const cases: [string, string, boolean][] = [
  ['src/lib/domain/x.ts', '../db/db', true],
  ['src/lib/domain/x.ts', '$lib/db/db', true],
  ['src/lib/domain/x.ts', '../io/values', true],
  ['src/lib/domain/x.ts', '../i18n', true],
  ['src/lib/domain/x.ts', '$lib/i18n/format', true],
  ['src/lib/domain/x.ts', '../state/app.svelte', true],
  ['src/lib/domain/x.ts', '../viz/colours', true],
  ['src/lib/domain/x.ts', '../../views/Karta.svelte', true],
  ['src/lib/domain/x.ts', 'dexie', true],
  ['src/lib/domain/entities/plan.ts', '../../io/values', true],
  ['src/lib/domain/entities/plan.ts', '$lib/db', true],
  ['src/lib/domain/x.ts', './dates', false],
  ['src/lib/domain/x.ts', '$lib/domain/dates', false],
  ['src/lib/domain/entities/plan.ts', '../model', false],
  ['src/lib/domain/x.ts', '../../data/municipalities.json', false],
  ['src/lib/domain/x.ts', 'd3-geo', false],
  ['src/lib/io/x.ts', '../db/db', true],
  ['src/lib/io/x.ts', '../state/notify.svelte', true],
  ['src/lib/io/x.ts', '$lib/i18n', true],
  ['src/lib/io/x.ts', '$lib/workers/import.worker', true],
  ['src/lib/workers/x.worker.ts', '$lib/i18n', false],
  ['src/lib/workers/x.worker.ts', '../io/analyse', false],
  ['src/lib/workers/x.worker.ts', '$lib/db/db', false],
  ['src/lib/workers/x.worker.ts', '$lib/viz/map/geo', false],
  ['src/lib/workers/x.worker.ts', '$lib/state/app.svelte', true],
  ['src/lib/workers/x.worker.ts', '../../views/Karta.svelte', true],
  ['src/lib/db/x.ts', '../workers/commit.worker', true],
  ['src/lib/viz/map/x.ts', '$lib/workers/boundaries.worker', true],
  ['src/lib/io/x.ts', '$lib/viz/map/geo', true],
  ['src/lib/io/x.ts', '$lib/state/app.svelte', true],
  ['src/lib/io/x.ts', 'dexie', true],
  ['src/lib/io/x.ts', '../domain/records', false],
  ['src/lib/io/x.ts', '$lib/domain/model', false],
  ['src/lib/io/x.ts', 'papaparse', false],
  ['src/lib/db/x.ts', 'dexie', false],
  ['src/lib/db/x.ts', '../domain/model', false],
  ['src/lib/db/x.ts', '../io/merge', true],
  ['src/lib/db/x.ts', '$lib/state/app.svelte', true],
  ['src/lib/state/x.svelte.ts', '../db/repos', false],
  ['src/lib/state/x.svelte.ts', '$lib/io/bundle', false],
  ['src/lib/state/x.svelte.ts', '../i18n', false],
  ['src/lib/state/x.svelte.ts', '../viz/colours', true],
  ['src/lib/state/x.svelte.ts', 'dexie', true],
  ['src/lib/viz/map/x.ts', '../../domain/model', false],
  ['src/lib/viz/map/x.ts', '$lib/i18n/format', true],
  ['src/lib/viz/map/x.ts', './hex', false],
  ['src/lib/viz/map/x.ts', '../../state/app.svelte', true],
  ['src/lib/viz/map/x.ts', '$lib/state/live.svelte', true],
  ['src/lib/viz/map/x.ts', '../../io/csv', true],
  ['src/lib/i18n/x.ts', '../domain/dates', false],
  ['src/lib/i18n/x.ts', '../state/app.svelte', true],
  ['src/lib/ui/X.svelte', '../state/notify.svelte', true],
  ['src/lib/ui/X.svelte', '$lib/db/repos', true],
  ['src/lib/ui/X.svelte', '../io/download', false],
  ['src/lib/ui/X.svelte', '../viz/export', false],
  ['src/views/Karta.svelte', '../lib/state/app.svelte', false],
  ['src/views/Karta.svelte', '$lib/db/repos', false],
  ['src/views/Karta.svelte', 'dexie', true],
  ['src/App.svelte', 'dexie', true],
];

const source = (file: string, spec: string) =>
  file.endsWith('.svelte')
    ? `<script lang="ts">\n  import { x } from '${spec}';\n  x();\n</script>\n`
    : `import { x } from '${spec}';\nx();\n`;

describe('layer rules in eslint.config.js', () => {
  // Loading the config (parsers, plugins) takes seconds on a busy machine: once, before the cases.
  beforeAll(() => eslint.lintText('', { filePath: 'src/lib/domain/warm.ts' }), 120_000);

  it.each(cases)('%s importing %s: fires = %s', async (file, spec, fires) => {
    const errors = await layerErrors(file, source(file, spec));
    if (fires) {
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/Layer rule/);
    } else expect(errors).toEqual([]);
  });

  it.each([
    ['src/lib/domain/x.ts', '../db/db', true],
    ['src/lib/io/x.ts', '$lib/state/notify.svelte', true],
    ['src/lib/io/x.ts', 'dexie', true],
    ['src/lib/db/x.ts', 'dexie', false],
    ['src/lib/state/x.svelte.ts', '../workers/import.worker', false],
    ['src/lib/io/x.ts', '../workers/import.worker', true],
  ] as [string, string, boolean][])('dynamic import() in %s of %s: fires = %s', async (file, spec, fires) => {
    const errors = await layerErrors(file, `export const load = () => import('${spec}');\n`);
    expect(errors).toHaveLength(fires ? 1 : 0);
  });

  it('re-exports are checked too', async () => {
    expect(await layerErrors('src/lib/domain/x.ts', `export { x } from '../db/db';\n`)).toHaveLength(1);
    expect(await layerErrors('src/lib/domain/x.ts', `export * from '$lib/io/csv';\n`)).toHaveLength(1);
  });

  it('a type-only import of the i18n catalogue is allowed (erased at build), a value import is not', async () => {
    const typeOnly = `import type { Messages } from '$lib/i18n/sv';\nexport let m: Messages | undefined;\n`;
    expect(await layerErrors('src/lib/io/x.ts', typeOnly)).toEqual([]);
    expect(
      await layerErrors('src/lib/io/x.ts', `import { sv } from '$lib/i18n/sv';\nexport const m = sv;\n`),
    ).toHaveLength(1);
    expect(
      await layerErrors('src/lib/io/x.ts', `import type { Row } from '$lib/db/chunks';\nexport let r: Row;\n`),
    ).toHaveLength(1);
  });

  it('lib/domain reads no storage API', async () => {
    expect(await layerErrors('src/lib/domain/x.ts', `export const v = localStorage.getItem('k');\n`)).toHaveLength(1);
    expect(await layerErrors('src/lib/state/x.svelte.ts', `export const v = localStorage.getItem('k');\n`)).toEqual([]);
  });
});
