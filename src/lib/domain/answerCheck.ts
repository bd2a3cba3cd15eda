/**
 * An answer speaks for one municipality in one round (DATA.md "Collection rounds", issue 22):
 * every row it brings must belong to the municipality its "Om filen" sheet (or `insamling.csv`)
 * names — by the row's own `kommunkod` and, for a row whose record is already stored, by the
 * stored record's `kommunkod` (a hidden id pointing at another municipality's measure is refused
 * even when the row says the answer's municipality). A table whose rows belong to no municipality
 * (themes, regions, indicators, rounds) is no part of an answer. Any such row refuses the whole
 * answer: nothing of it is written. Pure; the state layer renders the reasons.
 */
import { ENTITIES, type EntityName } from './records';
import { recordKey } from './merge';

/** Why a row refuses its answer. */
export type RefusalReason =
  /** The row's `kommunkod` is another municipality's (or empty). */
  | { kind: 'rowKommun'; kommunkod: string }
  /** The row's id is a stored record of another municipality. */
  | { kind: 'storedKommun'; id: string; kommunkod: string }
  /** The answer row names another round than the answer. */
  | { kind: 'otherRound'; round: string }
  /** A table that belongs to no municipality. */
  | { kind: 'table'; entity: EntityName };

export interface Refusal {
  /** The answer's file (the workbook, the zip, or the CSV files' names). */
  file: string;
  /** The municipality the answer names. */
  answerKommun: string;
  /** The sheet of the workbook, or the CSV file in the answer. */
  sheet: string;
  /** The row as Excel shows it (header = 1); absent for a whole table. */
  row?: number;
  reason: RefusalReason;
}

/** The answer as its "Om filen" (or `insamling.csv`) names it: file, municipality and round. */
export interface AnswerOf {
  file: string;
  kommunkod: string;
  round: string;
}

/** One table of an import: its label ("bok.xlsx › atgarder"), entity, valid records and their rows. */
export interface ScreenedTable {
  file: string;
  entity: EntityName | null;
  records: readonly Record<string, unknown>[];
  rowNumbers: readonly number[];
}

/** The file a table was read from: the part before " › " ("bok.xlsx › atgarder" → "bok.xlsx"). */
const containerOf = (file: string): string => file.split(' › ')[0];
const sheetOf = (file: string): string => file.split(' › ').slice(1).join(' › ') || file;

const hasField = (entity: EntityName, key: string) => ENTITIES[entity].fields.some((f) => f.key === key);

/**
 * Every row of `answer`'s tables that does not belong to its municipality and round, in table and
 * row order (empty: the answer may be imported). `storedKommun` gives the `kommunkod` of the stored
 * record a row would overwrite (undefined when the row is new).
 */
export function answerRefusals(
  answer: AnswerOf,
  tables: readonly ScreenedTable[],
  storedKommun: (entity: EntityName, record: Record<string, unknown>) => string | undefined,
): Refusal[] {
  const out: Refusal[] = [];
  for (const t of tables) {
    if (containerOf(t.file) !== answer.file || !t.entity) continue;
    const sheet = sheetOf(t.file);
    const of = { file: answer.file, answerKommun: answer.kommunkod, sheet };
    if (!hasField(t.entity, 'kommunkod')) {
      if (t.records.length) out.push({ ...of, reason: { kind: 'table', entity: t.entity } });
      continue;
    }
    t.records.forEach((rec, i) => {
      const at = { ...of, row: t.rowNumbers[i] };
      const own = String(rec.kommunkod ?? '');
      const stored = storedKommun(t.entity!, rec);
      if (own !== answer.kommunkod) out.push({ ...at, reason: { kind: 'rowKommun', kommunkod: own } });
      else if (stored !== undefined && stored !== answer.kommunkod)
        out.push({ ...at, reason: { kind: 'storedKommun', id: String(rec.id ?? ''), kommunkod: stored } });
      else if (t.entity === 'answers' && String(rec.insamling_id ?? '') !== answer.round)
        out.push({ ...at, reason: { kind: 'otherRound', round: String(rec.insamling_id ?? '') } });
    });
  }
  return out;
}

/**
 * The answer's records stamped as received at `now` (its `uppdaterad`, where the table has one,
 * whether or not the sheet kept the column): the answer is the municipality's newest word, so its
 * changes win over the stored records under "the newer wins"; an unchanged row stays unchanged
 * (`uppdaterad` is never content). Changes the records in place; returns how many were stamped.
 */
export function stampReceived(answerFile: string, tables: readonly ScreenedTable[], now: string): number {
  let n = 0;
  for (const t of tables) {
    if (containerOf(t.file) !== answerFile || !t.entity || !hasField(t.entity, 'uppdaterad')) continue;
    for (const rec of t.records) {
      (rec as Record<string, unknown>).uppdaterad = now;
      n++;
    }
  }
  return n;
}

/** Per table, the keys of collection answers' rows and the municipality each must belong to. */
export type Owners = Partial<Record<EntityName, ReadonlyMap<string, string>>>;

/**
 * The rows of `answers` by table and key, each with its answer's municipality: what the commit
 * checks again inside its transaction (db/importer), where the stored record it replaces is read.
 */
export function answerOwners(answers: readonly AnswerOf[], tables: readonly ScreenedTable[]): Owners {
  const out: Partial<Record<EntityName, Map<string, string>>> = {};
  for (const a of answers)
    for (const t of tables) {
      if (containerOf(t.file) !== a.file || !t.entity || !hasField(t.entity, 'kommunkod')) continue;
      const map = (out[t.entity] ??= new Map());
      for (const rec of t.records) map.set(recordKey(t.entity, rec), a.kommunkod);
    }
  return out;
}
