/**
 * "En rad per kommun": the timeline of a whole county on one screen. Each municipality is one row:
 * its plan's phases as a band (Ej påbörjad → Under arbete → På remiss → Antagen → Uppföljd, read from
 * the plan's dates and status), its milestones as marks, and its measures as a strip of quarters
 * (a quarter with an overdue measure is red, one with running measures blue, one where measures were
 * only finished grey). Pure: d3 computes here, Svelte renders.
 */
import { compareCode } from '$lib/domain/collate';
import type { Measure, Plan } from '$lib/domain/model';
import { dateRange, precisionOf, type Precision } from '$lib/domain/dates';
import { dayMs, span, MILESTONES } from './items';

const DAY = 86_400_000;

export type Phase = 'ej_paborjad' | 'under_arbete' | 'remiss' | 'antagen' | 'uppfoljd';
export const PHASES: readonly Phase[] = ['ej_paborjad', 'under_arbete', 'remiss', 'antagen', 'uppfoljd'];
/** Pale, ordered fills (light to dark): the band is the background, the marks and the strip carry the eye. */
export const PHASE_COLOURS: Record<Phase, string> = {
  ej_paborjad: '#eeeeee',
  under_arbete: '#fbd9a5',
  remiss: '#f4b183',
  antagen: '#a9d5b5',
  uppfoljd: '#5fa97a',
};
/** The strip's three states (overdue wins over running, running over done). */
export type QuarterState = 'overdue' | 'running' | 'done';
export const QUARTER_COLOURS: Record<QuarterState, string> = {
  overdue: '#b00020',
  running: '#0072b2',
  done: '#8c8c8c',
};

export interface PhaseSpan {
  phase: Phase;
  start: number;
  end: number;
}

export interface OverviewMark {
  /** startdatum | planerat_klart | antagen | uppfoljning */
  key: (typeof MILESTONES)[number];
  /** The date as written, its precision and the first day it covers (UTC ms). */
  date: string;
  precision: Precision;
  at: number;
  /** The day after the last day it covers (a month or a year is a range). */
  end: number;
}

export interface QuarterCount {
  /** UTC ms of the quarter's first day. */
  start: number;
  running: number;
  done: number;
  overdue: number;
}

export interface OverviewRow {
  code: string;
  name: string;
  /** The plan shown (the municipality's latest), '' when it has none. */
  planId: string;
  planTitle: string;
  planStatus: string;
  phases: PhaseSpan[];
  marks: OverviewMark[];
  quarters: QuarterCount[];
  /** Measures with a date, and how many of them are running, done and overdue today. */
  measures: number;
  running: number;
  done: number;
  overdue: number;
}

export type OverviewSort = 'lan' | 'behind';

export interface OverviewInput {
  /** The region's municipalities (any order: rows are sorted). */
  members: string[];
  plans: Pick<
    Plan,
    'id' | 'kommunkod' | 'titel' | 'status' | 'startdatum' | 'planerat_klart' | 'antagen' | 'uppfoljning'
  >[];
  measures: Pick<Measure, 'kommunkod' | 'start' | 'slut' | 'status' | 'teman'>[];
  today: string;
  name: (code: string) => string;
  /** County order (municipality code) or most overdue first. */
  sort?: OverviewSort;
  /** Only measures with this theme ('' = all). */
  theme?: string;
}

/** The first day of the quarter holding `ms` (UTC). */
export function quarterStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1);
}

/** The first day of the next quarter. */
export function nextQuarter(q: number): number {
  const d = new Date(q);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1);
}

const first = (d: string): number | null => (d ? span(d)[0] : null);

/** A date's days and quarters: its first day, the day after its last, and the quarters (year × 4 + quarter) of both. */
interface DateCells {
  start: number;
  end: number;
  firstQuarter: number;
  lastQuarter: number;
  /** Its last day is before today (a measure ending then and not finished is overdue: isOverdue). */
  past: boolean;
}

