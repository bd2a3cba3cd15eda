/**
 * Numbers in context in the views (issue 25 point 4): the group a value is set beside (the chosen
 * region, or without one the municipality's county), the words ("14 %, Sjuhärad 22 %, riket 20 %,
 * plats 3 av 8") and which municipalities a group's median is of. The numbers come from
 * $lib/domain/context; only the words and the register are added here.
 */
import { t } from '$lib/i18n';
import { fmtNumber } from '$lib/i18n/format';
import { register } from '$lib/domain/register';
import { regionMembers } from '$lib/domain/stats';
import { compareSv } from '$lib/domain/collate';
import { contextWords, type InContext } from '$lib/domain/context';

export interface ContextGroup {
  /** As said beside its median ("Sjuhärad", "länet"). */
  name: string;
  members: readonly string[];
}

/** The chosen region (id, name, members) or, without one, the municipality's county ("länet"). */
export function contextGroup(
  code: string,
  chosen: { id: string; name: string; members: readonly string[] },
): ContextGroup {
  if (chosen.id) return { name: chosen.name, members: chosen.members };
  return { name: t.inContext.county, members: regionMembers(code.slice(0, 2), register, []) };
}

/** A number with its unit, one decimal ("14,5 %"). */
export const withUnit =
  (unit: string | undefined) =>
  (n: number): string =>
    `${fmtNumber(n, 1)}${unit ? ` ${unit}` : ''}`;

/** "14 %, Sjuhärad 22 %, riket 20 %, plats 3 av 8" (missing numbers "inget värde"). */
export function inContextWords(c: InContext, group: ContextGroup, unit: string | undefined): string {
  return contextWords(c, {
    number: withUnit(unit),
    noValue: t.inContext.noValue,
    group: (m) => t.inContext.group(group.name, m),
    sweden: t.inContext.sweden,
    rank: t.inContext.rank,
  });
}

/** "Sjuhärad: Bollebygd, Borås, …": the group's members in Swedish order, the first `max` named. */
export function membersLine(group: ContextGroup, max = 12): string {
  const names = group.members.map((c) => register.name(c)).sort(compareSv);
  return t.inContext.members(group.name, names.length > max ? [...names.slice(0, max), '…'] : names);
}
