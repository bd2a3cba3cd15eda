/**
 * Collection rounds (Insamling, DATA.md): who has answered a round, who is late, the e-mail to
 * send, the template's file name. Pure functions over records.
 */
import { compareCode } from './collate';
import type { PDate } from './dates';
import type { EntityRecord } from './entities';
import { ENTITIES, MEASURE_STATUSES } from './entities';

export type Round = EntityRecord<'rounds'>;
export type Answer = EntityRecord<'answers'>;

export type AnswerState = 'waiting' | 'received' | 'late';

export interface MemberStatus {
  kommunkod: string;
  state: AnswerState;
  mottagen: string;
  fil: string;
}

/** What a round can ask for (the `fragar` codes). */
export const ASKED = ['plan', 'atgarder', 'medskick'] as const;
export type Asked = (typeof ASKED)[number];

const dateText = (d: PDate | string | undefined): string => (typeof d === 'string' ? d : d ? String(d) : '');

/** Each member's state for a round: waiting, received in time, or received after the last answer date. */
export function roundStatus(round: Round, members: readonly string[], answers: readonly Answer[]): MemberStatus[] {
  const byKommun = new Map(answers.filter((a) => a.insamling_id === round.id).map((a) => [a.kommunkod, a]));
  const last = dateText(round.sista_svarsdag);
  return members.map((kommunkod) => {
    const a = byKommun.get(kommunkod);
    if (!a) return { kommunkod, state: 'waiting', mottagen: '', fil: '' };
    const mottagen = dateText(a.mottagen);
    const late = !!last && !!mottagen && mottagen.slice(0, last.length) > last;
    return { kommunkod, state: late ? 'late' : 'received', mottagen, fil: a.fil };
  });
}

/** "N av M har svarat": answered and asked. */
export function answeredCount(status: readonly MemberStatus[]): { answered: number; total: number } {
  return { answered: status.filter((s) => s.state !== 'waiting').length, total: status.length };
}

