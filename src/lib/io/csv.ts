/**
 * CSV text → a table of trimmed string cells with Excel row numbers, or file errors.
 * The delimiter is detected here (papaparse's own guess picks `,` on decimal-comma data);
 * papaparse does the RFC 4180 quoting; no value typing (leading zeros stay: "0180").
 * Pure: runs in the browser, in a worker and in Node.
 */
import Papa from 'papaparse';
import { mayBeSpace } from '$lib/domain/records';
import { tx } from '$lib/io/texts';
import { stripBom, type Encoding } from './decode';
import type { FileIssue } from './issues';
import { CANDIDATES, detectDelimiter, normalizeHeader, SAMPLE_CHARS, type Delimiter } from './csvtext';

export type { Delimiter } from './csvtext';
export { detectDelimiter, normalizeHeader } from './csvtext';

export interface ParsedTable {
  file: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /** Headers as written in the file (trimmed, BOM removed). */
  headers: string[];
  /** Data rows with exactly `headers.length` cells. `row` is the row number Excel shows (header = 1). */
  rows: { row: number; cells: string[] }[];
  /** Row errors (wrong number of cells; those rows are not in `rows`), warnings and notes. */
  issues: FileIssue[];
}

type ParseOutcome = { ok: true; value: ParsedTable } | { ok: false; issues: FileIssue[] };

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** Column number (0-based) → the letter Excel shows: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Parse CSV text. File errors (nothing usable) give ok:false; row problems are issues in an
 * ok:true table. Completely blank lines (and lines of only delimiters) are skipped; they still
 * count for row numbers, as in Excel.
 */
