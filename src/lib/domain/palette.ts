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
  /**
   * Each theme's own hue ("home"): unique among the seven most used; the others share the hues. A
   * picture colours a theme with its home hue or grey, never another hue (`inPicture`).
   */
  readonly home: ReadonlyMap<string, string>;
  /** Each theme's rank: most used first, ties in theme order. */
  readonly rank: ReadonlyMap<string, number>;
}

/**
 * The palette of a dataset. The (at most) seven most used themes get a hue each (ties in theme
 * order); a theme whose own colour (`farg`) is one of the hues keeps it when no earlier theme took
 * it, the others take the free hues in theme order. Every other theme is grey here, and has a home
 * hue (its own `farg` when a hue, else one by rank) that a picture without a clash may show
 * (`inPicture`). `usage` counts measures per theme over all the data (not one picture's), so every
 * picture colours a theme alike; without it every theme counts.
 */
export function assignThemeColours(
  themes: readonly { id: string; farg?: string }[],
  usage?: ReadonlyMap<string, number>,
): ThemePalette {
  const order = new Map(themes.map((th, i) => [th.id, i]));
  const count = (id: string) => (usage ? (usage.get(id) ?? 0) : 1);
  const ranked = [...themes].sort((a, b) => count(b.id) - count(a.id) || order.get(a.id)! - order.get(b.id)!);
  const rank = new Map(ranked.map((th, i) => [th.id, i]));
  const chosen = new Set(
    ranked
      .filter((th) => count(th.id) > 0)
      .slice(0, THEME_HUES.length)
      .map((th) => th.id),
  );
  const inOrder = themes.filter((th) => chosen.has(th.id));
  const colour = new Map<string, string>(themes.map((th) => [th.id, OTHER_COLOUR]));
  const own = (th: { farg?: string }) => th.farg?.toLowerCase() ?? '';
  const hues: readonly string[] = THEME_HUES;
  const free = new Set<string>(THEME_HUES);
  const later: string[] = [];
  for (const th of inOrder) {
    if (free.has(own(th))) {
      colour.set(th.id, own(th));
      free.delete(own(th));
    } else later.push(th.id);
  }
  const rest = [...free];
  later.forEach((id, i) => colour.set(id, rest[i]));
  const home = new Map<string, string>();
  let k = 0;
  for (const th of ranked)
    home.set(
      th.id,
      chosen.has(th.id) ? colour.get(th.id)! : hues.includes(own(th)) ? own(th) : hues[k++ % hues.length],
    );
  return { colour, coloured: inOrder.map((th) => th.id), home, rank };
}

/**
 * The palette of one picture showing the themes `shown`: each takes its home hue unless a theme
 * ranked before it in the picture took that hue already (then grey, "Övriga"). The seven most used
 * themes always keep their hue, a picture of a few themes has them all in colour, and no theme
 * ever shows in another theme's hue.
 */
export function inPicture(palette: ThemePalette, shown: Iterable<string>): ThemePalette {
  const rankOf = (id: string) => palette.rank.get(id) ?? Infinity;
  const ids = [...new Set(shown)].filter((id) => palette.home.has(id)).sort((a, b) => rankOf(a) - rankOf(b));
  const colour = new Map(palette.colour);
  const taken = new Set<string>();
  for (const id of ids) {
    const hue = palette.home.get(id)!;
    if (taken.has(hue)) colour.set(id, OTHER_COLOUR);
    else {
      taken.add(hue);
      colour.set(id, hue);
    }
  }
  const coloured = [...palette.home.keys()].filter((id) => colour.get(id) !== OTHER_COLOUR);
  return { ...palette, colour, coloured };
}

/** A theme's colour when it is highlighted (or a map is coloured by it): its home hue. */
export function highlightColour(palette: ThemePalette, theme: string): string {
  return palette.home.get(theme) ?? THEME_HUES[0];
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
