/** Pure helpers for the Tidslinje view: lane order, theme key and the undated measures grouped by lane. */
import { compareSv } from '$lib/domain/collate';
import { inPicture, paletteKey, type KeyEntry, type ThemePalette } from '$lib/domain/palette';
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

/**
 * The key: every theme of the measures shown in the picture's colours (hues first, then "Övriga" grey,
 * domain/palette.ts `inPicture`), plus
 * "no theme" when a measure has none of the known themes; with a highlighted theme, the others grey.
 */
export function themeKeyFor(
  items: BuiltItems['items'],
  themes: { id: string; namn: string }[],
  palette: ThemePalette,
  noTheme: string,
  highlight = '',
): KeyEntry[] {
  const known = new Set(themes.map((th) => th.id));
  const shown = new Set<string>();
  let none = false;
  for (const i of items) {
    if (i.kind !== 'measure') continue;
    let any = false;
    for (const id of i.themes)
      if (known.has(id)) {
        shown.add(id);
        any = true;
      }
    if (!any) none = true;
  }
  return paletteKey(inPicture(palette, shown), themes, shown, { name: noTheme, shown: none }, highlight);
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
