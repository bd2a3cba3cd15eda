import { describe, expect, it } from 'vitest';
import { aliasOf, rewrite } from '../../scripts/rewrite-imports';

const LIB = '/repo/src/lib';

describe('scripts/rewrite-imports.ts', () => {
  it.each([
    ['/repo/src/lib/domain/records.ts', '../io/values', '$lib/io/values'],
    ['/repo/src/lib/domain/entities/plan.ts', '../model', '$lib/domain/model'],
    ['/repo/src/lib/viz/map/tiles.ts', '../../domain/model', '$lib/domain/model'],
    ['/repo/src/views/Karta.svelte', '../lib/state/app.svelte', '$lib/state/app.svelte'],
    ['/repo/src/views/parts/X.svelte', '../../lib/i18n', '$lib/i18n'],
    ['/repo/tests/unit/x.test.ts', '../../src/lib/io/csv', '$lib/io/csv'],
    ['/repo/src/lib/domain/municipalities.ts', '../../data/municipalities.json', null],
    ['/repo/tests/unit/x.test.ts', '../../scripts/gen-tilemap', null],
    ['/repo/src/views/parts/X.svelte', '../Karta.svelte', null],
    ['/repo/src/lib/domain/x.ts', './dates', null],
    ['/repo/src/lib/domain/x.ts', 'd3-geo', null],
  ])('%s: %s → %s', (file, spec, expected) => {
    expect(aliasOf(file, spec, LIB)).toBe(expected);
  });

  it('rewrites every import form and leaves the rest of the text alone', () => {
    const file = '/repo/src/lib/state/x.svelte.ts';
    const before = [
      "import { a } from '../db/repos';",
      'import type { B } from "../domain/model";',
      "export { c } from '../io/csv';",
      "export * from '../io/rows';",
      "import '../ui/side-effect';",
      "const w = await import('../io/bundle');",
      "vi.mock('../db/db', () => ({}));",
      "import { d } from './local.svelte';",
      "import data from '../../data/tilemap.json';",
      "const url = new URL('../io/import.worker.ts', import.meta.url);",
      "// see '../domain/model' (a comment without from/import stays)",
    ].join('\n');
    const { text, count } = rewrite(file, before, LIB);
    expect(count).toBe(7);
    expect(text.split('\n')).toEqual([
      "import { a } from '$lib/db/repos';",
      'import type { B } from "$lib/domain/model";',
      "export { c } from '$lib/io/csv';",
      "export * from '$lib/io/rows';",
      "import '$lib/ui/side-effect';",
      "const w = await import('$lib/io/bundle');",
      "vi.mock('$lib/db/db', () => ({}));",
      "import { d } from './local.svelte';",
      "import data from '../../data/tilemap.json';",
      "const url = new URL('../io/import.worker.ts', import.meta.url);",
      "// see '../domain/model' (a comment without from/import stays)",
    ]);
    expect(rewrite(file, text, LIB)).toEqual({ text, count: 0 }); // idempotent
  });
});
