/**
 * Parsed table → validated records. Each row goes through the same validation as the edit forms;
 * problems become issues with file, row and column. Rows without id get a deterministic id so the
 * same file imported twice changes nothing.
 */
import { t } from '../i18n';
import { ENTITIES, validateRecord, type EntityName, type ValidationContext } from '../domain/records';
import { slugId } from '../domain/ids';
import type { FileIssue } from './issues';
import { mapHeaders } from './headers';
import { unescapeFormula } from './values';

export interface RawRow {
  row: number;
  raw: Record<string, string>;
}

export interface RowsResult {
  entity: EntityName;
  /** Valid records, in file order. */
  records: Record<string, unknown>[];
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

const DATE_FIELD: Partial<Record<EntityName, string>> = { plans: 'startdatum', measures: 'start', events: 'datum', requests: 'datum' };

/** The id a row without id gets: "<kommunkod>-<prefix>-<hash of title and date>". */
export function deterministicId(entity: EntityName, record: Record<string, unknown>): string {
  const spec = ENTITIES[entity];
  const title = String(record[spec.titleField] ?? '').trim().toLowerCase();
  const date = String(record[DATE_FIELD[entity] ?? ''] ?? '');
  const kommun = String(record.kommunkod ?? '');
  return [kommun, spec.idPrefix, shortHash(`${title}\u0000${date}`)].filter(Boolean).join('-');
}

/** Swedish personal identity numbers (and coordination numbers) with a valid check digit. */
const PNR = /(?<!\d)((?:19|20)?\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?!\d)/g;

export function findPersonalNumbers(text: string): string[] {
  const hits: string[] = [];
  for (const m of text.matchAll(PNR)) {
    const month = +m[2];
    const day = +m[3];
    if (month < 1 || month > 12 || !((day >= 1 && day <= 31) || (day >= 61 && day <= 91))) continue;
    const ten = `${m[1].slice(-2)}${m[2]}${m[3]}${m[5]}`;
    if (luhn(ten)) hits.push(m[0]);
  }
  return hits;
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

export function rowsToRecords(
  file: string,
  entity: EntityName,
  rows: RawRow[],
  ctx: ValidationContext,
  opts: { source: string; headerOf?: (field: string) => string; onProgress?: (done: number) => void },
): RowsResult {
  const spec = ENTITIES[entity];
  const issues: FileIssue[] = [];
  const records: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  const seen = new Map<string, number>();
  const headerOf = opts.headerOf ?? ((f: string) => f);
  const freeText = spec.fields.filter((f) => FREE_TEXT.has(f.type)).map((f) => f.key);
  let invalidRows = 0;

  let done = 0;
  for (const { row, raw } of rows) {
    if (opts.onProgress && ++done % 5000 === 0) opts.onProgress(done);
    const result = validateRecord(entity, raw, ctx);
    for (const n of result.notes) issues.push({ file, row, column: headerOf(n.field), severity: 'info', message: n.message });
    if (!result.ok) {
      invalidRows++;
      for (const e of result.errors) issues.push({ file, row, column: headerOf(e.field), severity: 'error', message: e.message });
      continue;
    }
    const rec = result.value;
    if ('kalla' in rec && !rec.kalla) rec.kalla = opts.source;
    if (spec.fields.some((f) => f.key === 'id') && !rec.id) {
      let id = entity === 'regions' || entity === 'themes' ? slugId(String(rec.namn), new Set()) : deterministicId(entity, rec);
      const base = id;
      for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
      if (id !== base) issues.push({ file, row, severity: 'warning', message: t.rows.sameDerivedId(seen.get(base)!, base) });
      rec.id = id;
    }
    const key = entity === 'indicatorValues' ? `${rec.indikator}|${rec.kommunkod}|${rec.period}` : String(rec.id);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      invalidRows++;
      issues.push({ file, row, column: headerOf(entity === 'indicatorValues' ? 'period' : 'id'), severity: 'error', message: t.rows.duplicateKey(key, earlier) });
      continue;
    }
    seen.set(key, row);
    for (const f of freeText) {
      const v = rec[f];
      const text = Array.isArray(v) ? v.join(' ') : String(v ?? '');
      if (text && findPersonalNumbers(text).length) {
        issues.push({ file, row, column: headerOf(f), severity: 'warning', message: t.rows.personalNumber });
      }
    }
    // Keep the plan/region references of later entities valid within the same import.
    if (entity === 'plans') ctx.plans.set(String(rec.id), String(rec.kommunkod));
    if (entity === 'regions') ctx.regionIds.add(String(rec.id));
    if (entity === 'themes') ctx.themes.set(String(rec.id), String(rec.namn));
    records.push(rec);
    rowNumbers.push(row);
  }
  return { entity, records, rowNumbers, invalidRows, issues };
}

/** Cells of a parsed CSV table → raw rows keyed by field, with the formula prefix removed. */
export function tableRows(
  entity: EntityName,
  headers: string[],
  rows: { row: number; cells: string[] }[],
): { raws: RawRow[]; headerOf: (field: string) => string; mapping: ReturnType<typeof mapHeaders> } {
  const mapping = mapHeaders(entity, headers);
  const cols = mapping.fields.map((f, i) => [f, i] as const).filter(([f]) => f !== null) as [string, number][];
  const raws = rows.map(({ row, cells }) => {
    const raw: Record<string, string> = {};
    for (const [f, i] of cols) raw[f] = unescapeFormula(cells[i] ?? '');
    return { row, raw };
  });
  const headerOf = (field: string) => {
    const i = mapping.fields.indexOf(field);
    return i >= 0 ? headers[i] : field;
  };
  return { raws, headerOf, mapping };
}
