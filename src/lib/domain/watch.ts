/**
 * Bevakning (issue 15, point 7): what in the chosen region needs chasing. Pure functions over records;
 * `today` (YYYY-MM-DD) is always a parameter, so tests and the app can choose it.
 *
 * The rules:
 * - A plan is **past its follow-up** when it is its municipality's current plan, has an `uppfoljning`
 *   whose last day is before today, is not `uppfoljd`, and no answer (to any round) from its
 *   municipality was received on or after the follow-up date. A later `uppdaterad` does *not* count as
 *   a follow-up: it changes on every write (an import, loading the example, a corrected typo), so it
 *   says nothing about whether anyone followed the plan up. Setting status `uppfoljd` or a new
 *   follow-up date takes a plan off the list.
 * - A measure is **overdue** when `isOverdue` says so (end passed, neither genomförd nor avbruten).
 * - A round is **past its last answer date** when `sista_svarsdag` has ended before today and some of
 *   its members have not answered (`roundStatus`). A round belongs to the region when every member is
 *   in it (all of Sweden holds every round), the same rule as a group's own records.
 */
import { rangeEnd, rangeStart } from './dates';
import { isOverdue, type Measure, type Plan } from './model';
import { currentPlans } from './stats';
import { roundStatus, type Answer, type Round } from './collection';
import { compareSv } from './collate';

export interface RoundWatch {
  round: Round;
  /** Members that have not answered, as codes in the caller's order. */
  waiting: string[];
  /** How many members the round asked. */
  asked: number;
}

export interface WatchList {
  plans: Plan[];
  /** Overdue measures in the order stored (counts need none); show them by `overdueOrder`. */
  measures: Measure[];
  rounds: RoundWatch[];
}

export interface WatchInput {
  /** The chosen region's municipality codes. */
  members: Iterable<string>;
  plans: readonly Plan[];
  measures: readonly Measure[];
  rounds: readonly Round[];
  answers: readonly Answer[];
  /** YYYY-MM-DD. */
  today: string;
  /** A round's members (its region's municipalities). */
  membersOf: (regionId: string) => readonly string[];
  /** Orders municipality codes (by name); default by code. */
  byName?: (a: string, b: string) => number;
}

/** The filter choices of the Data view (`bevakning=` in the URL) and the table each applies to. */
export const WATCH_FILTERS = { uppfoljning: 'plans', forsenade: 'measures' } as const;
export type WatchFilter = keyof typeof WATCH_FILTERS;
export const isWatchFilter = (s: string): s is WatchFilter => Object.hasOwn(WATCH_FILTERS, s);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Has this municipality answered any round on or after this date? */
function answeredSince(answers: readonly Answer[], kommunkod: string, date: string): boolean {
  const from = rangeStart(date);
  return answers.some((a) => a.kommunkod === kommunkod && !!a.mottagen && rangeEnd(a.mottagen) >= from);
}

/** Plans past their follow-up date without a newer answer (the rule above), earliest follow-up first. */
export function plansPastFollowUp(
  plans: readonly Plan[],
  answers: readonly Answer[],
  today: string,
  byName: (a: string, b: string) => number = cmp,
): Plan[] {
  return [...currentPlans([...plans]).values()]
    .filter(
      (p) =>
        !!p.uppfoljning &&
        p.status !== 'uppfoljd' &&
        rangeEnd(p.uppfoljning) < today &&
        !answeredSince(answers, p.kommunkod, p.uppfoljning),
    )
    .sort((a, b) => cmp(a.uppfoljning, b.uppfoljning) || byName(a.kommunkod, b.kommunkod));
}

/**
 * Measures past their end and not completed (of the `members` when given), in the order given. Sorting tens of thousands of them
 * by title after every change was a 350 ms task: counts need no order, and a list shows its first
 * rows by `overdueOrder` through `smallest`.
 */
export function overdueMeasures(measures: readonly Measure[], today: string, members?: ReadonlySet<string>): Measure[] {
  return measures.filter((m) => isOverdue(m, today) && (!members || members.has(m.kommunkod)));
}

/** The order of overdue measures: earliest end first, then by title (Swedish collation), then by id. */
export const overdueOrder = (a: Measure, b: Measure): number =>
  cmp(a.slut, b.slut) || compareSv(a.titel, b.titel) || cmp(a.id, b.id);

/** Rounds of the region past their last answer date with members still waiting, earliest date first. */
export function roundsWaiting(
  rounds: readonly Round[],
  answers: readonly Answer[],
  members: ReadonlySet<string>,
  membersOf: (regionId: string) => readonly string[],
  today: string,
  byName: (a: string, b: string) => number = cmp,
): RoundWatch[] {
  const out: RoundWatch[] = [];
  for (const round of rounds) {
    if (!round.sista_svarsdag || rangeEnd(round.sista_svarsdag) >= today) continue;
    const asked = membersOf(round.region_id);
    if (!asked.length || !asked.every((c) => members.has(c))) continue;
    const waiting = roundStatus(round, asked, answers)
      .filter((s) => s.state === 'waiting')
      .map((s) => s.kommunkod)
      .sort(byName);
    if (waiting.length) out.push({ round, waiting, asked: asked.length });
  }
  return out.sort(
    (a, b) => cmp(a.round.sista_svarsdag, b.round.sista_svarsdag) || compareSv(a.round.namn, b.round.namn),
  );
}

/** The region's watch list. */
export function watchList(input: WatchInput): WatchList {
  const members = new Set(input.members);
  const inRegion = <T extends { kommunkod: string }>(rows: readonly T[]) =>
    rows.filter((r) => members.has(r.kommunkod));
  return {
    plans: plansPastFollowUp(inRegion(input.plans), input.answers, input.today, input.byName),
    measures: overdueMeasures(input.measures, input.today, members),
    rounds: roundsWaiting(input.rounds, input.answers, members, input.membersOf, input.today, input.byName),
  };
}

/** The first `n` items and how many more there are ("Borås, Skövde och 3 till"). */
export function firstOf<T>(items: readonly T[], n: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, n), more: Math.max(0, items.length - n) };
}
