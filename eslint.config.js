// ESLint flat config: typescript-eslint with type information, eslint-plugin-svelte (formatting is
// left to Prettier), and the layer map of docs/ARCHITECTURE.md enforced per folder.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layer map, as data (CONTRIBUTING.md "Layers"): which folders of src/lib each layer may import.
 * A layer may always import itself, src/data/*.json and npm packages (Dexie only in db).
 * Views (src/views), App.svelte and main.ts may import anything.
 */
export const LAYERS = {
  domain: [],
  i18n: ['domain'],
  // io reports in the person's language through texts handed over by the entry point (io/texts.ts):
  // main.ts for the page, each worker's entry file (lib/workers) for its worker.
  io: ['domain'],
  db: ['domain'],
  // Every Web Worker's entry file, in one folder: each is a composition root (like main.ts) that hands
  // io the texts of its language; the boundary worker draws what it read with viz (the map is drawn
  // once, off the page's thread); the commit worker writes with db. Nothing but state starts them.
  workers: ['domain', 'io', 'db', 'i18n', 'viz'],
  state: ['domain', 'io', 'db', 'i18n', 'workers'],
  // viz is handed its words (labels, formatters) by its caller, like io.
  viz: ['domain'],
  ui: ['domain', 'io', 'viz', 'i18n'],
};
/** Everything a file under src/lib could reach; views is not a lib folder but no lib file may import it. */
const TARGETS = [...Object.keys(LAYERS), 'views'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An import specifier reaching folder `target`: `$lib/target…`, or relative `../…/target…` (also `../lib/target`). */
const reaching = (target) =>
  target === 'views'
    ? `^(\\$lib/\\.\\./views|(\\.\\./)+views)(/|$)`
    : `^(${escape('$lib/')}|(\\.\\./)+(lib/)?)${target}(/|$)`;

const allowedText = (layer) =>
  LAYERS[layer].length ? LAYERS[layer].map((l) => `lib/${l}`).join(', ') : 'nothing else';

/** no-restricted-imports (static imports and re-exports) and no-restricted-syntax (dynamic import()) for one layer. */
function layerRules(layer, extra = []) {
  const forbidden = TARGETS.filter((t) => t !== layer && !LAYERS[layer].includes(t) && !extra.includes(t));
  const message = (t) =>
    `Layer rule: lib/${layer} must not import ${t === 'views' ? 'views' : `lib/${t}`} ` +
    `(lib/${layer} may import ${allowedText(layer)}; see CONTRIBUTING.md "Layers").`;
  // The message catalogue's type is the contract for text: a type-only import of i18n is erased at build.
  const patterns = forbidden.map((t) => ({ regex: reaching(t), message: message(t), allowTypeImports: t === 'i18n' }));
  const paths = layer === 'db' ? [] : [dexieBan];
  const dynamic = forbidden.map((t) => ({
    selector: `ImportExpression[source.value=/${reaching(t).replaceAll('/', '\\/')}/]`,
    message: message(t),
  }));
  if (layer !== 'db')
    dynamic.push({ selector: `ImportExpression[source.value=/^dexie(\\/|$)/]`, message: dexieBan.message });
  return {
    'no-restricted-imports': ['error', { paths, patterns: [...patterns, dexieSubpaths] }],
    'no-restricted-syntax': ['error', ...dynamic],
  };
}
const dexieBan = {
  name: 'dexie',
  message: 'Layer rule: Dexie is used only in src/lib/db (see CONTRIBUTING.md "Layers").',
};
const dexieSubpaths = { regex: '^dexie/', message: dexieBan.message };
const NAVIGATE_MESSAGE =
  'URL rule: views change the URL state with app.navigate({ … }) (src/lib/state/app.svelte.ts), ' +
  'never by assigning app.<field> or writing location.hash.';
/** no-restricted-syntax of views (and App.svelte, main.ts): Dexie not even dynamically, the URL rule. */
const VIEW_SYNTAX = [
  { selector: `ImportExpression[source.value=/^dexie(\\/|$)/]`, message: dexieBan.message },
  // app.tabell = …, app['tabell'] = …, app.x += …, app.x++, bind:value={app.x}
  ...[
    'AssignmentExpression > MemberExpression.left[object.name="app"]',
    'UpdateExpression > MemberExpression.argument[object.name="app"]',
    'SvelteDirective[kind="Binding"] > MemberExpression.expression[object.name="app"]',
    // location.hash = …, window.location.hash = …, location.hash += …
    'AssignmentExpression > MemberExpression.left[property.name="hash"][object.name="location"]',
    'AssignmentExpression > MemberExpression.left[property.name="hash"][object.property.name="location"]',
  ].map((selector) => ({ selector, message: NAVIGATE_MESSAGE })),
];
const COLLATION_MESSAGE =
  'Collation rule: sort text with compareSv (or codes and ISO dates with compareCode) from $lib/domain/collate; ' +
  'localeCompare and Intl.Collator are used only there.';

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/fixtures/', 'coverage/'],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  // Formatting is Prettier's job: turn off the Svelte plugin's stylistic rules.
  ...svelte.configs.prettier,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    rules: {
      // Type-aware rules (issue 9 point 5: errors reach the person, no promise floats unhandled).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // TypeScript checks undefined names (svelte-check, tsc); the core rule does not know type-only globals.
      'no-undef': 'off',
      // State classes hold Maps and Sets in $state.raw and replace them whole (never mutate them), and the
      // rest are local temporaries: the rule's SvelteMap/SvelteSet/SvelteDate advice does not apply here.
      'svelte/prefer-svelte-reactivity': 'off',
      // Prettier writes {' '} to keep a space between inline elements; the rule would fight it.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    // Svelte components and runes modules (.svelte.ts) go through the Svelte parser, TypeScript inside.
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  {
    // Plain JavaScript config files are not type-checked.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...ts.configs.disableTypeChecked,
  },
  {
    // Playwright fixtures are destructured: `async ({}, testInfo) => …` is its idiom.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  // ------------------------------------------------------------------ layers
  ...Object.keys(LAYERS).map((layer) => ({
    files: [`src/lib/${layer}/**/*.{ts,js,svelte}`],
    rules: layerRules(layer),
  })),
  {
    // Dexie nowhere outside lib/db (views, App.svelte and main.ts included). Views change the URL state
    // only through app.navigate(): no assignment to app's fields, no write to location.hash. (One block:
    // a later block's no-restricted-syntax would replace this one's.)
    files: ['src/*.{ts,svelte}', 'src/views/**/*.{ts,svelte}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [dexieBan], patterns: [dexieSubpaths] }],
      'no-restricted-syntax': ['error', ...VIEW_SYNTAX],
    },
  },
  {
    // Collation: one Swedish order for every list (src/lib/domain/collate.ts). localeCompare and
    // Intl.Collator elsewhere would each sort in their own, slightly different way.
    files: ['src/**/*.{ts,js,svelte}'],
    ignores: ['src/lib/domain/collate.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'localeCompare', message: COLLATION_MESSAGE },
        { object: 'Intl', property: 'Collator', message: COLLATION_MESSAGE },
      ],
    },
  },
  {
    // Pure domain code reads no storage: no localStorage, sessionStorage or IndexedDB.
    files: ['src/lib/domain/**/*.{ts,js,svelte}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
          name,
          message: `Layer rule: lib/domain uses no storage API (${name}); keep it pure (see CONTRIBUTING.md "Layers").`,
        })),
      ],
    },
  },
);
