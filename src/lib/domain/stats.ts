/** Region membership and the overview statistics: pure functions of plain records. */
import { rangeStart } from './dates';
import { isOverdue, PLAN_STATUSES, type Measure, type NationalRequest, type Plan, type PlanEvent, type PlanStatus, type Region, type Theme } from './model';
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

export interface Overview {
  municipalities: number;
  withPlan: number;
  perStatus: { status: PlanStatus | 'none'; count: number }[];
  perTheme: ThemeCount[];
  withoutTheme: number;
  measures: number;
  overdue: Measure[];
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
}

export function overview(input: OverviewInput): Overview {
  const members = new Set(input.members);
  const inRegion = <T extends { kommunkod: string }>(rows: T[]) => rows.filter((r) => members.has(r.kommunkod));
  const plans = inRegion(input.plans);
  const measures = inRegion(input.measures);
  const current = currentPlans(plans);

  const perStatus: Overview['perStatus'] = PLAN_STATUSES.map((status) => ({
    status,
    count: [...current.values()].filter((p) => p.status === status).length,
  }));
  perStatus.push({ status: 'none', count: members.size - current.size });

  const counts = new Map<string, number>();
  let withoutTheme = 0;
  for (const m of measures) {
    if (m.teman.length === 0) withoutTheme++;
    for (const id of m.teman) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const perTheme: ThemeCount[] = input.themes.map((th) => ({ id: th.id, name: th.namn, colour: th.farg, count: counts.get(th.id) ?? 0 }));
  for (const [id, count] of counts) {
    if (!input.themes.some((th) => th.id === id)) perTheme.push({ id, name: id, colour: '#767676', count });
  }
  perTheme.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'sv'));

  const overdue = measures
    .filter((m) => isOverdue(m, input.today))
    .sort((a, b) => (a.slut < b.slut ? -1 : a.slut > b.slut ? 1 : a.titel.localeCompare(b.titel, 'sv')));

  const changes: Change[] = [
    ...plans.map((r) => ({ kind: 'plans' as const, id: r.id, title: r.titel, kommunkod: r.kommunkod, uppdaterad: r.uppdaterad })),
    ...measures.map((r) => ({ kind: 'measures' as const, id: r.id, title: r.titel, kommunkod: r.kommunkod, uppdaterad: r.uppdaterad })),
    ...input.events
      .filter((r) => (r.kommunkod ? members.has(r.kommunkod) : !r.region_id || r.region_id === input.regionId))
      .map((r) => ({ kind: 'events' as const, id: r.id, title: r.titel, kommunkod: r.kommunkod, uppdaterad: r.uppdaterad })),
    ...inRegion(input.requests).map((r) => ({ kind: 'requests' as const, id: r.id, title: r.text, kommunkod: r.kommunkod, uppdaterad: r.uppdaterad })),
  ];
  changes.sort((a, b) => (a.uppdaterad < b.uppdaterad ? 1 : a.uppdaterad > b.uppdaterad ? -1 : a.id.localeCompare(b.id)));

  return {
    municipalities: members.size,
    withPlan: current.size,
    perStatus,
    perTheme,
    withoutTheme,
    measures: measures.length,
    overdue,
    latest: changes.slice(0, input.latestCount ?? 10),
  };
}
