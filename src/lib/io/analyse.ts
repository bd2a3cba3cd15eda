/**
 * The read half of an import, pure and worker-safe: files → decoded, parsed, mapped and validated
 * tables with every issue. Nothing here touches the database; merge and commit come after the preview.
 */
import { fold } from '$lib/domain/text';
import { tx } from '$lib/io/texts';
import { register } from '$lib/domain/register';
import type { EntityName, ValidationContext } from '$lib/domain/records';
import { ENTITIES } from '$lib/domain/records';
import { IMPORT_ORDER, NAME_WORDS } from '$lib/domain/entities';
import { decodeBytes, type Encoding } from './decode';
import { normalizeHeader, parseCsvText, type Delimiter } from './csv';
import { detectEntity, mapHeaders } from './headers';
import { parseEnum } from '$lib/domain/model';
import { isKoladaHeaders, koladaRowsToRaw, parseKoladaJson } from './kolada';
import { readBundle } from './bundle';
import {
  crossFileDuplicates,
  rowsToRecords,
  tableCells,
  type CellRows,
  type RawRow,
  type RecordSlices,
  type RowsResult,
} from './rows';
import type { FileIssue } from './issues';
import { columnLetters, sheetLabel, type HiddenParts, type WorkbookRead } from './xlsx-read';
import type { SheetTable } from './sheet-table';
import { formatOf, RECORD_FORMATS, type RecordFormatId } from './formats';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
  /** An Excel workbook already read into sheets (by the worker, xlsx-read.ts); each sheet continues like a CSV file. */
  workbook?: WorkbookRead;
}

/** What the validator needs to know about stored data, as plain data (it crosses to a worker). */
export interface ContextData {
  themes: [string, string][];
  plans: [string, string][];
  regionIds: string[];
  now: string;
}

export interface AnalysedTable {
  /** Unique key: the file name, or "bundle.zip › planer.csv". */
  key: string;
  file: string;
  format: 'csv' | 'kolada-csv' | 'kolada-json' | 'xlsx';
  /** Provenance given to its records without `kalla`: the file name, the bundle's region, or Kolada. */
  source: string;
  entity: EntityName | null;
  encoding?: Encoding;
  delimiter?: Delimiter;
  headers: { header: string; field: string | null }[];
  rowCount: number;
  result: RowsResult | null;
  issues: FileIssue[];
  /** How the table was recognised, and whether that is a guess the person should check. */
  recognition?: Recognition;
  /** The first rows as read (cells under `headers`), so the person sees that å, ä and ö came through. */
  sample?: string[][];
}

export interface Analysis {
  tables: AnalysedTable[];
  /** Problems with a file as a whole (not a zip, unreadable) that produced no table. */
  issues: FileIssue[];
  /** Hidden sheets and rows of the workbooks, listed in the preview to be chosen (xlsx-read.ts `Include`). */
  hidden?: HiddenParts[];
}

export type Progress = (stage: string, done: number, total: number) => void;

/**
 * Takes the valid records of a table (its index in `Analysis.tables`) in slices of `size` as they are
 * validated, for a table whose records no other file can take out (no other table of its entity):
 * the worker posts them while it validates the rest. They are in the table's `records` too, unless `keep` is false.
 */
export interface Streaming {
  size: number;
  send: (table: number, records: unknown[]) => void;
  /** False: a streamed table's `records` are left empty (see RecordSlices `keep`). */
  keep?: boolean;
}

/** Processing order, so that plans, regions and themes are known before what refers to them. */
const ORDER = IMPORT_ORDER;

interface Pending {
  key: string;
  file: string;
  source: string;
  format: AnalysedTable['format'];
  entity: EntityName | null;
  encoding?: Encoding;
  delimiter?: Delimiter;
  headers: string[];
  raws: RawRow[] | CellRows | null;
  mappedHeaders: { header: string; field: string | null }[];
  headerOf: (f: string) => string;
  issues: FileIssue[];
  recognition?: Recognition;
  sample?: string[][];
}

export function analyseFiles(
  files: InputFile[],
  ctxData: ContextData,
  overrides: Record<string, EntityName> = {},
  progress: Progress = () => {},
  streaming?: Streaming,
): Analysis {
  const reading: Reading = { pending: [], issues: [], hidden: [], overrides, progress };
  for (const f of files) {
    if (f.workbook) addWorkbook(reading, f.name, f.workbook);
    else READERS[formatOf(RECORD_FORMATS, f.name, f.bytes)!.id](reading, f);
  }
  const tables = validateInOrder(reading.pending, ctxData, progress, streaming);
  // Show tables in the order the person gave the files.
  tables.sort(
    (a, b) => reading.pending.findIndex((p) => p.key === a.key) - reading.pending.findIndex((p) => p.key === b.key),
  );
  // The same record in two files of one import: an error naming both (the later row is left out).
  const issues = [...reading.issues, ...crossFileDuplicates(tables)];
  return { tables, issues, ...(reading.hidden.length ? { hidden: reading.hidden } : {}) };
}

