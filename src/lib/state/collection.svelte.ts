/**
 * Insamling: create a round, download its templates, take in answers (checked against the round,
 * then through the one import path: preview, all or nothing, undo).
 */
import { compareSv } from '$lib/domain/collate';
import {
  changesTable,
  checkAnswer,
  matchAnswer,
  newRound,
  safeFileName,
  type AnswerOrigin,
  type Round,
  type RoundChanges,
} from '$lib/domain/collection';
import type { AnswerOf } from '$lib/domain/answerCheck';
import { toCsvRows } from '$lib/io/write';
import type { InFile } from '$lib/io/template-csv';
import { register } from '$lib/domain/register';
import { regionMembers, regionName } from '$lib/domain/stats';
import { deleteRecord, saveRecordEdit, type EditInfo } from '$lib/db/repos';
import { sayEdited } from './undo.svelte';
import { downloadBlob, downloadText } from '$lib/io/download';
import { t } from '$lib/i18n';
import { importer } from './import.svelte';
import { live } from './live.svelte';
import { attempt, describeError, notify } from './notify.svelte';

/** The round's members, by name (Swedish order). */
export function roundMembers(round: Round): string[] {
  return [...regionMembers(round.region_id, register, live.regions)].sort((a, b) =>
    compareSv(register.name(a), register.name(b)),
  );
}

const memberList = (round: Round) =>
  roundMembers(round).map((kommunkod) => ({ kommunkod, kommunName: register.name(kommunkod) }));

const templateBase = (round: Round) => ({
  round,
  regionName: regionName(round.region_id, register, live.regions, t.region.all),
  tables: {
    plans: live.plans,
    measures: live.measures,
    requests: live.requests,
    themes: live.themes,
  },
  created: new Date().toISOString(),
});

export async function createRound(input: {
  namn: string;
  region_id: string;
  sista_svarsdag: string;
  fragar: string[];
  kontakt: string;
}): Promise<Round | undefined> {
  const id = `i-${crypto.randomUUID().slice(0, 8)}`;
  const rec = newRound({ id, ...input }, new Date().toISOString());
  return asEdit(() => saveRecordEdit('rounds', rec, null), t.insamling.created(rec.namn));
}

export async function downloadTemplates(round: Round): Promise<void> {
  await attempt(
    async () => {
      const { templatesZip } = await import('$lib/io/template');
      const bytes = await templatesZip(memberList(round), templateBase(round));
      downloadBlob(
        new Blob([bytes as BlobPart], { type: 'application/zip' }),
        `${safeFileName(round.namn)}-mallar.zip`,
      );
    },
    t.insamling.downloaded(roundMembers(round).length),
  );
}

/** Files from a drop or a file chooser: answers (workbooks and CSV folders) with their origin, and the rest. */
async function sortFiles(files: File[]): Promise<{ answers: (InFile & { origin: AnswerOrigin })[]; rest: File[] }> {
  const { readWorkbook } = await import('$lib/io/xlsx-read');
  const { ANSWER_FORMATS, formatOf, isXlsx } = await import('$lib/io/formats');
  const { csvAnswers } = await import('$lib/io/template-csv');
  const answers: (InFile & { origin: AnswerOrigin })[] = [];
  const rest: File[] = [];
  const others: InFile[] = [];
  const byName = new Map<string, File>();
  for (const f of files) {
    const bytes = new Uint8Array(await f.arrayBuffer());
    // The format registry tells an answer workbook; the CSV answers are found among the rest by csvAnswers.
    if (isXlsx(f.name, bytes)) {
      const answer = formatOf(ANSWER_FORMATS, f.name, bytes)?.id === 'answer-workbook';
      const wb = answer ? await readWorkbook(f.name, bytes) : null;
      if (wb?.origin) answers.push({ name: f.name, bytes, origin: wb.origin });
      else rest.push(f);
      continue;
    }
    others.push({ name: f.name, bytes });
    byName.set(f.name, f);
  }
  const csv = csvAnswers(others, new Date().toISOString());
  answers.push(...csv.answers);
  rest.push(...csv.rest.map((f) => byName.get(f.name)!));
  return { answers, rest };
}

