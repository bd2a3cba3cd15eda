/**
 * An Excel workbook (.xlsx) → one table per sheet, shaped like a parsed CSV file, so that the one
 * import path continues unchanged (DATA.md "Excel workbooks"). Every cell becomes the text a person
 * would have typed: numbers unambiguously, codes in code columns padded to four digits, date cells
 * with the precision their number format shows, formulas as their cached values. A title row above
 * the header is skipped. Row numbers are Excel's; columns are named by header and letter.
 * Loads exceljs (large) on first use; runs in a worker, the browser and Node. Never throws.
 */
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { tx } from '$lib/io/texts';
import { normalizeHeader, type ParsedTable } from './csv';
import type { FileIssue } from './issues';
import { numberText } from './kolada';
import { asAnswer, INSTRUCTIONS_SHEET, originOf, type AboutOrigin } from './template-answer';
import type { SheetTable } from './sheet-table';

export type { SheetTable };

export interface WorkbookRead {
  sheets: SheetTable[];
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

export async function readWorkbook(file: string, bytes: Uint8Array): Promise<WorkbookRead> {
  let wb: Workbook;
  try {
    const mod = await import('exceljs');
    const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (e) {
    return {
      sheets: [],
      issues: [{ file, severity: 'error', message: tx().xlsx.unreadable(e instanceof Error ? e.message : String(e)) }],
    };
  }
  const sheets: SheetTable[] = [];
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
    sheets.push(readSheet(file, ws));
  }
  const issues: FileIssue[] = [];
  if (!sheets.length) issues.push({ file, severity: 'error', message: tx().xlsx.noSheets });
  // A returned collection template (template-answer.ts): stamped as received now, plus its answer row.
  const read = origin && sheets.length ? asAnswer(file, origin, sheets, new Date().toISOString()) : sheets;
  return { sheets: read, region, issues, ...(origin?.round ? { origin } : {}) };
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

/** One sheet → a parsed table (or the reason it is none). */
export function readSheet(file: string, ws: Worksheet): SheetTable {
  const label = sheetLabel(file, ws.name);
  const fileError = (message: string): SheetTable => ({
    sheet: ws.name,
    ok: false,
    issues: [{ file: label, severity: 'error', message }],
  });
  const lines: { row: number; cells: Cell[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cell;
    });
    lines.push({ row: rowNumber, cells });
  });
  const texts = lines.map((l) => ({
    row: l.row,
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

  const rows: ParsedTable['rows'] = [];
  for (const line of nonBlank.slice(headerAt + 1)) {
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
      if (got.error) {
        issues.push({
          file: label,
          row: line.row,
          column: `${headers[i]} (${columnLetters(i + 1)})`,
          severity: 'error',
          message: tx().xlsx.cellError(`${columnLetters(i + 1)}${line.row}`, got.error),
        });
        broken = true;
      }
      cells.push(got.text);
    }
    if (!broken) rows.push({ row: line.row, cells });
  }
  if (!rows.length) issues.push({ file: label, severity: 'info', message: tx().io.csv.noDataRows });
  return { sheet: ws.name, ok: true, value: { file: label, encoding: 'utf-8', delimiter: ',', headers, rows, issues } };
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

/** What a cell says, as text; `error` when it holds an Excel error such as #N/A. */
export function cellText(cell: Pick<Cell, 'value' | 'numFmt'>, code = false): { text: string; error?: string } {
  return valueText(cell.value, cell.numFmt, code);
}

function valueText(
  v: CellValue | undefined,
  numFmt: string | undefined,
  code: boolean,
): { text: string; error?: string } {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v.trim() };
  if (typeof v === 'boolean') return { text: v ? 'ja' : 'nej' };
  if (typeof v === 'number') {
    if (code && Number.isInteger(v) && v > 0 && v < 10_000) return { text: String(v).padStart(4, '0') };
    return { text: numberText(v) };
  }
  if (v instanceof Date) return { text: Number.isNaN(v.getTime()) ? '' : dateText(v, numFmt) };
  if (typeof v === 'object') {
    if ('error' in v) return { text: '', error: String(v.error) };
    if ('richText' in v && Array.isArray(v.richText))
      return {
        text: v.richText
          .map((r) => r.text)
          .join('')
          .trim(),
      };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      if (result !== null && typeof result === 'object' && 'error' in result)
        return { text: '', error: String(result.error) };
      return valueText(result as CellValue, numFmt, code);
    }
    if ('text' in v) return valueText((v as { text: CellValue }).text, numFmt, code);
  }
  return { text: String(v) };
}
