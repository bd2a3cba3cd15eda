/**
 * Indicator values from Kolada: its CSV column names (`kpi`, `municipality`, `period`, `value`,
 * `gender` ...) and its API JSON, v3 and the retired v2 (`values[].values[]`) → raw `nyckeltal` rows, which then go
 * the ordinary way (validateRecord). See DATA.md, "Indicators from Kolada". Pure; never throws.
 */
import { fold } from '$lib/domain/text';
import { tx } from '$lib/io/texts';
import type { FileIssue } from './issues';

type KoladaRaw = { row: number; raw: Record<string, string> };

const SOURCE = 'Kolada';
const REQUIRED = ['kpi', 'municipality', 'period', 'value'] as const;
/** Gender code of the total (Kolada: T = totalt, K = kvinnor, M = män). */
const TOTAL = 'T';

const normalize = (h: string) => fold(h, '_');

/** Do these (normalised) headers look like Kolada's own columns? */
export function isKoladaHeaders(normalizedHeaders: string[]): boolean {
  const set = new Set(normalizedHeaders.map(normalize));
  return REQUIRED.every((h) => set.has(h));
}

/** "rad 3, 7, 9 …": up to five row numbers, so a person can find them. */
const rowList = (rows: number[]) => rows.slice(0, 5).join(', ') + (rows.length > 5 ? ' …' : '');

/** Shared notes for skipped values (one issue per kind, not one per row). */
function skipIssues(file: string, gender: number[], empty: number[], withRows: boolean): FileIssue[] {
  const issues: FileIssue[] = [];
  if (gender.length)
    issues.push({
      file,
      severity: 'info',
      message: tx().bundle.kolada.genderSkipped(gender.length, withRows ? rowList(gender) : ''),
    });
  if (empty.length)
    issues.push({
      file,
      severity: 'info',
      message: tx().bundle.kolada.emptySkipped(empty.length, withRows ? rowList(empty) : ''),
    });
  return issues;
}

/**
 * Kolada CSV rows → raw `nyckeltal` rows `{ indikator, kommunkod, period, varde, kalla: 'Kolada' }`.
 * Rows for a gender other than T are skipped, and so are rows without a value; each kind is
 * reported in one info issue. `row` is passed through (Excel numbering).
 */
export function koladaRowsToRaw(
  headers: string[],
  rows: { row: number; cells: string[] }[],
  file: string,
): { raws: KoladaRaw[]; issues: FileIssue[] } {
  const norm = headers.map(normalize);
  const col = (name: string) => norm.indexOf(name);
  const missing = REQUIRED.filter((h) => col(h) < 0);
  if (missing.length)
    return {
      raws: [],
      issues: [{ file, severity: 'error', message: tx().bundle.kolada.missingColumns(missing.join(', ')) }],
    };

  const [iKpi, iMun, iPeriod, iValue, iGender] = [
    col('kpi'),
    col('municipality'),
    col('period'),
    col('value'),
    col('gender'),
  ];
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
  const raws: KoladaRaw[] = [];
  const genderRows: number[] = [];
  const emptyRows: number[] = [];
  for (const { row, cells } of rows) {
    const gender = cell(cells, iGender);
    if (gender && gender.toUpperCase() !== TOTAL) {
      genderRows.push(row);
      continue;
    }
    const value = cell(cells, iValue);
    if (!value) {
      emptyRows.push(row);
      continue;
    }
    raws.push({
      row,
      raw: {
        indikator: cell(cells, iKpi),
        kommunkod: cell(cells, iMun),
        period: cell(cells, iPeriod),
        varde: value,
        kalla: SOURCE,
      },
    });
  }
  return { raws, issues: skipIssues(file, genderRows, emptyRows, true) };
}

/**
 * A number as text the value parser reads back exactly: JSON and Excel numbers carry no
 * thousands separator, but `1.234` on its own looks like one, so it is written `1.2340`.
 */
export function numberText(n: number): string {
  const s = String(n);
  return /^-?[1-9]\d{0,2}\.\d{3}$/.test(s) ? s + '0' : s;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number =>
  (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v));

/** A number JSON cannot hold (1e309 is read as Infinity), as a number or as the text it became. */
const notFinite = (v: unknown): boolean =>
  (typeof v === 'number' && !Number.isFinite(v)) || (typeof v === 'string' && /^[+-]?(infinity|nan)$/i.test(v.trim()));