/** The quarter (year × 4 + 0…3) of a YYYY-MM-DD day. */
const quarterOf = (iso: string): number => +iso.slice(0, 4) * 4 + Math.floor((+iso.slice(5, 7) - 1) / 3);

function dateCells(d: string, today: string): DateCells {
  const [a, b] = dateRange(d);
  return {
    start: dayMs(a),
    end: dayMs(b) + DAY,
    firstQuarter: quarterOf(a),
    lastQuarter: quarterOf(b),
    past: b < today,
  };
}

/** A municipality's counts while the measures are read: its totals and its quarters by quarter number. */
interface Tally {
  measures: number;
  running: number;
  done: number;
  overdue: number;
  quarters: Map<number, QuarterCount>;
  /** Running measures as changes by quarter: +1 in its first quarter, −1 in the one after its last. */
  runs: Map<number, number>;
}

/** The latest plan of a municipality: the one whose latest date is latest (then the last given). */
function latestPlan<P extends OverviewInput['plans'][number]>(plans: P[]): P | undefined {
  let best: P | undefined;
  let bestAt = -Infinity;
  for (const p of plans) {
    const at = Math.max(...MILESTONES.map((k) => first(p[k]) ?? -Infinity));
    if (!best || at >= bestAt) {
      best = p;
      bestAt = at;
    }
  }
  return best;
}

/**
 * A plan's phases up to today, from its dates and status: under work from the start to adoption
 * (on remiss instead, when that is its status and it is not adopted), adopted from adoption, followed
 * up from the follow-up date when its status says so; a plan not started is "ej påbörjad" from today to
 * its planned start (or, without one, to its planned end or half a year on).
 */
export function planPhases(p: OverviewInput['plans'][number], today: string): PhaseSpan[] {
  const T = dayMs(today) + DAY;
  const s = first(p.startdatum);
  const a = first(p.antagen);
  const u = first(p.uppfoljning);
  const pk = first(p.planerat_klart);
  const out: PhaseSpan[] = [];
  const push = (phase: Phase, start: number, end: number) => {
    if (end > start) out.push({ phase, start, end });
  };
  const adopted = a !== null && a < T;
  if (p.status === 'ej_paborjad' || ((s === null || s >= T) && !adopted)) {
    const until = s !== null && s > T ? s : pk !== null && pk > T ? pk : T + 182 * DAY;
    push('ej_paborjad', T, until);
    return out;
  }
  if (s !== null) push(!adopted && p.status === 'remiss' ? 'remiss' : 'under_arbete', s, adopted ? a : T);
  if (adopted) {
    const followed = p.status === 'uppfoljd' && u !== null && u < T && u > a;
    push('antagen', a, followed ? u : T);
    if (followed) push('uppfoljd', u, T);
    else if (p.status === 'uppfoljd' && out.length) out[out.length - 1].phase = 'uppfoljd';
  }
  return out;
}

