/**
 * The published file (one HTML file, read-only views, no network): the pure half. The viewer
 * template is built once (scripts/viewer-plugin.ts: JS and CSS inlined, its CSP from the hashes
 * computed here); publishing puts the data into the template as JSON in a
 * `<script type="application/json">` block, which the viewer reads with JSON.parse, never executes.
 */
import type { EntityName } from '$lib/domain/records';
import type { BoundaryFile } from '$lib/domain/model';

/** The id of the data block in the published file. */
export const DATA_ID = 'planatlas-data';
/** The data block of the template, replaced by the publication's data. */
export const DATA_SLOT = `<script type="application/json" id="${DATA_ID}">null</script>`;
/** The file the app fetches from its own origin (built beside index.html). */
export const TEMPLATE_FILE = 'publish-template.html';

/** What the published file says about itself. */
export interface PublicationMeta {
  /** The region's id (county code, group id, '' = all of Sweden) and name. */
  region: string;
  regionName: string;
  /** When it was published (ISO timestamp); its first ten characters are the date in the file name. */
  published: string;
  /** The newest `uppdaterad` of its records ('' when none has one). */
  dataDate: string;
  /** The records' sources (`kalla`), sorted. */
  sources: string[];
}

/** The data embedded in a published file. */
export interface Publication {
  meta: PublicationMeta;
  /** The region's records per table, as stored (no revisions). */
  tables: Partial<Record<EntityName, Record<string, unknown>[]>>;
  boundaries: BoundaryFile[];
}

/**
 * JSON that can stand inside a `<script>` element: `<`, `>` and `&` as \u escapes (no `</script>`,
 * no `<!--`), and U+2028/U+2029 too (line terminators to older JavaScript). JSON.parse reads it back unchanged.
 */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The template with the publication's data in its data block; an error when the template has no block. */
export function embedPublication(template: string, data: Publication): string {
  const at = template.indexOf(DATA_SLOT);
  if (at < 0 || template.indexOf(DATA_SLOT, at + 1) >= 0) throw new Error('publish template: one data block expected');
  const block = `<script type="application/json" id="${DATA_ID}">${escapeJsonForHtml(JSON.stringify(data))}</script>`;
  // Slicing, not String.replace: a `$&` in the data must not be read as a replacement pattern.
  return template.slice(0, at) + block + template.slice(at + DATA_SLOT.length);
}

/** The data block's text as a publication (null when there is none: the bare template). */
export function readPublication(text: string | null | undefined): Publication | null {
  if (!text) return null;
  const v: unknown = JSON.parse(text);
  if (!v || typeof v !== 'object' || !('meta' in v) || !('tables' in v)) return null;
  return v as Publication;
}

/** File name of a publication: `planatlas-<slug of the region name>-<yyyy-mm-dd>.html`. */
export function publicationFileName(slugName: string, date: string): string {
  return `planatlas-${slugName}-${date}.html`;
}

/** A CSP source for a script's or style's text: `'sha256-<base64>'` of its UTF-8 bytes. */
export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let bin = '';
  for (const b of new Uint8Array(digest)) bin += String.fromCharCode(b);
  return `'sha256-${btoa(bin)}'`;
}

/**
 * The published file's Content-Security-Policy: its inline script and style by hash, pictures from
 * data:/blob: (downloads), and nothing from the network (`connect-src 'none'`, no default source).
 */
export function viewerCsp(scriptHashes: string[], styleHashes: string[]): string {
  const list = (xs: string[]) => (xs.length ? xs.join(' ') : "'none'");
  return [
    "default-src 'none'",
    `script-src ${list(scriptHashes)}`,
    `style-src ${list(styleHashes)}`,
    'img-src data: blob:',
    "font-src 'none'",
    "connect-src 'none'",
    "worker-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "manifest-src 'none'",
  ].join('; ');
}

/**
 * Text that can stand inside an inline `<script>`/`<style>`: `</script` (`</style`) becomes `<\/script`,
 * which JavaScript strings, templates and regular expressions and CSS read as the same text. Code
 * with `<!--` and `<script` both (the HTML parser's "double escaped" state) is refused, not rewritten.
 */
export function inlineSafe(code: string, tag: 'script' | 'style'): string {
  if (/<!--/.test(code) && /<script/i.test(code)) throw new Error(`inline ${tag}: holds both <!-- and <script`);
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}
