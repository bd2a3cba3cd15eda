/**
 * Needs versus plans (issue 25, DATA.md `tema_indikatorer.csv`): where a theme's indicator shows a weak
 * value for a municipality, and whether the municipality has a measure on that theme. Pure and
 * table-driven: the inputs are the tables as stored; Översikt's "Behov utan åtgärd" and Karta's
 * colouring "Behov och åtgärder" both read it.
 *
 * The weak rule: per indicator, the period is the latest one that has any value. A municipality's value
 * for that period is weak when it lies beyond the link's `grans` on the bad side (the indicator's
 * `hogre_ar_battre` says which side is bad), or, without `grans`, when it is at least as bad as the
 * ⌈n/4⌉-th worst of the n values of that period (the weakest quarter; the values held are taken as
 * Sweden's). A municipality without a value for that period has no value — never "not weak".
 */
import { median } from './context';
import type { Indicator, IndicatorValue, Measure, MeasureStatus, ThemeIndicator } from './model';

/** Statuses of a measure that answers a need: planned, running or done (not cancelled). */
export const ANSWERING_STATUSES: readonly MeasureStatus[] = ['planerad', 'pagaende', 'genomford'];

export type Weakness = 'weak' | 'notWeak' | 'noValue';

/** One indicator of a theme for one municipality. */
export interface IndicatorReading {
  tema: string;
  indikator: string;
  /** The indicator's latest period with any value ('' when the indicator has no values at all). */
  period: string;
  /** The municipality's value for that period; null when it has none. */
  value: number | null;
  weakness: Weakness;
  /** Share (0–1) of the period's values that are better than this one: how weak; 0 without a value. */
  severity: number;
  /** The link's threshold, when it has one. */
  grans: number | null;
  /** Medians of the period's values: the municipality's county (first two digits of the code) and all. */
  county: number | undefined;
  sweden: number | undefined;
}

export interface NeedsInput {
  measures: readonly Measure[];
  indicators: readonly Indicator[];
  values: readonly IndicatorValue[];
  links: readonly ThemeIndicator[];
  /** The region's municipalities (codes). */
  members: readonly string[];
}

/** A weak value on a theme where the municipality has no answering measure: a row of "Behov utan åtgärd". */
export type NeedRow = IndicatorReading & { kommunkod: string };

interface IndicatorPeriod {
  period: string;
  /** The period's values by municipality. */
  byKommun: Map<string, number>;
  /** The period's values, worst first. */
  worstFirst: number[];
  sweden: number | undefined;
  county: Map<string, number | undefined>;
}

const countyOf = (kommunkod: string) => kommunkod.slice(0, 2);

function latestPeriods(values: readonly IndicatorValue[], higherIsBetter: (id: string) => boolean) {
  const byIndicator = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    if (v.varde === null || !Number.isFinite(v.varde)) continue;
    let list = byIndicator.get(v.indikator);
    if (!list) byIndicator.set(v.indikator, (list = []));
    list.push(v);
  }
  const out = new Map<string, IndicatorPeriod>();
  for (const [id, list] of byIndicator) {
    const period = list.reduce((p, v) => (v.period > p ? v.period : p), '');
    const same = list.filter((v) => v.period === period);
    const byKommun = new Map(same.map((v) => [v.kommunkod, v.varde]));
    const higher = higherIsBetter(id);
    const worstFirst = [...byKommun.values()].sort((a, b) => (higher ? a - b : b - a));
    const counties = new Map<string, number[]>();
    for (const [k, v] of byKommun) {
      const c = countyOf(k);
      counties.set(c, [...(counties.get(c) ?? []), v]);
    }
    out.set(id, {
      period,
      byKommun,
      worstFirst,
      sweden: median(worstFirst),
      county: new Map([...counties].map(([c, vs]) => [c, median(vs)])),
    });
  }
  return out;
}

/** How each linked indicator reads for each member: one reading per member × link, in link order. */
export function readings(input: NeedsInput): Map<string, IndicatorReading[]> {
  const higher = new Map(input.indicators.map((i) => [i.id, i.hogre_ar_battre]));
  const higherIsBetter = (id: string) => higher.get(id) === true;
  const periods = latestPeriods(input.values, higherIsBetter);
  const out = new Map<string, IndicatorReading[]>();
  for (const k of input.members) {
    const list: IndicatorReading[] = [];
    for (const link of input.links) {
      const p = periods.get(link.indikator);
      const value = p?.byKommun.get(k);
      const base = {
        tema: link.tema,
        indikator: link.indikator,
        period: p?.period ?? '',
        grans: link.grans,
        county: p?.county.get(countyOf(k)),
        sweden: p?.sweden,
      };
      if (!p || value === undefined) {
        list.push({ ...base, value: null, weakness: 'noValue', severity: 0 });
        continue;
      }
      const better = higherIsBetter(link.indikator);
      const worse = (a: number, b: number) => (better ? a < b : a > b);
      let weak: boolean;
      if (link.grans !== null && Number.isFinite(link.grans)) weak = worse(value, link.grans);
      else {
        const cutoff = p.worstFirst[Math.ceil(p.worstFirst.length / 4) - 1];
        weak = !worse(cutoff, value);
      }
      const betterCount = p.worstFirst.filter((v) => worse(value, v)).length;
      list.push({
        ...base,
        value,
        weakness: weak ? 'weak' : 'notWeak',
        severity: betterCount / p.worstFirst.length,
      });
    }
    out.set(k, list);
  }
  return out;
}

