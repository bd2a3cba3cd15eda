/**
 * Kolada's API v3 (https://api.kolada.se/v3, DATA.md "Indicators from Kolada"): the URLs "Hämta från
 * Kolada" asks, the answers read back, and the files handed to the one import path (an indikatorer.csv
 * for the KPI and the values as a Kolada v3 JSON file with the provenance "Kolada (hämtat <date>)").
 * Pure: no fetch here (the state controller fetches), never throws on odd answers.
 */
import { toCsvRows, SCRIPT_DIALECT } from './write';

export const KOLADA_API = 'https://api.kolada.se/v3';

export interface Kpi {
  id: string;
  title: string;
  description?: string;
  unit?: string;
}

export interface KoladaEntry {
  kpi: string;
  municipality: string;
  period: string | number;
  values: { gender?: string; status?: string; value: number | string | null; count?: number }[];
}

/**
 * Suggestions for social child and youth care: ids thought to be Kolada's, checked against /v3/kpi
 * when the dialog opens (only those the API knows are shown, with its titles), and words to search.
 */
export const SUGGESTED_KPIS = ['N17510', 'N17511', 'U37401', 'N17530', 'N17557'];
export const SUGGESTED_SEARCHES = [
  'placerade barn',
  'utredningstid barn',
  'socialsekreterare erfarenhet',
  'konsulter socialsekreterare',
  'öppenvård barn',
];

/** A Kolada KPI id: a letter and five digits (N17510, U37401). */
export const isKpiId = (s: string) => /^[A-Z]\d{5}$/i.test(s.trim());

/** /kpi/{ids} for ids (comma- or space-separated), /kpi?title= for words. */
export function kpiSearchUrl(query: string): string {
  const parts = query.split(/[\s,]+/).filter(Boolean);
  if (parts.length && parts.every(isKpiId)) return `${KOLADA_API}/kpi/${parts.map((p) => p.toUpperCase()).join(',')}`;
  return `${KOLADA_API}/kpi?title=${encodeURIComponent(query.trim())}`;
}

export function dataUrl(kpi: string, municipalities: string[], years: number[]): string {
  return `${KOLADA_API}/data/kpi/${encodeURIComponent(kpi)}/municipality/${municipalities.join(',')}/year/${years.join(',')}`;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** A /kpi answer → KPIs (id and title required); null when it is not one. */
export function parseKpis(doc: unknown): Kpi[] | null {
  if (!isObject(doc) || !Array.isArray(doc.values)) return null;
  const out: Kpi[] = [];
  for (const v of doc.values) {
    if (!isObject(v) || !text(v.id) || !text(v.title)) continue;
    const kpi: Kpi = { id: text(v.id), title: text(v.title) };
    if (text(v.description)) kpi.description = text(v.description);
    const unit = text(v.unit) || text(v.enhet);
    if (unit) kpi.unit = unit;
    out.push(kpi);
  }
  return out;
}

/** A /data page → its entries and the next page's URL (only on Kolada's host); null when it is not one. */
export function parseDataPage(
  doc: unknown,
): { values: KoladaEntry[]; next: string | null; count: number | null } | null {
  if (!isObject(doc) || !Array.isArray(doc.values)) return null;
  const values = doc.values.filter(
    (v): v is KoladaEntry => isObject(v) && !!text(v.kpi) && !!text(v.municipality) && Array.isArray(v.values),
  );
  const rawNext = typeof doc.next_url === 'string' ? doc.next_url : null;
  const next = rawNext && rawNext.startsWith(`${KOLADA_API}/`) ? rawNext : null;
  return { values, next, count: typeof doc.count === 'number' ? doc.count : null };
}

/** The provenance of fetched values: "Kolada (hämtat 2026-11-24)". */
export const fetchedSource = (date: string) => `Kolada (hämtat ${date})`;

/** The files to import: the KPI as an indicator and the values as Kolada v3 JSON with their provenance. */
export function importFiles(
  kpi: Kpi,
  entries: KoladaEntry[],
  date: string,
): { name: string; text: string; type: string }[] {
  const indicator = toCsvRows(
    ['id', 'namn', 'enhet', 'beskrivning'],
    [[kpi.id, kpi.title, kpi.unit ?? '', kpi.description ?? '']],
    SCRIPT_DIALECT,
  );
  // JSON has no Infinity: a value Kolada sent that is not a finite number (1e309 is read as
  // Infinity) goes as its text ("Infinity"), which the import refuses, instead of null ("missing").
  const values = JSON.stringify({ kalla: fetchedSource(date), count: entries.length, values: entries }, (_, v) =>
    typeof v === 'number' && !Number.isFinite(v) ? String(v) : (v as unknown),
  );
  return [
    { name: `kolada-${kpi.id}-indikator.csv`, text: indicator, type: 'text/csv' },
    { name: `kolada-${kpi.id}-${date}.json`, text: values, type: 'application/json' },
  ];
}