/** A file name without characters that file systems refuse. */
export function safeFileName(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** `<round>-<Kommun>.xlsx`. */
export function templateFileName(roundName: string, kommunName: string): string {
  return `${safeFileName(roundName)}-${safeFileName(kommunName)}.xlsx`;
}

export interface MailTexts {
  subject: (round: string, kommun: string) => string;
  body: (round: string, kommun: string, lastDate: string, file: string, contact: string) => string;
}

/** A `mailto:` link with subject and body (the person attaches the workbook; nothing is sent by the page). */
export function mailtoLink(round: Round, kommunName: string, texts: MailTexts): string {
  const file = templateFileName(round.namn, kommunName);
  const q = new URLSearchParams();
  const subject = texts.subject(round.namn, kommunName);
  const body = texts.body(round.namn, kommunName, dateText(round.sista_svarsdag), file, round.kontakt);
  // URLSearchParams writes spaces as +, which mail programs show literally: use %20.
  q.set('subject', subject);
  q.set('body', body);
  return `mailto:?${q.toString().replace(/\+/g, '%20')}`;
}

/** A new round's record. */
export function newRound(
  input: {
    id: string;
    namn: string;
    region_id: string;
    sista_svarsdag: PDate | string;
    fragar: string[];
    kontakt: string;
  },
  now: string,
): Round {
  return { ...input, sista_svarsdag: input.sista_svarsdag as PDate, skapad: now, uppdaterad: now };
}

/** What an answer workbook says about itself (from its "Om filen" sheet). */
export interface AnswerOrigin {
  round?: string;
  kommunkod?: string;
}

export type AnswerCheck =
  { ok: true } | { ok: false; reason: 'notTemplate' | 'otherRound' | 'otherRegion' | 'unknownRound' };

/** May this workbook be taken as an answer to this round? */
export function checkAnswer(origin: AnswerOrigin, round: Round, members: readonly string[]): AnswerCheck {
  if (!origin.round || !origin.kommunkod) return { ok: false, reason: 'notTemplate' };
  if (origin.round !== round.id) return { ok: false, reason: 'otherRound' };
  if (!members.includes(origin.kommunkod)) return { ok: false, reason: 'otherRegion' };
  return { ok: true };
}

/** Ids the region has for a municipality that an answer no longer lists (asked about, never deleted). */
export function missingInAnswer(
  stored: readonly { id: string; kommunkod: string }[],
  kommunkod: string,
  answered: ReadonlySet<string>,
): string[] {
  return stored.filter((r) => r.kommunkod === kommunkod && !answered.has(r.id)).map((r) => r.id);
}

/**
 * An answer dropped anywhere ("Importera filer"): its round is looked up by the id it carries.
 * Refused when no such round is stored here, or the municipality is not one of its members.
 */
export function matchAnswer(
  origin: AnswerOrigin,
  rounds: readonly Round[],
  membersOf: (round: Round) => readonly string[],
): { ok: true; round: Round } | { ok: false; reason: Exclude<AnswerCheck & { ok: false }, { ok: true }>['reason'] } {
  if (!origin.round || !origin.kommunkod) return { ok: false, reason: 'notTemplate' };
  const round = rounds.find((r) => r.id === origin.round);
  if (!round) return { ok: false, reason: 'unknownRound' };
  const check = checkAnswer(origin, round, membersOf(round));
  return check.ok ? { ok: true, round } : check;
}

/** The tables an answer can remove rows from (a plan row is never offered: its measures would lose their plan). */
export const REMOVABLE = ['measures', 'requests'] as const;
export type Removable = (typeof REMOVABLE)[number];

export interface RemovedRow {
  table: Removable;
  id: string;
  title: string;
}

/** One answer in an import's preview: its file, municipality, round and the stored rows it no longer lists. */
export interface AnswerInImport {
  file: string;
  kommunkod: string;
  round: string;
  removed: RemovedRow[];
  /** Some of the answer's rows were refused (errors): a row listed as removed may only be one of those. */
  uncertain: boolean;
}

interface ImportedTable {
  /** "bok.xlsx › atgarder" or "svar.zip › atgarder.csv": the part before " › " is the answer's file. */
  file: string;
  entity: string | null;
  records: readonly Record<string, unknown>[];
  /** Rows of the table refused for errors (not among `records`). */
  invalid?: number;
}

/** The file a table of an import was read from (a workbook's sheet or a zip's entry belongs to the workbook or zip). */
export const containerOf = (file: string): string => file.split(' › ')[0];

/**
 * The answers in an import (its `svar` rows) with, per answer, the stored measures and requests of
 * its municipality that the answer's sheets no longer list. Only tables the answer holds are
 * compared (a round that did not ask for measures removes none).
 */
export function answersInImport(
  tables: readonly ImportedTable[],
  stored: Record<Removable, readonly Record<string, unknown>[]>,
): AnswerInImport[] {
  const out: AnswerInImport[] = [];
  for (const tbl of tables) {
    if (tbl.entity !== 'answers') continue;
    const container = containerOf(tbl.file);
    const siblings = tables.filter((x) => x !== tbl && containerOf(x.file) === container);
    for (const a of tbl.records) {
      const kommunkod = String(a.kommunkod ?? '');
      const removed: RemovedRow[] = [];
      let uncertain = false;
      for (const table of REMOVABLE) {
        const held = siblings.filter((x) => x.entity === table);
        if (!held.length) continue;
        uncertain ||= held.some((x) => (x.invalid ?? 0) > 0);
        const ids = new Set(held.flatMap((x) => x.records.map((r) => String(r.id ?? ''))));
        const rows = stored[table] as ({ id: string; kommunkod: string } & Record<string, unknown>)[];
        const title = ENTITIES[table].titleField;
        for (const id of missingInAnswer(rows, kommunkod, ids)) {
          const rec = rows.find((r) => r.id === id);
          removed.push({ table, id, title: String(rec?.[title] ?? id) });
        }
      }
      out.push({ file: container, kommunkod, round: String(a.insamling_id ?? ''), removed, uncertain });
    }
  }
  return out;
}

/**
 * What an import does for one municipality: records added and changed (across its tables, the
 * answer row aside). A change counts for the municipality a record belonged to as well as the one
 * it goes to, so the summary never says "0 ändrade" while the import changes one of its records.
 */
export function kommunEffects(
  plans: readonly { table: string; add: readonly object[]; update: readonly { before?: object; after: object }[] }[],
  kommunkod: string,
): { add: number; update: number } {
  const of = (r: object | undefined) => !!r && (r as { kommunkod?: unknown }).kommunkod === kommunkod;
  return plans
    .filter((p) => p.table !== 'answers')
    .reduce(
      (c, p) => ({
        add: c.add + p.add.filter(of).length,
        update: c.update + p.update.filter((u) => of(u.after) || of(u.before)).length,
      }),
      { add: 0, update: 0 },
    );
}

/** A measure as the previous version kept it (one entry of `atgarder_fore`). */
export interface MeasureBefore {
  id: string;
  status: string;
  /** The progress reported then (0–100), or null when none was reported (or the entry is of the older `id:status` form). */
  genomforande: number | null;
}

const STATUS_CODES: ReadonlySet<string> = new Set(MEASURE_STATUSES);

/** One `atgarder_fore` entry: `id:status`, or `id:status:genomforande` when the measure's progress was reported. */
export function formatBefore(id: string, status: string, genomforande: unknown): string {
  const n = typeof genomforande === 'number' && Number.isFinite(genomforande) ? genomforande : null;
  return n === null ? `${id}:${status}` : `${id}:${status}:${n}`;
}

/**
 * An `atgarder_fore` entry read back: the newer `id:status:genomforande` (a third part of 1–3 digits
 * after a status code) or the older `id:status`; an id may itself hold `:`.
 */
export function parseBefore(entry: string): MeasureBefore {
  const parts = entry.split(':');
  if (parts.length >= 3) {
    const last = parts[parts.length - 1];
    const status = parts[parts.length - 2];
    if (/^\d{1,3}$/.test(last) && (status === '' || STATUS_CODES.has(status)))
      return { id: parts.slice(0, -2).join(':'), status, genomforande: Number(last) };
  }
  const i = entry.lastIndexOf(':');
  return i < 0
    ? { id: entry, status: '', genomforande: null }
    : { id: entry.slice(0, i), status: entry.slice(i + 1), genomforande: null };
}

/** The previous version of a municipality's plan: its status, date and source, and its measures' statuses and progress (`id:status[:genomforande]`). */
export interface PreviousVersion {
  status: string;
  datum: string;
  kalla: string;
  atgarder: string[];
}

/** The municipality's plan as the region has it now (the latest updated, if several) — kept by the answer. */
export function previousVersion(
  kommunkod: string,
  plans: readonly Record<string, unknown>[],
  measures: readonly Record<string, unknown>[],
): PreviousVersion {
  const plan = plans
    .filter((p) => p.kommunkod === kommunkod)
    .sort((a, b) => compareCode(String(b.uppdaterad ?? ''), String(a.uppdaterad ?? '')))[0];
  return {
    status: String(plan?.status ?? ''),
    datum: String(plan?.uppdaterad ?? '').slice(0, 10),
    kalla: String(plan?.kalla ?? ''),
    atgarder: measures
      .filter((m) => m.kommunkod === kommunkod && m.id)
      .map((m) => formatBefore(String(m.id), String(m.status ?? ''), m.genomforande)),
  };
}

/** One member's changes since the previous round (the plan's previous version kept by its answer) up to now. */
export interface KommunChange {
  kommunkod: string;
  /** The answer's date; '' while waiting. */
  mottagen: string;
  /** Whether there is an answer (and so a previous version to compare with). */
  known: boolean;
  statusThen: string;
  datumThen: string;
  kallaThen: string;
  statusNow: string;
  added: string[];
  completed: string[];
  cancelled: string[];
  overdue: string[];
  /** The measures kept by the answer whose status or reported progress has changed since, in the measures' order. */
  changed: MeasureChange[];
  /** How many of the municipality's measures had each status then (the answer's previous version) and have now. */
  statusCountsThen: Record<string, number>;
  statusCountsNow: Record<string, number>;
}

/** One measure's status and progress then (the answer's previous version) and now. */
export interface MeasureChange {
  id: string;
  title: string;
  statusThen: string;
  statusNow: string;
  progressThen: number | null;
  progressNow: number | null;
}

export interface RoundChanges {
  rows: KommunChange[];
  region: { statusChanged: number; added: number; completed: number; cancelled: number; overdue: number };
}

type Row = Record<string, unknown>;
const OPEN = new Set(['planerad', 'pagaende']);

/** Is a measure's end date passed? Compared at its own precision ("2016-03" is passed in April 2016). */
export const isPast = (slut: unknown, today: string): boolean =>
  !!slut && String(slut) < today.slice(0, String(slut).length);

/**
 * What changed per member and for the region: the plan's status then (the version the answer kept)
 * and now, and the measures added, completed and cancelled since, and those overdue now
 * (planned or ongoing, end date passed).
 */
export function roundChanges(
  round: Round,
  members: readonly string[],
  answers: readonly Answer[],
  plans: readonly Row[],
  measures: readonly Row[],
  today: string,
): RoundChanges {
  const byKommun = new Map(answers.filter((a) => a.insamling_id === round.id).map((a) => [a.kommunkod, a]));
  const rows = members.map((kommunkod): KommunChange => {
    const a = byKommun.get(kommunkod) as (Answer & Row) | undefined;
    const kept = new Map(
      ((a?.atgarder_fore as string[] | undefined) ?? []).map((x) => [parseBefore(x).id, parseBefore(x)]),
    );
    const fore = new Map([...kept].map(([id, b]) => [id, b.status]));
    // Every answer keeps the previous version (an empty one when the region had no plan or measures).
    const known = !!a;
    const ms = measures.filter((m) => m.kommunkod === kommunkod);
    const title = (m: Row) => String(m.titel ?? m.id);
    const became = (status: string) =>
      known ? ms.filter((m) => m.status === status && fore.has(String(m.id)) && fore.get(String(m.id)) !== status) : [];
    return {
      kommunkod,
      mottagen: a ? dateText(a.mottagen) : '',
      known,
      statusThen: known ? String(a?.plan_status_fore ?? '') : '',
      datumThen: known ? dateText(a?.plan_datum_fore as string | undefined) : '',
      kallaThen: known ? String(a?.plan_kalla_fore ?? '') : '',
      statusNow: previousVersion(kommunkod, plans, []).status,
      added: known ? ms.filter((m) => !fore.has(String(m.id))).map(title) : [],
      completed: became('genomford').map(title),
      cancelled: became('avbruten').map(title),
      overdue: ms.filter((m) => OPEN.has(String(m.status)) && isPast(m.slut, today)).map(title),
      changed: known ? changedMeasures(ms, kept) : [],
      statusCountsThen: known ? countStatuses([...kept.values()].map((b) => b.status)) : {},
      statusCountsNow: known ? countStatuses(ms.map((m) => String(m.status ?? ''))) : {},
    };
  });
  const sum = (k: 'added' | 'completed' | 'cancelled' | 'overdue') => rows.reduce((n, r) => n + r[k].length, 0);
  return {
    rows,
    region: {
      statusChanged: rows.filter((r) => r.known && r.statusThen !== r.statusNow).length,
      added: sum('added'),
      completed: sum('completed'),
      cancelled: sum('cancelled'),
      overdue: sum('overdue'),
    },
  };
}

const progressOf = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The measures kept by an answer whose status or progress differs now (a measure deleted since is left out). */
function changedMeasures(measures: readonly Row[], kept: ReadonlyMap<string, MeasureBefore>): MeasureChange[] {
  const out: MeasureChange[] = [];
  for (const m of measures) {
    const b = kept.get(String(m.id));
    if (!b) continue;
    const statusNow = String(m.status ?? '');
    const progressNow = progressOf(m.genomforande);
    if (b.status === statusNow && b.genomforande === progressNow) continue;
    out.push({
      id: String(m.id),
      title: String(m.titel ?? m.id),
      statusThen: b.status,
      statusNow,
      progressThen: b.genomforande,
      progressNow,
    });
  }
  return out;
}

/** How many of each status (an empty status is left out). */
function countStatuses(statuses: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of statuses) if (s) out[s] = (out[s] ?? 0) + 1;
  return out;
}

