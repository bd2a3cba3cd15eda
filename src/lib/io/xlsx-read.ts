/**
 * An Excel workbook (.xlsx) → one table per sheet, shaped like a parsed CSV file, so that the one
 * import path continues unchanged (DATA.md "Excel workbooks"). Every cell becomes the text Excel
 * shows, as a person would have typed it (RELIABILITY 42): numbers unambiguously, a percent format
 * as the percentage (0.6 as `0%` → 60), a number formatted with leading zeros (`000000`) with its
 * zeros, codes in code columns padded to four digits, date cells with the precision their number
 * format shows, formulas as their cached values (a formula without one is an error naming the
 * cell). Hidden rows and hidden sheets are listed and left out unless chosen (`Include`). A title
 * row above the header is skipped. Row numbers are Excel's; columns are named by header and letter.
 * The zip is checked first (zip.ts): a workbook that would unpack to more than MAX_WORKBOOK is
 * refused before anything is inflated. Loads exceljs (large) on first use; runs in a worker, the
 * browser and Node. Never throws, and says every problem in plain words.
 */
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { tx } from '$lib/io/texts';
import { normalizeHeader, type ParsedTable } from './csv';
import type { FileIssue } from './issues';
import { numberText } from './kolada';
import { asAnswer, INSTRUCTIONS_SHEET, originOf, type AboutOrigin } from './template-answer';
import type { SheetTable } from './sheet-table';
import { extractZip, openZip, type ZipProblem } from './zip';

export type { SheetTable };

/** Refuse workbooks that would unpack to more than this (the sum of the zip entries' declared sizes). */
export const MAX_WORKBOOK = 200 * 1024 * 1024;

/** What hidden parts of workbooks the person chose to import (the preview's checkboxes). */
export interface Include {
  /** Hidden sheets to import, by `sheetLabel(file, sheet)`. */
  sheets: string[];
  /** Import hidden rows too. */
  rows: boolean;
}

export const NOTHING_HIDDEN: Include = { sheets: [], rows: false };

/** The hidden parts of one workbook, listed in the preview whether chosen or not. */
export interface HiddenParts {
  file: string;
  /** Hidden sheets with tables (`veryHidden`: hidden so that Excel's menus cannot show it); `label` as in `Include`. */
  sheets: { sheet: string; label: string; state: 'hidden' | 'veryHidden' }[];
  /** Hidden data rows (Excel's numbers) per sheet. */
  rows: { sheet: string; label: string; rows: number[] }[];
}

export interface WorkbookRead {
  sheets: SheetTable[];
  /** Hidden sheets and rows, when there are any. */
  hidden?: HiddenParts;
  /** Region named in an "Om filen" sheet written by Planatlas, if any. */
  region?: string;
  /** Round and municipality of a collection template (template-answer.ts), if it is one. */
  origin?: AboutOrigin;
  issues: FileIssue[];
}

/** Sheets Planatlas writes that are not tables. */
export const ABOUT_SHEET = 'Om filen';
export const LISTS_SHEET = 'Listor';
/**
 * The marker of Planatlas's own helper sheets (lists, instructions, column guide): a defined name
 * `Planatlas_hjalpblad_<n>` pointing at the sheet (xlsx-write.ts `markHelperSheet`). Only these are
 * skipped on import, so a person's own sheet named "Listor" is read like any other; Excel keeps the
 * name pointing at the sheet when it is renamed.
 */
export const HELPER_NAME = 'Planatlas_hjalpblad';

/** Normalised headers of columns that hold municipality codes (headers.ts aliases of kommunkod/kommunkoder). */
const CODE_HEADERS = new Set([
  'kommunkod',
  'kommun',
  'municipality',
  'municipality_code',
  'kommun_kod',
  'knkod',
  'kom_kod',
  'kommunkoder',
  'municipality_codes',
  'municipalities',
  'kommuner',
]);

export { isXlsx } from './formats';

/** Column number (1-based) → Excel's letters: 1 → A, 27 → AA. */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The key and file label of a sheet, as shown in the preview and in errors: "bok.xlsx › planer". */
export const sheetLabel = (file: string, sheet: string) => `${file} › ${sheet}`;

const MB = 1024 * 1024;

