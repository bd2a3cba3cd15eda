/**
 * Timeline items from records: measures as bars, plan milestones and events as marks. Dates of
 * month or year precision become the range they cover, never a false day. Pure.
 */
import { dateRange, precisionOf, type Precision } from '$lib/domain/dates';
import { isOverdue, type Measure, type Plan, type PlanEvent, type Theme } from '$lib/domain/model';

export const REGION_LANE = 'region';
const DAY = 86_400_000;

export type ItemKind = 'measure' | 'milestone' | 'event';

export interface TimelineItem {
  id: string;
  /** The record the item stands for (a plan has several milestones). */
  recordId: string;
  lane: string;
  kind: ItemKind;
  /** UTC ms of the first day covered and of the day after the last. */
  start: number;
  end: number;
  precision: Precision;
  /** The start and end as written (canonical date strings). */
  from: string;
  to: string;
  label: string;
  colour: string;
  themes: string[];
  /** Measure status, event type or milestone name. */
  sub: string;
  overdue: boolean;
  /** Sub-row within the lane, set by layoutLanes. */
  row: number;
  /** Start (UTC ms) of the next bar in the same row, set by layoutLanes (Infinity when none): room for a title beside the bar. */
  next: number;
  /** End (UTC ms) of the previous bar in the same row, set by layoutLanes (-Infinity when none). */
  prev?: number;
}

/** A group (kommunalförbund, custom region) whose region-wide events may be shown in their own lane. */
export interface EventGroup {
  id: string;
  name: string;
  members: string[];
}

export const groupLane = (id: string) => `group:${id}`;

export const dayMs = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

/** [first day, day after last day] in UTC ms for a date of any precision, or for a start–end pair. */
export function span(from: string, to = ''): [number, number] {
  const a = dateRange(from)[0];
  const b = dateRange(to || from)[1];
  return [dayMs(a), dayMs(b) + DAY];
}

export interface ItemInput {
  members: string[];
  plans: Plan[];
  measures: Measure[];
  events: PlanEvent[];
  themes: Theme[];
  regionId: string;
  today: string;
  /** Only measures with this theme (''= all). */
  theme?: string;
  /** Only measures with this status ('' = all; 'forsenad' = overdue). */
  status?: string;
  /** Groups: a group's region-wide events are shown when all its members are among `members`. */
  groups?: EventGroup[];
}

export interface BuiltItems {
  items: TimelineItem[];
  undated: number;
  /** Measures without any date, so they can be listed instead of disappearing. */
  undatedMeasures: { id: string; lane: string; label: string }[];
  /** Lanes for groups whose events are shown, in name order. */
  groupLanes: { id: string; label: string }[];
}

export const MILESTONES = ['startdatum', 'planerat_klart', 'antagen', 'uppfoljning'] as const;

export function buildItems(input: ItemInput): BuiltItems {
  const members = new Set(input.members);
  const undatedMeasures: BuiltItems['undatedMeasures'] = [];
  const shownGroups = new Map(
    (input.groups ?? [])
      .filter((g) => g.id !== input.regionId && g.members.length > 0 && g.members.every((c) => members.has(c)))
      .map((g) => [g.id, g]),
  );
  const usedGroups = new Set<string>();
  const colour = new Map(input.themes.map((t) => [t.id, t.farg]));
  const items: TimelineItem[] = [];
  let undated = 0;
  const base = { row: 0, next: Infinity, overdue: false, themes: [] as string[] };
  const spans = new Map<string, [number, number]>();

  for (const m of input.measures) {
    if (!members.has(m.kommunkod)) continue;
    if (input.theme && !m.teman.includes(input.theme)) continue;
    const overdue = isOverdue(m, input.today);
    if (input.status && (input.status === 'forsenad' ? !overdue : m.status !== input.status)) continue;
    const from = m.start || m.slut;
    if (!from) {
      undated++;
      undatedMeasures.push({ id: m.id, lane: m.kommunkod, label: m.titel });
      continue;
    }
    const to = m.slut || m.start;
    // A few hundred distinct date pairs among 100 000 measures: each parsed once.
    const pair = `${from}/${to}`;
    let se = spans.get(pair);
    if (!se) spans.set(pair, (se = span(from, to)));
    const [start, end] = se;
    items.push({
      row: 0,
      next: Infinity,
      id: `m:${m.id}`,
      recordId: m.id,
      lane: m.kommunkod,
      kind: 'measure',
      start,
      end: Math.max(end, start + DAY),
      precision: precisionOf(from),
      from: m.start,
      to: m.slut,
      label: m.titel,
      colour: colour.get(m.teman[0]) ?? '#767676',
      themes: m.teman,
      sub: m.status,
      overdue,
    });
  }
  for (const p of input.plans) {
    if (!members.has(p.kommunkod)) continue;
    for (const key of MILESTONES) {
      const d = p[key];
      if (!d) continue;
      const [start, end] = span(d);
      items.push({
        ...base,
        id: `p:${p.id}:${key}`,
        recordId: p.id,
        lane: p.kommunkod,
        kind: 'milestone',
        start,
        end,
        precision: precisionOf(d),
        from: d,
        to: '',
        label: p.titel,
        colour: '#1a1a1a',
        sub: key,
      });
    }
  }
  for (const e of input.events) {
    const lane = e.kommunkod
      ? members.has(e.kommunkod)
        ? e.kommunkod
        : null
      : !e.region_id || e.region_id === input.regionId
        ? REGION_LANE
        : shownGroups.has(e.region_id)
          ? groupLane(e.region_id)
          : null;
    if (!lane || !e.datum) continue;
    if (lane !== REGION_LANE && !e.kommunkod) usedGroups.add(e.region_id);
    const [start, end] = span(e.datum, e.slutdatum);
    items.push({
      ...base,
      id: `e:${e.id}`,
      recordId: e.id,
      lane,
      kind: 'event',
      start,
      end,
      precision: precisionOf(e.datum),
      from: e.datum,
      to: e.slutdatum,
      label: e.titel,
      colour: '#444444',
      sub: e.typ,
    });
  }
  const groupLanes = [...usedGroups]
    .map((id) => ({ id: groupLane(id), label: shownGroups.get(id)!.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  return { items, undated, undatedMeasures, groupLanes };
}
