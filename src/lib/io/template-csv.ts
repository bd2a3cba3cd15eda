/**
 * Collection templates as CSV, for those without Excel: one folder per member municipality with
 * its tables in DATA.md's format, pre-filled (planer.csv, atgarder.csv, medskick.csv) as people
 * read them (statuses as Swedish words, themes by name, as in the workbook), an `insamling.csv`
 * (the answer's row of svar.csv: round id, municipality, the plan's previous version) and a
 * LASMIG.txt with numbered steps. A returned folder (zipped or as loose files) is recognised by
 * its `insamling.csv` (the format registry's `answer-csv`, formats.ts) and turned into one zip for the one import path: its tables stamped as
 * received now (as a workbook answer, template-answer.ts) and `svar.csv` with the date and file.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { safeFileName } from '$lib/domain/collection';
import { csvColumns, ENTITIES, ENUM_LABELS } from '$lib/domain/entities';
import { tx } from '$lib/io/texts';
import { decodeBytes } from './decode';
import { parseCsvText } from './csv';
import { ASKED_TABLES, askedTables, previousOf, technicalColumns, templateRows, type TemplateInput } from './template';
import type { AboutOrigin, BeforeField } from './template-answer';
import { EXCEL_DIALECT, toCsv } from './write';
import { ANSWER_CSV, ANSWER_FORMATS, formatOf, isAnswerFile } from './formats';
import { isZip } from './zip';

/** The file that makes a folder of CSV files an answer (declared by the format registry). */
export { ANSWER_CSV };
export const README_TXT = 'LASMIG.txt';
/** The table files an answer folder may hold: those of the tables a round can ask for. */
const TABLE_FILES = new Set(ASKED_TABLES.map(([, e]) => ENTITIES[e].file));

/** `<round>-<Kommun>`: the folder of one municipality's CSV template. */
export const csvFolderName = (round: string, kommun: string): string =>
  `${safeFileName(round)}-${safeFileName(kommun)}`;

/** One municipality's CSV template: file name → text. */
export function csvTemplateFiles(input: TemplateInput): Record<string, string> {
  const out: Record<string, string> = {};
  const asked = askedTables(input.round);
  // The words each enumeration column takes, per file: "atgarder.csv status: Planerad, Pågående, …".
  const words = asked.flatMap((e) =>
    ENTITIES[e].fields
      .filter((f) => f.enumKind)
      .map(
        (f) =>
          `${ENTITIES[e].file} ${f.key}: ${Object.values(ENUM_LABELS[f.enumKind!] as Record<string, { sv: string }>)
            .map((l) => l.sv)
            .join(', ')}`,
      ),
  );
  out[README_TXT] = tx().insamling.csvReadme(
    input.round.namn,
    input.kommunName,
    input.kommunkod,
    String(input.round.sista_svarsdag ?? ''),
    input.round.kontakt,
    asked.map((e) => ENTITIES[e].file).join(', '),
    technicalColumns(input.round).join(', '),
    words.join('; '),
  );
  for (const [entity, rows] of templateRows(input)) out[ENTITIES[entity].file] = toCsv(entity, rows, EXCEL_DIALECT);
  const before = previousOf(input);
  const answer = {
    insamling_id: input.round.id,
    kommunkod: input.kommunkod,
    mottagen: '',
    fil: '',
    ...before,
    atgarder_fore: before.atgarder_fore ? before.atgarder_fore.split('|') : [],
  };
  out[ANSWER_CSV] = toCsv('answers', [answer], EXCEL_DIALECT);
  return out;
}

/** One zip, a folder per member municipality. */
export function csvTemplatesZip(
  members: { kommunkod: string; kommunName: string }[],
  base: Omit<TemplateInput, 'kommunkod' | 'kommunName'>,
): Uint8Array {
  const entries: Zippable = {};
  for (const mbr of members) {
    const folder = csvFolderName(base.round.namn, mbr.kommunName);
    for (const [name, text] of Object.entries(csvTemplateFiles({ ...base, ...mbr })))
      entries[`${folder}/${name}`] = strToU8(text);
  }
  return zipSync(entries);
}

export interface InFile {
  name: string;
  bytes: Uint8Array;
}

export interface CsvAnswer extends InFile {
  origin: AboutOrigin;
}

const baseName = (p: string) => p.split('/').pop()!.toLowerCase();
const dirName = (p: string) => p.split('/').slice(0, -1).join('/');

/** A CSV file's header and rows as text (any encoding and delimiter the importer reads), or null. */
function table(name: string, bytes: Uint8Array): { headers: string[]; rows: string[][] } | null {
  const { text, encoding } = decodeBytes(bytes);
  const parsed = parseCsvText(text, name, encoding);
  return parsed.ok ? { headers: parsed.value.headers, rows: parsed.value.rows.map((r) => r.cells) } : null;
}