/** An element of `values` as Kolada API v2 writes it. */
const isEntry = (v: unknown): v is Json =>
  isObject(v) && isScalar(v.kpi) && isScalar(v.municipality) && isScalar(v.period) && Array.isArray(v.values);

/**
 * Kolada API JSON (v3 pages and v2 files: the same `values[].values[]`) → raw `nyckeltal` rows, one per (kpi, municipality, period) with the
 * total (gender T; the single value when there is no gender). `row` is the 1-based index in
 * `values`. Numbers are written with '.' as decimal mark.
 */
export function parseKoladaJson(
  text: string,
  file: string,
): { ok: true; value: { raws: KoladaRaw[]; issues: FileIssue[] } } | { ok: false; issues: FileIssue[] } {
  const fail = (message: string) => ({ ok: false as const, issues: [{ file, severity: 'error' as const, message }] });
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(tx().bundle.kolada.notJson(file));
  }
  if (!isObject(doc) || !Array.isArray(doc.values)) return fail(tx().bundle.kolada.notV2(file));
  const entries = doc.values as unknown[];
  if (entries.length && !entries.some(isEntry)) return fail(tx().bundle.kolada.notV2(file));

  // Values fetched by "Hämta från Kolada" carry their provenance ("Kolada (hämtat 2026-11-24)").
  const source = typeof doc.kalla === 'string' && doc.kalla.trim() ? doc.kalla.trim() : SOURCE;
  const issues: FileIssue[] = [];
  const raws: KoladaRaw[] = [];
  const genderSkipped: number[] = [];
  const emptySkipped: number[] = [];
  entries.forEach((entry, i) => {
    const row = i + 1;
    if (!isEntry(entry)) {
      issues.push({ file, row, severity: 'error', message: tx().bundle.kolada.badEntry });
      return;
    }
    const values = (entry.values as unknown[]).filter(isObject);
    const hasGender = values.some((v) => v.gender !== undefined && v.gender !== null && v.gender !== '');
    const name = `${String(entry.kpi).trim()} ${String(entry.municipality).trim()} ${String(entry.period).trim()}`;
    let pick: Json | undefined;
    if (hasGender) {
      const totals = values.filter(
        (v) =>
          String(v.gender ?? '')
            .trim()
            .toUpperCase() === TOTAL,
      );
      genderSkipped.push(...values.filter((v) => !totals.includes(v)).map(() => row));
      // Two totals for one KPI, municipality and period: which one holds cannot be known (never the last silently).
      if (totals.length > 1) {
        issues.push({ file, row, severity: 'error', message: tx().bundle.kolada.twoTotals(name, totals.length) });
        return;
      }
      pick = totals[0];
    } else if (values.length === 1) pick = values[0];
    else if (values.length > 1) {
      issues.push({ file, row, severity: 'error', message: tx().bundle.kolada.ambiguous(values.length) });
      return;
    }
    const value = pick?.value;
    // JSON reads 1e309 as Infinity (and "Hämta från Kolada" hands it on as text, kolada-api.ts): a
    // value that is not a finite number is an error naming the entry, never a missing value.
    if (notFinite(value)) {
      issues.push({ file, row, severity: 'error', message: tx().bundle.kolada.notFinite(name, String(value)) });
      return;
    }
    if (!isScalar(value)) {
      emptySkipped.push(row);
      return;
    }
    raws.push({
      row,
      raw: {
        indikator: String(entry.kpi).trim(),
        kommunkod: String(entry.municipality).trim(),
        period: String(entry.period).trim(),
        varde: typeof value === 'number' ? numberText(value) : String(value).trim(),
        kalla: source,
      },
    });
  });
  issues.push(...skipIssues(file, genderSkipped, emptySkipped, false));
  if (!entries.length) issues.push({ file, severity: 'warning', message: tx().bundle.kolada.empty(file) });
  const next = doc.next_url ?? doc.next_page;
  if (next !== undefined && next !== null && next !== '') {
    issues.push({ file, severity: 'warning', message: tx().bundle.kolada.nextPage(file) });
  }
  return { ok: true, value: { raws, issues } };
}
