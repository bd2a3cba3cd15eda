/**
 * The file formats Planatlas reads, in one table: how each is recognised (magic bytes, a look at
 * its content, its name), which worker reads it and what it yields (records for the import,
 * boundaries for the map, a collection answer). `formatOf` is the one dispatch: the import worker,
 * analyse.ts and boundaries.ts ask it which format a file is, and then call the reader registered
 * for that id (`READERS`, typed by the ids here, so the compiler asks for a reader when a format
 * is added). Answers are recognised here too: Insamling's sorting of dropped files
 * (state/collection.svelte.ts) and the CSV answers (template-csv.ts) ask `formatOf(ANSWER_FORMATS, …)`.
 *
 * Adding a format: its reader module, an entry below (before the formats it must win over), a
 * reader in the consumer's table, and tests (tests/unit/formats.test.ts, the reader's own). Pure;
 * only cheap checks here (no format is read whole to be recognised).
 */
import { strFromU8, unzipSync } from 'fflate';
import { isZip, listZip } from './zip';
import { FILE_TYPES } from './file-types';
import { ROUND_LABEL } from './template-answer';

/** Is this the start of an .xlsx (a zip holding xl/workbook.xml)? Cheap: looks at the zip's file names. */
export function isXlsx(name: string, bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  if (/\.xls[xm]$/i.test(name)) return true;
  // Central directory names are plain ASCII; look for the workbook part without unzipping.
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_536));
  return new TextDecoder('latin1').decode(tail).includes('xl/workbook.xml');
}

/** What a file gives. */
export type Yields = 'records' | 'boundaries' | 'answer';
/** The worker (src/lib/workers/) that reads it; `page` for what is cheap enough to read on the page. */
export type Reader = 'import' | 'boundaries' | 'page';

export interface FileFormat<Id extends string = string> {
  id: Id;
  /** The format's own name, as the people who make such files call it (not translated). */
  name: string;
  yields: Yields;
  worker: Reader;
  /** Name endings and media types offered by the file chooser (from file-types.ts). */
  extensions: readonly string[];
  mimeTypes: readonly string[];
  /** How it is recognised, in words (docs, the io README). */
  recognisedBy: string;
  /** Is this file in the format? Cheap: magic bytes, a small look inside, the name. */
  matches: (name: string, bytes: Uint8Array) => boolean;
}

/** The 16 bytes every SQLite database (a GeoPackage) starts with. */
export function isSqlite(bytes: Uint8Array): boolean {
  const magic = 'SQLite format 3\u0000';
  if (bytes.length < 16) return false;
  for (let i = 0; i < 16; i++) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
}

const ends = (name: string, ...exts: string[]) => exts.some((e) => name.toLowerCase().endsWith(e));
/** The file that makes a folder of CSV files an answer (template-csv.ts writes it). */
export const ANSWER_CSV = 'insamling.csv';
/** Is this path the answer file of its folder ("Borås/insamling.csv")? */
export const isAnswerFile = (path: string): boolean => path.toLowerCase().split('/').pop() === ANSWER_CSV;

/**
 * Cheap look inside an .xlsx before reading it whole: does any of its strings say ROUND_LABEL?
 * (Shared strings and the smaller sheets only; a workbook without the label is no answer.)
 */
function mayBeAnswer(bytes: Uint8Array): boolean {
  try {
    const parts = unzipSync(bytes, {
      filter: (f) =>
        // Not a text of hundreds of MB on the page (RELIABILITY 42): an answer's strings are far fewer.
        (f.name === 'xl/sharedStrings.xml' && f.originalSize < 20_000_000) ||
        (f.name.startsWith('xl/worksheets/') && f.originalSize < 2_000_000),
    });
    return Object.values(parts).some((p) => strFromU8(p).includes(ROUND_LABEL));
  } catch {
    return false;
  }
}
/** The names in a zip's central directory (nothing inflated); none when it is no zip. */
const zipNames = (bytes: Uint8Array) => {
  const listed = isZip(bytes) ? listZip(bytes) : null;
  return listed?.ok ? listed.value.map((e) => e.name) : [];
};

/** First `n` bytes as Latin-1 text: enough to sniff JSON without decoding a 50 MB file. */
const head = (bytes: Uint8Array, n = 65_536) => new TextDecoder('latin1').decode(bytes.subarray(0, n));