/** The plain reason a workbook's zip failed (zip.ts), without names of its inner files. */
function zipReason(problem: ZipProblem): string {
  const w = tx().workbook;
  if (problem.kind === 'encrypted') return w.encrypted;
  if (problem.kind === 'method') return w.method;
  if (problem.kind === 'notZip') return w.notWorkbook;
  return w.damaged;
}

export async function readWorkbook(
  file: string,
  bytes: Uint8Array,
  include: Include = NOTHING_HIDDEN,
  maxSize = MAX_WORKBOOK,
): Promise<WorkbookRead> {
  const w = tx().workbook;
  const refuse = (message: string): WorkbookRead => ({ sheets: [], issues: [{ file, severity: 'error', message }] });
  // The size guard, before anything is inflated: the declared sizes, then (inflating each entry
  // once, stopping as soon as one grows past its declared size) that they are true.
  const opened = openZip(bytes, { maxTotal: maxSize });
  if (!opened.ok)
    return refuse(
      opened.problem.kind === 'tooLarge'
        ? w.tooLarge(file, Math.ceil(opened.problem.total / MB), Math.round(maxSize / MB))
        : w.unreadable(file, zipReason(opened.problem)),
    );
  const verified = extractZip(bytes, opened.value, () => false, true);
  if (!verified.ok) return refuse(w.unreadable(file, zipReason(verified.problem)));
  let wb: Workbook;
  try {
    const mod = await import('exceljs');
    const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    // Every workbook Excel saves has a sheet; none means its parts are missing.
    if (!wb.worksheets.length) throw new Error('no sheets');
  } catch {
    // exceljs says what failed in JavaScript's words ("Cannot read properties of undefined"): not for people.
    return refuse(w.unreadable(file, w.damaged));
  }
  try {
    return sheetsOf(file, wb, include);
  } catch {
    return refuse(w.unreadable(file, w.damaged));
  }
}

function sheetsOf(file: string, wb: Workbook, include: Include): WorkbookRead {
  const w = tx().workbook;
  const sheets: SheetTable[] = [];
  const issues: FileIssue[] = [];
  const hidden: HiddenParts = { file, sheets: [], rows: [] };
  let region: string | undefined;
  let origin: AboutOrigin | undefined;
  const helpers = helperSheets(wb);
  for (const ws of wb.worksheets) {
    if (helpers.has(ws.name)) continue;
    if (ws.name === ABOUT_SHEET) {
      region = aboutValue(ws, tx().xlsx.aboutRegion);
      origin = originOf(aboutPairs(ws));
      continue;
    }
    const label = sheetLabel(file, ws.name);
    if (ws.state === 'hidden' || ws.state === 'veryHidden') {
      hidden.sheets.push({ sheet: ws.name, label, state: ws.state });
      const chosen = include.sheets.includes(label);
      issues.push({ file: label, severity: 'info', message: chosen ? w.hiddenSheetIn : w.hiddenSheetOut });
      if (!chosen) continue;
    }
    const table = readSheet(file, ws, include.rows);
    if (table.ok && table.hiddenRows?.length) hidden.rows.push({ sheet: ws.name, label, rows: table.hiddenRows });
    sheets.push(table);
  }
  if (!sheets.length && !hidden.sheets.length) issues.push({ file, severity: 'error', message: tx().xlsx.noSheets });
  // A returned collection template (template-answer.ts): stamped as received now, plus its answer row.
  const read = origin && sheets.length ? asAnswer(file, origin, sheets, new Date().toISOString()) : sheets;
  return {
    sheets: read,
    region,
    issues,
    ...(origin?.round ? { origin } : {}),
    ...(hidden.sheets.length || hidden.rows.length ? { hidden } : {}),
  };
}

/** The template's own helper sheets, by their marker (HELPER_NAME); by name only in a Planatlas file written before the marker. */
export function helperSheets(wb: Workbook): Set<string> {
  const out = new Set<string>();
  for (const { name, ranges } of wb.definedNames.model)
    if (name.startsWith(HELPER_NAME))
      for (const range of ranges)
        out.add(
          range
            .slice(0, range.lastIndexOf('!'))
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'"),
        );
  if (out.size) return out;
  const about = wb.getWorksheet(ABOUT_SHEET);
  if (about && cellText(about.getCell('B1')).text === 'Planatlas') return new Set([LISTS_SHEET, INSTRUCTIONS_SHEET]);
  return out;
}