/** A changed measure in the comparison file: "Titel: pagaende 40 % → genomford 100 %" (codes; no progress when not reported). */
export function changeText(m: MeasureChange): string {
  const at = (status: string, progress: number | null) =>
    [status || '–', progress === null ? '' : `${progress} %`].filter(Boolean).join(' ');
  return `${m.title}: ${at(m.statusThen, m.progressThen)} → ${at(m.statusNow, m.progressNow)}`;
}

/** The comparison as a table for CSV (codes as in DATA.md, titles joined by `|`). */
export function changesTable(changes: RoundChanges, name: (kommunkod: string) => string): string[][] {
  const header = [
    'kommunkod',
    'kommun',
    'mottagen',
    'plan_status_fore',
    'plan_datum_fore',
    'plan_kalla_fore',
    'plan_status',
    'nya_atgarder',
    'genomforda',
    'avbrutna',
    'forsenade',
    'andrade_atgarder',
  ];
  const rows = changes.rows.map((r) => [
    r.kommunkod,
    name(r.kommunkod),
    r.mottagen,
    r.statusThen,
    r.datumThen,
    r.kallaThen,
    r.statusNow,
    r.added.join('|'),
    r.completed.join('|'),
    r.cancelled.join('|'),
    r.overdue.join('|'),
    r.changed.map(changeText).join('|'),
  ]);
  return [header, ...rows];
}
