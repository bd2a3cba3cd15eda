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
import { smallest } from './text';

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

/**
 * The first `n` items in words, and how many more there are through `andMore` ("Borås, Skövde" or
 * "Borås, Skövde och 3 till"): the first in list order, or with `order` the `n` smallest by it.
 * Bevakning's sentences on Översikt and in the report's Word file.
 */
export function firstWords<T>(
  items: readonly T[],
  n: number,
  text: (x: T) => string,
  andMore: (names: string, more: number) => string,
  order?: (a: T, b: T) => number,
): string {
  return firstWordsOf(order ? smallest(items, n, order) : items, items.length, n, text, andMore);
}

/**
 * `firstWords` of `total` items whose first ones (in list order, or the smallest by an order) are
 * already known: `first`, at least `n` of them or all the items. One `smallest` then serves a
 * sentence and a table's first page (50 000 overdue measures in Swedish collation looked at once).
 */
export function firstWordsOf<T>(
  first: readonly T[],
  total: number,
  n: number,
  text: (x: T) => string,
  andMore: (names: string, more: number) => string,
): string {
  const names = first.slice(0, Math.max(0, n)).map(text).join(', ');
  const more = Math.max(0, total - n);
  return more ? andMore(names, more) : names;
}

/** How the late list is grouped on Översikt: by municipality or by theme. */
export const LATE_BY = ['kommun', 'tema'] as const;
export type LateBy = (typeof LATE_BY)[number];

/** One row of the late table: a municipality's (or a theme's) overdue measures and plans past follow-up. */
export interface LateGroup {
  /** A municipality code, a theme id, or '' (measures without a theme). */
  key: string;
  /** Its overdue measures, earliest end first (`overdueOrder`). */
  measures: Measure[];
  /** Its plans past their follow-up date, earliest first (none when grouped by theme: plans have no theme). */
  plans: Plan[];
  /** measures + plans. */
  count: number;
  /** The earliest date passed (a measure's end or a plan's follow-up), as stored ("2016-04"). */
  oldest: string;
  /** Days from the last day of `oldest` to today. */
  daysLate: number;
}

const DAY = 86_400_000;
/** Whole days from `from` (YYYY-MM-DD) to `to` (YYYY-MM-DD). */
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/**
 * The late list grouped by municipality or by theme (a measure with several themes counts under each;
 * one without a theme under ''), most late first: by count, then by how long the oldest has been late,
 * then by `order` of the keys (names). With `sorted` false each group's measures stay in the order
 * given: counts and dates need no order, and sorting 50 000 overdue measures by title (Swedish
 * collation) was most of a 300 ms task on Översikt; `sortLate` sorts them when a list is written.
 */
export function lateGroups(
  list: Pick<WatchList, 'plans' | 'measures'>,
  by: LateBy,
  today: string,
  order: (a: string, b: string) => number = cmp,
  sorted = true,
): LateGroup[] {
  const groups = new Map<string, { measures: Measure[]; plans: Plan[] }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { measures: [], plans: [] }));
    return g;
  };
  for (const m of list.measures) {
    if (by === 'kommun') group(m.kommunkod).measures.push(m);
    else for (const k of m.teman.length ? new Set(m.teman) : ['']) group(k).measures.push(m);
  }
  if (by === 'kommun') for (const p of list.plans) group(p.kommunkod).plans.push(p);
  const out: LateGroup[] = [];
  for (const [key, g] of groups) {
    if (sorted) g.measures.sort(overdueOrder);
    g.plans.sort((a, b) => cmp(rangeEnd(a.uppfoljning), rangeEnd(b.uppfoljning)) || compareSv(a.titel, b.titel));
    // The first date with the earliest end in the sorted lists (measures before plans), whether or not
    // the measures are sorted: of equal ends, the measure whose end sorts first ("2016" before "2016-12-31").
    // Each end worked out once per measure (50 000 overdue measures).
    let oldest = '';
    let oldestEnd = '';
    for (const m of g.measures) {
      const d = m.slut;
      const end = rangeEnd(d);
      if (!oldest || end < oldestEnd || (end === oldestEnd && cmp(d, oldest) < 0)) {
        oldest = d;
        oldestEnd = end;
      }
    }
    for (const p of g.plans) {
      const end = rangeEnd(p.uppfoljning);
      if (!oldest || end < oldestEnd) {
        oldest = p.uppfoljning;
        oldestEnd = end;
      }
    }
    const count = g.measures.length + g.plans.length;
    out.push({ key, ...g, count, oldest, daysLate: daysBetween(rangeEnd(oldest), today) });
  }
  return out.sort((a, b) => b.count - a.count || b.daysLate - a.daysLate || order(a.key, b.key));
}

/** Groups of `lateGroups(…, false)` with their measures in `overdueOrder` (new groups; the given ones are kept). */
export const sortLate = (groups: readonly LateGroup[]): LateGroup[] =>
  groups.map((g) => ({ ...g, measures: [...g.measures].sort(overdueOrder) }));

/** The words of a reminder e-mail (the interface language's; dates already formatted by `date`). */
export interface ReminderTexts {
  subject: string;
  intro: string;
  /** A municipality's heading: "Borås (3 åtgärder, 1 plan)". */
  kommun: (name: string, measures: number, plans: number) => string;
  measure: (title: string, date: string) => string;
  plan: (title: string, date: string) => string;
  /** Every municipality on one line: "Försenat per kommun: Borås (4), Skövde (2)." */
  summary: (items: string) => string;
  summaryItem: (name: string, n: number) => string;
  /** Where a list is cut: "… och 40 till" (after `items` when given: "Borås, Skövde och 40 till"). */
  more: (n: number, items?: string) => string;
  outro: string;
  date: (d: string) => string;
}

