/**
 * Records → CSV text. The Excel dialect (UTF-8 BOM, `;`, CRLF, decimal comma) is what Swedish
 * Excel opens right with a double-click; the script dialect is plain RFC 4180 with `,` and LF.
 * No `sep=` line: Excel would then ignore the BOM, and other readers would see a data row.
 * Pure: no DOM.
 */
import { ENTITIES, type EntityName } from '$lib/domain/records';
import { escapeFormula, formatNumber } from './values';

export interface CsvDialect {
  bom: boolean;
  delimiter: ';' | ',';
  newline: '\r\n' | '\n';
  decimalComma: boolean;
}

export const EXCEL_DIALECT: CsvDialect = { bom: true, delimiter: ';', newline: '\r\n', decimalComma: true };
export const SCRIPT_DIALECT: CsvDialect = { bom: false, delimiter: ',', newline: '\n', decimalComma: false };
/**
 * The CSVs inside a bundle: the Excel dialect without the BOM, so that the files are what the
 * datapackage declares (`encoding: utf-8`, `;`, CRLF) for Frictionless tools. Older bundles with
 * a BOM still import (the reader strips it). Excel users get "Exportera CSV" with the BOM.
 */
export const BUNDLE_DIALECT: CsvDialect = { ...EXCEL_DIALECT, bom: false };

/**
 * One cell text per field of the entity, in the order of `ENTITIES[entity].fields`: lists joined
 * by `|`, booleans ja/nej, numbers in number fields as `formatNumber` writes them (not escaped,
 * so `-12,5` stays a number in Excel), everything else through `escapeFormula`. The importer
 * undoes this with `unescapeFormula` on every cell outside number fields. Line breaks in a cell
 * become LF.
 */
export function recordToCells(entity: EntityName, record: Record<string, unknown>, dialect: CsvDialect): string[] {
  return ENTITIES[entity].fields.map((field) => {
    const v = record[field.key];
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') {
      return field.type === 'number' ? formatNumber(v, dialect.decimalComma) : text(String(v));
    }
    if (typeof v === 'boolean') return v ? 'ja' : 'nej';
    if (Array.isArray(v)) return text(v.map((x) => (x == null ? '' : String(x))).join('|'));
    return text(String(v));
  });
}

/** Line breaks inside a cell are written as LF (as Excel does for Alt+Enter); the importer reads CRLF and CR as LF too. */
const text = (s: string) => escapeFormula(s.replace(/\r\n?/g, '\n'));

/** Quote a cell when it holds the delimiter, a quote or a line break, or starts or ends with a space. */
function quoteCell(cell: string, delimiter: string): string {
  const needs = cell.includes(delimiter) || /["\r\n]/.test(cell) || cell.startsWith(' ') || cell.endsWith(' ');
  return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The whole file: optional BOM, header row of field keys, one row per record; every line ends with the newline. */
export function toCsv(entity: EntityName, records: Record<string, unknown>[], dialect: CsvDialect): string {
  const line = (cells: string[]) =>
    cells.map((c) => quoteCell(c, dialect.delimiter)).join(dialect.delimiter) + dialect.newline;
  const header = line(ENTITIES[entity].fields.map((f) => f.key));
  const body = records.map((r) => line(recordToCells(entity, r, dialect))).join('');
  return (dialect.bom ? '\ufeff' : '') + header + body;
}

/**
 * A plain table (not an entity) as CSV in a dialect, e.g. the import report: every cell goes
 * through `escapeFormula`, since these cells repeat text from imported files.
 */
export function toCsvRows(header: string[], rows: string[][], dialect: CsvDialect = EXCEL_DIALECT): string {
  const line = (cells: string[]) =>
    cells.map((c) => quoteCell(text(c), dialect.delimiter)).join(dialect.delimiter) + dialect.newline;
  return (dialect.bom ? '\ufeff' : '') + line(header) + rows.map(line).join('');
}
