/**
 * The map's colour model: what each municipality's colour means for a "colour by" choice at a date,
 * with a legend that counts municipalities per class. "No plan", "no data" and "not reported" stay
 * distinct, and every class has a text label (colour is never the only signal). Pure.
 */
import { scaleLinear, scaleSequential } from 'd3-scale';
import { interpolateCividis } from 'd3-scale-chromatic';
import { rangeEnd, rangeStart } from '$lib/domain/dates';
import {
  PLAN_STATUSES,
  type Indicator,
  type IndicatorValue,
  type Measure,
  type Plan,
  type PlanStatus,
  type Theme,
} from '$lib/domain/model';
import { currentPlans } from '$lib/domain/stats';
import { STATUS_COLOURS } from '$lib/viz/colours';

export type ColourBy =
  | { kind: 'status' }
  | { kind: 'theme'; theme: string }
  | { kind: 'count' }
  | { kind: 'indicator'; indicator: string; period: string };

export interface MapClass {
  key: string;
  label: string;
  colour: string;
  /** Drawn with a hatch pattern as well as colour ("no data", "no plan"). */
  pattern: boolean;
  count: number;
}

export interface MapColouring {
  /** Per municipality code: the class key, the colour and what it means in words. */
  byCode: Map<string, { key: string; colour: string; meaning: string; pattern: boolean; value?: number }>;
  legend: MapClass[];
  /** For a sequential scale: its domain, for a gradient legend. */
  domain?: [number, number];
  /** A continuous scale's legend: the colours from the lowest to the highest value, ticks, unit and which end is better. */
  ramp?: Ramp;
}

export interface Ramp {
  /** Colours at evenly spaced points from the lowest value (first) to the highest (last). */
  stops: string[];
  /** At least three values, each with its place along the ramp (0 = lowest, 1 = highest) and its text. */
  ticks: { value: number; at: number; label: string }[];
  unit: string;
  period: string;
  /** Which end is better (the indicator's `hogre_ar_battre`); null when the indicator does not say. */
  better: 'higher' | 'lower' | null;
}

/**
 * The ticks of a ramp from `lo` to `hi`: round values inside the range, the two ends always among
 * them (a round value closer to an end than an eighth of the range gives way to the end), at least three.
 */
export function rampTicks(lo: number, hi: number, format: (n: number) => string): Ramp['ticks'] {
  if (!(hi > lo)) return [{ value: lo, at: 0.5, label: format(lo) }];
  const span = hi - lo;
  const inner = scaleLinear()
    .domain([lo, hi])
    .ticks(4)
    .filter((v) => v - lo > span / 8 && hi - v > span / 8);
  const values = [lo, ...(inner.length ? inner : [(lo + hi) / 2]), hi];
  return values.map((value) => ({ value, at: (value - lo) / span, label: format(value) }));
}

export interface ColourInput {
  codes: string[];
  plans: Plan[];
  measures: Measure[];
  themes: Theme[];
  indicators: Indicator[];
  values: IndicatorValue[];
  /** YYYY, YYYY-MM or YYYY-MM-DD; '' = now (stored statuses). */
  datum: string;
  labels: {
    noPlan: string;
    noData: string;
    notReported: string;
    hasTheme: (t: string) => string;
    lacksTheme: (t: string) => string;
    measures: (n: number) => string;
    /** "Datum okänt": at a chosen date, records without dates are neither present nor absent. */
    unknown: string;
    /** A plan status in words ("Under arbete"). */
    status: (s: PlanStatus) => string;
    /** A number as the reader writes it ("1 234,5"). */
    number: (n: number) => string;
  };
}

/** A plan with no date that says when it existed (start, adoption, follow-up). */
export const planUndated = (p: Plan) => !p.startdatum && !p.antagen && !p.uppfoljning;
/** A measure with neither start nor end. */
export const measureUndated = (m: Measure) => !m.start && !m.slut;
const UNKNOWN_COLOUR = '#f4f1ea';

/** A plan's status on a date, from its dates: null when the plan had not started then. */
export function planStatusAt(plan: Plan, datum: string): PlanStatus | null {
  if (!datum) return plan.status;
  const d = rangeEnd(datum);
  const reached = (date: string) => !!date && rangeStart(date) <= d;
  if (plan.startdatum && !reached(plan.startdatum)) return null;
  if (reached(plan.uppfoljning)) return 'uppfoljd';
  if (reached(plan.antagen)) return 'antagen';
  // Before adoption: what the plan is now, unless it is now adopted (then it was being worked on).
  if (plan.antagen || plan.status === 'antagen' || plan.status === 'uppfoljd') return 'under_arbete';
  return plan.status;
}

