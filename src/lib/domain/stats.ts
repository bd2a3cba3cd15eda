/** Region membership and the overview statistics: pure functions of plain records. */
import { compareSv } from './collate';
import { rangeEnd, rangeStart } from './dates';
import { orderThemes } from './compare';
import {
  isOverdue,
  PLAN_STATUSES,
  type Measure,
  type NationalRequest,
  type Plan,
  type PlanEvent,
  type PlanStatus,
  type Region,
  type Theme,
} from './model';
import type { Register } from './municipalities';

/** The municipality codes of a region: '' = all of Sweden, a 2-digit id = a county, else a custom group. */
export function regionMembers(regionId: string, register: Register, regions: Region[]): string[] {
  if (!regionId) return register.municipalities.map((m) => m.code);
  if (/^\d{2}$/.test(regionId)) return register.inCounty(regionId).map((m) => m.code);
  return [...(regions.find((r) => r.id === regionId)?.kommunkoder ?? [])].sort();
}

/** The name of a region for display. */
export function regionName(regionId: string, register: Register, regions: Region[], allLabel: string): string {
  if (!regionId) return allLabel;
  if (/^\d{2}$/.test(regionId)) return register.county(regionId)?.name ?? regionId;
  return regions.find((r) => r.id === regionId)?.namn ?? regionId;
}

/** Does a region id exist? Unknown ids (e.g. from an old link) fall back to all of Sweden. */
export function regionExists(regionId: string, register: Register, regions: Region[]): boolean {
  return !regionId || (/^\d{2}$/.test(regionId) ? !!register.county(regionId) : regions.some((r) => r.id === regionId));
}

/** The chosen region as the filters need it: its id, its members and how to find another region's members. */
export interface RegionScope {
  /** '' = all of Sweden. */
  id: string;
  members: Set<string>;
  /** The municipality codes of another region (a county or a group). */
  membersOf: (regionId: string) => string[];
}

/**
 * Does a region-wide record (a group's own event, or a group itself) belong to the chosen region?
 * To the region itself, and to every county or group that contains all of its municipalities.
 */
export function regionWithin(otherId: string, scope: RegionScope): boolean {
  if (otherId === scope.id) return true;
  const codes = scope.membersOf(otherId);
  return codes.length > 0 && codes.every((c) => scope.members.has(c));
}

/**
 * One rule for every table: a record with a municipality belongs to the regions that include the
 * municipality; an event of a region (no municipality) to that region and the regions that contain it;
 * an event with neither applies everywhere; a group is in the regions that contain it.
 */
export function inScope(
  row: { kommunkod?: unknown; region_id?: unknown; kommunkoder?: unknown; id?: unknown },
  scope: RegionScope,
): boolean {
  if (typeof row.kommunkod === 'string' && row.kommunkod) return scope.members.has(row.kommunkod);
  if (typeof row.region_id === 'string') return !row.region_id || regionWithin(row.region_id, scope);
  if (Array.isArray(row.kommunkoder))
    return (
      row.id === scope.id || (row.kommunkoder.length > 0 && row.kommunkoder.every((c) => scope.members.has(String(c))))
    );
  return true;
}

/**
 * A municipality's current plan: the one that started last (by the first day its start date covers),
 * then the one updated last. Plans without start date count as oldest.
 */
export function currentPlans(plans: Plan[]): Map<string, Plan> {
  const out = new Map<string, Plan>();
  for (const p of plans) {
    const cur = out.get(p.kommunkod);
    if (!cur || comparePlans(p, cur) > 0) out.set(p.kommunkod, p);
  }
  return out;
}

function comparePlans(a: Plan, b: Plan): number {
  const sa = a.startdatum ? rangeStart(a.startdatum) : '';
  const sb = b.startdatum ? rangeStart(b.startdatum) : '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.uppdaterad < b.uppdaterad ? -1 : a.uppdaterad > b.uppdaterad ? 1 : 0;
}

