/**
 * The example data as the tables of an export: every entity, the example's records and the default
 * themes, a few theme indicators (the example has none; these exercise a compound key, a decimal
 * threshold and empty fields), no collection rounds or answers. For the export, bundle and workbook
 * round trips.
 */
import { exampleData } from '$lib/domain/example';
import type { Rec } from '$lib/domain/merge';
import type { EntityName } from '$lib/domain/records';
import { register } from '$lib/domain/register';
import { DEFAULT_THEMES } from '$lib/domain/themes';

/** The example data, built as on 2025-06-01. */
export const EXAMPLE = exampleData(register, '2025-06-01T10:00:00.000Z');

/** Theme indicators for the round trips: a threshold with decimals, one without, text with a comma and quotes. */
export const THEME_INDICATORS = [
  { tema: 'ensamkommande', indikator: 'N17510', grans: null, kommentar: '' },
  { tema: 'kompetens', indikator: 'ex-personalomsattning', grans: 25.5, kommentar: 'Regionens mål, "högst 25,5 %"' },
  { tema: 'kompetens', indikator: 'N17510', grans: 1200, kommentar: '' },
];

export function exampleTables(example = EXAMPLE): Record<EntityName, Rec[]> {
  return {
    regions: example.regions as unknown as Rec[],
    plans: example.plans as unknown as Rec[],
    measures: example.measures as unknown as Rec[],
    themes: DEFAULT_THEMES as unknown as Rec[],
    events: example.events as unknown as Rec[],
    requests: example.requests as unknown as Rec[],
    indicators: example.indicators as unknown as Rec[],
    indicatorValues: example.indicatorValues as unknown as Rec[],
    themeIndicators: THEME_INDICATORS as unknown as Rec[],
    rounds: [],
    answers: [],
  };
}

/** An export of all Sweden made at `created`. */
export const wholeSweden = (created: string) => ({ region: '', regionName: 'Hela Sverige', created, app: 'planatlas' });
