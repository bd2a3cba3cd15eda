/**
 * CSV text → a table of trimmed string cells with Excel row numbers, or file errors.
 * The delimiter is detected here (papaparse's own guess picks `,` on decimal-comma data);
 * papaparse does the RFC 4180 quoting; no value typing (leading zeros stay: "0180").
 * Pure: runs in the browser, in a worker and in Node.
 */
import Papa from 'papaparse';
import { tx } from '$lib/io/texts';
import { stripBom, type Encoding } from './decode';
import type { FileIssue } from './issues';
import { CANDIDATES, detectDelimiter, normalizeHeader, type Delimiter } from './csvtext';

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
  let normal = body.replace(/\r\n?/g, '\n');
  if (normal.trim() === '') return fileError(tx().io.csv.empty);

  // Excel writes (and honours) "sep=;" as the first line. It names the delimiter and is no row:
  // Excel does not show it, so the header stays row 1.
  const sep = SEP_LINE.exec(normal);
  let sepDelimiter: Delimiter | undefined;
  if (sep) {
    const named = sep[1] ?? sep[2];
    if (!(CANDIDATES as string[]).includes(named)) return fileError(tx().io.csv.sepUnsupported(named));
    sepDelimiter = named as Delimiter;
    normal = normal.slice(sep[0].length);
    if (normal.trim() === '') return fileError(tx().io.csv.empty);
  }

  const delim = delimiter ?? sepDelimiter ?? detectDelimiter(normal) ?? ',';
  const parsed = Papa.parse<string[]>(normal, {
    delimiter: delim,
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });

  // Quote errors: papaparse keeps going and swallows the rest of the file into one cell, or
  // joins rows, so nothing after the error can be trusted.
  const quoteIssues: FileIssue[] = [];
  const seen = new Set<string>();
  for (const e of parsed.errors) {
    if (e.type !== 'Quotes') continue;
    const row = (e.row ?? 0) + 1;
    const key = `${e.code}:${row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const message = e.code === 'MissingQuotes' ? tx().io.csv.unterminatedQuote(row) : tx().io.csv.malformedQuote(row);
    quoteIssues.push({ file, row, severity: 'error', message });
  }
  if (quoteIssues.length) return { ok: false, issues: quoteIssues };

  const records = trimCells(parsed.data);
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
