import { beforeAll, describe, expect, it } from 'vitest';
import { lintRule, svelte } from './support/lint';

// The URL rule of eslint.config.js (no-restricted-syntax in the views' block), run through ESLint's Node
// API on small virtual sources: views change the URL state only with app.navigate(), never by assigning
// app's fields or writing location.hash. The block also keeps Dexie's dynamic import out of views.
const rule = lintRule('no-restricted-syntax');
const syntaxErrors = rule.messages;

const APP = `import { app } from '$lib/state/app.svelte';\n`;

// [file, source, expected: the message the rule gives (a regular expression), or null = it must not fire]
const cases: [string, string, RegExp | null][] = [
  ['src/views/X.svelte', svelte(`${APP} app.tabell = 'plans';`), /URL rule/],
  ['src/views/X.svelte', svelte(`${APP} app['datum'] = '2020';`), /URL rule/],
  ['src/views/X.svelte', svelte(`${APP} const f = () => (app.kommuner = []); f();`), /URL rule/],
  ['src/views/X.svelte', svelte(`${APP} app.sok += 'a';`), /URL rule/],
  ['src/views/X.svelte', svelte(APP, `<input bind:value={app.sok} />`), /URL rule/],
  ['src/views/karta/state.svelte.ts', `${APP}export const f = () => { app.farg = 'status'; };\n`, /URL rule/],
  ['src/views/X.svelte', svelte(`location.hash = '#/karta';`), /URL rule/],
  ['src/views/X.svelte', svelte(`window.location.hash = '#/data';`), /URL rule/],
  ['src/views/parts/x.ts', `export const go = () => { location.hash += '&x=1'; };\n`, /URL rule/],
  ['src/App.svelte', svelte(`${APP} app.route = 'data';`), /URL rule/],
  ['src/views/parts/x.ts', `export const load = () => import('dexie');\n`, /Dexie is used only in src\/lib\/db/],
  ['src/views/X.svelte', svelte(`${APP} app.navigate({ tabell: 'plans' });`), null],
  [
    'src/views/X.svelte',
    svelte(`${APP} const tab = app.tabell; const here = location.hash; void tab; void here;`),
    null,
  ],
  ['src/views/X.svelte', svelte(`const state = { tabell: '' }; state.tabell = 'plans';`), null],
  ['src/views/X.svelte', svelte(`let value = $state(''); const o = { hash: '' }; o.hash = value;`), null],
  ['src/lib/state/x.svelte.ts', `${APP}export const f = () => { app.farg = 'status'; };\n`, null],
];

describe('URL rule in eslint.config.js', () => {
  // Loading the config (parsers, plugins) takes seconds on a busy machine: once, before the cases.
  beforeAll(() => rule.warm('src/views/warm.ts'), 120_000);

  it.each(cases)('%s: %s → %s', async (file, code, expected) => {
    const errors = await syntaxErrors(file, code);
    if (expected) {
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(expected);
    } else expect(errors).toEqual([]);
  });
});
