/**
 * Parsed table → validated records. Each row goes through the same validation as the edit forms;
 * problems become issues with file, row and column. Rows without id get a deterministic id so the
 * same file imported twice changes nothing.
 */
import { sayMsg, tx } from '$lib/io/texts';
import {
  ENTITIES,
  fieldOf,
  keyFields,
  keyOf,
  keyText,
  type EntityName,
  type FieldSpec,
  type RecordOfEntity,
} from '$lib/domain/entities';
import { memoFor, validateRecord, validateValues, type Validation, type ValidationContext } from '$lib/domain/records';
import { slugId } from '$lib/domain/ids';
import type { FileIssue } from './issues';
import { mapHeaders } from './headers';
import { unescapeFormula } from './values';
import { KeyRows } from './keyRows';

export interface RawRow {
  row: number;
  raw: Record<string, string>;
}

/**
 * The rows of a parsed table read through its header mapping, without an object per row: each row's
 * raw values are filled into one object in turn as it is validated (`tableCells`).
 */
export interface CellRows {
  rows: readonly { row: number; cells: string[] }[];
  /** Field and column index of each mapped column, in column order. */
  cols: readonly (readonly [string, number])[];
  length: number;
}

/** Records handed on as they are validated, `size` at a time (the last part may be smaller). */
export interface RecordSlices<R> {
  size: number;
  send: (records: R[]) => void;
  /**
   * False: the records sent are the receiver's, not kept in `records` as well (the result's `records`
   * then holds none of them; `rowNumbers` still has every valid row). The import worker hands each
   * slice on and keeps nothing, so 100 000 records die young instead of living to the end of the read.
   */
  keep?: boolean;
}

export interface RowsResult<E extends EntityName = EntityName, R = RecordOfEntity<E>> {
  entity: E;
  /**
   * Valid records, in file order. A row without `uppdaterad` keeps it empty here (it counts as older
   * than any stored record that has one, see merge.ts); the merge stamps it when it is written.
   */
  records: R[];
  /** The file row of each valid record. */
  rowNumbers: number[];
  /** Number of rows with at least one error (left out of `records`). */
  invalidRows: number;
  issues: FileIssue[];
}

/** 48-bit FNV-1a hash as 12 hex digits: short, stable, no crypto needed. */
export function shortHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return ((a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')).slice(0, 12);
}

/** The id a row without id gets: "<kommunkod>-<prefix>-<hash of title and date>". */
export function deterministicId(entity: EntityName, record: object): string {
  const spec = ENTITIES[entity];
  const rec = record as Record<string, unknown>;
  const title = String(rec[spec.titleField] ?? '')
    .trim()
    .toLowerCase();
  const date = spec.dateField ? String(rec[spec.dateField] ?? '') : '';
  const kommun = String(rec.kommunkod ?? '');
  return [kommun, spec.idPrefix, shortHash(`${title}\u0000${date}`)].filter(Boolean).join('-');
}

/** Swedish personal identity numbers (and coordination numbers) with a valid check digit. */
const PNR = /(?<!\d)((?:19|20)?\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?!\d)/g;

export function findPersonalNumbers(text: string): string[] {
  const hits: string[] = [];
  if (!mayHoldPersonalNumber(text)) return hits;
  for (const m of text.matchAll(PNR)) {
    const month = +m[2];
    const day = +m[3];
    if (month < 1 || month > 12 || !((day >= 1 && day <= 31) || (day >= 61 && day <= 91))) continue;
    const ten = `${m[1].slice(-2)}${m[2]}${m[3]}${m[5]}`;
    if (luhn(ten)) hits.push(m[0]);
  }
  return hits;
}

/**
 * Could `text` hold a personal number? Every match holds six ASCII digits in a row (`\d` without
 * the u flag is [0-9]) and ten in all; most free texts have neither, and looking for them is much
 * cheaper than the look-behind regex (and makes no array: the import asks for three texts a row).
 */
export function mayHoldPersonalNumber(text: string): boolean {
  return text.length >= 10 && SIX_DIGITS.test(text) && hasTenDigits(text);
}

const SIX_DIGITS = /\d{6}/;

function hasTenDigits(text: string): boolean {
  if (text.length < 10) return false;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits === 10) return true;
  }
  return false;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = +digits[i] * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

const FREE_TEXT = new Set(['text', 'longtext', 'list']);

