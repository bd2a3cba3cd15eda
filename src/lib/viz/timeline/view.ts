/** Pure helpers for the Tidslinje view: lane order, theme key and the undated measures grouped by lane. */
import { compareSv } from '$lib/domain/collate';
import { REGION_LANE, type BuiltItems } from './items';

type Lane = { id: string; label: string };

/** Lanes: the region lane (when it has items), group lanes, then municipalities by name (only those with items when over 30). */
export function orderLanes(
  members: string[],
  built: Pick<BuiltItems, 'items' | 'groupLanes'>,
  name: (code: string) => string,
  regionLabel: string,
): Lane[] {
  const withItems = new Set(built.items.map((i) => i.lane));
  const codes = members.length <= 30 ? members : members.filter((c) => withItems.has(c));
  const order = [...codes].sort((a, b) => compareSv(name(a), name(b))).map((c) => ({ id: c, label: name(c) }));
  return [
    ...(withItems.has(REGION_LANE) ? [{ id: REGION_LANE, label: regionLabel }] : []),
    ...built.groupLanes,
    ...order,
  ];
}

/** How many chosen municipalities got no lane. */
export function hiddenLaneCount(members: string[], lanes: Lane[]): number {
  return members.length - lanes.filter((l) => l.id !== REGION_LANE && !l.id.startsWith('group:')).length;
}

/** The key: each theme that colours a bar (the measure's first theme), plus "no theme" when used. */
export function themeKeyFor(
  items: BuiltItems['items'],
  themes: { id: string; namn: string; farg: string }[],
  noTheme: string,
): { name: string; colour: string }[] {
  const used = new Set(items.filter((i) => i.kind === 'measure').map((i) => i.themes[0] ?? ''));
  const key = themes.filter((th) => used.has(th.id)).map((th) => ({ name: th.namn, colour: th.farg }));
  return used.has('') ? [...key, { name: noTheme, colour: '#767676' }] : key;
}

/** Undated measures grouped by lane, lanes sorted by name. */
export function undatedGroups(
  undated: BuiltItems['undatedMeasures'],
  name: (code: string) => string,
): { lane: string; name: string; titles: string[] }[] {
  const by = new Map<string, string[]>();
  for (const m of undated) {
    const titles = by.get(m.lane);
    if (titles) titles.push(m.label);
    else by.set(m.lane, [m.label]);
  }
  return [...by]
    .map(([lane, titles]) => ({ lane, name: name(lane), titles }))
    .sort((a, b) => compareSv(a.name, b.name));
}