export interface Reminder {
  href: string;
  /** Items (measures and plans) listed in the body. */
  listed: number;
  /** Items left out to keep the link short (`more`). */
  left: number;
}

/** A mailto link's practical limit: mail programs and browsers cut or refuse longer ones (about 2 000). */
export const MAILTO_MAX = 1900;

/**
 * One `mailto:` to `to` listing what is late per municipality (groups by municipality, in their
 * order). The body is cut so the whole link stays within `max` characters, ending "… och N till".
 */
export function reminderMailto(
  groups: readonly LateGroup[],
  to: readonly string[],
  name: (kommunkod: string) => string,
  texts: ReminderTexts,
  max: number = MAILTO_MAX,
): Reminder {
  const enc = (s: string) => encodeURIComponent(s);
  const NL = '\r\n';
  const head = `mailto:${to.map(enc).join(',')}?subject=${enc(texts.subject)}&body=`;
  const total = groups.reduce((n, g) => n + g.count, 0);
  const lengthOf = (ls: string[]) => ls.reduce((n, l) => n + enc(l + NL).length, 0);
  // First every municipality with its count on one line (within half the room), then the details.
  const summaryRoom = (max - head.length) / 2;
  let named = 0;
  let summary = '';
  for (let i = 1; i <= groups.length; i++) {
    const shown = groups.slice(0, i).map((g) => texts.summaryItem(name(g.key), g.count));
    const next = texts.summary(i < groups.length ? texts.more(groups.length - i, shown.join(', ')) : shown.join(', '));
    if (enc(next + NL).length > summaryRoom && named) break;
    [summary, named] = [next, i];
  }
  const lines: string[] = groups.length > 1 ? [texts.intro, '', summary, ''] : [texts.intro, ''];
  const endLines = ['', texts.outro];
  let used = head.length + lengthOf(lines) + lengthOf(endLines);
  // Room kept for the "… och N till" line.
  const reserve = enc(texts.more(total) + NL).length;
  let listed = 0;
  let full = false;
  for (const g of groups) {
    const items = [
      ...g.measures.map((m) => texts.measure(m.titel, texts.date(m.slut))),
      ...g.plans.map((p) => texts.plan(p.titel, texts.date(p.uppfoljning))),
    ];
    const heading = texts.kommun(name(g.key), g.measures.length, g.plans.length);
    let headed = false;
    for (const item of items) {
      // A heading goes in with its first item, never alone.
      const add = headed ? [item] : [heading, item];
      const len = lengthOf(add);
      if (used + len + reserve > max) {
        full = true;
        break;
      }
      lines.push(...add);
      used += len;
      listed++;
      headed = true;
    }
    if (headed) {
      lines.push('');
      used += lengthOf(['']);
    }
    if (full) break;
  }
  const left = total - listed;
  if (left) lines.push(texts.more(left));
  const body = [...lines, ...endLines].join(NL);
  return { href: head + enc(body), listed, left };
}

/** Who a reminder goes to. */
export interface Recipients {
  to: string[];
  /**
   * When every address names its municipality: the late municipalities addressed (the message lists
   * only theirs). null when some address names none (a general address receives the whole list).
   */
  only: string[] | null;
}

/**
 * The addresses a person typed for reminders, one per line or separated by commas/semicolons. A line
 * may name its municipality first ("Borås: registrator@boras.se", "1490 a@b.se"); such an address
 * receives reminders only when that municipality is late. `codeOf` resolves a name or code.
 */
export function recipients(
  text: string,
  concerned: ReadonlySet<string>,
  codeOf: (nameOrCode: string) => string | undefined,
): Recipients {
  const to: string[] = [];
  const only: string[] = [];
  let general = false;
  for (const line of text.split(/\r?\n/)) {
    const addresses = line.match(/[^\s,;:<>"()]+@[^\s,;:<>"()]+/g);
    if (!addresses) continue;
    const before = line
      .slice(0, line.indexOf(addresses[0]))
      .replace(/[\s:;,<>"()–-]+$/, '')
      .trim();
    const code = before ? codeOf(before) : undefined;
    if (code && !concerned.has(code)) continue;
    if (code) {
      if (!only.includes(code)) only.push(code);
    } else general = true;
    for (const a of addresses) if (!to.includes(a)) to.push(a);
  }
  return { to, only: general || !to.length ? null : only };
}

/** The words of the late list's file (the interface language's). */
export interface LateRowTexts {
  measure: string;
  plan: string;
  measureStatus: (s: string) => string;
  planStatus: (s: string) => string;
  theme: (id: string) => string;
}

/**
 * Every late measure and plan as rows for a file, municipality by municipality in the groups' order:
 * code, name, type, title, status, the date passed (as stored), days late, themes, id.
 */
export function lateRows(
  groups: readonly LateGroup[],
  name: (kommunkod: string) => string,
  today: string,
  texts: LateRowTexts,
): string[][] {
  const days = (d: string) => String(daysBetween(rangeEnd(d), today));
  const rows: string[][] = [];
  for (const g of groups) {
    for (const m of g.measures)
      rows.push([
        m.kommunkod,
        name(m.kommunkod),
        texts.measure,
        m.titel,
        texts.measureStatus(m.status),
        m.slut,
        days(m.slut),
        m.teman.map(texts.theme).join(', '),
        m.id,
      ]);
    for (const p of g.plans)
      rows.push([
        p.kommunkod,
        name(p.kommunkod),
        texts.plan,
        p.titel,
        texts.planStatus(p.status),
        p.uppfoljning,
        days(p.uppfoljning),
        '',
        p.id,
      ]);
  }
  return rows;
}