export function rowsToRecords<E extends EntityName>(
  file: string,
  entity: E,
  rows: RawRow[] | CellRows,
  ctx: ValidationContext,
  opts: {
    source: string;
    headerOf?: (field: string) => string;
    onProgress?: (done: number) => void;
    /** Receives the valid records in slices as they are made (they are in `records` too). */
    slices?: RecordSlices<RecordOfEntity<E>>;
  },
): RowsResult<E> {
  const spec = ENTITIES[entity];
  const issues: FileIssue[] = [];
  let records: RecordOfEntity<E>[] = [];
  const rowNumbers: number[] = [];
  // Key → row of the records taken so far (a Map's behaviour, cheaper for 100 000 keys).
  const seen = new KeyRows();
  const headerOf = opts.headerOf ?? ((f: string) => f);
  const freeText = spec.fields.filter((f) => FREE_TEXT.has(f.type)).map((f) => f.key);
  const hasId = !!fieldOf(entity, 'id');
  const dated = !!fieldOf(entity, 'uppdaterad');
  const keyColumn = keyFields(entity)[keyFields(entity).length - 1];
  let invalidRows = 0;

  const raws = Array.isArray(rows) ? rows : null;
  const cells = Array.isArray(rows) ? null : (rows as CellRows);
  // One array holds each row's raw values in turn, in field order (nothing keeps it: validation
  // copies what it keeps), read from the column of each field (-1: none).
  const values: (string | undefined)[] = spec.fields.map(() => undefined);
  const columnOf = cells ? fieldColumns(spec.fields, cells.cols) : [];
  const updatedAt = spec.fields.findIndex((f) => f.key === 'uppdaterad');
  // Repeated cells (codes, statuses, dates, themes) validated once per table, with this table's context.
  const memo = cells ? memoFor(entity) : undefined;
  const slices = opts.slices;
  let sent = 0;

  for (let i = 0; i < rows.length; i++) {
    let row: number;
    let result: Validation<E>;
    let updated: string | undefined;
    if (raws) {
      const raw = raws[i].raw;
      row = raws[i].row;
      result = validateRecord(entity, raw, ctx);
      updated = raw.uppdaterad;
    } else {
      const r = cells!.rows[i];
      row = r.row;
      fillValues(values, r.cells, columnOf);
      result = validateValues(entity, values, ctx, memo);
      updated = values[updatedAt];
    }
    if (opts.onProgress && (i + 1) % 5000 === 0) opts.onProgress(i + 1);
    // Index loops, not for-of: an iterator per row and list is what the collector has to take back.
    for (let k = 0; k < result.notes.length; k++) {
      const n = result.notes[k];
      issues.push({ file, row, column: headerOf(n.field), severity: 'info', message: sayMsg(n.msg) });
    }
    if (!result.ok) {
      invalidRows++;
      for (const e of result.errors)
        issues.push({ file, row, column: headerOf(e.field), severity: 'error', message: sayMsg(e.msg) });
      continue;
    }
    const typed = result.value;
    // Fields set here (source, derived id, undated) are the entity's own: write them through a plain view.
    const rec = typed as Record<string, unknown>;
    if ('kalla' in rec && !rec.kalla) rec.kalla = opts.source;
    if (dated && !(updated ?? '').trim()) rec.uppdaterad = '';
    if (hasId && !rec.id) {
      let id =
        entity === 'regions' || entity === 'themes'
          ? slugId(String(rec.namn), new Set())
          : deterministicId(entity, rec);
      const base = id;
      for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
      if (id !== base)
        issues.push({ file, row, severity: 'warning', message: tx().rows.sameDerivedId(seen.get(base)!, base) });
      rec.id = id;
    }
    const key = keyOf(entity, rec);
    const earlier = seen.getOrAdd(key, row);
    if (earlier !== undefined) {
      invalidRows++;
      issues.push({
        file,
        row,
        column: headerOf(keyColumn),
        severity: 'error',
        message: tx().rows.duplicateKey(keyText(entity, rec), earlier),
      });
      continue;
    }
    for (let k = 0; k < freeText.length; k++) {
      const f = freeText[k];
      const v = rec[f];
      // A list is joined only when its values hold ten digits together (no personal number without).
      const text = Array.isArray(v) ? (digitsIn(v) >= 10 ? v.join(' ') : '') : String(v ?? '');
      if (text && mayHoldPersonalNumber(text) && findPersonalNumbers(text).length) {
        issues.push({ file, row, column: headerOf(f), severity: 'warning', message: tx().rows.personalNumber });
      }
    }
    // Keep the plan/region references of later entities valid within the same import.
    if (entity === 'plans') ctx.plans.set(String(rec.id), String(rec.kommunkod));
    if (entity === 'regions') ctx.regionIds.add(String(rec.id));
    if (entity === 'themes') ctx.themes.set(String(rec.id), String(rec.namn));
    records.push(typed);
    rowNumbers.push(row);
    if (slices && records.length - sent === slices.size) {
      if (slices.keep === false) {
        slices.send(records);
        records = [];
      } else {
        slices.send(records.slice(sent));
        sent = records.length;
      }
    }
  }
  if (slices) for (; sent < records.length; sent += slices.size) slices.send(records.slice(sent, sent + slices.size));
  if (slices?.keep === false) records = [];
  return { entity, records, rowNumbers, invalidRows, issues };
}

