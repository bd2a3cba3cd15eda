/**
 * Timeline items from records: measures as bars, plan milestones and events as marks. Dates of
 * month or year precision become the range they cover, never a false day. Pure.
 */
import { compareSv } from '$lib/domain/collate';
import { dateRange, precisionOf, type Precision } from '$lib/domain/dates';
import { isOverdue, type Measure, type Plan, type PlanEvent, type Theme } from '$lib/domain/model';
import { assignThemeColours, inPicture, measureColour, type ThemePalette } from '$lib/domain/palette';

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
  /** A measure's reported progress (genomforande, 0–100), drawn as the filled part of its bar; null when not reported. */
  progress: number | null;
  /** Sub-row within the lane, set by layoutLanes. */
  row: number;
  /** Start (UTC ms) of the next bar in the same row, set by layoutLanes (Infinity when none): room for a title beside the bar. */
  next: number;
  /** End (UTC ms) of the previous bar in the same row, set by layoutLanes (-Infinity when none). */
  prev: number;
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
  /** The dataset's theme colours (domain/palette.ts; a picture's own clashes grey); without it, a palette of `themes` alone. */
  palette?: ThemePalette;
  /** A theme highlighted from the key: its measures in colour, the rest grey ('' = none). */
  highlight?: string;
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

/**
 * An item with every field set, always in the same order: 100 000 items of one shape keep the
 * sorting, packing and painting that read them fast (fields added later would give them another).
 */
function item(
  id: string,
  recordId: string,
  lane: string,
  kind: ItemKind,
  start: number,
  end: number,
  precision: Precision,
  from: string,
  to: string,
  label: string,
  colour: string,
  themes: string[],
  sub: string,
  overdue: boolean,
  progress: number | null = null,
): TimelineItem {
  return {
    id,
    recordId,
    lane,
    kind,
    start,
    end,
    precision,
    from,
    to,
    label,
    colour,
    themes,
    sub,
    overdue,
    progress,
    row: 0,
    next: Infinity,
    prev: -Infinity,
  };
}

export function buildItems(input: ItemInput): BuiltItems {
  const members = new Set(input.members);
  const undatedMeasures: BuiltItems['undatedMeasures'] = [];
  const shownGroups = new Map(
    (input.groups ?? [])
      .filter((g) => g.id !== input.regionId && g.members.length > 0 && g.members.every((c) => members.has(c)))
      .map((g) => [g.id, g]),
  );
  const usedGroups = new Set<string>();
  const palette = input.palette ?? assignThemeColours(input.themes);
  const highlight = input.highlight ?? '';
  const items: TimelineItem[] = [];
  let undated = 0;
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
    items.push(
      item(
        `m:${m.id}`,
        m.id,
        m.kommunkod,
        'measure',
        start,
        Math.max(end, start + DAY),
        precisionOf(from),
        m.start,
        m.slut,
        m.titel,
        '',
        m.teman,
        m.status,
        overdue,
        typeof m.genomforande === 'number' ? m.genomforande : null,
      ),
    );
  }
  // The picture's colours (domain/palette.ts): every theme of the measures shown in its home hue, grey on a clash.
  const shown = new Set<string>();
  for (const it of items) for (const id of it.themes) shown.add(id);
  const picture = inPicture(palette, shown);
  for (const it of items) it.colour = measureColour(picture, it.themes, highlight);
  for (const p of input.plans) {
    if (!members.has(p.kommunkod)) continue;
    for (const key of MILESTONES) {
      const d = p[key];
      if (!d) continue;
      const [start, end] = span(d);
      items.push(
        item(
          `p:${p.id}:${key}`,
          p.id,
          p.kommunkod,
          'milestone',
          start,
          end,
          precisionOf(d),
          d,
          '',
          p.titel,
          '#1a1a1a',
          [],
          key,
          false,
        ),
      );
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
    items.push(
      item(
        `e:${e.id}`,
        e.id,
        lane,
        'event',
        start,
        end,
        precisionOf(e.datum),
        e.datum,
        e.slutdatum,
        e.titel,
        '#444444',
        [],
        e.typ,
        false,
      ),
    );
  }
  const groupLanes = [...usedGroups]
    .map((id) => ({ id: groupLane(id), label: shownGroups.get(id)!.name }))
    .sort((a, b) => compareSv(a.label, b.label));
  return { items, undated, undatedMeasures, groupLanes };
}
