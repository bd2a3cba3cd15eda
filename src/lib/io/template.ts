/**
 * Collection templates (Insamling, DATA.md): one workbook per member municipality, pre-filled with
 * what the region knows (the plan, measures and national requests), written for the people who
 * fill them in: statuses as Swedish words and themes by name (in the cells and the drop-down
 * lists; the importer reads both back to codes and ids), the app's own columns (ids, kalla,
 * uppdaterad: the registry's `hidden` fields) hidden and locked, the sheets protected without a
 * password except the cells to fill, and an instructions sheet. Its "Om filen" sheet carries the
 * round's id and the municipality's code (template-answer.ts), so the answer is recognised by its
 * content. Written with the tables of xlsx-write.ts, so a template returned unchanged imports as
 * unchanged. Loads exceljs on first use.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { zipSync, type Zippable } from 'fflate';
import { previousVersion, templateFileName, type Round } from '$lib/domain/collection';
import { ENTITIES, ENUM_LABELS, type EnumKind } from '$lib/domain/entities';
import { resolveTheme, type EntityName } from '$lib/domain/records';
import { compareSv } from '$lib/domain/collate';
import { tx } from '$lib/io/texts';
import { FORMAT_VERSION } from './bundle';
import type { Rec } from '$lib/domain/merge';
import { ABOUT_SHEET, LISTS_SHEET } from './xlsx-read';
import { addTable, listSheet, markHelperSheet, protectForPeople, sheetName } from './xlsx-write';
import { BEFORE_LABELS, INSTRUCTIONS_SHEET, KOMMUN_LABEL, ROUND_LABEL } from './template-answer';

/** The tables a template holds, in sheet order, by what the round asks (`fragar`, DATA.md): the one list of them. */
export const ASKED_TABLES: readonly (readonly [string, EntityName])[] = [
  ['plan', 'plans'],
  ['atgarder', 'measures'],
  ['medskick', 'requests'],
];

export interface TemplateInput {
  round: Round;
  regionName: string;
  kommunkod: string;
  kommunName: string;
  /** Every stored record of these tables (filtered to the municipality here). */
  tables: { plans: Rec[]; measures: Rec[]; requests: Rec[]; themes: Rec[] };
  created: string;
}

/** The tables a round asks for (all three when it names none). */
export function askedTables(round: Round): EntityName[] {
  const asked = ASKED_TABLES.filter(([code]) => round.fragar.includes(code)).map(([, e]) => e);
  return asked.length ? asked : ASKED_TABLES.map(([, e]) => e);
}

/**
 * How each theme is written for people: its name, or its id where the name would not be read back
 * as that theme (a name shared with another theme, or holding `|`, the list separator).
 */
export function themeWords(themes: Rec[]): Map<string, string> {
  const byId = new Map(themes.map((th) => [String(th.id), String(th.namn ?? '').trim()]));
  const out = new Map<string, string>();
  for (const [id, name] of byId)
    out.set(id, name && !name.includes('|') && resolveTheme(name, byId) === id ? name : id);
  return out;
}

/** A record as a person reads it: enumeration codes as their Swedish labels, themes by name (themeWords). */
export function forPeople(entity: EntityName, rec: Rec, words: ReadonlyMap<string, string>): Rec {
  const out: Rec = { ...rec };
  for (const f of ENTITIES[entity].fields) {
    const v = rec[f.key];
    if (f.enumKind && typeof v === 'string') {
      const labels = ENUM_LABELS[f.enumKind] as Record<string, { sv: string }>;
      out[f.key] = labels[v]?.sv ?? v;
    } else if (f.type === 'themes' && Array.isArray(v)) out[f.key] = v.map((id) => words.get(String(id)) ?? id);
  }
  return out;
}

/** The drop-down lists for people: every enumeration's Swedish labels, the themes as themeWords writes them. */
export function peopleLists(words: ReadonlyMap<string, string>): [string, string[]][] {
  const lists: [string, string[]][] = (Object.keys(ENUM_LABELS) as EnumKind[]).map((kind) => [
    kind,
    Object.values(ENUM_LABELS[kind] as Record<string, { sv: string }>).map((l) => l.sv),
  ]);
  lists.push(['themes', [...words.values()].sort(compareSv)]);
  return lists;
}

/** The municipality's rows of each asked table, as people read them. */
export function templateRows(input: TemplateInput): [EntityName, Rec[]][] {
  const words = themeWords(input.tables.themes);
  return askedTables(input.round).map((entity) => [
    entity,
    (input.tables[entity as 'plans' | 'measures' | 'requests'] ?? [])
      .filter((r) => r.kommunkod === input.kommunkod)
      .map((r) => forPeople(entity, r, words)),
  ]);
}

/** The columns the app keeps (the registry's `hidden` fields) of the asked tables, for the instructions. */
export function technicalColumns(round: Round): string[] {
  return [...new Set(askedTables(round).flatMap((e) => ENTITIES[e].fields.filter((f) => f.hidden).map((f) => f.key)))];
}

