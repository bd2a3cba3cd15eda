/** The dataset's theme palette, computed once per change of the themes or the measures and shared by every view. */
import { assignThemeColours, type ThemePalette } from '$lib/domain/palette';
import { themeUsage } from '$lib/domain/themes';
import { memoLast } from './timeline/memo';

/**
 * The palette of the whole dataset (domain/palette.ts): the same arrays (live data replaces them on
 * change) give the same palette object, so Tidslinje, Karta and Jämför colour a theme alike.
 */
export const datasetPalette: (
  themes: readonly { id: string; farg?: string }[],
  measures: readonly { teman: string[] }[],
) => ThemePalette = memoLast(
  (themes: readonly { id: string; farg?: string }[], measures: readonly { teman: string[] }[]) =>
    assignThemeColours(themes, themeUsage(measures as { teman: string[] }[])),
  1,
);