/** The themes each municipality has an answering measure on (planned, running or done). */
export function answeredThemes(measures: readonly Measure[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of measures) {
    if (!ANSWERING_STATUSES.includes(m.status)) continue;
    let set = out.get(m.kommunkod);
    if (!set) out.set(m.kommunkod, (set = new Set()));
    for (const t of m.teman) set.add(t);
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * "Behov utan åtgärd": every member × linked indicator whose value is weak where the member has no
 * answering measure on the link's theme; weakest first (then by code, theme, indicator).
 */
export function needsWithoutMeasure(input: NeedsInput): NeedRow[] {
  const answered = answeredThemes(input.measures);
  const rows: NeedRow[] = [];
  for (const [kommunkod, list] of readings(input)) {
    for (const r of list) {
      if (r.weakness === 'weak' && !answered.get(kommunkod)?.has(r.tema)) rows.push({ ...r, kommunkod });
    }
  }
  return rows.sort(
    (a, b) =>
      b.severity - a.severity || cmp(a.kommunkod, b.kommunkod) || cmp(a.tema, b.tema) || cmp(a.indikator, b.indikator),
  );
}

/** Karta's "Behov och åtgärder": one class per municipality for one theme. */
export type NeedClass = 'weakWithout' | 'weakWith' | 'notWeak' | 'noValue';
export const NEED_CLASSES: readonly NeedClass[] = ['weakWithout', 'weakWith', 'notWeak', 'noValue'];

export interface NeedCell {
  kommunkod: string;
  class: NeedClass;
  /** The theme's indicators for this municipality, in link order. */
  readings: IndicatorReading[];
  /** The municipality's answering measures on the theme. */
  measures: Measure[];
}

/**
 * The class of each member for one theme: weak (any linked indicator weak) with or without an answering
 * measure; not weak only when every linked indicator has a value and none is weak; otherwise no value.
 */
export function needClasses(input: NeedsInput, tema: string): NeedCell[] {
  const links = input.links.filter((l) => l.tema === tema);
  const byMember = readings({ ...input, links });
  const answering = input.measures.filter((m) => ANSWERING_STATUSES.includes(m.status) && m.teman.includes(tema));
  return input.members.map((kommunkod) => {
    const list = byMember.get(kommunkod) ?? [];
    const measures = answering.filter((m) => m.kommunkod === kommunkod);
    const cls: NeedClass = list.some((r) => r.weakness === 'weak')
      ? measures.length
        ? 'weakWith'
        : 'weakWithout'
      : list.length && list.every((r) => r.weakness === 'notWeak')
        ? 'notWeak'
        : 'noValue';
    return { kommunkod, class: cls, readings: list, measures };
  });
}

/** One theme's good examples (measures marked `gott_exempel`); `theme` null: measures without a known theme. */
export interface GoodExampleGroup<T extends { id: string; namn: string }> {
  theme: T | null;
  measures: Measure[];
}

/**
 * "Goda exempel": the members' measures marked as good examples, under their first theme in `themes`'
 * order (those without a known theme last), by municipality code and title within a theme.
 */
export function goodExamples<T extends { id: string; namn: string }>(
  measures: readonly Measure[],
  members: ReadonlySet<string>,
  themes: readonly T[],
): GoodExampleGroup<T>[] {
  const groups = new Map<string | null, Measure[]>();
  const known = new Set(themes.map((th) => th.id));
  for (const m of measures) {
    if (!m.gott_exempel || !members.has(m.kommunkod)) continue;
    const key = m.teman.find((th) => known.has(th)) ?? null;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  const order = (a: Measure, b: Measure) => cmp(a.kommunkod, b.kommunkod) || cmp(a.titel, b.titel) || cmp(a.id, b.id);
  return [...themes, null]
    .filter((th) => groups.has(th ? th.id : null))
    .map((th) => ({ theme: th, measures: groups.get(th ? th.id : null)!.sort(order) }));
}