export interface ThemeCount {
  id: string;
  name: string;
  colour: string;
  count: number;
}

export interface Change {
  kind: 'plans' | 'measures' | 'events' | 'requests';
  id: string;
  title: string;
  kommunkod: string;
  uppdaterad: string;
}

export interface StatusCount {
  status: PlanStatus | 'none';
  count: number;
  /** The municipalities in this status (for 'none': without any plan), sorted by name. */
  codes: string[];
}

export interface Overview {
  municipalities: number;
  /** Municipalities whose current plan's work has started (any status but "Ej påbörjad"). */
  withPlan: number;
  perStatus: StatusCount[];
  /** Every theme, also those without measures: most measures first, then in theme order. */
  perTheme: ThemeCount[];
  /** Themes nobody in the region has a measure on (theme order). */
  gaps: ThemeCount[];
  withoutTheme: number;
  measures: number;
  /** How many measures of the region are overdue (the list, in order, is the watch list's: domain/watch.ts). */
  overdueCount: number;
  /** Current plans whose follow-up date has passed and that are not followed up; earliest first. */
  pastFollowUp: Plan[];
  latest: Change[];
}

export interface OverviewInput {
  members: string[];
  plans: Plan[];
  measures: Measure[];
  events: PlanEvent[];
  requests: NationalRequest[];
  themes: Theme[];
  today: string;
  /** The chosen region's id: region-wide events of another region are left out. */
  regionId?: string;
  /** How many latest changes to list. */
  latestCount?: number;
  /** A municipality's name, for sorting names (default: the code). */
  nameOf?: (code: string) => string;
  /** Other regions' members, for a group's own events (default: none). */
  membersOf?: (regionId: string) => string[];
}

/**
 * The `n` newest rows given to `add`, without sorting them all: `rows()` newest first, ties by id
 * (the first given of two equal rows first).
 */
function newestOf<T extends { id: string; uppdaterad: string }>(n: number): { add: (c: T) => void; rows: () => T[] } {
  const before = (a: T, b: T) => (a.uppdaterad !== b.uppdaterad ? a.uppdaterad > b.uppdaterad : a.id < b.id);
  const top: T[] = [];
  return {
    add(c) {
      if (n <= 0 || (top.length === n && !before(c, top[n - 1]))) return;
      let i = top.length === n ? n - 1 : top.length;
      while (i > 0 && before(c, top[i - 1])) i--;
      top.splice(i, 0, c);
      if (top.length > n) top.pop();
    },
    rows: () => top,
  };
}

/** The `n` newest rows, without sorting them all: newest first, ties by id. */
function newest<T extends { id: string; uppdaterad: string }>(changes: Iterable<T>, n: number): T[] {
  const top = newestOf<T>(n);
  for (const c of changes) top.add(c);
  return top.rows();
}