/** The workbook object (for tests that look inside); `templateBytes` for the file. */
export async function templateWorkbook(input: TemplateInput): Promise<Workbook> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Planatlas';
  wb.created = new Date(input.created);
  wb.modified = new Date(input.created);
  const m = tx().insamling.template;
  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  markHelperSheet(wb, help);
  help.columns = [{ width: 100 }];
  help.addRows(
    m
      .instructions(
        input.round.namn,
        input.kommunName,
        input.kommunkod,
        String(input.round.sista_svarsdag ?? ''),
        input.round.kontakt,
        askedTables(input.round).map(sheetName).join(', '),
        technicalColumns(input.round).join(', '),
      )
      .split('\n')
      .map((l) => [l]),
  );
  help.getRow(1).font = { bold: true, size: 14 };
  help.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  await help.protect('', {});
  const about = wb.addWorksheet(ABOUT_SHEET);
  const words = themeWords(input.tables.themes);
  const lists = listSheet(wb, peopleLists(words));
  await wb.getWorksheet(LISTS_SHEET)?.protect('', {});
  for (const [entity, rows] of templateRows(input)) {
    addTable(wb, entity, rows, lists);
    if (entity === 'measures') askProgress(wb.getWorksheet(sheetName(entity))!, rows.length);
    await protectForPeople(wb.getWorksheet(sheetName(entity))!, entity);
  }
  about.columns = [{ width: 22 }, { width: 80 }];
  about.addRows([
    [tx().xlsx.aboutTitle, 'Planatlas'],
    [m.aboutWhat, input.round.namn],
    [ROUND_LABEL, input.round.id],
    [KOMMUN_LABEL, input.kommunkod],
    [m.aboutKommun, input.kommunName],
    [tx().xlsx.aboutRegion, input.regionName],
    [m.aboutLastDate, input.round.sista_svarsdag],
    [tx().xlsx.aboutCreated, input.created],
    [tx().xlsx.aboutFormat, FORMAT_VERSION],
    ['', m.aboutHint],
    // The plan's previous version, kept by the answer (plan history).
    ...Object.entries(previousOf(input)).map(([k, v]) => [BEFORE_LABELS[k as keyof typeof BEFORE_LABELS], v]),
  ]);
  about.getColumn(1).font = { bold: true };
  about.getColumn(2).numFmt = '@';
  await about.protect('', {});
  return wb;
}

/** Rows below the measures that still ask for progress (as xlsx-write's lists: for rows a person adds). */
const PROGRESS_SPARE = 1_000;
/** Excel refuses a prompt title longer than this. */
export const PROMPT_TITLE_MAX = 32;

/** exceljs has `dataValidations` on every worksheet but not in its type definitions. */
type Validation = Record<string, unknown>;
const validations = (ws: Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: Validation): void } }).dataValidations;

/**
 * The measures sheet asks, with each status, how far the measure has come: `genomforande` is a
 * number from 0 to 100 (decimals too, so "50 %" typed as Excel's 0.5 gets to the importer, which
 * reads the percentage shown), with the question as the header's note and as the cell's prompt;
 * `kommentar` says it is a few words.
 */
export function askProgress(ws: Worksheet, rows: number): void {
  const m = tx().progress;
  const keys = ENTITIES.measures.fields.map((f) => f.key);
  const col = (key: string) => ws.getColumn(keys.indexOf(key) + 1);
  const last = rows + 1 + PROGRESS_SPARE;
  const progress = col('genomforande');
  ws.getCell(1, progress.number).note = m.question;
  progress.numFmt = '0';
  validations(ws).add(`${progress.letter}2:${progress.letter}${last}`, {
    type: 'decimal',
    operator: 'between',
    formulae: [0, 100],
    allowBlank: true,
    showInputMessage: true,
    promptTitle: m.promptTitle.slice(0, PROMPT_TITLE_MAX),
    prompt: m.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: m.promptTitle.slice(0, PROMPT_TITLE_MAX),
    error: m.promptError,
  });
  ws.getCell(1, col('kommentar').number).note = m.comment;
}

/** The previous version of the municipality's plan, as the answer's fields hold it (text). */
export function previousOf(input: Pick<TemplateInput, 'kommunkod' | 'tables'>): Record<string, string> {
  const v = previousVersion(input.kommunkod, input.tables.plans, input.tables.measures);
  return {
    plan_status_fore: v.status,
    plan_datum_fore: v.datum,
    plan_kalla_fore: v.kalla,
    atgarder_fore: v.atgarder.join('|'),
  };
}

export async function templateBytes(input: TemplateInput): Promise<Uint8Array> {
  const wb = await templateWorkbook(input);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** One zip with a template per member municipality, named `<round>-<Kommun>.xlsx`. */
export async function templatesZip(
  members: { kommunkod: string; kommunName: string }[],
  base: Omit<TemplateInput, 'kommunkod' | 'kommunName'>,
): Promise<Uint8Array> {
  const entries: Zippable = {};
  for (const mbr of members) {
    entries[templateFileName(base.round.namn, mbr.kommunName)] = await templateBytes({ ...base, ...mbr });
  }
  // xlsx files are zips already: store them.
  return zipSync(entries, { level: 0 });
}