/** What reading the files builds up: a pending table per file or sheet, and problems with whole files. */
interface Reading {
  pending: Pending[];
  issues: FileIssue[];
  hidden: HiddenParts[];
  overrides: Record<string, EntityName>;
  progress: Progress;
}

/**
 * The reader of each record format of the registry (formats.ts). A workbook comes already read
 * into sheets (`InputFile.workbook`, by the worker); one that did not is looked at as a zip, which
 * says that it is a workbook.
 */
const READERS: Record<RecordFormatId, (r: Reading, f: InputFile) => void> = {
  xlsx: (r, f) => addBundle(r, f),
  bundle: (r, f) => addBundle(r, f),
  'kolada-json': (r, f) => addKoladaJson(r, f),
  csv: (r, f) => addCsv(r, f.name, f.name, f.bytes, f.name, null),
};

/** One CSV file (or a workbook's sheet, already parsed): decode, parse, recognise, map the headers. */
function addCsv(
  r: Reading,
  key: string,
  file: string,
  bytes: Uint8Array,
  source: string,
  hint: EntityName | null,
  sheet?: SheetTable,
) {
  const { pending, overrides, progress } = r;
  progress(tx().importer.stageDecode(file), 0, 1);
  const { text, encoding } = sheet ? { text: '', encoding: 'utf-8' as const } : decodeBytes(bytes);
  progress(tx().importer.stageParse(file), 0, 1);
  const parsed = sheet ?? parseCsvText(text, file, encoding);
  if (!parsed.ok) {
    pending.push({
      key,
      file,
      source,
      format: 'csv',
      entity: overrides[key] ?? hint,
      encoding,
      headers: [],
      raws: null,
      mappedHeaders: [],
      headerOf: (f) => f,
      issues: parsed.issues,
    });
    return;
  }
  const table = parsed.value;
  const norm = table.headers.map(normalizeHeader);
  const sample = table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells);
  if (!overrides[key] && isKoladaHeaders(norm)) {
    const k = koladaRowsToRaw(table.headers, table.rows, file);
    pending.push({
      key,
      file,
      source,
      format: 'kolada-csv',
      entity: 'indicatorValues',
      encoding,
      delimiter: table.delimiter,
      headers: table.headers,
      raws: k.raws,
      mappedHeaders: table.headers.map((h) => ({ header: h, field: KOLADA_FIELD[normalizeHeader(h)] ?? null })),
      headerOf: (f) => table.headers.find((h) => KOLADA_FIELD[normalizeHeader(h)] === f) ?? f,
      issues: [...table.issues, ...k.issues],
      recognition: { by: 'kolada', guess: false },
      sample,
    });
    return;
  }
  const recognition: Recognition = overrides[key]
    ? { by: 'chosen', guess: false, entity: overrides[key] }
    : recogniseTable(file, table.headers, sample, hint);
  const entity = recognition.entity;
  const fileIssues = [...table.issues];
  if (!entity) {
    fileIssues.push({ file, severity: 'error', message: tx().importer.unknownEntity });
    pending.push({
      key,
      file,
      source,
      format: 'csv',
      entity: null,
      encoding,
      delimiter: table.delimiter,
      headers: table.headers,
      raws: null,
      mappedHeaders: table.headers.map((h) => ({ header: h, field: null })),
      headerOf: (f) => f,
      issues: fileIssues,
      recognition,
      sample,
    });
    return;
  }
  const { rows: raws, headerOf, mapping } = tableCells(entity, table.headers, table.rows);
  for (const h of mapping.unknown)
    fileIssues.push({ file, row: 1, column: h, severity: 'warning', message: tx().importer.unknownColumn(h) });
  for (const f of mapping.missingRequired)
    fileIssues.push({ file, row: 1, column: f, severity: 'error', message: tx().importer.missingColumn(f) });
  pending.push({
    key,
    file,
    source,
    format: 'csv',
    entity,
    encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    raws: mapping.missingRequired.length ? null : raws,
    mappedHeaders: table.headers.map((h, i) => ({ header: h, field: mapping.fields[i] })),
    headerOf,
    issues: fileIssues,
    recognition,
    sample,
  });
}

