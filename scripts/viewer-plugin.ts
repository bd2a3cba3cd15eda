/**
 * A Vite build plugin that builds the publication template (`publish-template.html`) beside the app:
 * the second entry point, viewer.html → src/viewer.ts → src/Viewer.svelte, built from the same
 * components as one JavaScript chunk and one stylesheet, both inlined into the HTML, with a
 * Content-Security-Policy that allows exactly those two by hash and no network. The app fetches the
 * template from its own origin when a person chooses "Publicera som fil" and puts the region's data
 * into its data block (src/lib/io/publish.ts).
 *
 * What the published file leaves out is decided here, in one place (OMITTED): every control that
 * imports, edits or deletes is replaced by an empty component, the views that only make sense
 * with the app's database (Data, Teman, Insamling: NOT_PUBLISHED in src/lib/state/published.ts, which
 * the views read so as to offer no link to them) by a page that says they are not in the file, and
 * the database's subscriptions by a module without Dexie (the file never opens IndexedDB).
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cspHash, DATA_ID, DATA_SLOT, inlineSafe, TEMPLATE_FILE, viewerCsp } from '../src/lib/io/publish.ts';
import { NOT_PUBLISHED as NOT_PUBLISHED_ROUTES } from '../src/lib/state/published.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EMPTY = 'src/views/published/Omitted.svelte';
const NOT_PUBLISHED = 'src/views/published/NotPublished.svelte';

/** Source files replaced in the published file (path from the repository root → its stand-in). */
export const OMITTED: Record<string, string> = {
  // No database: the data is in memory (LiveData.show), Dexie is not in the file.
  'src/lib/db/watch.ts': 'src/lib/db/watch-none.ts',
  // Data, Teman, Insamling: views read `published.has(route)` to offer no link to them.
  ...Object.fromEntries(
    NOT_PUBLISHED_ROUTES.map((r) => [`src/views/${r[0].toUpperCase()}${r.slice(1)}.svelte`, NOT_PUBLISHED]),
  ),
  'src/views/parts/LoadExampleButton.svelte': EMPTY,
  'src/views/parts/BlankTemplateButtons.svelte': EMPTY,
  'src/views/parts/BoundaryImport.svelte': EMPTY,
  // The Word file is written in a worker, which a single file does not carry; print stays.
  'src/views/rapport/WordButton.svelte': EMPTY,
  // Bevakning's "Påminn" (hidden by published.readOnly): a reader of a publication sends no reminders.
  'src/views/oversikt/RemindDialog.svelte': EMPTY,
  // Karta's "Hämta från Kolada" (hidden by published.readOnly) and its dialog: an import over the network.
  'src/views/transfer/KoladaDialog.svelte': EMPTY,
};

/** Resolve every OMITTED module to its stand-in. */
function omit(): Plugin {
  const stand = new Map(Object.entries(OMITTED).map(([from, to]) => [path.join(ROOT, from), path.join(ROOT, to)]));
  return {
    name: 'planatlas-viewer-omit',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\.svelte$|\/watch$|\/watch\.ts$/.test(source)) return null;
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      return r && stand.has(r.id) ? stand.get(r.id)! : null;
    },
  };
}

/** The built viewer as one HTML file: its chunk and stylesheet inlined, the CSP by their hashes. */
export async function inlineViewer(html: string, js: string, css: string): Promise<string> {
  const script = inlineSafe(js, 'script');
  const style = inlineSafe(css, 'style');
  const csp = viewerCsp([await cspHash(script)], style ? [await cspHash(style)] : []);
  let out = html
    .replace(/\s*<script type="module"[^>]*\ssrc="[^"]*"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="(stylesheet|modulepreload)"[^>]*>/g, '');
  if (/<script[^>]*\ssrc=|<link[^>]*\shref="\.?\/?assets/.test(out))
    throw new Error('viewer: an asset is still linked');
  // viewer.html's empty data block, however it is formatted, becomes the one slot publishing fills.
  out = out.replace(new RegExp(`<script type="application/json" id="${DATA_ID}">\\s*null\\s*</script>`), DATA_SLOT);
  if (!out.includes(DATA_SLOT)) throw new Error('viewer.html: the data block is missing');
  // Functions as replacements: `$` in the code is not a replacement pattern.
  out = out.replace(
    '<meta charset="utf-8" />',
    () => `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
  );
  out = out.replace('</head>', () => (style ? `<style>${style}</style>\n  </head>` : '</head>'));
  out = out.replace('</body>', () => `<script type="module">${script}</script>\n  </body>`);
  return out;
}

/** Build the viewer entry in memory and return the template's text. */
export async function buildViewer(): Promise<string> {
  const result = await build({
    configFile: false,
    root: ROOT,
    base: './',
    logLevel: 'warn',
    plugins: [omit(), svelte()],
    resolve: { alias: { $lib: path.join(ROOT, 'src/lib') } },
    build: {
      write: false,
      target: 'es2022',
      cssCodeSplit: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      modulePreload: false,
      chunkSizeWarningLimit: 5000,
      rollupOptions: { input: path.join(ROOT, 'viewer.html'), output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const items = outputs.flatMap((o) => o.output);
  const chunks = items.filter((i): i is Rollup.OutputChunk => i.type === 'chunk');
  const assets = items.filter((i): i is Rollup.OutputAsset => i.type === 'asset');
  const html = assets.find((a) => a.fileName === 'viewer.html');
  const css = assets.filter((a) => a.fileName.endsWith('.css'));
  const other = assets.filter((a) => a !== html && !css.includes(a));
  // One file means one chunk: a worker or a lazily loaded chunk would be fetched, which the file cannot do.
  if (!html || chunks.length !== 1 || other.length)
    throw new Error(`viewer: one chunk and no other file expected, got ${items.map((i) => i.fileName).join(', ')}`);
  const text = (s: string | Uint8Array) => (typeof s === 'string' ? s : new TextDecoder().decode(s));
  return inlineViewer(text(html.source), chunks[0].code, css.map((c) => text(c.source)).join('\n'));
}

/** The app build's plugin: builds the viewer and emits it as `publish-template.html`. */
export function publishTemplate(): Plugin {
  let template = '';
  return {
    name: 'planatlas-publish-template',
    apply: 'build',
    async buildStart() {
      template = await buildViewer();
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: TEMPLATE_FILE, source: template });
    },
  };
}