const asFile = (f: InFile) => new File([f.bytes as BlobPart], f.name);
/** An accepted answer as the import screens it: every row must be its municipality's (domain/answerCheck). */
const asAnswer = (a: { name: string; origin: AnswerOrigin }): AnswerOf => ({
  file: a.name,
  kommunkod: a.origin.kommunkod ?? '',
  round: a.origin.round ?? '',
});

/** Check each file against the round (refusing others with a message), then import the rest. */
export async function receiveAnswers(round: Round, files: File[]): Promise<void> {
  const { answers, rest } = await sortFiles(files);
  const members = roundMembers(round);
  const accepted: File[] = [];
  const screened: AnswerOf[] = [];
  const refused = rest.map((f) => t.insamling.refused(f.name, t.insamling.why.notTemplate));
  for (const a of answers) {
    const check = checkAnswer(a.origin, round, members);
    if (check.ok) {
      accepted.push(asFile(a));
      screened.push(asAnswer(a));
    } else refused.push(t.insamling.refused(a.name, t.insamling.why[check.reason]));
  }
  if (refused.length) notify.say(refused.join(' '), 'error');
  if (accepted.length && importer.phase === 'idle') await importer.start(accepted, screened);
}

/**
 * "Importera filer" and drops anywhere: an answer among the files is matched to its round by the
 * id it carries, and refused (with the round card's messages) when the round is not stored here
 * or its municipality is not a member; every other file goes to the import as it is.
 */
export async function importFiles(files: File[]): Promise<void> {
  if (importer.phase !== 'idle') return;
  const { answers, rest } = await sortFiles(files);
  const accepted: File[] = [...rest];
  const screened: AnswerOf[] = [];
  const refused: string[] = [];
  for (const a of answers) {
    const m = matchAnswer(a.origin, live.rounds, roundMembers);
    if (m.ok) {
      accepted.push(asFile(a));
      screened.push(asAnswer(a));
    } else refused.push(t.insamling.refused(a.name, t.insamling.why[m.reason]));
  }
  if (refused.length) notify.say(refused.join(' '), 'error');
  if (accepted.length) await importer.start(accepted, screened);
}

/** A round saved or deleted by hand: said with "Ångra" (the one undo of every hand edit), or its error. */
async function asEdit<T>(
  action: () => Promise<{ value: T; edit: EditInfo | null }>,
  message: string,
): Promise<T | undefined> {
  try {
    const { value, edit } = await action();
    sayEdited(message, edit);
    return value;
  } catch (e) {
    notify.say(describeError(e), 'error');
    return undefined;
  }
}

/** Save a changed round (name, last date, what is asked, contact; its region stays). */
export async function updateRound(round: Round, input: Partial<Round>): Promise<Round | undefined> {
  const rec = { ...round, ...input, uppdaterad: new Date().toISOString() };
  return asEdit(() => saveRecordEdit('rounds', rec, round), t.insamling.saved(rec.namn));
}

/** Delete a round; its answers (and what they imported) are kept. */
export async function removeRound(round: Round): Promise<void> {
  await asEdit(
    async () => ({ value: true, edit: await deleteRecord('rounds', round.id) }),
    t.insamling.deleted(round.namn),
  );
}

/** The CSV templates: one zip, a folder per member with planer.csv, atgarder.csv, medskick.csv, insamling.csv, LASMIG.txt. */
export async function downloadCsvTemplates(round: Round): Promise<void> {
  await attempt(
    async () => {
      const { csvTemplatesZip } = await import('$lib/io/template-csv');
      const bytes = csvTemplatesZip(memberList(round), templateBase(round));
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/zip' }), `${safeFileName(round.namn)}-csv.zip`);
    },
    t.insamling.downloadedCsv(roundMembers(round).length),
  );
}

/** The round's "what changed" as CSV. */
export function downloadChanges(round: Round, changes: RoundChanges): void {
  const [header, ...rows] = changesTable(changes, (k) => register.name(k));
  downloadText(toCsvRows(header, rows), safeFileName(t.insamling.changes.fileName(round.namn)));
}