/** The column each field is read from (the last mapped to it, as `fillRaw` writes them in turn), or -1. */
function fieldColumns(fields: readonly FieldSpec[], cols: CellRows['cols']): number[] {
  return fields.map((f) => {
    let at = -1;
    for (const [field, column] of cols) if (field === f.key) at = column;
    return at;
  });
}

/** A row's cells as raw values in field order (formula prefix removed), written into `into`. */
function fillValues(into: (string | undefined)[], cells: string[], columnOf: readonly number[]): void {
  for (let i = 0; i < columnOf.length; i++) {
    const c = columnOf[i];
    if (c >= 0) into[i] = unescapeFormula(cells[c] ?? '');
  }
}

/** A row's cells as raw values keyed by field (formula prefix removed), written into `into`. */
function fillRaw(into: Record<string, string>, cells: string[], cols: CellRows['cols']): Record<string, string> {
  for (let i = 0; i < cols.length; i++) into[cols[i][0]] = unescapeFormula(cells[cols[i][1]] ?? '');
  return into;
}

/** ASCII digits in a list's values, counted up to ten. */
function digitsIn(values: unknown[]): number {
  let n = 0;
  for (const v of values) {
    const s = String(v ?? '');
    for (let i = 0; i < s.length && n < 10; i++) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) n++;
    }
  }
  return n;
}

/**
 * The same record (same entity and key) in two files of one import is an error: the later row is
 * taken out of its table's records (as an invalid row) and gets an issue naming the other file and
 * row. Returns those issues (for the import's list of issues). Tables in the order the person gave them.
 */
export function crossFileDuplicates(tables: { file: string; result: RowsResult | null }[]): FileIssue[] {
  const out: FileIssue[] = [];
  const first = new Map<string, { file: string; row: number }>();
  // A table whose entity no other table has can have no record of another file: not looked at.
  const tablesOf = new Map<EntityName, number>();
  for (const { result } of tables) if (result) tablesOf.set(result.entity, (tablesOf.get(result.entity) ?? 0) + 1);
  for (const { file, result } of tables) {
    if (!result || tablesOf.get(result.entity) === 1) continue;
    const { entity } = result;
    const column = keyFields(entity)[keyFields(entity).length - 1];
    const keep: boolean[] = result.records.map((rec, i) => {
      const id = `${entity}\u0000${keyOf(entity, rec)}`;
      const row = result.rowNumbers[i];
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, { file, row });
        return true;
      }
      if (earlier.file === file) return true; // within one file rowsToRecords has already reported it
      const issue: FileIssue = {
        file,
        row,
        column,
        severity: 'error',
        message: tx().rows.duplicateAcrossFiles(keyText(entity, rec), earlier.file, earlier.row),
      };
      out.push(issue);
      return false;
    });
    if (keep.every(Boolean)) continue;
    result.invalidRows += keep.filter((k) => !k).length;
    (result as RowsResult).records = result.records.filter((_, i) => keep[i]);
    result.rowNumbers = result.rowNumbers.filter((_, i) => keep[i]);
  }
  return out;
}

/** Cells of a parsed CSV table → raw rows keyed by field, with the formula prefix removed. */
export function tableRows(
  entity: EntityName,
  headers: string[],
  rows: { row: number; cells: string[] }[],
): { raws: RawRow[]; headerOf: (field: string) => string; mapping: ReturnType<typeof mapHeaders> } {
  const { rows: cells, headerOf, mapping } = tableCells(entity, headers, rows);
  const raws = rows.map(({ row, cells: c }) => ({ row, raw: fillRaw({}, c, cells.cols) }));
  return { raws, headerOf, mapping };
}

/** `tableRows` without the raw rows: the cells are read through the mapping as each row is validated. */
export function tableCells(
  entity: EntityName,
  headers: string[],
  rows: { row: number; cells: string[] }[],
): { rows: CellRows; headerOf: (field: string) => string; mapping: ReturnType<typeof mapHeaders> } {
  const mapping = mapHeaders(entity, headers);
  const cols = mapping.fields.map((f, i) => [f, i] as const).filter(([f]) => f !== null) as [string, number][];
  const headerOf = (field: string) => {
    const i = mapping.fields.indexOf(field);
    return i >= 0 ? headers[i] : field;
  };
  return { rows: { rows, cols, length: rows.length }, headerOf, mapping };
}
