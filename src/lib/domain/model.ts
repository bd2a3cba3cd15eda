/**
 * The entities of DATA.md as TypeScript types, derived from their one definition in entities/
 * (kept here under their familiar names). Field names are the CSV headers (Swedish, what people
 * read in Excel) so records, forms and files share one vocabulary. Dates are canonical precision
 * strings (see dates.ts); `uppdaterad` is an ISO timestamp.
 */
import { rangeEnd } from './dates';
import type { EntityName, EntityRecord, SomeRecord } from './entities';
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

/** One entry of the import history; `before` holds what the import overwrote, for undo. */
export interface ImportRecord {
  id: string;
  fil: string;
  tid: string;
  kalla: string;
  antal: { nya: number; andrade: number; oforandrade: number; konflikter: number };
  /** Per table: keys (`keyOf`) of the records the import added, and the stored records it overwrote (as they were). */
  andringar: { table: EntityName; added: string[]; overwritten: SomeRecord[] }[];
  angrad?: string;
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
  return index.get(fold(input, '_'));
}

const ENUM_INDEX = new Map<string, Map<string, string>>();

/** A measure is overdue ("försenad") when its end has passed and it is neither done nor cancelled. Derived, never stored. */
export function isOverdue(m: Pick<Measure, 'slut' | 'status'>, today: string): boolean {
  if (!m.slut || m.status === 'genomford' || m.status === 'avbruten') return false;
  return rangeEnd(m.slut) < today;
}