export function parseCsvText(text: string, file: string, encoding: Encoding, delimiter?: Delimiter): ParseOutcome {
  const fileError = (message: string): ParseOutcome => ({ ok: false, issues: [{ file, severity: 'error', message }] });

  const body = stripBom(text);
  const sniffed = sniffNotCsv(body);
  if (sniffed) return fileError(sniffed);

  // One kind of line break everywhere, inside quoted cells too: papaparse splits on a single
  // newline string and leaves the other kinds inside cells (a stray "\r" in the last field).
  // Text without CR already has one kind; text without quotes whose every line ends CRLF is split
  // on CRLF as it is, which gives the same cells (no copy of the whole text).
  const quoted = body.includes('"');
  const crlf = !quoted && onlyCrlf(body);
  let normal = crlf || !body.includes('\r') ? body : body.replace(/\r\n?/g, '\n');
  const newline = crlf ? '\r\n' : '\n';
  if (!NOT_SPACE.test(normal)) return fileError(tx().io.csv.empty);

  // Excel writes (and honours) "sep=;" as the first line. It names the delimiter and is no row:
  // Excel does not show it, so the header stays row 1.
  const sep = (crlf ? SEP_LINE_CRLF : SEP_LINE).exec(normal);
  let sepDelimiter: Delimiter | undefined;
  if (sep) {
    const named = sep[1] ?? sep[2];
    if (!(CANDIDATES as string[]).includes(named)) return fileError(tx().io.csv.sepUnsupported(named));
    sepDelimiter = named as Delimiter;
    normal = normal.slice(sep[0].length);
    if (!NOT_SPACE.test(normal)) return fileError(tx().io.csv.empty);
  }

  const delim = delimiter ?? sepDelimiter ?? detectDelimiter(crlf ? lfStart(normal) : normal) ?? ',';
  // Text without quotes, which papaparse would split at each newline and then at each delimiter,
  // is split by `splitUnquoted`: the same cells, trimmed as it goes, without a string per line.
  const parsed =
    quoted && normal.includes('"')
      ? Papa.parse<string[]>(normal, {
          delimiter: delim,
          newline: '\n',
          quoteChar: '"',
          header: false,
          dynamicTyping: false,
          skipEmptyLines: false,
        })
      : null;

  // Quote errors: papaparse keeps going and swallows the rest of the file into one cell, or
  // joins rows, so nothing after the error can be trusted.
  const quoteIssues: FileIssue[] = [];
  const seen = new Set<string>();
  for (const e of parsed?.errors ?? []) {
    if (e.type !== 'Quotes') continue;
    const row = (e.row ?? 0) + 1;
    const key = `${e.code}:${row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const message = e.code === 'MissingQuotes' ? tx().io.csv.unterminatedQuote(row) : tx().io.csv.malformedQuote(row);
    quoteIssues.push({ file, row, severity: 'error', message });
  }
  if (quoteIssues.length) return { ok: false, issues: quoteIssues };

  const records = parsed ? trimCells(parsed.data) : splitUnquoted(normal, delim, newline);
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return fileError(tx().io.csv.noHeader);
  const headerRow = headerIndex + 1;
  const rawHeaders = records[headerIndex].map((h, i) => (i === 0 ? stripBom(h).trim() : h));
  // One pass, no copies: each non-blank row after the header with its row number.
  const dataRecords: ParsedTable['rows'] = [];
  for (let i = headerIndex + 1; i < records.length; i++)
    if (!isBlank(records[i])) dataRecords.push({ row: i + 1, cells: records[i] });

  // A delimiter at the end of every line gives an empty last column without a header: drop it.
  const headers = [...rawHeaders];
  while (
    headers.length > 1 &&
    headers[headers.length - 1] === '' &&
    dataRecords.every((r) => (r.cells[headers.length - 1] ?? '') === '')
  ) {
    headers.pop();
  }
  const dropped = rawHeaders.length - headers.length;

  // No entity has a single column: one column means the wrong delimiter.
  if (headers.length === 1) {
    const others = CANDIDATES.filter((d) => d !== delim && normal.includes(d)).map((d) => tx().io.delimiterName[d]);
    return fileError(tx().io.csv.oneColumn(tx().io.delimiterName[delim], others));
  }

  const headerIssues: FileIssue[] = [];
  const byKey = new Map<string, number[]>();
  headers.forEach((h, i) => {
    if (h.includes(NUL)) {
      headerIssues.push({ file, row: headerRow, severity: 'error', message: tx().io.csv.nulHeader(columnLetter(i)) });
      return;
    }
    if (h === '') {
      headerIssues.push({ file, row: headerRow, severity: 'error', message: tx().io.csv.blankHeader(columnLetter(i)) });
      return;
    }
    const key = normalizeHeader(h);
    if (RESERVED.has(key)) {
      headerIssues.push({ file, row: headerRow, column: h, severity: 'error', message: tx().io.csv.reservedHeader(h) });
      return;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  for (const cols of byKey.values()) {
    if (cols.length < 2) continue;
    const names = cols.map((i) => `"${headers[i]}"`);
    headerIssues.push({
      file,
      row: headerRow,
      column: headers[cols[0]],
      severity: 'error',
      message: tx().io.csv.duplicateHeader(names, cols.map(columnLetter)),
    });
  }
  if (headerIssues.length) return { ok: false, issues: headerIssues };

  const issues: FileIssue[] = [];
  if (encoding === 'windows-1252') issues.push({ file, severity: 'info', message: tx().io.csv.windows1252 });
  if (body.includes('\ufffd')) issues.push({ file, severity: 'warning', message: tx().io.csv.replacementChar });
  if (dropped > 0) issues.push({ file, row: headerRow, severity: 'info', message: tx().io.csv.trailingDelimiter });
  if (sepDelimiter)
    issues.push({ file, severity: 'info', message: tx().io.csv.sepLine(tx().io.delimiterName[sepDelimiter]) });
  const hasNul = normal.includes(NUL);

  const width = headers.length;
  const rows: ParsedTable['rows'] = [];
  for (const r of dataRecords) {
    let cells = r.cells;
    // Cells beyond the dropped trailing columns were checked to be empty above.
    if (dropped > 0 && cells.length > width && cells.length <= rawHeaders.length) cells = cells.slice(0, width);
    if (cells.length !== width) {
      issues.push({
        file,
        row: r.row,
        severity: 'error',
        message: tx().io.csv.wrongCellCount(r.row, cells.length, width),
      });
      continue;
    }
    // A NUL character is no text: the row is an error naming the cell, the rest of the file is read.
    const nulAt = hasNul ? cells.findIndex((c) => c.includes(NUL)) : -1;
    if (nulAt >= 0) {
      issues.push({
        file,
        row: r.row,
        column: headers[nulAt],
        severity: 'error',
        message: tx().io.csv.nulCell(r.row, headers[nulAt]),
      });
      continue;
    }
    rows.push(cells === r.cells ? r : { row: r.row, cells });
  }
  if (dataRecords.length === 0) issues.push({ file, severity: 'info', message: tx().io.csv.noDataRows });

  return { ok: true, value: { file, encoding, delimiter: delim, headers, rows, issues } };
}

function isBlank(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i] !== '') return false;
  return true;
}

/** Every cell trimmed, in place (papaparse's arrays are ours: no copy of 100 000 rows). */
export function trimCells(records: string[][]): string[][] {
  for (const r of records) for (let i = 0; i < r.length; i++) r[i] = r[i].trim();
  return records;
}

/**
 * Files that are not CSV text at all: Excel workbooks, UTF-16 "Unicode text", binaries. A binary
 * file has many NULs or NULs beside other control characters; a text file with a stray NUL or
 * a few is read, and the rows holding them are errors naming row and column.
 */
function sniffNotCsv(text: string): string | null {
  if (text.startsWith('PK\u0003\u0004') || text.startsWith('\u00d0\u00cf\u0011\u00e0')) return tx().io.csv.workbook;
  if (
    text.startsWith('\u00ff\u00fe') ||
    text.startsWith('\u00fe\u00ff') ||
    text.startsWith('\ufffe') ||
    // eslint-disable-next-line no-control-regex -- finding NUL bytes is the point
    /^.?\u0000/.test(text)
  ) {
    return tx().io.csv.utf16;
  }
  if (!text.includes(NUL)) return null;
  let nuls = 0;
  for (let i = text.indexOf(NUL); i >= 0 && nuls <= MAX_STRAY_NULS; i = text.indexOf(NUL, i + 1)) nuls++;
  if (nuls > MAX_STRAY_NULS || CONTROL.test(text)) return tx().io.csv.binary;
  return null;
}

const NUL = '\u0000';
/** More NULs than this and the file is taken for binary, not text with stray NULs. */
const MAX_STRAY_NULS = 8;
/** C0 control characters other than NUL, tab, LF and CR: next to a NUL they mean binary. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f]/;
/** `sep=;` (or `"sep=;"`, any case) alone on the first line. */
const SEP_LINE = /^(?:sep=(.)|"sep=(.)")[ \t]*(?:\n|$)/i;

/** `\r\n` as the first line ending after `sep=;` (`SEP_LINE` for text split on CRLF). */
const SEP_LINE_CRLF = /^(?:sep=(.)|"sep=(.)")[ \t]*(?:\r\n|$)/i;
/** Anything but white space (what `trim` removes): text without it is empty. */
const NOT_SPACE = /\S/;

/**
 * Whether the text has line breaks and every one of them is CRLF (no CR alone, no LF alone): then
 * splitting on CRLF gives the lines that splitting its LF-normalised copy on LF gives.
 */
export function onlyCrlf(text: string): boolean {
  let crs = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return false;
    crs++;
  }
  let lfs = 0;
  for (let i = text.indexOf('\n'); i >= 0 && lfs <= crs; i = text.indexOf('\n', i + 1)) lfs++;
  return crs > 0 && lfs === crs;
}

/**
 * The start of a CRLF text with LF line breaks, as long as `detectDelimiter` reads of the text
 * normalised (it looks at the first 2^20 characters: a CRLF text is at most twice as long).
 */
function lfStart(text: string): string {
  return text.slice(0, 2 * SAMPLE_CHARS + 2).replace(/\r\n/g, '\n');
}

/**
 * Text without quotes → the trimmed cells of each line: exactly what papaparse gives for it
 * (`text.split(newline)`, each line split at the delimiter) after `trimCells`, without a string
 * per line. A short cell equal to an earlier one of its column (among its first 512 distinct) is
 * that same string (fewer strings to make and keep: statuses, codes, dates and sources repeat down
 * a column; a column where fewer than a quarter of the first 1 024 cells repeat is not looked at again).
 */
export function splitUnquoted(text: string, delim: string, newline: string): string[][] {
  const rows: string[][] = [];
  if (text === '') return rows;
  const cells: string[] = [];
  const recent: Recent[] = [];
  const end = text.length;
  let nextDelim = text.indexOf(delim);
  let start = 0;
  for (;;) {
    let lineEnd = text.indexOf(newline, start);
    if (lineEnd < 0) lineEnd = end;
    let from = start;
    for (let col = 0; ; col++) {
      if (nextDelim >= 0 && nextDelim < from) nextDelim = text.indexOf(delim, from);
      const to = nextDelim >= 0 && nextDelim < lineEnd ? nextDelim : lineEnd;
      cells.push(cellOf(text, from, to, (recent[col] ??= newRecent())));
      if (to === lineEnd) break;
      from = to + delim.length;
    }
    rows.push(cells.slice());
    cells.length = 0;
    if (lineEnd === end) return rows;
    start = lineEnd + newline.length;
  }
}

/** How many distinct short values each column keeps to reuse, and up to which length. */
const KEPT = 512;
const SHORT = 32;
/** Cells looked up before a column where fewer than a quarter are found stops looking (290 codes repeat late). */
const PROBE = 1024;

/**
 * The distinct short values of a column seen first (up to KEPT), found by a hash of their
 * characters: a repeated cell is that same string, not a new one (and its hash, which the
 * validator's look-ups need, is computed once).
 */
interface Recent {
  values: string[];
  /** Index + 1 into `values` of each slot (0: empty), linear probing; twice KEPT slots. */
  slots: Int32Array;
  /** Cells looked up and found: a column whose values rarely repeat (ids, titles) stops looking. */
  tries: number;
  hits: number;
}

const newRecent = (): Recent => ({ values: [], slots: new Int32Array(2 * KEPT), tries: 0, hits: 0 });

/** The trimmed text of `text[from, to)`, or an equal string of `recent` (which it joins). */
function cellOf(text: string, from: number, to: number, recent: Recent): string {
  const length = to - from;
  if (length === 0) return '';
  if (mayBeSpace(text.charCodeAt(from)) || mayBeSpace(text.charCodeAt(to - 1))) return text.slice(from, to).trim();
  if (length > SHORT || (recent.tries >= PROBE && recent.hits * 4 < recent.tries)) return text.slice(from, to);
  const { values, slots } = recent;
  recent.tries++;
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const mask = slots.length - 1;
  let s = (h ^ (h >>> 15)) & mask;
  for (let at = slots[s]; at !== 0; s = (s + 1) & mask, at = slots[s]) {
    const v = values[at - 1];
    if (v.length === length && sameAt(text, from, v)) {
      recent.hits++;
      return v;
    }
  }
  const v = text.slice(from, to);
  if (values.length < KEPT) slots[s] = values.push(v);
  return v;
}

/** Does `text` hold `v` at `from`? (`startsWith` with a position is slow.) */
function sameAt(text: string, from: number, v: string): boolean {
  for (let i = 0; i < v.length; i++) if (text.charCodeAt(from + i) !== v.charCodeAt(i)) return false;
  return true;
}