/** Column A → column B of a sheet of labels and values. */
function aboutPairs(ws: Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow((row) => out.set(cellText(row.getCell(1)).text, cellText(row.getCell(2), true).text));
  return out;
}

function aboutValue(ws: Worksheet, label: string): string | undefined {
  let found: string | undefined;
  ws.eachRow((row) => {
    if (cellText(row.getCell(1)).text === label) found = cellText(row.getCell(2)).text || undefined;
  });
  return found;
}

/**
 * One sheet → a parsed table (or the reason it is none). Hidden data rows are left out (and listed
 * in `hiddenRows`) unless `hiddenRows` is true.
 */
export function readSheet(file: string, ws: Worksheet, hiddenRows = false): SheetTable {
  const label = sheetLabel(file, ws.name);
  const fileError = (message: string): SheetTable => ({
    sheet: ws.name,
    ok: false,
    issues: [{ file: label, severity: 'error', message }],
  });
  const lines: { row: number; hidden: boolean; cells: Cell[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell;
    });
    lines.push({ row: rowNumber, hidden: !!row.hidden, cells });
  });
  const texts = lines.map((l) => ({
    row: l.row,
    hidden: l.hidden,
    cells: l.cells,
    text: Array.from(l.cells, (c) => (c ? cellText(c).text : '')),
  }));
  const filled = (cells: string[]) => cells.filter((c) => c !== '').length;
  const nonBlank = texts.filter((l) => filled(l.text) > 0);
  if (!nonBlank.length) return fileError(tx().io.csv.empty);
  // The header is the first row with at least two cells; rows above it (a title) are skipped.
  const headerAt = nonBlank.findIndex((l) => filled(l.text) >= 2);
  if (headerAt < 0) return fileError(tx().xlsx.noHeader);
  const header = nonBlank[headerAt];
  const issues: FileIssue[] = [];
  if (headerAt > 0)
    issues.push({
      file: label,
      row: header.row,
      severity: 'info',
      message: tx().xlsx.titleSkipped(nonBlank[0].row, header.row),
    });

  let width = header.text.length;
  while (width > 0 && header.text[width - 1] === '') width--;
  const headers = header.text.slice(0, width);
  const blank = headers.findIndex((h) => h === '');
  if (blank >= 0)
    return {
      sheet: ws.name,
      ok: false,
      issues: [
        { file: label, row: header.row, severity: 'error', message: tx().io.csv.blankHeader(columnLetters(blank + 1)) },
      ],
    };
  const isCode = headers.map((h) => CODE_HEADERS.has(normalizeHeader(h)));

  const w = tx().workbook;
  const rows: ParsedTable['rows'] = [];
  const hidden: number[] = [];
  /** Per column: how many numbers kept the leading zeros of their format, and the first of them. */
  const zeros = new Map<number, { count: number; example: string }>();
  for (const line of nonBlank.slice(headerAt + 1)) {
    if (line.hidden) {
      hidden.push(line.row);
      if (!hiddenRows) continue;
    }
    const cells: string[] = [];
    let broken = false;
    for (let i = 0; i < Math.max(width, line.cells.length); i++) {
      const cell = line.cells[i];
      const got = cell ? cellText(cell, isCode[i]) : { text: '' };
      if (i >= width) {
        if (got.text !== '') {
          issues.push({
            file: label,
            row: line.row,
            severity: 'error',
            message: tx().xlsx.beyondHeader(columnLetters(i + 1), line.row),
          });
          broken = true;
        }
        continue;
      }
      const ref = `${columnLetters(i + 1)}${line.row}`;
      if (got.error || got.noValue) {
        issues.push({
          file: label,
          row: line.row,
          column: `${headers[i]} (${columnLetters(i + 1)})`,
          severity: 'error',
          message: got.noValue ? w.noCachedValue(ref) : tx().xlsx.cellError(ref, got.error!),
        });
        broken = true;
      }
      if (got.zeros) {
        const z = zeros.get(i) ?? { count: 0, example: `${got.text} (${ref})` };
        z.count++;
        zeros.set(i, z);
      }
      cells.push(got.text);
    }
    if (!broken) rows.push({ row: line.row, cells });
  }
  for (const [i, z] of [...zeros].sort((a, b) => a[0] - b[0]))
    issues.push({
      file: label,
      column: `${headers[i]} (${columnLetters(i + 1)})`,
      severity: 'info',
      message: w.leadingZeros(z.count, z.example),
    });
  if (hidden.length)
    issues.push({
      file: label,
      severity: 'info',
      message: hiddenRows ? w.hiddenRowsIn(hidden) : w.hiddenRowsOut(hidden),
    });
  if (!rows.length) issues.push({ file: label, severity: 'info', message: tx().io.csv.noDataRows });
  return {
    sheet: ws.name,
    ok: true,
    value: { file: label, encoding: 'utf-8', delimiter: ',', headers, rows, issues },
    ...(hidden.length ? { hiddenRows: hidden } : {}),
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A date cell as text, with the precision its number format shows: `yyyy` → year, `yyyy-mm` or
 * `mmm yyyy` → month, with days → day, with hours → date and time (UTC, as Excel stores no zone).
 */
export function dateText(d: Date, numFmt: string | undefined): string {
  const fmt = (numFmt ?? '').toLowerCase().replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const day = `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (/h|s/.test(fmt)) return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
  if (fmt && !fmt.includes('d')) {
    if (fmt.includes('m')) return day.slice(0, 7);
    if (fmt.includes('y') || fmt.includes('å')) return y;
  }
  return day;
}

/** What a cell says: its text; `error` when it holds an Excel error such as #N/A. */
export interface CellText {
  text: string;
  error?: string;
  /** A formula whose result was never calculated and saved (as scripts write them): Excel would show it, Planatlas cannot. */
  noValue?: true;
  /** The number format's leading zeros were kept (`000123` for 123 formatted `000000`). */
  zeros?: true;
}

/** The format's first section, without colours, conditions, quoted text and escapes. */
const formatCore = (numFmt: string | undefined) =>
  (numFmt ?? '').split(';')[0].replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');

/** A percent format shows the value × 100 (`0%`, `0.0%`, `0,0 %`). */
export const isPercentFormat = (numFmt: string | undefined) => formatCore(numFmt).includes('%');

/** The digits a leading-zero format shows at least (`000000` → 6, `0` or `General` → 0). */
export function zeroWidth(numFmt: string | undefined): number {
  const core = formatCore(numFmt).trim();
  return /^0{2,}$/.test(core) ? core.length : 0;
}

/** What a cell says, as text (CellText). */
export function cellText(cell: Pick<Cell, 'value' | 'numFmt'>, code = false): CellText {
  return valueText(cell.value, cell.numFmt, code);
}

function numberCell(v: number, numFmt: string | undefined, code: boolean): CellText {
  if (isPercentFormat(numFmt)) return { text: numberText(Number((v * 100).toPrecision(15))) };
  const plain = code && Number.isInteger(v) && v > 0 && v < 10_000 ? String(v).padStart(4, '0') : numberText(v);
  const width = zeroWidth(numFmt);
  if (width && Number.isInteger(v) && v >= 0 && plain.length < width)
    return { text: plain.padStart(width, '0'), zeros: true };
  return { text: plain };
}

function valueText(v: CellValue | undefined, numFmt: string | undefined, code: boolean): CellText {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v.trim() };
  if (typeof v === 'boolean') return { text: v ? 'ja' : 'nej' };
  if (typeof v === 'number') return numberCell(v, numFmt, code);
  if (v instanceof Date) return { text: Number.isNaN(v.getTime()) ? '' : dateText(v, numFmt) };
  if (typeof v === 'object') {
    if ('error' in v) return { text: '', error: String(v.error) };
    if ('richText' in v && Array.isArray(v.richText))
      return {
        text: v.richText
          .map((r) => r?.text ?? '')
          .join('')
          .trim(),
      };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      if (result === undefined) return { text: '', noValue: true };
      if (result !== null && typeof result === 'object' && 'error' in result)
        return { text: '', error: String(result.error) };
      return valueText(result as CellValue, numFmt, code);
    }
    if ('text' in v) return valueText((v as { text: CellValue }).text, numFmt, code);
  }
  return { text: String(v) };
}
