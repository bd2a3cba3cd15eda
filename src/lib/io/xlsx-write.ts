/**
 * Records → one Excel workbook (.xlsx): a sheet per table with the CSV headers, an "Om filen" sheet
 * (what, when, which region, format version) and a hidden "Listor" sheet behind the data-validation
 * lists (DATA.md "Excel workbooks"). Codes, ids and dates are text cells so Excel keeps them as
 * written; numbers are numbers. Cells hold what the CSV writer writes (recordToCells), so
 * export → Excel → import changes nothing. Loads exceljs on first use.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ENTITIES, type EntityName } from '$lib/domain/records';
import { tableName } from '$lib/domain/entities';
import { ENUM_LABELS } from '$lib/domain/model';
import { tx } from '$lib/io/texts';
import { FORMAT_VERSION, type BundleMeta } from './bundle';
import { EXPORT_TABLES, scopedRecords, type Scope } from './exporting';
import type { Rec } from '$lib/domain/merge';
import { recordToCells, SCRIPT_DIALECT } from './write';
import { ABOUT_SHEET, HELPER_NAME, LISTS_SHEET } from './xlsx-read';

/** Sheet name of a table: its CSV file name without `.csv` ("planer"). */
export const sheetName = (entity: EntityName): string => tableName(entity);

/** `planatlas-<slug>-<yyyy-mm-dd>.xlsx`, like the bundle's name. */
export function workbookFileName(bundleName: string): string {
  return bundleName.replace(/\.zip$/, '.xlsx');
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Rows looked at to size a column: enough to be representative, cheap at 100 000 rows. */
const WIDTH_SAMPLE = 500;
/** Empty rows below the data that still get the validation lists, for rows a person adds. */
const VALIDATION_SPARE = 1_000;

interface ListValidation {
  type: 'list';
  allowBlank: boolean;
  formulae: string[];
  showErrorMessage: boolean;
  errorStyle: 'stop' | 'warning';
}
/** exceljs has `dataValidations` on every worksheet but not in its type definitions. */
const validations = (ws: Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ListValidation): void } }).dataValidations;

export async function workbookBytes(
  tables: Partial<Record<EntityName, Rec[]>>,
  scope: Scope,
  meta: BundleMeta,
): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Planatlas';
  wb.created = new Date(meta.created);
  wb.modified = new Date(meta.created);
  const about = wb.addWorksheet(ABOUT_SHEET);
  const lists = listSheet(wb, codeLists(tables.themes ?? []));
  for (const table of EXPORT_TABLES) addTable(wb, table, scopedRecords(table, tables[table] ?? [], scope), lists);
  fillAbout(about, meta);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** The values of the drop-down lists as files hold them: each enumeration's codes, the theme ids. */
export function codeLists(themes: Rec[]): [string, string[]][] {
  const lists: [string, string[]][] = Object.entries(ENUM_LABELS).map(([kind, labels]) => [kind, Object.keys(labels)]);
  lists.push(['themes', themes.map((th) => String(th.id)).sort()]);
  return lists;
}

/**
 * Mark a sheet as the workbook's own helper (lists, instructions, column guide), so that import
 * skips it whatever it is called, and reads a person's own sheet of the same name (xlsx-read.ts).
 */
export function markHelperSheet(wb: Workbook, ws: Worksheet): void {
  const n = wb.definedNames.model.filter((d) => d.name.startsWith(HELPER_NAME)).length + 1;
  wb.definedNames.add(`'${ws.name.replace(/'/g, "''")}'!$A$1`, `${HELPER_NAME}_${n}`);
}

/** The hidden sheet of valid values: one column per list (kind → values); returns the range formula of each. */
export function listSheet(wb: Workbook, columns: [string, string[]][]): Map<string, string> {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  markHelperSheet(wb, ws);
  const ranges = new Map<string, string>();
  columns.forEach(([kind, values], i) => {
    const col = ws.getColumn(i + 1);
    col.values = [kind, ...values];
    const letter = String.fromCharCode(65 + i);
    if (values.length) ranges.set(kind, `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${values.length + 1}`);
  });
  return ranges;
}

/**
 * A table for a person to fill (collection templates): the app's own columns (the registry's
 * `hidden` fields: ids, kalla, uppdaterad) hidden and locked, every other cell below the header
 * open, the sheet protected without a password (a guard against slips, not a lock).
 */
export async function protectForPeople(ws: Worksheet, entity: EntityName): Promise<void> {
  ENTITIES[entity].fields.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    if (f.hidden) col.hidden = true;
    else col.protection = { locked: false };
  });
  ws.getRow(1).eachCell((c) => (c.protection = { locked: true }));
  await ws.protect('', { formatRows: true, insertRows: true, deleteRows: true });
}

export function addTable(wb: Workbook, entity: EntityName, records: Rec[], lists: Map<string, string>): void {
  const fields = ENTITIES[entity].fields;
  const ws = wb.addWorksheet(sheetName(entity), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = fields.map((f) => ({ header: f.key, key: f.key, style: f.type === 'number' ? {} : { numFmt: '@' } }));
  const widths = fields.map((f) => f.key.length);
  records.forEach((r, n) => {
    const cells = recordToCells(entity, r, SCRIPT_DIALECT);
    const row = fields.map((f, i) => {
      const v = r[f.key];
      if (f.type === 'number' && typeof v === 'number' && Number.isFinite(v)) return v;
      return cells[i] === '' ? null : cells[i];
    });
    ws.addRow(row);
    if (n < WIDTH_SAMPLE) cells.forEach((c, i) => (widths[i] = Math.max(widths[i], longestLine(c))));
  });
  fields.forEach((_, i) => (ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2))));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((c) => (c.numFmt = '@'));
  const last = records.length + 1 + VALIDATION_SPARE;
  fields.forEach((f, i) => {
    const list = f.enumKind ? lists.get(f.enumKind) : f.type === 'themes' ? lists.get('themes') : undefined;
    if (!list) return;
    const letter = ws.getColumn(i + 1).letter;
    // A themes cell may hold several ids joined by |, so the list only warns there.
    validations(ws).add(`${letter}2:${letter}${last}`, {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      errorStyle: f.type === 'themes' ? 'warning' : 'stop',
    });
  });
}

function fillAbout(ws: Worksheet, meta: BundleMeta): void {
  const m = tx().xlsx;
  ws.columns = [{ width: 18 }, { width: 90 }];
  ws.addRows([
    [m.aboutTitle, 'Planatlas'],
    [m.aboutWhat, m.aboutWhatValue],
    [m.aboutCreated, meta.created],
    [m.aboutRegion, meta.regionName],
    [m.aboutFormat, FORMAT_VERSION],
    [m.aboutTables, EXPORT_TABLES.map(sheetName).join(', ')],
    ['', m.aboutHint],
  ]);
  ws.getColumn(1).font = { bold: true };
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

const longestLine = (s: string) => s.split('\n').reduce((a, l) => Math.max(a, l.length), 0);