/** Is a measure running on a date? Now: unless cancelled. At a date: only when its dates say so (undated: no). */
export function measureRunning(m: Measure, datum: string): boolean {
  if (!datum) return m.status !== 'avbruten';
  if (measureUndated(m)) return false;
  const d0 = rangeStart(datum);
  const d1 = rangeEnd(datum);
  if (m.start && rangeStart(m.start) > d1) return false;
  if (m.slut && rangeEnd(m.slut) < d0) return false;
  return true;
}

export function colourMap(by: ColourBy, input: ColourInput): MapColouring {
  const { codes, labels, datum } = input;
  const byCode: MapColouring['byCode'] = new Map();
  const counts = new Map<string, number>();
  const set = (code: string, key: string, colour: string, meaning: string, pattern = false, value?: number) => {
    byCode.set(code, { key, colour, meaning, pattern, value });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const members = new Set(codes);
  const plansAt = new Map<string, PlanStatus>();
  // At a chosen date, a plan without dates is "date unknown" rather than present at every date.
  const dated = (p: Plan) => !datum || !planUndated(p);
  for (const [code, plan] of currentPlans(
    input.plans.filter((p) => members.has(p.kommunkod) && dated(p) && planStatusAt(p, datum)),
  )) {
    plansAt.set(code, planStatusAt(plan, datum)!);
  }
  const unknownLabel = labels.unknown;
  const undatedPlan = new Set(
    datum ? input.plans.filter((p) => members.has(p.kommunkod) && planUndated(p)).map((p) => p.kommunkod) : [],
  );
  const undatedMeasures = (keep: (m: Measure) => boolean) =>
    new Set(
      datum
        ? input.measures.filter((m) => members.has(m.kommunkod) && measureUndated(m) && keep(m)).map((m) => m.kommunkod)
        : [],
    );
  const unknownEntry = () => ({
    key: 'unknown',
    label: unknownLabel,
    colour: UNKNOWN_COLOUR,
    pattern: true,
    count: counts.get('unknown') ?? 0,
  });

  if (by.kind === 'status') {
    for (const c of codes) {
      const s = plansAt.get(c);
      if (s) set(c, s, STATUS_COLOURS[s], labels.status(s));
      else if (undatedPlan.has(c)) set(c, 'unknown', UNKNOWN_COLOUR, unknownLabel, true);
      else set(c, 'none', STATUS_COLOURS.none, labels.noPlan, true);
    }
    const legend = [...PLAN_STATUSES, 'none'].map((k) => ({
      key: k,
      label: k === 'none' ? labels.noPlan : labels.status(k as PlanStatus),
      colour: STATUS_COLOURS[k],
      pattern: k === 'none',
      count: counts.get(k) ?? 0,
    }));
    if (datum) legend.splice(legend.length - 1, 0, unknownEntry());
    return { byCode, legend };
  }

  const running = input.measures.filter((m) => members.has(m.kommunkod) && measureRunning(m, datum));
  if (by.kind === 'theme') {
    const theme = input.themes.find((t) => t.id === by.theme);
    const name = theme?.namn ?? by.theme;
    const withTheme = new Set(running.filter((m) => m.teman.includes(by.theme)).map((m) => m.kommunkod));
    const maybe = undatedMeasures((m) => m.teman.includes(by.theme));
    for (const c of codes) {
      if (withTheme.has(c)) set(c, 'yes', theme?.farg ?? '#0072b2', labels.hasTheme(name));
      else if (maybe.has(c)) set(c, 'unknown', UNKNOWN_COLOUR, unknownLabel, true);
      else if (plansAt.has(c) || undatedPlan.has(c)) set(c, 'no', '#e8e4d8', labels.lacksTheme(name));
      else set(c, 'none', '#ffffff', labels.noPlan, true);
    }
    return {
      byCode,
      legend: [
        {
          key: 'yes',
          label: labels.hasTheme(name),
          colour: theme?.farg ?? '#0072b2',
          pattern: false,
          count: counts.get('yes') ?? 0,
        },
        { key: 'no', label: labels.lacksTheme(name), colour: '#e8e4d8', pattern: false, count: counts.get('no') ?? 0 },
        ...(datum ? [unknownEntry()] : []),
        { key: 'none', label: labels.noPlan, colour: '#ffffff', pattern: true, count: counts.get('none') ?? 0 },
      ],
    };
  }

  if (by.kind === 'count') {
    const n = new Map<string, number>();
    for (const m of running) n.set(m.kommunkod, (n.get(m.kommunkod) ?? 0) + 1);
    const max = Math.max(1, ...n.values());
    const scale = scaleSequential(interpolateCividis).domain([max, 0]);
    const bins = countBins(max);
    const maybe = undatedMeasures(() => true);
    for (const c of codes) {
      const v = n.get(c) ?? 0;
      if (v === 0 && maybe.has(c)) set(c, 'unknown', UNKNOWN_COLOUR, unknownLabel, true);
      else if (v === 0 && !plansAt.has(c) && !undatedPlan.has(c)) set(c, 'none', '#ffffff', labels.noPlan, true, 0);
      else {
        const bin = bins.find((b) => v >= b.from && v <= b.to)!;
        set(c, bin.key, scale(bin.mid), labels.measures(v), false, v);
      }
    }
    return {
      byCode,
      legend: [
        ...bins.map((b) => ({
          key: b.key,
          label: b.from === b.to ? String(b.from) : `${b.from}–${b.to}`,
          colour: scale(b.mid),
          pattern: false,
          count: counts.get(b.key) ?? 0,
        })),
        ...(datum ? [unknownEntry()] : []),
        { key: 'none', label: labels.noPlan, colour: '#ffffff', pattern: true, count: counts.get('none') ?? 0 },
      ],
      domain: [0, max],
    };
  }

  // Indicator values of one period.
  const vals = new Map(
    input.values
      .filter((v) => v.indikator === by.indicator && v.period === by.period)
      .map((v) => [v.kommunkod, v.varde]),
  );
  const inRegion = codes.map((c) => vals.get(c)).filter((v): v is number => typeof v === 'number');
  const lo = inRegion.length ? Math.min(...inRegion) : 0;
  const hi = inRegion.length ? Math.max(...inRegion) : 1;
  const indicator = input.indicators.find((i) => i.id === by.indicator);
  // Darker = better: reverse the scale when lower is better.
  const scale = scaleSequential(interpolateCividis).domain(
    indicator?.hogre_ar_battre === false ? [lo, hi === lo ? lo + 1 : hi] : [hi === lo ? hi + 1 : hi, lo],
  );
  const reported = new Set(input.values.filter((v) => v.indikator === by.indicator).map((v) => v.kommunkod));
  const ramp: Ramp | undefined = inRegion.length
    ? {
        stops: Array.from({ length: 9 }, (_, i) => scale(lo + ((hi - lo) * i) / 8)),
        ticks: rampTicks(lo, hi, labels.number),
        unit: indicator?.enhet ?? '',
        period: by.period,
        better: indicator?.hogre_ar_battre === true ? 'higher' : indicator?.hogre_ar_battre === false ? 'lower' : null,
      }
    : undefined;
  for (const c of codes) {
    const v = vals.get(c);
    if (typeof v === 'number')
      set(c, 'value', scale(v), `${labels.number(v)}${indicator?.enhet ? ` ${indicator.enhet}` : ''}`, false, v);
    else if (reported.has(c)) set(c, 'notReported', '#d9d9d9', labels.notReported, true);
    else set(c, 'noData', '#ffffff', labels.noData, true);
  }
  return {
    byCode,
    legend: [
      {
        key: 'value',
        label: `${labels.number(lo)} – ${labels.number(hi)}${indicator?.enhet ? ` ${indicator.enhet}` : ''}`,
        colour: scale((lo + hi) / 2),
        pattern: false,
        count: counts.get('value') ?? 0,
      },
      {
        key: 'notReported',
        label: labels.notReported,
        colour: '#d9d9d9',
        pattern: true,
        count: counts.get('notReported') ?? 0,
      },
      { key: 'noData', label: labels.noData, colour: '#ffffff', pattern: true, count: counts.get('noData') ?? 0 },
    ],
    domain: [lo, hi],
    ramp,
  };
}

function countBins(max: number): { key: string; from: number; to: number; mid: number }[] {
  if (max <= 5) return Array.from({ length: max + 1 }, (_, i) => ({ key: `n${i}`, from: i, to: i, mid: i }));
  const edges = [0, 1, Math.ceil(max / 4), Math.ceil(max / 2), Math.ceil((3 * max) / 4), max];
  const bins = [{ key: 'n0', from: 0, to: 0, mid: 0 }];
  for (let i = 1; i < edges.length - 1; i++) {
    const from = i === 1 ? 1 : edges[i] + 1;
    const to = edges[i + 1];
    if (from <= to) bins.push({ key: `n${from}`, from, to, mid: (from + to) / 2 });
  }
  return bins;
}
