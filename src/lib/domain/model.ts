/**
 * The entities of DATA.md as TypeScript types, derived from their one definition in entities/
 * (kept here under their familiar names). Field names are the CSV headers (Swedish, what people
 * read in Excel) so records, forms and files share one vocabulary. Dates are canonical precision
 * strings (see dates.ts); `uppdaterad` is an ISO timestamp.
 */
import { rangeEnd } from './dates';
import type { EntityName, EntityRecord } from './entities';
import {
  ENUM_LABELS,
  EVENT_TYPES as ENUM_EVENT_TYPES,
  MEASURE_STATUSES as ENUM_MEASURE_STATUSES,
  PLAN_STATUSES as ENUM_PLAN_STATUSES,
  type EnumCode,
  type EnumKind,
  type EventType,
  type MeasureStatus,
  type PlanStatus,
} from './entities/enums';
import { fold } from './text';

export interface Municipality {
  code: string;
  name: string;
  county: string;
}

export interface County {
  code: string;
  name: string;
}

/** A group of municipalities. `kalla` and `uppdaterad` are kept by the app, not written to regioner.csv. */
export type Region = EntityRecord<'regions'> & { kalla?: string; uppdaterad?: string };
export type Plan = EntityRecord<'plans'>;
export type Measure = EntityRecord<'measures'>;
export type Theme = EntityRecord<'themes'>;
export type PlanEvent = EntityRecord<'events'>;
export type NationalRequest = EntityRecord<'requests'>;
export type Indicator = EntityRecord<'indicators'>;
export type IndicatorValue = EntityRecord<'indicatorValues'>;
export type ThemeIndicator = EntityRecord<'themeIndicators'>;
export type { PlanStatus, MeasureStatus, EventType, EnumKind, EnumCode } from './entities/enums';

/**
 * Karta's drawing of a boundary file, made once when the file is read (in the boundary worker) and
 * stored with it: SVG paths in a reference box (the whole file fitted into 10 000 units), so that a
 * region is a view box on them and the main thread never projects 60 000 points.
 */
export interface BoundaryDrawing {
  /** The drawing's format; a record with another version (or none) is drawn again from its topology. */
  version: number;
  shapes: {
    kommunkod: string;
    path: string;
    /** The label point (the shape's centroid). */
    x: number;
    y: number;
    /** The shape's bounds: x0, y0, x1, y1. */
    box: [number, number, number, number];
  }[];
  /** County borders and the outer edge. */
  outline: string;
  /** Every border line once (a TopoJSON arc) with the municipalities on either side ('' outside): region outlines are made of them. */
  arcs: { d: string; a: string; b: string }[];
  /** Codes of each municipality's neighbours (sharing a border). */
  neighbours: Map<string, string[]>;
}

/** An imported boundary file (Karta's geographic map), stored as TopoJSON. */
export interface BoundaryFile {
  id: string;
  /** The file name it came from. */
  namn: string;
  crs: 'wgs84' | 'sweref99tm';
  /** TopoJSON: as JSON text since 2026-11 (one string is copied, not 100 000 coordinate pairs); an object in older records. */
  topology: unknown;
  /** How Karta draws it; absent in records stored before 2026-11 (drawn from the topology then). */
  drawing?: BoundaryDrawing;
  importerad: string;
  /** The property of the source file that held the municipality code. */
  kodEgenskap: string;
  /** Register codes the file lacks. */
  saknas: string[];
}

/**
 * What a history entry changed in one table: the keys it added, the records it overwrote (as they
 * were), and the revisions before and after. Stored apart from the entry (db/changes.ts), in slices.
 */
export interface ChangeSet {
  table: string;
  /** Keys (`keyOf`) of records the entry added (absent before). */
  added: string[];
  /** Records the entry overwrote or removed, as they were. */
  overwritten: unknown[];
  /** The revision each key was left at (0 = absent; -1 = unknown, never "as left"). */
  left?: Record<string, number>;
  /** The revision each key had before (0 = absent). */
  prior?: Record<string, number>;
  /** The parts (municipalities, see db/chunks.ts) the entry wrote: a hand edit's undo reads only these. */
  parts?: string[];
}

