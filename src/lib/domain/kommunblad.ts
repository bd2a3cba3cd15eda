/**
 * Kommunblad (issue 24): one municipality on one page — its current plan, its measures by theme, what is
 * late (Bevakning's own rules, watch.ts), its indicators beside the county's and Sweden's medians, its
 * national requests and its answers to rounds. Pure; the kommunblad view and the report both read it.
 */
import type { Answer, Round } from './collection';
import { compareSv } from './collate';
import { orderThemes } from './compare';
import {
  isOverdue,
  type Indicator,
  type IndicatorValue,
  type Measure,
  type NationalRequest,
  type Plan,
  type Theme,
} from './model';
import { currentPlans } from './stats';
import { valueInContext } from './context';
import { overdueMeasures, overdueOrder, plansPastFollowUp } from './watch';

/** The median lives in context.ts (one function for the kommunblad, the needs and the map). */
export { median } from './context';

export interface IndicatorInContext {
  indicator: Indicator;
  /** The latest period the municipality has a value for. */
  period: string;
  value: number;
  /** The median of the county's municipalities for the same indicator and period. */
  county: number | undefined;
  /** The median of every municipality with a value for the same indicator and period. */
  sweden: number | undefined;
  /** The rank within the county (1 the best by `hogre_ar_battre`) among `of` members with a value. */
  rank: number | null;
  of: number;
}

/**
 * Each indicator the municipality has a value for, at its latest period, with the county's and Sweden's
 * medians for that same period (never another year's). Indicators in the given order; values of
 * unknown indicators are left out.
 */
export function indicatorsInContext(
  kommunkod: string,
  indicators: readonly Indicator[],
  values: readonly IndicatorValue[],
  countyMembers: ReadonlySet<string>,
): IndicatorInContext[] {
  const out: IndicatorInContext[] = [];
  const byIndicator = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    if (!Number.isFinite(v.varde)) continue;
    let list = byIndicator.get(v.indikator);
    if (!list) byIndicator.set(v.indikator, (list = []));
    list.push(v);
  }
  for (const indicator of indicators) {
    const list = byIndicator.get(indicator.id) ?? [];
    let own: IndicatorValue | undefined;
    for (const v of list) if (v.kommunkod === kommunkod && (!own || v.period > own.period)) own = v;
    if (!own) continue;
    const c = valueInContext({ indicator, period: own.period, values: list, group: [...countyMembers] }, kommunkod);
    out.push({
      indicator,
      period: own.period,
      value: own.varde,
      county: c.group,
      sweden: c.sweden,
      rank: c.rank,
      of: c.of,
    });
  }
  return out;
}

export interface ThemeGroup {
  /** null: measures without a known theme. */
  theme: Theme | null;
  measures: Measure[];
}

export interface KommunbladInput {
  kommunkod: string;
  plans: readonly Plan[];
  measures: readonly Measure[];
  themes: readonly Theme[];
  requests: readonly NationalRequest[];
  rounds: readonly Round[];
  answers: readonly Answer[];
  indicators: readonly Indicator[];
  indicatorValues: readonly IndicatorValue[];
  /** The municipality's county's members (for the county's median). */
  countyMembers: ReadonlySet<string>;
  /** YYYY-MM-DD. */
  today: string;
}

