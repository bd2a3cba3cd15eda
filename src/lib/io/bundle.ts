/**
 * The bundle: one zip with every table as its CSV file plus a `datapackage.json`
 * (Frictionless Data Package with a Table Schema per resource). See DATA.md, "Bundle".
 * Pure: no DOM, no Dexie; works in the browser, a Web Worker and Node.
 */
import { zipSync, type Zippable } from 'fflate';
import { ENTITIES, type EntityName } from '$lib/domain/records';
import { tableName } from '$lib/domain/entities';
import { tableSchema } from '$lib/domain/entities/schema';
import { fold } from '$lib/domain/text';
import { fileTx, tx } from '$lib/io/texts';
import type { FileIssue } from './issues';
import { detectDelimiter, normalizeHeader } from './csvtext';
import { decodeBytes, stripBom } from './decode';
import { extractZip, openZip, type ZipProblem } from './zip';

/** Version of the file format this Planatlas writes and reads. Bump on a breaking change. */
export const FORMAT_VERSION = '1';

export interface BundleMeta {
  /** Id of the exporting region (county code, group id, or '' for the whole country). */
  region: string;
  /**
   * The region's name. For the whole country it is always "Hela Sverige" in the file (`fileTx`),
   * whatever is passed: the name becomes the `kalla` of the records imported from the bundle.
   */
  regionName: string;
  /** ISO timestamp. */
  created: string;
  /** 'planatlas' */
  app: string;
}

/** Refuse bundles that would unpack to more than this (zip bombs). */
const MAX_UNCOMPRESSED = 500 * 1024 * 1024;

/**
 * Fixed modification time of every zip entry, so the same content gives byte-identical zips.
 * fflate writes DOS times from the *local* date parts, so this is local midnight on purpose:
 * it gives the same bytes in every time zone.
 */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

const DATAPACKAGE = 'datapackage.json';