/** What a hand edit did, in words the views render in the person's language. */
export type EditOp = 'create' | 'update' | 'delete' | 'deleteTheme' | 'mergeThemes' | 'restoreThemes';
export interface EditLabel {
  op: EditOp;
  table: EntityName;
  /** The record's title (for a merge: the theme merged away). */
  title: string;
  /** Its municipality code, when it has one. */
  kommunkod?: string;
  /** A merge's target theme, or a deleted theme's replacement. */
  other?: string;
  /** How many records (restored default themes). */
  count?: number;
}

/**
 * One entry of the history (the `imports` table): an import, the removal of the example data or a
 * hand edit. The one type for every entry, as written, stored, listed and undone.
 */
export interface HistoryEntry {
  id: string;
  fil: string;
  tid: string;
  kalla: string;
  antal: { nya: number; andrade: number; oforandrade: number; konflikter: number };
  /**
   * What the entry changed, per table. Stored apart (the changes table), so empty in the stored
   * entry; filled in what an import returns. Entries stored before version 3 held it here.
   */
  andringar: ChangeSet[];
  /** When it was undone. */
  angrad?: string;
  /** What kind of change: an import (default), the removal of the example data, or a hand edit. */
  slag?: 'import' | 'exempel' | 'redigering';
  /** A hand edit's label. */
  redigering?: EditLabel;
}

export const PLAN_STATUSES: PlanStatus[] = [...ENUM_PLAN_STATUSES];
export const MEASURE_STATUSES: MeasureStatus[] = [...ENUM_MEASURE_STATUSES];
export const EVENT_TYPES: EventType[] = [...ENUM_EVENT_TYPES];
export { ENUM_LABELS };

/** The label of a code in a language; the code itself when the kind or the code is unknown. */
export function enumLabel(kind: EnumKind | string, code: string, lang: 'sv' | 'en' = 'sv'): string {
  const labels = ENUM_LABELS[kind as EnumKind] as Record<string, { sv: string; en: string }> | undefined;
  return labels?.[code]?.[lang] ?? code;
}

/** Code, Swedish label or English label in any case, with or without diacritics → code, or undefined. */
export function parseEnum<K extends EnumKind>(kind: K, input: string): EnumCode<K> | undefined;
export function parseEnum(kind: string, input: string): string | undefined;
export function parseEnum(kind: string, input: string): string | undefined {
  const labels = ENUM_LABELS[kind as EnumKind] as Record<string, { sv: string; en: string }> | undefined;
  if (!labels) return undefined;
  let index = ENUM_INDEX.get(kind);
  if (!index) {
    // Folded code and labels → code, built once per kind (parseEnum runs for every row of an import).
    index = new Map();
    for (const [code, l] of Object.entries(labels)) {
      for (const text of [code, l.sv, l.en]) if (!index.has(fold(text, '_'))) index.set(fold(text, '_'), code);
    }
    ENUM_INDEX.set(kind, index);
  }
  // The same few texts come on every row: each is folded once (up to a thousand per kind).
  let seen = ENUM_SEEN.get(kind);
  if (!seen) ENUM_SEEN.set(kind, (seen = new Map()));
  if (seen.has(input)) return seen.get(input);
  const code = index.get(fold(input, '_'));
  if (seen.size >= 1000) seen.clear();
  seen.set(input, code);
  return code;
}

const ENUM_INDEX = new Map<string, Map<string, string>>();
const ENUM_SEEN = new Map<string, Map<string, string | undefined>>();

/** A measure is overdue ("försenad") when its end has passed and it is neither done nor cancelled. Derived, never stored. */
export function isOverdue(m: Pick<Measure, 'slut' | 'status'>, today: string): boolean {
  if (!m.slut || m.status === 'genomford' || m.status === 'avbruten') return false;
  return rangeEnd(m.slut) < today;
}
