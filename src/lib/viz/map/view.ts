/**
 * The map view's logic, headless: the "colour by" parameter, legend counts for the region, the
 * tooltip's content, the table's rows and sorting, region outlines, county names. Pure.
 */
import type { IndicatorValue, Measure, Plan, Theme } from '$lib/domain/model';
import type { ColourBy, MapClass, MapColouring } from './colour';
import { measureRunning, planStatusAt, planUndated } from './colour';
import { moveAmong, moveFrom, type Placed, type TileGeometry } from './tiles';
import { geoLabels, groupCentres, placeLabels, tileLabels, type Candidate, type Label } from './labels';
import { compareSv } from '$lib/domain/collate';
import type { SortValue } from '$lib/domain/text';

/** URL "farg": status | tema:<id> | antal | indikator:<id>; an indicator takes the latest period up to the date's year. */
export function parseColourBy(farg: string, values: IndicatorValue[], datum: string): ColourBy {
  if (farg.startsWith('tema:')) return { kind: 'theme', theme: farg.slice(5) };
  if (farg === 'antal') return { kind: 'count' };
  if (farg.startsWith('indikator:')) {
    const id = farg.slice(10);
    const periods = [...new Set(values.filter((v) => v.indikator === id).map((v) => v.period))].sort();
    const year = datum ? datum.slice(0, 4) : '';
    const period = periods.filter((p) => !year || p <= year).pop() ?? periods[0] ?? '';
    return { kind: 'indicator', indicator: id, period };
  }
  return { kind: 'status' };
}

