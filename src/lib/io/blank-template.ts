/**
 * "Ladda ner tom mall" (DATA.md): blank templates of the file format, for a person who starts
 * from nothing. A workbook with one sheet per table of the entity registry (the headers exactly
 * the CSV headers), a column guide (what each column means, whether it is required, an example,
 * the allowed values) and the drop-down lists of xlsx-write.ts; and the same as header-only CSV
 * files in a zip, with the guide as text. Imported back unchanged they give nothing: the tables
 * have no rows, and the guide and the lists are the workbook's own helper sheets (marked,
 * xlsx-read.ts). Loads exceljs on first use.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { ENTITIES, ENTITY_NAMES, ENUM_LABELS, enumCodes, type EntityName, type FieldSpec } from '$lib/domain/entities';
import { newId } from '$lib/domain/records';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import type { Rec } from '$lib/domain/merge';
import { tx } from '$lib/io/texts';
import { FORMAT_VERSION } from './bundle';
import { EXCEL_DIALECT, toCsv } from './write';
import { addTable, codeLists, listSheet, markHelperSheet, sheetName } from './xlsx-write';

export const BLANK_XLSX = 'planatlas-mall.xlsx';
export const BLANK_CSV_ZIP = 'planatlas-mall-csv.zip';
/** The column guide in the CSV zip (a text file: the importer leaves it out of a zip). */
export const GUIDE_TXT = 'LASMIG.txt';

export interface GuideRow {
  entity: EntityName;
  /** The sheet (workbook) or file (CSV) of the table. */
  sheet: string;
  column: string;
  meaning: string;
  required: boolean;
  example: string;
  allowed: string;
}

const SAMPLE_ID = () => '1a2b3c4d';

/**
 * Examples that are the same in every language (codes, ids, a place, an address), by column or by
 * table and column; the text columns' examples are written in i18n (`blankTemplate.examples`).
 */
const CODE_EXAMPLES: Record<string, string> = {
  namn: 'Sjuhärad',
  overordnat: 'kompetens',
  indikator: 'N17510',
  period: '2016',
  fragar: 'plan|atgarder|medskick',
  kontakt: 'Anna Andersson, anna@example.se',
  insamling_id: 'i-1a2b3c4d',
  atgarder_fore: '1490-a-1a2b3c4d:planerad',
  'themes.id': 'kompetens',
  'indicators.id': 'N17510',
  'themeIndicators.tema': 'ensamkommande',
};

/** An example value of a column: a written one for text columns (i18n), else one made from its type. */
function example(entity: EntityName, f: FieldSpec): string {
  const written = tx().blankTemplate.examples;
  const text =
    written[`${entity}.${f.key}`] ?? CODE_EXAMPLES[`${entity}.${f.key}`] ?? written[f.key] ?? CODE_EXAMPLES[f.key];
  if (text !== undefined) return text;
  switch (f.type) {
    case 'id':
      return newId(entity, ENTITIES[entity].fields.some((k) => k.key === 'kommunkod') ? '1490' : '', SAMPLE_ID);
    case 'kommun':
    case 'kommunOptional':
      return '1490';
    case 'kommunList':
      return '1490|1443';
    case 'date':
      return '2016-03';
    case 'enum':
      return enumCodes(f.enumKind!)[0];
    case 'themes':
      return DEFAULT_THEMES.slice(0, 2)
        .map((th) => th.id)
        .join('|');
    case 'planRef':
      return newId('plans', '1490', SAMPLE_ID);
    case 'regionRef':
      return '14';
    case 'link':
      return 'https://www.boras.se/';
    case 'colour':
      return '#2a6f97';
    case 'timestamp':
      return '2016-03-15T10:00:00Z';
    case 'bool':
      return 'ja';
    case 'number':
      return '12,5';
    default:
      return '';
  }
}

/** The allowed values of a column, when they are a short list. */
function allowed(f: FieldSpec): string {
  const m = tx().blankTemplate;
  if (f.enumKind) {
    const labels = ENUM_LABELS[f.enumKind] as Record<string, { sv: string }>;
    return enumCodes(f.enumKind)
      .map((c) => `${c} (${labels[c].sv})`)
      .join(', ');
  }
  if (f.type === 'bool') return 'ja, nej';
  if (f.type === 'themes') return m.themesAllowed;
  return '';
}

/** Every column of every table, in the registry's order, with what a person needs to fill it in. */
export function columnGuide(sheetOf: (e: EntityName) => string = sheetName): GuideRow[] {
  const m = tx().blankTemplate;
  const labels = tx().fields as Record<string, string>;
  return ENTITY_NAMES.flatMap((entity) =>
    ENTITIES[entity].fields.map((f) => ({
      entity,
      sheet: sheetOf(entity),
      column: f.key,
      meaning: [`${labels[f.key] ?? f.key}.`, m.types[f.type] ?? '', f.hidden && f.type !== 'id' ? m.maintained : '']
        .filter(Boolean)
        .join(' '),
      required: !!f.required,
      example: example(entity, f),
      allowed: allowed(f),
    })),
  );
}

/** The blank workbook: the column guide first, one empty sheet per table, the hidden lists (with the stored themes). */
export async function blankWorkbookBytes(themes: Rec[], created: string): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Planatlas';
  wb.created = new Date(created);
  wb.modified = new Date(created);
  const m = tx().blankTemplate;
  const guide = wb.addWorksheet(m.guideSheet, { views: [{ state: 'frozen', ySplit: 4 }] });
  markHelperSheet(wb, guide);
  guide.columns = [{ width: 18 }, { width: 20 }, { width: 60 }, { width: 13 }, { width: 30 }, { width: 60 }];
  guide.addRow([m.title(FORMAT_VERSION)]).font = { bold: true, size: 14 };
  guide.addRow([m.intro]);
  guide.mergeCells('A2:F2');
  guide.getRow(2).height = 48;
  guide.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  guide.addRow([]);
  guide.addRow(m.headers).font = { bold: true };
  for (const g of columnGuide())
    guide.addRow([g.sheet, g.column, g.meaning, g.required ? m.yes : m.no, g.example, g.allowed]);
  for (const c of [3, 5, 6]) guide.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
  guide.getColumn(5).numFmt = '@';
  const lists = listSheet(wb, codeLists(themes));
  for (const entity of ENTITY_NAMES) addTable(wb, entity, [], lists);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The guide as plain text, file by file. */
export function guideText(): string {
  const m = tx().blankTemplate;
  const lines = [m.title(FORMAT_VERSION), '', m.introCsv];
  let file = '';
  for (const g of columnGuide((e) => ENTITIES[e].file)) {
    if (g.sheet !== file) lines.push('', (file = g.sheet));
    const extra = [g.example && `${m.example}: ${g.example}`, g.allowed && `${m.allowed}: ${g.allowed}`]
      .filter(Boolean)
      .join('. ');
    const end = extra && !extra.endsWith('.') ? '.' : '';
    lines.push(`  ${g.column}${g.required ? ` (${m.required})` : ''}: ${g.meaning}${extra ? ` ${extra}${end}` : ''}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** The CSV files: each table's header only (Excel dialect, as "Exportera paket" writes for Excel), and the guide. */
export function blankCsvZip(): Uint8Array {
  const entries: Zippable = {};
  for (const entity of ENTITY_NAMES) entries[ENTITIES[entity].file] = strToU8(toCsv(entity, [], EXCEL_DIALECT));
  entries[GUIDE_TXT] = strToU8(guideText());
  return zipSync(entries);
}
