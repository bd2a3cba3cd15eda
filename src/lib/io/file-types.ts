/**
 * The name endings and media types of each format of the registry (formats.ts), by format id and
 * in registry order: each format there takes its own entry (`...FILE_TYPES.csv`). Apart from the
 * matchers so that the page's file choosers get their `accept` list (`acceptFor`) without loading
 * the zip reader. Pure data; tests/unit/formats.test.ts checks it against the registry.
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a file gives (formats.ts `Yields`). */
export type Purpose = 'records' | 'boundaries' | 'answer';

export interface FileTypes {
  /** The registry group the format belongs to. */
  purpose: Purpose;
  /** Name endings offered by the file chooser (lower case, with the dot). */
  extensions: readonly string[];
  /** Media types offered by the file chooser (some pickers filter by type, not by name). */
  mimeTypes: readonly string[];
}

export const FILE_TYPES = {
  xlsx: { purpose: 'records', extensions: ['.xlsx'], mimeTypes: [XLSX] },
  bundle: { purpose: 'records', extensions: ['.zip'], mimeTypes: ['application/zip'] },
  'kolada-json': { purpose: 'records', extensions: ['.json'], mimeTypes: ['application/json'] },
  csv: { purpose: 'records', extensions: ['.csv', '.tsv', '.txt'], mimeTypes: ['text/csv'] },
  geopackage: { purpose: 'boundaries', extensions: ['.gpkg'], mimeTypes: ['application/geopackage+sqlite3'] },
  shapefile: { purpose: 'boundaries', extensions: ['.zip'], mimeTypes: ['application/zip'] },
  topojson: { purpose: 'boundaries', extensions: ['.topojson', '.json'], mimeTypes: ['application/json'] },
  geojson: {
    purpose: 'boundaries',
    extensions: ['.geojson', '.json'],
    mimeTypes: ['application/geo+json', 'application/json'],
  },
  'answer-workbook': { purpose: 'answer', extensions: ['.xlsx'], mimeTypes: [XLSX] },
  'answer-csv': { purpose: 'answer', extensions: ['.csv', '.zip'], mimeTypes: ['text/csv', 'application/zip'] },
} as const satisfies Record<string, FileTypes>;

/** The file chooser's `accept` list for some file types: their name endings, then their media types. */
export function acceptOf(types: readonly Pick<FileTypes, 'extensions' | 'mimeTypes'>[]): string {
  return [...new Set([...types.flatMap((f) => f.extensions), ...types.flatMap((f) => f.mimeTypes)])].join(',');
}

/** The `accept` list of the formats of one purpose: ".xlsx,.zip,…,text/csv". */
export const acceptFor = (purpose: Purpose): string =>
  acceptOf(Object.values(FILE_TYPES).filter((f: FileTypes) => f.purpose === purpose));