/** The legend with each class counted over `members` only (the chosen region). */
export function legendFor(colouring: MapColouring, members: Iterable<string>): MapClass[] {
  const counts = new Map<string, number>();
  for (const c of members) {
    const k = colouring.byCode.get(c)?.key;
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return colouring.legend.map((l) => ({ ...l, count: counts.get(l.key) ?? 0 }));
}

/** Measures per theme running at `datum` in one municipality, most first, with theme names. */
export function themeCounts(
  code: string,
  measures: Measure[],
  themes: Theme[],
  datum: string,
): { name: string; n: number }[] {
  const counts = new Map<string, number>();
  for (const m of measures)
    if (m.kommunkod === code && measureRunning(m, datum))
      for (const id of m.teman) counts.set(id, (counts.get(id) ?? 0) + 1);
  const name = (id: string) => themes.find((t) => t.id === id)?.namn ?? id;
  return [...counts].map(([id, n]) => ({ name: name(id), n })).sort((a, b) => b.n - a.n || compareSv(a.name, b.name));
}

export interface TipContent {
  name: string;
  /** Plan status in words, once. */
  status: string;
  /** What the colour means when that is not the status (theme, count, indicator value). */
  meaning: string;
  dates: { label: string; value: string }[];
  themes: { name: string; n: number }[];
}

export interface TipInput {
  code: string;
  name: string;
  plan: Plan | undefined;
  /** The plan's status in words at the date (or "Ingen plan"). */
  status: string;
  meaning: string;
  colourByStatus: boolean;
  measures: Measure[];
  themes: Theme[];
  datum: string;
  dateLabels: Record<'startdatum' | 'planerat_klart' | 'antagen' | 'uppfoljning', string>;
  fmtDate: (d: string) => string;
}

export function tipContent(i: TipInput): TipContent {
  const keys = ['startdatum', 'planerat_klart', 'antagen', 'uppfoljning'] as const;
  const dates = i.plan
    ? keys.filter((k) => i.plan![k]).map((k) => ({ label: i.dateLabels[k], value: i.fmtDate(i.plan![k]) }))
    : [];
  return {
    name: i.name,
    status: i.status,
    meaning: i.colourByStatus || i.meaning === i.status ? '' : i.meaning,
    dates,
    themes: themeCounts(i.code, i.measures, i.themes, i.datum),
  };
}

export interface TableRow {
  code: string;
  name: string;
  county: string;
  meaning: string;
  measures: number;
  plan: string;
}

/**
 * The map table's columns in order (MapTable adds the labels): what each sorts by, numbers for
 * measures and Swedish collation for text (the one sort of `$lib/domain/text`); the plan column does
 * not sort. Every column starts ascending.
 */
export const tableColumns: {
  key: Exclude<keyof TableRow, 'code'>;
  value: (r: TableRow) => SortValue;
  sortable?: boolean;
}[] = [
  { key: 'name', value: (r) => r.name },
  { key: 'county', value: (r) => r.county },
  { key: 'meaning', value: (r) => r.meaning },
  { key: 'measures', value: (r) => r.measures },
  { key: 'plan', value: (r) => r.plan, sortable: false },
];

/** Rows with the same value in the sorted column: by name. */
export const tableThen = (a: TableRow, b: TableRow): number => compareSv(a.name, b.name);

/** "Västra Götalands län" → "Västra Götaland"; "Skåne län" → "Skåne": the county's short name for the map. */
export const countyShort = (name: string) => name.replace(/ län$/, '').replace(/s$/, '');

/** The outline of a set of tiles: every hexagon side that does not face another member. */
export function tileRegionOutline(
  cells: { kommunkod: string; q: number; r: number; path: string }[],
  members: Set<string>,
): string {
  const at = new Set(cells.filter((c) => members.has(c.kommunkod)).map((c) => `${c.q},${c.r}`));
  const dirs = [
    { q: 1, r: -1 },
    { q: 1, r: 0 },
    { q: 0, r: 1 },
    { q: -1, r: 1 },
    { q: -1, r: 0 },
    { q: 0, r: -1 },
  ];
  const out: string[] = [];
  for (const c of cells) {
    if (!members.has(c.kommunkod)) continue;
    const pts = c.path.slice(1, -1).split('L');
    dirs.forEach((d, i) => {
      if (at.has(`${c.q + d.q},${c.r + d.r}`)) return;
      out.push(`M${pts[i]}L${pts[(i + 1) % 6]}`);
    });
  }
  return out.join('');
}

export interface MapLabelInput {
  geo: boolean;
  shapes: { kommunkod: string; x: number; y: number }[];
  members: Set<string>;
  regionChosen: boolean;
  selected: Set<string>;
  name: (code: string) => string;
  countyName: (countyCode: string) => string;
  hexSize: number;
  pxPerUnit: number;
  /** On real borders: who is named first (population when known, else area); default all equal. */
  weight?: (code: string) => number;
}

/**
 * What the map names: in a chosen region every member (whole or short form in tiles, where there
 * is room on real borders) and the selection; at national zoom the counties and the selection.
 */
export function mapLabels(i: MapLabelInput): { names: Label[]; counties: Label[] } {
  const named = new Set([...(i.regionChosen ? i.members : []), ...i.selected]);
  const counties: Candidate[] = [];
  if (!i.regionChosen) {
    for (const [code, c] of groupCentres(i.shapes, (k) => k.slice(0, 2)))
      counties.push({
        code: `c${code}`,
        x: c.x,
        y: c.y,
        text: countyShort(i.countyName(code)),
        priority: 1 + c.n / 1000,
      });
  }
  if (!i.geo && i.regionChosen)
    return {
      names: tileLabels({ cells: i.shapes, codes: named, name: i.name, hexSize: i.hexSize, pxPerUnit: i.pxPerUnit }),
      counties: [],
    };
  if (i.regionChosen)
    return {
      names: geoLabels({
        shapes: i.shapes,
        codes: named,
        selected: i.selected,
        name: i.name,
        weight: i.weight ?? (() => 0),
        pxPerUnit: i.pxPerUnit,
      }),
      counties: [],
    };
  const names: Candidate[] = i.shapes
    .filter((s) => named.has(s.kommunkod))
    .map((s) => ({
      code: s.kommunkod,
      x: s.x,
      y: s.y,
      text: i.name(s.kommunkod),
      priority: i.selected.has(s.kommunkod) ? 3 : 2,
    }));
  const placed = placeLabels([...names, ...counties], i.pxPerUnit, 12);
  return {
    names: placed.filter((l) => !l.code.startsWith('c')),
    counties: placed.filter((l) => l.code.startsWith('c')),
  };
}

export type Arrow = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';
/** The municipality an arrow key moves to: within the region first, then anywhere; tiles or real neighbours. */
export function arrowTarget(
  code: string,
  key: Arrow,
  tiles: TileGeometry,
  geo: { shapes: Placed[]; neighbours: Map<string, string[]> } | null,
  within?: Set<string>,
): string | null {
  if (!geo) return moveFrom(tiles, code, key, within) ?? moveFrom(tiles, code, key);
  const near = (a: string, b: string) => geo.neighbours.get(a)?.includes(b) ?? false;
  return moveAmong(geo.shapes, code, key, near, within) ?? moveAmong(geo.shapes, code, key, near);
}

/** A plan's status in words at a date: "date unknown" for an undated plan at a date, "no plan" when there is none yet. */
export function planWords(
  plan: Plan | undefined,
  datum: string,
  words: { unknown: string; noPlan: string; status: (s: string) => string },
): string {
  if (plan && datum && planUndated(plan)) return words.unknown;
  const s = plan ? planStatusAt(plan, datum) : null;
  return s ? words.status(s) : words.noPlan;
}

/** The table's rows: one per municipality with what its colour means, running measures and plan status. */
export function tableRows(
  codes: string[],
  measures: Measure[],
  datum: string,
  f: {
    name: (c: string) => string;
    county: (c: string) => string;
    meaning: (c: string) => string;
    plan: (c: string) => string;
  },
): TableRow[] {
  const running = new Map<string, number>();
  for (const m of measures) if (measureRunning(m, datum)) running.set(m.kommunkod, (running.get(m.kommunkod) ?? 0) + 1);
  return codes.map((c) => ({
    code: c,
    name: f.name(c),
    county: f.county(c),
    meaning: f.meaning(c),
    measures: running.get(c) ?? 0,
    plan: f.plan(c),
  }));
}

/** Every municipality outside the chosen region, whatever the colouring: one quiet grey. */
export const OUTSIDE_FILL = '#e4e6e8';

/**
 * The fill of a class drawn with a pattern: "datum okänt" dotted, "inte rapporterat" dense hatch, a weak
 * value with a measure orange stripes ("Behov och åtgärder"), no plan / no data pale hatch.
 */
export function patternFill(key: string): string {
  if (key === 'weakWith') return 'url(#pa-weakwith)';
  return key === 'unknown' ? 'url(#pa-unknown)' : key === 'notReported' ? 'url(#pa-notreported)' : 'url(#pa-nodata)';
}