const quote = (c: string) => (/[;"\r\n]|^\s|\s$/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const csvText = (headers: string[], rows: string[][]) =>
  [headers, ...rows].map((r) => r.map(quote).join(';') + '\r\n').join('');

/** The round, municipality and previous version an `insamling.csv` names. */
export function csvOrigin(bytes: Uint8Array): AboutOrigin {
  const tbl = table(ANSWER_CSV, bytes);
  const row = tbl?.rows[0];
  if (!tbl || !row) return {};
  const get = (k: string) => (row[tbl.headers.indexOf(k)] ?? '').trim();
  const raw = get('kommunkod');
  const before: Partial<Record<BeforeField, string>> = {};
  for (const k of ['plan_status_fore', 'plan_datum_fore', 'plan_kalla_fore', 'atgarder_fore'] as BeforeField[])
    if (get(k)) before[k] = get(k);
  return {
    round: get('insamling_id') || undefined,
    kommunkod: /^\d{1,4}$/.test(raw) ? raw.padStart(4, '0') : undefined,
    ...(Object.keys(before).length ? { before } : {}),
  };
}

/** One answer folder as a zip for the importer: tables stamped `now`, `svar.csv` added. */
function answerZip(name: string, origin: AboutOrigin, files: InFile[], now: string): CsvAnswer {
  const entries: Zippable = {};
  for (const f of files) {
    const tbl = table(f.name, f.bytes);
    if (!tbl) {
      entries[baseName(f.name)] = f.bytes;
      continue;
    }
    const col = tbl.headers.indexOf('uppdaterad');
    const rows = col < 0 ? tbl.rows : tbl.rows.map((r) => r.map((c, i) => (i === col ? now : c)));
    entries[baseName(f.name)] = strToU8(csvText(tbl.headers, rows));
  }
  const values: Record<string, string> = {
    insamling_id: origin.round ?? '',
    kommunkod: origin.kommunkod ?? '',
    mottagen: now.slice(0, 10),
    fil: name,
    ...origin.before,
  };
  const headers = csvColumns('answers');
  entries['svar.csv'] = strToU8(csvText(headers, [headers.map((h) => values[h] ?? '')]));
  return { name, bytes: zipSync(entries), origin };
}

/**
 * The CSV answers among dropped files: each folder of a zip with an `insamling.csv`, and loose
 * files dropped with exactly one `insamling.csv`. Everything else is returned untouched in `rest`.
 */
export function csvAnswers(files: InFile[], now: string): { answers: CsvAnswer[]; rest: InFile[] } {
  const answers: CsvAnswer[] = [];
  const rest: InFile[] = [];
  const loose: InFile[] = [];
  const isCsvAnswer = (f: InFile) => formatOf(ANSWER_FORMATS, f.name, f.bytes)?.id === 'answer-csv';
  for (const f of files) {
    const lower = f.name.toLowerCase();
    if (isZip(f.bytes)) {
      let found: Record<string, Uint8Array> = {};
      if (isCsvAnswer(f)) {
        try {
          found = unzipSync(f.bytes, { filter: (e) => isAnswerFile(e.name) });
        } catch {
          found = {};
        }
      }
      const folders = Object.keys(found).map(dirName);
      if (!folders.length) {
        rest.push(f);
        continue;
      }
      const all = unzipSync(f.bytes);
      for (const folder of folders) {
        const origin = csvOrigin(all[folder ? `${folder}/${ANSWER_CSV}` : ANSWER_CSV]);
        const tables = Object.entries(all)
          .filter(([p]) => dirName(p) === folder && TABLE_FILES.has(baseName(p)))
          .map(([p, bytes]) => ({ name: p, bytes }));
        const name = folders.length > 1 ? `${f.name} (${folder.split('/').pop()})` : f.name;
        answers.push(answerZip(name, origin, tables, now));
      }
    } else if (lower.endsWith('.csv') || lower.endsWith('.txt')) loose.push(f);
    else rest.push(f);
  }
  const marker = loose.filter(isCsvAnswer);
  if (marker.length === 1) {
    const tables = loose.filter((f) => TABLE_FILES.has(baseName(f.name)));
    const name = [marker[0], ...tables].map((f) => f.name).join(', ');
    answers.push(answerZip(name, csvOrigin(marker[0].bytes), tables, now));
    rest.push(
      ...loose.filter((f) => f !== marker[0] && !tables.includes(f) && baseName(f.name) !== README_TXT.toLowerCase()),
    );
  } else rest.push(...loose);
  return { answers, rest };
}
