/**
 * The entities of DATA.md as TypeScript types. Field names are the CSV headers
 * (Swedish, what people read in Excel) so records, forms and files share one vocabulary.
 * Dates are canonical precision strings (see dates.ts); `uppdaterad` is an ISO timestamp.
 */
import { rangeEnd, type PDate } from './dates';

export interface Municipality {
  code: string;
  name: string;
  county: string;
}

export interface County {
  code: string;
  name: string;
}

export interface Region {
  id: string;
  namn: string;
  kommunkoder: string[];
  beskrivning: string;
  kalla?: string;
  uppdaterad?: string;
}

export type PlanStatus = 'ej_paborjad' | 'under_arbete' | 'remiss' | 'antagen' | 'uppfoljd';
export type MeasureStatus = 'planerad' | 'pagaende' | 'genomford' | 'avbruten';
export type EventType = 'besok' | 'seminarium' | 'beslut' | 'remiss' | 'uppfoljning' | 'annat';

export interface Plan {
  id: string;
  kommunkod: string;
  titel: string;
  status: PlanStatus;
  startdatum: PDate;
  planerat_klart: PDate;
  antagen: PDate;
  uppfoljning: PDate;
  ansvarig: string;
  lank: string;
  beskrivning: string;
  kalla: string;
  uppdaterad: string;
}

export interface Measure {
  id: string;
  plan_id: string;
  kommunkod: string;
  titel: string;
  beskrivning: string;
  teman: string[];
  status: MeasureStatus;
  start: PDate;
  slut: PDate;
  ansvarig: string;
  samverkan: string[];
  kalla: string;
  uppdaterad: string;
}

export interface Theme {
  id: string;
  namn: string;
  beskrivning: string;
  farg: string;
  overordnat: string;
  nyckelord: string[];
}

export interface PlanEvent {
  id: string;
  kommunkod: string;
  region_id: string;
  datum: PDate;
  slutdatum: PDate;
  typ: EventType;
  titel: string;
  beskrivning: string;
  kalla: string;
  uppdaterad: string;
}

export interface NationalRequest {
  id: string;
  kommunkod: string;
  datum: PDate;
  mottagare: string;
  text: string;
  teman: string[];
  kalla: string;
  uppdaterad: string;
}

export interface Indicator {
  id: string;
  namn: string;
  enhet: string;
  beskrivning: string;
  hogre_ar_battre: boolean;
}

export interface IndicatorValue {
  indikator: string;
  kommunkod: string;
  period: string;
  varde: number;
  kalla: string;
}

/** An imported boundary file, stored as TopoJSON (filled by the maps issue). */
export interface BoundaryFile {
  id: string;
  /** The file name it came from. */
  namn: string;
  crs: 'wgs84' | 'sweref99tm';
  topology: unknown;
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
  /** Per table: keys of the records the import added, and the stored records it overwrote (as they were). */
  andringar: { table: string; added: string[]; overwritten: unknown[] }[];
  angrad?: string;
}

export const PLAN_STATUSES: PlanStatus[] = ['ej_paborjad', 'under_arbete', 'remiss', 'antagen', 'uppfoljd'];
export const MEASURE_STATUSES: MeasureStatus[] = ['planerad', 'pagaende', 'genomford', 'avbruten'];
export const EVENT_TYPES: EventType[] = ['besok', 'seminarium', 'beslut', 'remiss', 'uppfoljning', 'annat'];

/** Swedish and English labels of every enumeration (import accepts code or either label). */
export const ENUM_LABELS: Record<string, Record<string, { sv: string; en: string }>> = {
  planStatus: {
    ej_paborjad: { sv: 'Ej påbörjad', en: 'Not started' },
    under_arbete: { sv: 'Under arbete', en: 'In progress' },
    remiss: { sv: 'På remiss', en: 'Out for consultation' },
    antagen: { sv: 'Antagen', en: 'Adopted' },
    uppfoljd: { sv: 'Uppföljd', en: 'Followed up' },
  },
  measureStatus: {
    planerad: { sv: 'Planerad', en: 'Planned' },
    pagaende: { sv: 'Pågående', en: 'Ongoing' },
    genomford: { sv: 'Genomförd', en: 'Completed' },
    avbruten: { sv: 'Avbruten', en: 'Cancelled' },
  },
  eventType: {
    besok: { sv: 'Besök', en: 'Visit' },
    seminarium: { sv: 'Seminarium', en: 'Seminar' },
    beslut: { sv: 'Beslut', en: 'Decision' },
    remiss: { sv: 'Remiss', en: 'Consultation' },
    uppfoljning: { sv: 'Uppföljning', en: 'Follow-up' },
    annat: { sv: 'Annat', en: 'Other' },
  },
};

export function enumLabel(kind: keyof typeof ENUM_LABELS | string, code: string, lang: 'sv' | 'en' = 'sv'): string {
  return ENUM_LABELS[kind]?.[code]?.[lang] ?? code;
}

const fold = (s: string) =>
  s.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s-]+/g, '_');

/** Code, Swedish label or English label in any case → code, or undefined. */
export function parseEnum(kind: string, input: string): string | undefined {
  const labels = ENUM_LABELS[kind];
  const f = fold(input);
  for (const [code, l] of Object.entries(labels)) {
    if (fold(code) === f || fold(l.sv) === f || fold(l.en) === f) return code;
  }
  return undefined;
}

/** A measure is overdue ("försenad") when its end has passed and it is neither done nor cancelled. Derived, never stored. */
export function isOverdue(m: Pick<Measure, 'slut' | 'status'>, today: string): boolean {
  if (!m.slut || m.status === 'genomford' || m.status === 'avbruten') return false;
  return rangeEnd(m.slut) < today;
}