export function overview(input: OverviewInput): Overview {
  const members = new Set(input.members);
  const nameOf = input.nameOf ?? ((c: string) => c);
  const byName = (a: string, b: string) => compareSv(nameOf(a), nameOf(b)) || (a < b ? -1 : 1);
  const inRegion = <T extends { kommunkod: string }>(rows: T[]) => rows.filter((r) => members.has(r.kommunkod));
  const plans = inRegion(input.plans);
  const current = currentPlans(plans);
  const n = input.latestCount ?? 10;

  // The region's measures in one pass (100 000 of them; no array of them made): how many, the count
  // per theme, how many are overdue (a count only: sorting 50 000 overdue titles here was a 220 ms
  // task on every load of Översikt) and the newest.
  const counts = new Map<string, number>();
  let measureCount = 0;
  let withoutTheme = 0;
  let overdueCount = 0;
  const newestMeasures = newestOf<Measure>(n);
  for (const m of input.measures) {
    if (!members.has(m.kommunkod)) continue;
    measureCount++;
    const teman = m.teman;
    if (teman.length === 0) withoutTheme++;
    // Each theme once per measure, without a Set per measure.
    for (let i = 0; i < teman.length; i++)
      if (teman.indexOf(teman[i]) === i) counts.set(teman[i], (counts.get(teman[i]) ?? 0) + 1);
    if (isOverdue(m, input.today)) overdueCount++;
    newestMeasures.add(m);
  }

  const codesBy = new Map<PlanStatus, string[]>(PLAN_STATUSES.map((st) => [st, []]));
  for (const p of current.values()) codesBy.get(p.status)?.push(p.kommunkod);
  const perStatus: StatusCount[] = PLAN_STATUSES.map((status) => {
    const codes = codesBy.get(status)!.sort(byName);
    return { status, count: codes.length, codes };
  });
  const none = [...members].filter((c) => !current.has(c)).sort(byName);
  perStatus.push({ status: 'none', count: none.length, codes: none });

  const ordered = orderThemes(input.themes);
  const perTheme: ThemeCount[] = ordered.map((th) => ({
    id: th.id,
    name: th.namn,
    colour: th.farg,
    count: counts.get(th.id) ?? 0,
  }));
  for (const [id, count] of counts) {
    if (!input.themes.some((th) => th.id === id)) perTheme.push({ id, name: id, colour: '#767676', count });
  }
  const gaps = perTheme.filter((d) => d.count === 0);
  // Stable sort: equal counts keep the theme order.
  perTheme.sort((a, b) => b.count - a.count);

  const pastFollowUp = [...current.values()]
    .filter((p) => p.uppfoljning && p.status !== 'uppfoljd' && rangeEnd(p.uppfoljning) < input.today)
    .sort((a, b) =>
      a.uppfoljning < b.uppfoljning ? -1 : a.uppfoljning > b.uppfoljning ? 1 : byName(a.kommunkod, b.kommunkod),
    );

  const scope: RegionScope = { id: input.regionId ?? '', members, membersOf: input.membersOf ?? (() => []) };
  // The newest of each table first, then of those: no Change made for each of 100 000 measures.
  const change = (kind: Change['kind'], title: string, r: { id: string; kommunkod: string; uppdaterad: string }) => ({
    kind,
    id: r.id,
    title,
    kommunkod: r.kommunkod,
    uppdaterad: r.uppdaterad,
  });
  const changes: Change[] = [
    ...newest(plans, n).map((r) => change('plans', r.titel, r)),
    ...newestMeasures.rows().map((r) => change('measures', r.titel, r)),
    ...newest(
      input.events.filter((r) => inScope(r, scope)),
      n,
    ).map((r) => change('events', r.titel, r)),
    ...newest(inRegion(input.requests), n).map((r) => change('requests', r.text, r)),
  ];

  return {
    municipalities: members.size,
    withPlan: [...current.values()].filter((p) => p.status !== 'ej_paborjad').length,
    perStatus,
    perTheme,
    gaps,
    withoutTheme,
    measures: measureCount,
    overdueCount,
    pastFollowUp,
    latest: newest(changes, n),
  };
}

/**
 * Is a row shown in Data? The region rule (`inScope`) when a region filter is on, and when municipalities
 * are chosen (a link "visa i Data"), only their rows: records of a chosen municipality, groups that
 * include one; region-wide events are left out.
 */
export function inView(
  row: { kommunkod?: unknown; region_id?: unknown; kommunkoder?: unknown; id?: unknown },
  scope: RegionScope | null,
  chosen: ReadonlySet<string> | null,
): boolean {
  if (scope && !inScope(row, scope)) return false;
  if (!chosen || chosen.size === 0) return true;
  if (typeof row.kommunkod === 'string' && row.kommunkod) return chosen.has(row.kommunkod);
  if (Array.isArray(row.kommunkoder)) return row.kommunkoder.some((c) => chosen.has(String(c)));
  return false;
}