/** The rows of the overview, one per member, in county order or most overdue first. */
export function overviewRows(input: OverviewInput): OverviewRow[] {
  const members = new Set(input.members);
  const plansBy = new Map<string, OverviewInput['plans']>();
  for (const p of input.plans) {
    if (!members.has(p.kommunkod)) continue;
    const list = plansBy.get(p.kommunkod);
    if (list) list.push(p);
    else plansBy.set(p.kommunkod, [p]);
  }
  const T = dayMs(input.today) + DAY;
  // One tally per member, looked up once per measure (a measure of another municipality has none).
  const tallies = new Map<string, Tally>();
  for (const code of members)
    tallies.set(code, { measures: 0, running: 0, done: 0, overdue: 0, quarters: new Map(), runs: new Map() });
  const quarterMs: number[] = [];
  const qStart = (q: number) => (quarterMs[q] ??= Date.UTC(Math.floor(q / 4), (q % 4) * 3, 1));
  const count = (t: Tally, q: number, k: QuarterState, n = 1) => {
    let c = t.quarters.get(q);
    if (!c) t.quarters.set(q, (c = { start: qStart(q), running: 0, done: 0, overdue: 0 }));
    c[k] += n;
  };
  const change = (runs: Map<number, number>, q: number, n: number) => runs.set(q, (runs.get(q) ?? 0) + n);
  // 100 000 measures carry a few hundred distinct dates: each date's days, quarters and whether it is
  // past are worked out once (Date objects per measure and quarter were most of a 500 ms task at
  // 100 000 measures).
  const dates = new Map<string, DateCells>();
  const cellsOf = (d: string): DateCells => {
    let c = dates.get(d);
    if (!c) dates.set(d, (c = dateCells(d, input.today)));
    return c;
  };
  const theme = input.theme;
  for (const m of input.measures) {
    const t = tallies.get(m.kommunkod);
    if (!t) continue;
    if (theme && !m.teman.includes(theme)) continue;
    const from = m.start || m.slut;
    if (!from) continue;
    // As span(from, to): the first day of `from` to the day after the last day of `to`.
    const last = cellsOf(m.slut || m.start);
    t.measures++;
    const status = m.status;
    if (status === 'avbruten') continue;
    if (status === 'genomford') {
      t.done++;
      count(t, last.lastQuarter, 'done');
    } else if (m.slut && last.past) {
      // isOverdue: it has an end, is neither finished nor cancelled, and its last day is before today.
      t.overdue++;
      count(t, last.lastQuarter, 'overdue');
    } else {
      const first = from === m.slut ? last : cellsOf(from);
      if (first.start < T) t.running++;
      // Running in every quarter it covers (a long measure is a run of blue cells): counted below
      // from where runs begin and end, not quarter by quarter for each of 100 000 measures.
      if (first.firstQuarter <= last.lastQuarter) {
        change(t.runs, first.firstQuarter, 1);
        change(t.runs, last.lastQuarter + 1, -1);
      }
    }
  }
  for (const t of tallies.values()) {
    const at = [...t.runs.keys()].sort((a, b) => a - b);
    let running = 0;
    for (let i = 0; i < at.length - 1; i++) {
      running += t.runs.get(at[i])!;
      if (running > 0) for (let q = at[i]; q < at[i + 1]; q++) count(t, q, 'running', running);
    }
  }
  const rows = input.members.map((code): OverviewRow => {
    const plan = latestPlan(plansBy.get(code) ?? []);
    const t = tallies.get(code)!;
    return {
      code,
      name: input.name(code),
      planId: plan?.id ?? '',
      planTitle: plan?.titel ?? '',
      planStatus: plan?.status ?? '',
      phases: plan ? planPhases(plan, input.today) : [],
      marks: plan
        ? MILESTONES.filter((k) => plan[k]).map((k) => ({
            key: k,
            date: plan[k],
            precision: precisionOf(plan[k]),
            at: span(plan[k])[0],
            end: span(plan[k])[1],
          }))
        : [],
      quarters: [...t.quarters.values()].sort((x, y) => x.start - y.start),
      measures: t.measures,
      running: t.running,
      done: t.done,
      overdue: t.overdue,
    };
  });
  const byCode = (x: OverviewRow, y: OverviewRow) => compareCode(x.code, y.code);
  return rows.sort(
    input.sort === 'behind' ? (x, y) => y.overdue - x.overdue || y.running - x.running || byCode(x, y) : byCode,
  );
}