/** Each sheet of a workbook as a CSV table; then the columns are named by header and letter, as Excel shows them. */
function addWorkbook(r: Reading, name: string, wb: WorkbookRead) {
  const { pending, issues } = r;
  issues.push(...wb.issues);
  if (wb.hidden) r.hidden.push(wb.hidden);
  for (const s of wb.sheets) {
    const from = pending.length;
    const hint =
      (Object.keys(ENTITIES) as EntityName[]).find((e) => ENTITIES[e].file === `${s.sheet.toLowerCase()}.csv`) ?? null;
    addCsv(r, sheetLabel(name, s.sheet), sheetLabel(name, s.sheet), new Uint8Array(), wb.region || name, hint, s);
    for (const p of pending.slice(from)) {
      if (p.format === 'csv') p.format = 'xlsx';
      p.encoding = p.delimiter = undefined;
      const headerOf = p.headerOf;
      p.headerOf = (field) => {
        const h = headerOf(field);
        const i = p.headers.indexOf(h);
        return i < 0 ? h : `${h} (${columnLetters(i + 1)})`;
      };
    }
  }
}

/** A bundle: each of its CSV files as a table, with the region its datapackage names as source. */
function addBundle(r: Reading, f: InputFile) {
  const { issues } = r;
  const bundle = readBundle(f.bytes, f.name);
  if (!bundle.ok) {
    issues.push(...bundle.issues);
    return;
  }
  issues.push(...bundle.value.issues);
  const dp = bundle.value.datapackage as { 'planatlas:region'?: { name?: string } } | null;
  const source = dp?.['planatlas:region']?.name || f.name;
  for (const inner of bundle.value.files) {
    const base = inner.path.split('/').pop()!;
    const hint = (Object.keys(ENTITIES) as EntityName[]).find((e) => ENTITIES[e].file === base.toLowerCase()) ?? null;
    addCsv(r, `${f.name} › ${base}`, `${f.name} › ${base}`, inner.bytes, source, hint);
  }
}

/** Kolada API v2 JSON: indicator values. */
function addKoladaJson(r: Reading, f: InputFile) {
  const { pending, issues } = r;
  const { text } = decodeBytes(f.bytes);
  const k = parseKoladaJson(text, f.name);
  if (!k.ok) {
    issues.push(...k.issues);
    return;
  }
  pending.push({
    key: f.name,
    file: f.name,
    source: 'Kolada',
    format: 'kolada-json',
    entity: 'indicatorValues',
    headers: [],
    raws: k.value.raws,
    mappedHeaders: [],
    headerOf: (x) => x,
    issues: k.value.issues,
    recognition: { by: 'kolada', guess: false },
  });
}

/** Validate in dependency order with one shared context, so a bundle's measures find its plans. */
function validateInOrder(
  pending: Pending[],
  ctxData: ContextData,
  progress: Progress,
  streaming?: Streaming,
): AnalysedTable[] {
  const ctx: ValidationContext = {
    register,
    themes: new Map(ctxData.themes),
    plans: new Map(ctxData.plans),
    regionIds: new Set(ctxData.regionIds),
    now: ctxData.now,
  };
  const ordered = [...pending].sort((a, b) => rank(a.entity) - rank(b.entity));
  const tables: AnalysedTable[] = [];
  // Only a table alone of its entity streams: crossFileDuplicates may take records out of the others.
  const alone = (p: Pending) => pending.filter((q) => q.entity === p.entity && q.raws).length === 1;
  for (const p of ordered) {
    let result: RowsResult | null = null;
    if (p.entity && p.raws) {
      progress(tx().importer.stageValidate(p.file), 0, p.raws.length);
      const total = p.raws.length;
      const index = pending.indexOf(p);
      const slices: RecordSlices<unknown> | undefined =
        streaming && alone(p)
          ? { size: streaming.size, send: (r) => streaming.send(index, r), keep: streaming.keep }
          : undefined;
      result = rowsToRecords(p.file, p.entity, p.raws, ctx, {
        source: p.source,
        headerOf: p.headerOf,
        onProgress: (d) => progress(tx().importer.stageValidate(p.file), d, total),
        slices,
      });
      progress(tx().importer.stageValidate(p.file), p.raws.length, p.raws.length);
    }
    tables.push({
      key: p.key,
      file: p.file,
      format: p.format,
      source: p.source,
      entity: p.entity,
      encoding: p.encoding,
      delimiter: p.delimiter,
      headers: p.mappedHeaders,
      rowCount: p.raws?.length ?? 0,
      result,
      issues: [...p.issues, ...(result?.issues ?? [])],
      recognition: p.recognition,
      sample: p.sample,
    });
  }
  return tables;
}

