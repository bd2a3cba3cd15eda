/**
 * The enumerations of DATA.md: codes (what files hold) with their Swedish and English labels
 * (what import also accepts, in any case and with or without diacritics). The labels belong to the
 * file format, so they live here beside the codes; each label set must name exactly its codes,
 * so a misspelt or missing code does not compile.
 */
type Labels<C extends string> = { readonly [K in C]: { readonly sv: string; readonly en: string } };

export const PLAN_STATUSES = ['ej_paborjad', 'under_arbete', 'remiss', 'antagen', 'uppfoljd'] as const;
export const MEASURE_STATUSES = ['planerad', 'pagaende', 'genomford', 'avbruten'] as const;
export const EVENT_TYPES = ['besok', 'seminarium', 'beslut', 'remiss', 'uppfoljning', 'annat'] as const;

export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export type EventType = (typeof EVENT_TYPES)[number];

const planStatus: Labels<PlanStatus> = {
  ej_paborjad: { sv: 'Ej påbörjad', en: 'Not started' },
  under_arbete: { sv: 'Under arbete', en: 'In progress' },
  remiss: { sv: 'På remiss', en: 'Out for consultation' },
  antagen: { sv: 'Antagen', en: 'Adopted' },
  uppfoljd: { sv: 'Uppföljd', en: 'Followed up' },
};

const measureStatus: Labels<MeasureStatus> = {
  planerad: { sv: 'Planerad', en: 'Planned' },
  pagaende: { sv: 'Pågående', en: 'Ongoing' },
  genomford: { sv: 'Genomförd', en: 'Completed' },
  avbruten: { sv: 'Avbruten', en: 'Cancelled' },
};

const eventType: Labels<EventType> = {
  besok: { sv: 'Besök', en: 'Visit' },
  seminarium: { sv: 'Seminarium', en: 'Seminar' },
  beslut: { sv: 'Beslut', en: 'Decision' },
  remiss: { sv: 'Remiss', en: 'Consultation' },
  uppfoljning: { sv: 'Uppföljning', en: 'Follow-up' },
  annat: { sv: 'Annat', en: 'Other' },
};

/** Labels of every enumeration, by kind. */
export const ENUM_LABELS = { planStatus, measureStatus, eventType } as const;

export type EnumKind = keyof typeof ENUM_LABELS;
/** The codes of one enumeration kind. */
export type EnumCode<K extends EnumKind> = keyof (typeof ENUM_LABELS)[K] & string;

/** The codes of an enumeration, in their defined order. */
export function enumCodes<K extends EnumKind>(kind: K): EnumCode<K>[] {
  return Object.keys(ENUM_LABELS[kind]) as EnumCode<K>[];
}