/** Records for the import (Data › Importera), read by the import worker; the first match wins. */
export const RECORD_FORMATS = [
  {
    id: 'xlsx',
    name: 'Excel (.xlsx)',
    yields: 'records',
    worker: 'import',
    ...FILE_TYPES.xlsx,
    recognisedBy: 'zip signature, and an .xlsx/.xlsm name or xl/workbook.xml in the zip directory',
    matches: (name, bytes) => isXlsx(name, bytes),
  },
  {
    id: 'bundle',
    name: 'Planatlas bundle (.zip, Frictionless Data Package)',
    yields: 'records',
    worker: 'import',
    ...FILE_TYPES.bundle,
    recognisedBy: 'zip signature, whatever the name; or a .zip name',
    matches: (name, bytes) => isZip(bytes) || ends(name, '.zip'),
  },
  {
    id: 'kolada-json',
    name: 'Kolada API v2 (JSON)',
    yields: 'records',
    worker: 'import',
    ...FILE_TYPES['kolada-json'],
    recognisedBy: 'a .json name',
    matches: (name) => ends(name, '.json'),
  },
  {
    id: 'csv',
    name: 'CSV (any delimiter, UTF-8 or Windows-1252; Kolada CSV by its headers)',
    yields: 'records',
    worker: 'import',
    ...FILE_TYPES.csv,
    recognisedBy: 'anything else (the table is recognised by its name, headers and values)',
    matches: () => true,
  },
] as const satisfies readonly FileFormat[];

/** Municipality boundaries (Karta › Importera kommungränser), read by the boundaries worker. */
export const BOUNDARY_FORMATS = [
  {
    id: 'geopackage',
    name: 'GeoPackage (.gpkg)',
    yields: 'boundaries',
    worker: 'boundaries',
    ...FILE_TYPES.geopackage,
    recognisedBy: 'SQLite magic bytes ("SQLite format 3")',
    matches: (_name, bytes) => isSqlite(bytes),
  },
  {
    id: 'shapefile',
    name: 'Shapefile (.zip with .shp, .dbf, .prj)',
    yields: 'boundaries',
    worker: 'boundaries',
    ...FILE_TYPES.shapefile,
    recognisedBy: 'zip signature',
    matches: (_name, bytes) => isZip(bytes),
  },
  {
    id: 'topojson',
    name: 'TopoJSON',
    yields: 'boundaries',
    worker: 'boundaries',
    ...FILE_TYPES.topojson,
    recognisedBy: 'JSON whose first 64 KB say "type": "Topology" (the reader decides by the parsed type)',
    matches: (_name, bytes) => /"type"\s*:\s*"Topology"/.test(head(bytes)),
  },
  {
    id: 'geojson',
    name: 'GeoJSON',
    yields: 'boundaries',
    worker: 'boundaries',
    ...FILE_TYPES.geojson,
    recognisedBy: 'anything else (JSON with "type": FeatureCollection or Feature, checked when read)',
    matches: () => true,
  },
] as const satisfies readonly FileFormat[];

/** Returned collection templates (Insamling › Importera svar), recognised by content, not name. */
export const ANSWER_FORMATS = [
  {
    id: 'answer-workbook',
    name: 'Answer workbook (.xlsx with "Om filen")',
    yields: 'answer',
    worker: 'page',
    ...FILE_TYPES['answer-workbook'],
    recognisedBy: 'an .xlsx whose shared strings or small sheets hold the label "Insamling (id)"',
    matches: (name, bytes) => isXlsx(name, bytes) && mayBeAnswer(bytes),
  },
  {
    id: 'answer-csv',
    name: 'Answer CSV folder (insamling.csv beside the tables, loose or zipped)',
    yields: 'answer',
    worker: 'page',
    ...FILE_TYPES['answer-csv'],
    recognisedBy: 'a file named insamling.csv, or a zip (not a workbook) whose directory names one',
    matches: (name, bytes) => isAnswerFile(name) || (!isXlsx(name, bytes) && zipNames(bytes).some(isAnswerFile)),
  },
] as const satisfies readonly FileFormat[];

export type RecordFormatId = (typeof RECORD_FORMATS)[number]['id'];
export type BoundaryFormatId = (typeof BOUNDARY_FORMATS)[number]['id'];
export type AnswerFormatId = (typeof ANSWER_FORMATS)[number]['id'];
export type FormatId = RecordFormatId | BoundaryFormatId | AnswerFormatId;

/** Every format, for docs and tests (a pure call, so a bundle that does not use it leaves it out). */
export const FORMATS: readonly FileFormat<FormatId>[] = /* @__PURE__ */ (() => [
  ...RECORD_FORMATS,
  ...BOUNDARY_FORMATS,
  ...ANSWER_FORMATS,
])();

/**
 * The one dispatch: the format of a file among the formats of one purpose (RECORD_FORMATS,
 * BOUNDARY_FORMATS, ANSWER_FORMATS; passed in, so that a worker's bundle holds only the matchers
 * it uses), the first that matches; null only for an answer that is no answer (records and
 * boundaries end in a catch-all).
 */
export function formatOf<F extends FileFormat>(formats: readonly F[], name: string, bytes: Uint8Array): F | null {
  return formats.find((f) => f.matches(name, bytes)) ?? null;
}

/** The file chooser's `accept` list for some formats (file-types.ts; the page uses its `acceptFor`). */
export { acceptOf } from './file-types';
