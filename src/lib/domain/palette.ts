/**
 * Theme colours a projector can tell apart (UI.md "Good enough to show in a meeting"): at most seven
 * hues for themes plus one grey for "Övriga", so no picture has more than eight theme colours. The
 * colours are assigned once for the whole dataset (not per picture), so a theme has the same colour
 * in the timeline, the map and Jämför. Pure.
 */

/**
 * Seven hues that stay apart for the common colour-vision deficiencies and on a projector: Okabe–Ito
 * without yellow (too pale on white) and black (the milestones' colour), plus a brown. Most distinct first.
 */
export const THEME_HUES = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#8c564b'] as const;
/** Themes beyond the seven most used, and measures without a theme: one grey, "Övriga". */
export const OTHER_COLOUR = '#a3a3a3';
/** Everything but the highlighted theme, when one is highlighted. */
export const MUTED_COLOUR = '#dedede';

export interface ThemePalette {
  /** Each theme's colour: a hue for the themes that have one, OTHER_COLOUR for the rest. */
  readonly colour: ReadonlyMap<string, string>;
  /** The themes with a hue, in theme order. */
  readonly coloured: readonly string[];
}

/**
 * The palette of a dataset. The (at most) seven most used themes get a hue (ties in theme order);
 * a theme whose own colour (`farg`) is one of the hues keeps it when no earlier theme took it, the
 * others take the free hues in theme order. `usage` counts measures per theme over all the data
 * (not one picture's), so every picture colours a theme alike; without it every theme counts.
 */
export function assignThemeColours(
  themes: readonly { id: string; farg?: string }[],
  usage?: ReadonlyMap<string, number>,
): ThemePalette {
  const used = usage ? themes.filter((th) => (usage.get(th.id) ?? 0) > 0) : [...themes];
  const order = new Map(themes.map((th, i) => [th.id, i]));
  const count = (id: string) => usage?.get(id) ?? 0;
  const chosen = new Set(
    [...used]
      .sort((a, b) => count(b.id) - count(a.id) || order.get(a.id)! - order.get(b.id)!)
      .slice(0, THEME_HUES.length)
      .map((th) => th.id),
  );
  const inOrder = themes.filter((th) => chosen.has(th.id));
  const colour = new Map<string, string>(themes.map((th) => [th.id, OTHER_COLOUR]));
  const free = new Set<string>(THEME_HUES);
  const later: string[] = [];
  for (const th of inOrder) {
    const own = th.farg?.toLowerCase() ?? '';
    if (free.has(own)) {
      colour.set(th.id, own);
      free.delete(own);
    } else later.push(th.id);
  }
  const rest = [...free];
  later.forEach((id, i) => colour.set(id, rest[i]));
  return { colour, coloured: inOrder.map((th) => th.id) };
}

/** A theme's colour when it is highlighted (or a map is coloured by it): its hue, or the first hue for a theme without one. */
export function highlightColour(palette: ThemePalette, theme: string): string {
  const c = palette.colour.get(theme);
  return c && c !== OTHER_COLOUR ? c : THEME_HUES[0];
}

/**
 * A measure's colour from its themes: its first theme's colour; with a highlighted theme, that
 * theme's colour when the measure has it (first or not), else the muted grey.
 */
export function measureColour(palette: ThemePalette, teman: readonly string[], highlight = ''): string {
  if (highlight) return teman.includes(highlight) ? highlightColour(palette, highlight) : MUTED_COLOUR;
  return (teman.length && palette.colour.get(teman[0])) || OTHER_COLOUR;
}

export interface KeyEntry {
  /** The theme's id ('' for "without theme"). */
  id: string;
  name: string;
  colour: string;
  /** In the "Övriga" group (grey: no hue of its own). */
  other: boolean;
  /** The highlighted theme. */
  highlighted: boolean;
}

/**
 * The key of a picture: the themes it shows (`shown`, any order), those with a hue first, then the
 * "Övriga" ones, each in theme order, then "without theme" when `none`. Every entry is named (a
 * person can highlight any of them); the colours are the palette's (with a highlight: that one in
 * colour, the rest muted), so a key never shows more than eight colours.
 */
export function paletteKey(
  palette: ThemePalette,
  themes: readonly { id: string; namn: string }[],
  shown: ReadonlySet<string>,
  noTheme: { name: string; shown: boolean },
  highlight = '',
): KeyEntry[] {
  const entry = (id: string, name: string): KeyEntry => {
    const base = palette.colour.get(id) ?? OTHER_COLOUR;
    const other = base === OTHER_COLOUR;
    const colour = highlight ? (id === highlight ? highlightColour(palette, id) : MUTED_COLOUR) : base;
    return { id, name, colour, other, highlighted: highlight !== '' && id === highlight };
  };
  const all = themes.filter((th) => shown.has(th.id)).map((th) => entry(th.id, th.namn));
  const none = noTheme.shown ? [{ ...entry('', noTheme.name), other: true }] : [];
  return [...all.filter((e) => !e.other), ...all.filter((e) => e.other), ...none];
}