/** The time the rows cover (their phases, marks and quarters), with today inside; a year when empty. */
export function overviewDomain(rows: readonly OverviewRow[], today: string): [number, number] {
  const T = dayMs(today);
  let lo = T;
  let hi = T + DAY;
  for (const r of rows) {
    for (const p of r.phases) {
      lo = Math.min(lo, p.start);
      hi = Math.max(hi, p.end);
    }
    for (const m of r.marks) {
      lo = Math.min(lo, m.at);
      hi = Math.max(hi, m.end);
    }
    for (const q of r.quarters) {
      lo = Math.min(lo, q.start);
      hi = Math.max(hi, nextQuarter(q.start));
    }
  }
  if (hi - lo < 365 * DAY) hi = lo + 365 * DAY;
  // Whole quarters, so the strip's first and last cells are not cut.
  return [quarterStart(lo), nextQuarter(quarterStart(hi - 1))];
}

/** The state a quarter's cell shows. */
export const quarterState = (q: QuarterCount): QuarterState => (q.overdue ? 'overdue' : q.running ? 'running' : 'done');

/** The geometry of a row, x from a scale (UTC ms → px): rectangles for the band and the strip. */
export interface RowGeometry {
  phases: { phase: Phase; x: number; w: number }[];
  cells: { state: QuarterState; x: number; w: number; q: QuarterCount }[];
  marks: (OverviewMark & { x: number })[];
}

/** The last geometry of each row, with the scale it was made for (two of its values: it is affine). */
const GEOMETRY = new WeakMap<OverviewRow, { at0: number; at1: number; geometry: RowGeometry }>();
const PROBE = 1e12;

/**
 * `x` is affine (a time scale): the same row for the same scale gives the same geometry object, so a
 * list drawn a slice at a time does not lay out (and draw again) the rows it has already drawn.
 */
export function rowGeometry(row: OverviewRow, x: (ms: number) => number): RowGeometry {
  const at0 = x(0);
  const at1 = x(PROBE);
  const kept = GEOMETRY.get(row);
  if (kept && kept.at0 === at0 && kept.at1 === at1) return kept.geometry;
  const geometry = geometryOf(row, x);
  GEOMETRY.set(row, { at0, at1, geometry });
  return geometry;
}

function geometryOf(row: OverviewRow, x: (ms: number) => number): RowGeometry {
  return {
    phases: row.phases.map((p) => ({ phase: p.phase, x: x(p.start), w: Math.max(1, x(p.end) - x(p.start)) })),
    cells: row.quarters.map((q) => {
      const a = x(q.start);
      return { state: quarterState(q), x: a, w: Math.max(1, x(nextQuarter(q.start)) - a - 1), q };
    }),
    // A day's mark at the day; a month's or a year's at its middle (a year is not a day).
    marks: row.marks.map((m) => ({ ...m, x: m.precision === 'day' ? x(m.at) : (x(m.at) + x(m.end)) / 2 })),
  };
}

/** Sizes of the overview: a row per municipality, 49 rows and the axis within a 768 px screen. */
export const OVERVIEW = { rowHeight: 14, bandTop: 1, bandHeight: 7, stripTop: 9, stripHeight: 5 } as const;

/** Rows above this many municipalities with records open in "En rad per kommun" by default. */
export const OVERVIEW_ABOVE = 12;

/** The words of "En rad per kommun" (the caller's language). */
export interface OverviewText {
  municipality: string;
  phase: Record<string, string>;
  milestone: Record<string, string>;
  keyPhase: string;
  keyMilestones: string;
  keyStrip: string;
  stripOverdue: string;
  stripRunning: string;
  stripDone: string;
  today: string;
  overdueCount: (n: number) => string;
  /** The head of the names' column of overdue counts. */
  overdueHead: string;
}

/** The row a key moves the focus to among `n` rows from row `i` (arrows one, Page keys ten, Home and End the ends), or null. */
export function rovingTarget(key: string, i: number, n: number): number | null {
  const to: Record<string, number> = {
    ArrowDown: i + 1,
    ArrowUp: i - 1,
    Home: 0,
    End: n - 1,
    PageDown: i + 10,
    PageUp: i - 10,
  };
  return Object.hasOwn(to, key) ? Math.max(0, Math.min(n - 1, to[key])) : null;
}
