/**
 * Collection rounds (Insamling, DATA.md): who has answered a round, who is late, the e-mail to
 * send, the template's file name. Pure functions over records.
 */
import type { PDate } from './dates';
import type { EntityRecord } from './entities';

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

export type AnswerCheck = { ok: true } | { ok: false; reason: 'notTemplate' | 'otherRound' | 'otherRegion' };

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
