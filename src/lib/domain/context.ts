/**
 * Numbers in context (issue 25 point 4): an indicator's value for one municipality and period beside the
 * median of a group of municipalities (the chosen region, or the county), Sweden's median for the same
 * period, and the municipality's rank within the group ("plats 3 av 8", 1 the best by the indicator's
 * `hogre_ar_battre`). Missing values are said ("inget värde"), never guessed. Pure and table-driven:
 * Karta's tooltip, legend and table, Jämför, the kommunblad, Översikt's needs and the report read it.
 */
import type { IndicatorValue } from './model';

/** The median of the finite numbers (undefined when there are none). */
export function median(values: readonly number[]): number | undefined {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return undefined;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export interface InContext {
  kommunkod: string;
  /** The municipality's value for the period; null when it has none ("inget värde"). */
  value: number | null;
  /** The median of the group's values for the same indicator and period. */
  group: number | undefined;
  /** Sweden's median: every municipality with a value for the same indicator and period. */
  sweden: number | undefined;
  /** 1 + the number of group members with a strictly better value; null without a value of its own. */
  rank: number | null;
  /** How many of the group's members have a value for the period (the "av 8" of "plats 3 av 8"). */
  of: number;
}

export interface ContextInput {
  /** The indicator: its id and whether higher is better (false: lower is better, e.g. staff turnover). */
  indicator: { id: string; hogre_ar_battre: boolean };
  period: string;
  values: readonly IndicatorValue[];
  /** The group's municipalities (codes) whose median and rank are given. */
  group: readonly string[];
}

/** Each code's value in context for one indicator and period (one pass over the values). */
export function valuesInContext(input: ContextInput, codes: readonly string[]): Map<string, InContext> {
  const byKommun = new Map<string, number>();
  for (const v of input.values) {
    if (v.indikator !== input.indicator.id || v.period !== input.period) continue;
    if (typeof v.varde !== 'number' || !Number.isFinite(v.varde)) continue;
    byKommun.set(v.kommunkod, v.varde);
  }
  const inGroup = [...new Set(input.group)].flatMap((k) => (byKommun.has(k) ? [byKommun.get(k)!] : []));
  const group = median(inGroup);
  const sweden = median([...byKommun.values()]);
  const better = input.indicator.hogre_ar_battre ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
  const out = new Map<string, InContext>();
  for (const kommunkod of codes) {
    const own = byKommun.get(kommunkod);
    const value = own ?? null;
    const rank = own === undefined ? null : 1 + inGroup.filter((v) => better(v, own)).length;
    out.set(kommunkod, { kommunkod, value, group, sweden, rank, of: inGroup.length });
  }
  return out;
}

/** One municipality's value in context (valuesInContext for one code). */
export function valueInContext(input: ContextInput, kommunkod: string): InContext {
  return valuesInContext(input, [kommunkod]).get(kommunkod)!;
}

export interface ContextLabels {
  /** A number with its unit, formatted ("14 %"). */
  number: (n: number) => string;
  /** "inget värde". */
  noValue: string;
  /** The group's median ("Sjuhärad 22 %", "länet 22 %"). */
  group: (median: string) => string;
  /** Sweden's median ("riket 20 %"). */
  sweden: (median: string) => string;
  /** The rank ("plats 3 av 8"). */
  rank: (rank: number, of: number) => string;
}

/**
 * The value in context in words, its parts joined by ", ": "14 %, Sjuhärad 22 %, riket 20 %, plats 3
 * av 8"; a part whose number is missing says "inget värde" (the rank is left out without a value).
 */
export function contextWords(c: InContext, labels: ContextLabels): string {
  const n = (v: number | null | undefined) => (v === null || v === undefined ? labels.noValue : labels.number(v));
  const parts = [n(c.value), labels.group(n(c.group)), labels.sweden(n(c.sweden))];
  if (c.rank !== null) parts.push(labels.rank(c.rank, c.of));
  return parts.join(', ');
}

/**
 * For Jämför's side by side: each indicator (in the given order) any of `codes` has a value for, with
 * the latest period any of them has one for — the same period for all, so they compare.
 */
export function latestPeriods<T extends { id: string }>(
  codes: readonly string[],
  indicators: readonly T[],
  values: readonly IndicatorValue[],
): { indicator: T; period: string }[] {
  const chosen = new Set(codes);
  const latest = new Map<string, string>();
  for (const v of values) {
    if (!chosen.has(v.kommunkod) || typeof v.varde !== 'number' || !Number.isFinite(v.varde)) continue;
    const had = latest.get(v.indikator);
    if (had === undefined || v.period > had) latest.set(v.indikator, v.period);
  }
  return indicators.flatMap((indicator) => {
    const period = latest.get(indicator.id);
    return period === undefined ? [] : [{ indicator, period }];
  });
}