export interface Kommunblad {
  kommunkod: string;
  /** The current plan (stats.ts currentPlans), if any. */
  plan: Plan | undefined;
  /** True when the plan is past its follow-up date (Bevakning's rule). */
  planPastFollowUp: boolean;
  /** Measures under their first known theme (theme order), those without a theme last; by start, then title. */
  byTheme: ThemeGroup[];
  measureCount: number;
  /** Overdue measures (Bevakning's rule), earliest end first. */
  overdue: Measure[];
  indicators: IndicatorInContext[];
  /** National requests, newest first. */
  requests: NationalRequest[];
  /** Answers to rounds with their round, newest first. */
  answers: { round: Round | undefined; answer: Answer }[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The kommunblad of one municipality. */
export function kommunblad(input: KommunbladInput): Kommunblad {
  const k = input.kommunkod;
  const own = <T extends { kommunkod: string }>(rows: readonly T[]) => rows.filter((r) => r.kommunkod === k);
  const plan = currentPlans(own(input.plans)).get(k);
  const answers = own(input.answers);
  const measures = own(input.measures);
  const themes = orderThemes(input.themes);
  const known = new Set(themes.map((t) => t.id));
  const groups = new Map<string | null, Measure[]>();
  for (const m of measures) {
    const key = m.teman.find((t) => known.has(t)) ?? null;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(m);
  }
  const order = (a: Measure, b: Measure) => cmp(a.start, b.start) || compareSv(a.titel, b.titel) || cmp(a.id, b.id);
  const byTheme: ThemeGroup[] = [...themes, null]
    .filter((t) => groups.has(t ? t.id : null))
    .map((t) => ({ theme: t, measures: groups.get(t ? t.id : null)!.sort(order) }));
  const rounds = new Map(input.rounds.map((r) => [r.id, r]));
  return {
    kommunkod: k,
    plan,
    planPastFollowUp: !!plan && plansPastFollowUp([plan], answers, input.today).length > 0,
    byTheme,
    measureCount: measures.length,
    overdue: overdueMeasures(measures, input.today).sort(overdueOrder),
    indicators: indicatorsInContext(k, input.indicators, input.indicatorValues, input.countyMembers),
    requests: own(input.requests).sort((a, b) => cmp(b.datum, a.datum) || cmp(a.id, b.id)),
    answers: answers
      .map((answer) => ({ round: rounds.get(answer.insamling_id), answer }))
      .sort((a, b) => cmp(b.answer.mottagen, a.answer.mottagen) || cmp(a.answer.insamling_id, b.answer.insamling_id)),
  };
}

/** The tables kommunblad are made of (the live data's rows, every municipality's). */
export type SheetTables = Omit<KommunbladInput, 'kommunkod' | 'countyMembers' | 'today'>;

/**
 * The kommunblad of one state of the data, each made only when first asked for and then kept: the
 * report for all of Sweden makes a member's kommunblad when it comes near the window (or for print and
 * the Word file), not 290 of them at once. Sorting each member's measures by title in Swedish collation
 * was most of a 250–400 ms task on every visit.
 */
export interface SheetBook {
  /** A municipality's kommunblad (the same as `kommunblad` of the whole tables), made once. */
  sheet(kommunkod: string): Kommunblad;
  /** How many measures and how many overdue measures a municipality has, without making its kommunblad. */
  counts(kommunkod: string): { measures: number; overdue: number };
}

const groupByKommun = <T extends { kommunkod: string }>(rows: readonly T[]): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.kommunkod);
    if (list) list.push(r);
    else out.set(r.kommunkod, [r]);
  }
  return out;
};

/**
 * A book of the tables' kommunblad at `today` (YYYY-MM-DD). The rows are grouped by municipality the
 * first time a kommunblad or a count is asked for (one pass over each table), not before.
 * `countyMembers` gives a municipality's county's members (for the county's medians).
 */
export function sheetBook(
  tables: SheetTables,
  today: string,
  countyMembers: (kommunkod: string) => ReadonlySet<string>,
): SheetBook {
  type Index = {
    plans: Map<string, Plan[]>;
    measures: Map<string, Measure[]>;
    requests: Map<string, NationalRequest[]>;
    answers: Map<string, Answer[]>;
  };
  let index: Index | undefined;
  const indexed = (): Index =>
    (index ??= {
      plans: groupByKommun(tables.plans),
      measures: groupByKommun(tables.measures),
      requests: groupByKommun(tables.requests),
      answers: groupByKommun(tables.answers),
    });
  // Counted only when asked for (the report's placeholders), not for one kommunblad.
  let overdue: Map<string, number> | undefined;
  const overdueCounts = (): Map<string, number> => {
    if (overdue) return overdue;
    overdue = new Map();
    for (const m of tables.measures)
      if (isOverdue(m, today)) overdue.set(m.kommunkod, (overdue.get(m.kommunkod) ?? 0) + 1);
    return overdue;
  };
  const made = new Map<string, Kommunblad>();
  return {
    sheet(k) {
      let sheet = made.get(k);
      if (!sheet) {
        const i = indexed();
        sheet = kommunblad({
          ...tables,
          kommunkod: k,
          plans: i.plans.get(k) ?? [],
          measures: i.measures.get(k) ?? [],
          requests: i.requests.get(k) ?? [],
          answers: i.answers.get(k) ?? [],
          countyMembers: countyMembers(k),
          today,
        });
        made.set(k, sheet);
      }
      return sheet;
    },
    counts(k) {
      return { measures: indexed().measures.get(k)?.length ?? 0, overdue: overdueCounts().get(k) ?? 0 };
    },
  };
}

/** A link the kommunblad may show: only http and https (a plan's `lank` could hold anything). */
export function safeLink(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The distinct sources (`kalla`) of the members' plans and measures, in Swedish order: the report's source line. */
export function reportSources(
  plans: readonly Plan[],
  measures: readonly Measure[],
  members: ReadonlySet<string>,
): string[] {
  const out = new Set<string>();
  // 100 000 measures carry a few sources: each distinct one is looked at once.
  const seen = new Set<string>();
  for (const rows of [plans, measures])
    for (const r of rows) {
      const k = r.kalla;
      if (!k || seen.has(k) || !members.has(r.kommunkod)) continue;
      seen.add(k);
      out.add(k.trim());
    }
  return [...out].filter(Boolean).sort(compareSv);
}
