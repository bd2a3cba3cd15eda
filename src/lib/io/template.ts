/**
 * Collection templates (Insamling, DATA.md): one workbook per member municipality, pre-filled with
 * what the region knows (the plan, measures and national requests, with their ids in hidden
 * columns), drop-down lists for status and themes, dates as text. Its "Om filen" sheet carries the
 * round's id and the municipality's code (template-answer.ts), so the answer is recognised by its
 * content. Written with the tables of xlsx-write.ts, so a template returned unchanged imports as
 * unchanged. Loads exceljs on first use.
 */
import type { Workbook } from 'exceljs';
import { zipSync, type Zippable } from 'fflate';
import { previousVersion, templateFileName, type Round } from '$lib/domain/collection';
import type { EntityName } from '$lib/domain/records';
import { tx } from '$lib/io/texts';
import { FORMAT_VERSION } from './bundle';
import type { Rec } from '$lib/domain/merge';
import { ABOUT_SHEET } from './xlsx-read';
import { addTable, listSheet, sheetName } from './xlsx-write';
import { BEFORE_LABELS, INSTRUCTIONS_SHEET, KOMMUN_LABEL, ROUND_LABEL } from './template-answer';

/** The tables a template holds, in sheet order, by what the round asks (`fragar`). */
const ASKED_TABLES: [string, EntityName][] = [
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
  help.columns = [{ width: 100 }];
  help.addRows(
    m
      .instructions(input.round.namn, input.kommunName, input.round.sista_svarsdag, input.round.kontakt)
      .split('\n')
      .map((l) => [l]),
  );
  help.getRow(1).font = { bold: true, size: 14 };
  help.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  const about = wb.addWorksheet(ABOUT_SHEET);
  const lists = listSheet(wb, input.tables.themes);
  for (const entity of askedTables(input.round)) {
    const rows = (input.tables[entity as 'plans' | 'measures' | 'requests'] ?? []).filter(
      (r) => r.kommunkod === input.kommunkod,
    );
    addTable(wb, entity, rows, lists);
    const ws = wb.getWorksheet(sheetName(entity))!;
    // Ids link an answer's rows to the stored records: kept, but out of the way.
    ws.getColumn(1).hidden = true;
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
  return wb;
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