const KOLADA_FIELD: Record<string, string> = {
  kpi: 'indikator',
  municipality: 'kommunkod',
  period: 'period',
  value: 'varde',
};

const rank = (e: EntityName | null) => (e ? ORDER.indexOf(e) : ORDER.length);

// ---------------------------------------------------------------------------------------------
// Recognising what a file holds: its name (as people name files), its headers, and its values.

const SAMPLE_ROWS = 5;

export interface Recognition {
  entity?: EntityName | null;
  /** chosen: by the person; bundle: a Planatlas package's file; name/headers/values: recognised; kolada; none. */
  by: 'chosen' | 'bundle' | 'name' | 'headers' | 'values' | 'kolada' | 'none';
  /** Not certain: the name and the headers did not agree, or only one of them told. The preview says why. */
  guess: boolean;
  /** For 'values': the column and a value that decided ("status", "planerad"). */
  column?: string;
  value?: string;
}

/**
 * The table a file's name speaks of, loosely: Swedish or English words, any case, with or without
 * diacritics, with prefixes and suffixes ("Åtgärder Borås 2016.csv", "atgarder-export (2).csv",
 * "planatlas › planer.csv"). "planatlas" itself is not a word for plans.
 */
export function entityFromName(fileName: string): EntityName | null {
  const base = fileName.split(/[\\/›]/).pop() ?? '';
  const spaced = base.replace(/\.(csv|tsv|txt|json|xlsx?)$/i, '').replace(/([a-zåäö])([A-ZÅÄÖ])/g, '$1 $2');
  const words = fold(spaced)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && w !== 'planatlas');
  const joined = words.join('');
  for (const [entity, prefixes] of NAME_WORDS) {
    if (
      words.some((w) => prefixes.some((p) => w.startsWith(p))) ||
      prefixes.some((p) => p.length > 8 && joined.includes(p))
    )
      return entity;
  }
  return null;
}

/** How many of the sample's enumeration cells are valid values of the entity (e.g. "planerad" is a measure status). */
function enumFit(
  entity: EntityName,
  headers: string[],
  sample: string[][],
): { score: number; column?: string; value?: string } {
  const { fields } = mapHeaders(entity, headers);
  let score = 0;
  let column: string | undefined;
  let value: string | undefined;
  fields.forEach((key, i) => {
    const spec = key ? ENTITIES[entity].fields.find((f) => f.key === key) : undefined;
    if (!spec?.enumKind) return;
    for (const row of sample) {
      const cell = (row[i] ?? '').trim();
      if (cell && parseEnum(spec.enumKind, cell) !== undefined) {
        score++;
        column ??= headers[i];
        value ??= cell;
      }
    }
  });
  return { score, column, value };
}

/**
 * What a CSV holds, from its name, its headers and its values. A name that the headers fit is certain;
 * when several tables fit the headers, the values decide (a status "planerad" is a measure's); when
 * the headers fit no table, the name still tells (the missing columns are then reported).
 */
export function recogniseTable(
  fileName: string,
  headers: string[],
  sample: string[][],
  bundleHint: EntityName | null = null,
): Recognition {
  const byName = entityFromName(fileName);
  const fits = ORDER.filter((e) => {
    const m = mapHeaders(e, headers);
    return m.missingRequired.length === 0 && m.fields.some(Boolean);
  });
  if (bundleHint && fits.includes(bundleHint)) return { entity: bundleHint, by: 'bundle', guess: false };
  if (byName && fits.includes(byName)) return { entity: byName, by: 'name', guess: false };
  if (fits.length > 1) {
    const scored = fits.map((e) => ({ e, ...enumFit(e, headers, sample) })).sort((a, b) => b.score - a.score);
    if (scored[0].score > scored[1].score)
      return { entity: scored[0].e, by: 'values', guess: true, column: scored[0].column, value: scored[0].value };
  }
  if (fits.length) return { entity: detectEntity(headers) ?? fits[0], by: 'headers', guess: true };
  if (bundleHint) return { entity: bundleHint, by: 'bundle', guess: false };
  if (byName) return { entity: byName, by: 'name', guess: true };
  return { entity: null, by: 'none', guess: true };
}