/** 'Västra Götalands län' → 'vastra-gotalands-lan'; '' → 'sverige' (file names: bundles, published files). */
export function slug(s: string): string {
  const out = fold(s, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out || 'sverige';
}

/** File name of a bundle: `planatlas-<slug of region name>-<YYYY-MM-DD>.zip`. */
export function bundleFileName(regionName: string, date: string): string {
  return `planatlas-${slug(regionName)}-${date}.zip`;
}

/** The Frictionless Data Package descriptor of a bundle. Deterministic: same input, same JSON. */
export function dataPackage(meta: BundleMeta, resources: { entity: EntityName; rowCount?: number }[]): object {
  const date = meta.created.slice(0, 10);
  // The same bytes whatever the interface language: titles and the whole country's name in Swedish.
  const words = fileTx();
  const regionName = meta.region ? meta.regionName : words.bundle.wholeCountry;
  return {
    profile: 'tabular-data-package',
    // As the file is named (bundleFileName): "planatlas-sverige-…" for the whole country.
    name: `planatlas-${slug(meta.region ? regionName : '')}-${date}`,
    title: words.bundle.title(regionName || words.bundle.wholeCountry, date),
    created: meta.created,
    'planatlas:format': FORMAT_VERSION,
    'planatlas:app': meta.app,
    'planatlas:region': { id: meta.region, name: regionName },
    resources: resources.map(({ entity, rowCount }) => {
      const spec = ENTITIES[entity];
      const resource: Record<string, unknown> = {
        name: tableName(entity),
        path: spec.file,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
      };
      if (rowCount !== undefined) resource['planatlas:rowCount'] = rowCount;
      resource.dialect = { delimiter: ';', lineTerminator: '\r\n', header: true, doubleQuote: true };
      resource.schema = tableSchema(entity, {
        title: (key) => (words.fields as Record<string, string>)[key],
        date: words.bundle.schemaDate,
        list: words.bundle.schemaList,
        timestamp: words.bundle.schemaTimestamp,
      });
      return resource;
    }),
  };
}

/**
 * Zip the datapackage (first) and the files (in the given order). Same input → same bytes.
 * Text is encoded as UTF-8 as is (a BOM in the text is kept). A path given twice keeps its
 * first position with the last content.
 */
export function buildBundle(files: { path: string; text: string }[], datapackageJson: object): Uint8Array {
  const enc = new TextEncoder();
  const opts = { level: 6 as const, mtime: FIXED_MTIME };
  const entries: Zippable = {};
  entries[DATAPACKAGE] = [enc.encode(JSON.stringify(datapackageJson, null, 2) + '\n'), opts];
  for (const f of files) entries[f.path] = [enc.encode(f.text), opts];
  return zipSync(entries, opts);
}

type ReadBundleResult =
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field before use
  | { ok: true; value: { datapackage: any | null; files: { path: string; bytes: Uint8Array }[]; issues: FileIssue[] } }
  | { ok: false; issues: FileIssue[] };

const KNOWN = new Map(Object.values(ENTITIES).map((e) => [e.file.toLowerCase(), e.file]));

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Folders, macOS resource forks and dotfiles are not content. */
function isJunk(path: string): boolean {
  if (path.endsWith('/')) return true;
  const parts = path.split('/');
  return parts[0] === '__MACOSX' || parts.some((p) => p.startsWith('.'));
}

/** Compare dot-separated numeric versions; NaN when either is not one. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  if (pa.some((n) => !Number.isInteger(n)) || pb.some((n) => !Number.isInteger(n))) return NaN;
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

/** The sentence for a zip that failed verification, naming the entry when there is one. */
function problemMessage(fileName: string, problem: ZipProblem): string {
  const b = tx().bundle;
  if (problem.kind === 'notZip') return b.notZip(fileName);
  if (problem.kind === 'tooLarge') return b.tooLarge(fileName, Math.ceil(problem.total / (1024 * 1024)));
  if (problem.entry === undefined) return b.corrupt(fileName);
  switch (problem.kind) {
    case 'crc':
      return b.entryCrc(fileName, problem.entry);
    case 'larger':
    case 'smaller':
    case 'header':
      return b.entrySize(fileName, problem.entry);
    case 'encrypted':
      return b.entryEncrypted(fileName, problem.entry);
    case 'method':
      return b.entryMethod(fileName, problem.entry);
    default:
      return b.entryCorrupt(fileName, problem.entry);
  }
}

/** The header cells of a CSV file (its first line), decoded as the importer decodes it. */
function headerCells(bytes: Uint8Array, delimiter: unknown): string[] {
  const limit = Math.min(bytes.length, 1 << 20);
  let end = bytes.indexOf(0x0a);
  if (end < 0 || end > limit) end = limit;
  const text = stripBom(decodeBytes(bytes.subarray(0, end)).text).replace(/\r$/, '');
  const delim = typeof delimiter === 'string' && delimiter.length === 1 ? delimiter : (detectDelimiter(text) ?? ',');
  return splitLine(text, delim).map((c) => c.trim());
}

/** One CSV line → cells (RFC 4180 quotes: a quote opens only at the start of a cell, "" inside is a quote). */
export function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let start = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
      start = true;
      continue;
    } else if (c === '"' && start) quoted = true;
    else cell += c;
    start = false;
  }
  cells.push(cell);
  return cells;
}

/**
 * Does a CSV contradict its resource's Table Schema? Every column of its header must be a field
 * of the schema (by name or title, compared as the importer compares headers). Fields may be
 * left out: the importer reports missing required columns itself, with their names. Returns the
 * columns the schema does not declare (e.g. measure columns in planer.csv); empty when they
 * agree or the resource declares no fields.
 */
export function undeclaredColumns(bytes: Uint8Array, resource: unknown): string[] {
  const r = resource as { schema?: { fields?: unknown }; dialect?: { delimiter?: unknown } } | null;
  const fields = r?.schema?.fields;
  if (!Array.isArray(fields) || fields.length === 0) return [];
  const declared = new Set(
    fields
      .flatMap((f) => [(f as { name?: unknown })?.name, (f as { title?: unknown })?.title])
      .filter((x): x is string => typeof x === 'string')
      .map(normalizeHeader),
  );
  // A delimiter at the end of the header gives an empty last cell, which is no column.
  const headers = headerCells(bytes, r?.dialect?.delimiter).filter((h, i, all) => h !== '' || i < all.length - 1);
  return headers.filter((h) => !declared.has(normalizeHeader(h)));
}

/**
 * Read a bundle zip: the known CSV files (by base name, so a bundle re-zipped inside a folder
 * works) and `datapackage.json` parsed (null when absent or unreadable). Never throws.
 * Every entry is verified (local header against the central directory, declared size, CRC-32);
 * any mismatch, a newer `planatlas:format` or a CSV that contradicts its Table Schema refuses the
 * whole bundle with an error naming the entry.
 * Files come in the zip's order, each `path` being the canonical file name (e.g. `planer.csv`).
 * Warnings and notes (ignored files, unreadable datapackage) are in `value.issues`.
 */
export function readBundle(bytes: Uint8Array, fileName: string): ReadBundleResult {
  const error = (message: string): ReadBundleResult => ({
    ok: false,
    issues: [{ file: fileName, severity: 'error', message }],
  });
  // Pass 1: list the entries from the central directory without inflating anything (and the size guard).
  const listed = openZip(bytes, { maxTotal: MAX_UNCOMPRESSED });
  if (!listed.ok) return error(problemMessage(fileName, listed.problem));
  const entries = listed.value;

  const names = entries.map((e) => e.name);
  if (names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('xl/')))
    return error(tx().bundle.excel(fileName));

  // Choose what to extract: per known base name the entry nearest the root (then the first).
  const issues: FileIssue[] = [];
  const chosen = new Map<string, string>(); // canonical name → path in zip
  const ignored: string[] = [];
  const depth = (p: string) => p.split('/').length;
  for (const name of names) {
    if (isJunk(name)) continue;
    const base = baseName(name).toLowerCase();
    const canonical = base === DATAPACKAGE ? DATAPACKAGE : KNOWN.get(base);
    if (!canonical) {
      ignored.push(name);
      continue;
    }
    const prev = chosen.get(canonical);
    if (prev === undefined) chosen.set(canonical, name);
    else {
      const keep = depth(name) < depth(prev) ? name : prev;
      chosen.set(canonical, keep);
      issues.push({ file: fileName, severity: 'warning', message: tx().bundle.duplicate(fileName, canonical, keep) });
    }
  }
  const csvCount = [...chosen.keys()].filter((k) => k !== DATAPACKAGE).length;
  if (csvCount === 0) return error(tx().bundle.noCsv(fileName, [...KNOWN.values()].join(', ')));
  if (ignored.length)
    issues.push({ file: fileName, severity: 'info', message: tx().bundle.ignored(fileName, ignored.join(', ')) });

  // Pass 2: verify every entry (a damaged entry refuses the whole bundle); keep the chosen ones.
  const wanted = new Set(chosen.values());
  const extracted = extractZip(bytes, entries, (e) => wanted.has(e.name), true);
  if (!extracted.ok) return error(problemMessage(fileName, extracted.problem));
  const unzipped = Object.fromEntries(extracted.value);

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field before use
  let datapackage: any | null = null;
  const dpPath = chosen.get(DATAPACKAGE);
  if (dpPath !== undefined) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(unzipped[dpPath]).replace(/^\uFEFF/, '');
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      datapackage = parsed;
    } catch {
      issues.push({ file: fileName, severity: 'warning', message: tx().bundle.datapackageBad(fileName) });
    }
    const format = datapackage?.['planatlas:format'];
    if (
      (typeof format === 'string' || typeof format === 'number') &&
      compareVersions(String(format), FORMAT_VERSION) > 0
    ) {
      return error(tx().bundle.newerFormat(fileName, String(format), FORMAT_VERSION));
    }
  }

  const files: { path: string; bytes: Uint8Array }[] = [];
  const byPath = new Map([...chosen].map(([canonical, path]) => [path, canonical]));
  for (const name of names) {
    const canonical = byPath.get(name);
    if (canonical === undefined || canonical === DATAPACKAGE || !unzipped[name]) continue;
    files.push({ path: canonical, bytes: unzipped[name] });
    byPath.delete(name);
  }

  // Each CSV must agree with its Table Schema (the resource whose path has the same base name).
  const resources: unknown[] = Array.isArray(datapackage?.resources) ? datapackage.resources : [];
  const schemaIssues: FileIssue[] = [];
  for (const f of files) {
    const resource = resources.find(
      (r) =>
        typeof (r as { path?: unknown })?.path === 'string' &&
        baseName((r as { path: string }).path).toLowerCase() === f.path,
    );
    const extra = resource ? undeclaredColumns(f.bytes, resource) : [];
    if (extra.length) {
      schemaIssues.push({
        file: `${fileName} › ${f.path}`,
        row: 1,
        column: extra[0],
        severity: 'error',
        message: tx().bundle.schemaMismatch(fileName, f.path, extra),
      });
    }
  }
  if (schemaIssues.length) return { ok: false, issues: schemaIssues };
  return { ok: true, value: { datapackage, files, issues } };
}
