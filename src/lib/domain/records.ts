/**
 * Entity specifications and validation of raw string values into typed records.
 * The same path serves the edit forms and (later) CSV import: every value arrives
 * as the text a person typed, and comes out canonical or as an error per field.
 */
import { t } from '../i18n';
import { endsBeforeStart, parseDate } from './dates';
import { ENUM_LABELS, parseEnum } from './model';
import type { Register } from './municipalities';
import { describeMiss } from './municipalities';
import { parseNumber } from '../io/values';

export type EntityName = 'plans' | 'measures' | 'events' | 'requests' | 'regions' | 'themes' | 'indicators' | 'indicatorValues';

export type FieldType =
  | 'id'
  | 'text'
  | 'longtext'
  | 'date'
  | 'kommun'
  | 'kommunOptional'
  | 'kommunList'
  | 'enum'
  | 'themes'
  | 'list'
  | 'planRef'
  | 'regionRef'
  | 'link'
  | 'colour'
  | 'timestamp'
  | 'bool'
  | 'number';

export interface FieldSpec {
  key: string;
  type: FieldType;
  required?: boolean;
  enumKind?: keyof typeof ENUM_LABELS;
  /** Shown in tables by default. */
  column?: boolean;
  /** Not shown in edit forms (maintained by the app). */
  hidden?: boolean;
}

export interface EntitySpec {
  name: EntityName;
  file: string;
  /** Prefix of generated ids, e.g. 1490-p-1a2b3c4d. */
  idPrefix: string;
  titleField: string;
  fields: FieldSpec[];
}

const f = (key: string, type: FieldType, extra: Partial<FieldSpec> = {}): FieldSpec => ({ key, type, ...extra });

export const ENTITIES: Record<EntityName, EntitySpec> = {
  plans: {
    name: 'plans', file: 'planer.csv', idPrefix: 'p', titleField: 'titel',
    fields: [
      f('id', 'id', { hidden: true }),
      f('kommunkod', 'kommun', { required: true, column: true }),
      f('titel', 'text', { required: true, column: true }),
      f('status', 'enum', { required: true, enumKind: 'planStatus', column: true }),
      f('startdatum', 'date', { column: true }),
      f('planerat_klart', 'date', { column: true }),
      f('antagen', 'date'),
      f('uppfoljning', 'date'),
      f('ansvarig', 'text'),
      f('lank', 'link'),
      f('beskrivning', 'longtext'),
      f('kalla', 'text', { hidden: true }),
      f('uppdaterad', 'timestamp', { hidden: true, column: true }),
    ],
  },
  measures: {
    name: 'measures', file: 'atgarder.csv', idPrefix: 'a', titleField: 'titel',
    fields: [
      f('id', 'id', { hidden: true }),
      f('plan_id', 'planRef'),
      f('kommunkod', 'kommun', { required: true, column: true }),
      f('titel', 'text', { required: true, column: true }),
      f('beskrivning', 'longtext'),
      f('teman', 'themes', { column: true }),
      f('status', 'enum', { required: true, enumKind: 'measureStatus', column: true }),
      f('start', 'date', { column: true }),
      f('slut', 'date', { column: true }),
      f('ansvarig', 'text'),
      f('samverkan', 'list'),
      f('kalla', 'text', { hidden: true }),
      f('uppdaterad', 'timestamp', { hidden: true }),
    ],
  },
  events: {
    name: 'events', file: 'handelser.csv', idPrefix: 'h', titleField: 'titel',
    fields: [
      f('id', 'id', { hidden: true }),
      f('kommunkod', 'kommunOptional', { column: true }),
      f('region_id', 'regionRef'),
      f('datum', 'date', { required: true, column: true }),
      f('slutdatum', 'date'),
      f('typ', 'enum', { required: true, enumKind: 'eventType', column: true }),
      f('titel', 'text', { required: true, column: true }),
      f('beskrivning', 'longtext'),
      f('kalla', 'text', { hidden: true }),
      f('uppdaterad', 'timestamp', { hidden: true }),
    ],
  },
  requests: {
    name: 'requests', file: 'medskick.csv', idPrefix: 'm', titleField: 'text',
    fields: [
      f('id', 'id', { hidden: true }),
      f('kommunkod', 'kommun', { required: true, column: true }),
      f('datum', 'date', { column: true }),
      f('mottagare', 'text', { column: true }),
      f('text', 'longtext', { required: true, column: true }),
      f('teman', 'themes', { column: true }),
      f('kalla', 'text', { hidden: true }),
      f('uppdaterad', 'timestamp', { hidden: true }),
    ],
  },
  regions: {
    name: 'regions', file: 'regioner.csv', idPrefix: 'r', titleField: 'namn',
    fields: [
      f('id', 'id', { hidden: true }),
      f('namn', 'text', { required: true, column: true }),
      f('kommunkoder', 'kommunList', { required: true, column: true }),
      f('beskrivning', 'longtext', { column: true }),
    ],
  },
  themes: {
    name: 'themes', file: 'teman.csv', idPrefix: 't', titleField: 'namn',
    fields: [
      f('id', 'id', { required: true }),
      f('namn', 'text', { required: true, column: true }),
      f('beskrivning', 'longtext'),
      f('farg', 'colour', { required: true }),
      f('overordnat', 'text'),
      f('nyckelord', 'list'),
    ],
  },
  indicators: {
    name: 'indicators', file: 'indikatorer.csv', idPrefix: 'i', titleField: 'namn',
    fields: [
      f('id', 'id', { required: true }),
      f('namn', 'text', { required: true }),
      f('enhet', 'text'),
      f('beskrivning', 'longtext'),
      f('hogre_ar_battre', 'bool'),
    ],
  },
  indicatorValues: {
    name: 'indicatorValues', file: 'nyckeltal.csv', idPrefix: 'v', titleField: 'indikator',
    fields: [
      f('indikator', 'text', { required: true }),
      f('kommunkod', 'kommun', { required: true }),
      f('period', 'text', { required: true }),
      f('varde', 'number', { required: true }),
      f('kalla', 'text'),
    ],
  },
};

export interface ValidationContext {
  register: Register;
  /** Theme id → name, to accept a theme by id or by name. */
  themes: Map<string, string>;
  /** Plan id → municipality code. */
  plans: Map<string, string>;
  regionIds: Set<string>;
  /** ISO timestamp used for `uppdaterad` when none is given. */
  now: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export type Validation =
  | { ok: true; value: Record<string, unknown>; notes: FieldError[] }
  | { ok: false; errors: FieldError[]; notes: FieldError[] };

/** Split a multi-valued cell ("a|b| c") into trimmed, non-empty, unique values. */
export function splitList(s: string): string[] {
  return [...new Set(s.split('|').map((v) => v.trim()).filter(Boolean))];
}

const foldKey = (s: string) => s.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const SAFE_LINK = /^(https?:\/\/|mailto:)\S+$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Is a link safe to render as <a href>? Only http:, https: and mailto:. */
export function isSafeLink(s: string): boolean {
  return SAFE_LINK.test(s.trim());
}

/**
 * Validate one record given as raw strings (form fields or CSV cells, keyed by field name).
 * Unknown keys are ignored; missing keys count as empty.
 */
export function validateRecord(entity: EntityName, raw: Record<string, string | undefined>, ctx: ValidationContext): Validation {
  const spec = ENTITIES[entity];
  const errors: FieldError[] = [];
  const notes: FieldError[] = [];
  const out: Record<string, unknown> = {};
  const err = (field: string, message: string) => errors.push({ field, message });

  for (const field of spec.fields) {
    const text = (raw[field.key] ?? '').trim();
    if (text === '') {
      if (field.required) err(field.key, t.err.required);
      out[field.key] = emptyValue(field.type);
      continue;
    }
    switch (field.type) {
      case 'id':
        if (!/^[\p{L}\p{N}_.:-]+$/u.test(text)) err(field.key, t.err.idFormat);
        out[field.key] = text;
        break;
      case 'text':
      case 'longtext':
        out[field.key] = text;
        break;
      case 'date': {
        const d = parseDate(text);
        if (d.ok) out[field.key] = d.value;
        else err(field.key, d.error);
        break;
      }
      case 'kommun':
      case 'kommunOptional': {
        const m = ctx.register.lookup(text);
        if (m.ok) {
          out[field.key] = m.municipality.code;
          if (m.note) notes.push({ field: field.key, message: m.note });
        } else err(field.key, describeMiss(text, m));
        break;
      }
      case 'kommunList': {
        const codes: string[] = [];
        for (const part of splitList(text)) {
          const m = ctx.register.lookup(part);
          if (m.ok) codes.push(m.municipality.code);
          else err(field.key, describeMiss(part, m));
        }
        out[field.key] = [...new Set(codes)].sort();
        break;
      }
      case 'enum': {
        const code = parseEnum(field.enumKind!, text);
        if (code) out[field.key] = code;
        else {
          const allowed = Object.entries(ENUM_LABELS[field.enumKind!]).map(([c, l]) => `${c} (${l.sv})`).join(', ');
          err(field.key, t.err.enumUnknown(text, allowed));
        }
        break;
      }
      case 'themes': {
        const ids: string[] = [];
        for (const part of splitList(text)) {
          const id = resolveTheme(part, ctx.themes);
          if (id) ids.push(id);
          else err(field.key, t.err.themeUnknown(part));
        }
        out[field.key] = [...new Set(ids)];
        break;
      }
      case 'list':
        out[field.key] = splitList(text);
        break;
      case 'planRef':
        if (!ctx.plans.has(text)) err(field.key, t.err.planUnknown(text));
        out[field.key] = text;
        break;
      case 'regionRef':
        if (!ctx.regionIds.has(text) && !ctx.register.county(text)) err(field.key, t.err.regionUnknown(text));
        out[field.key] = text;
        break;
      case 'link':
        if (!isSafeLink(text)) err(field.key, t.err.link);
        out[field.key] = text;
        break;
      case 'colour':
        if (!/^#[0-9a-f]{6}$/i.test(text)) err(field.key, t.err.colour);
        out[field.key] = text.toLowerCase();
        break;
      case 'timestamp':
        if (!ISO_TIMESTAMP.test(text) || Number.isNaN(Date.parse(text))) err(field.key, t.err.timestamp(text));
        out[field.key] = text;
        break;
      case 'bool': {
        const b = foldKey(text);
        if (['ja', 'yes', 'true', '1', 'sant'].includes(b)) out[field.key] = true;
        else if (['nej', 'no', 'false', '0', 'falskt'].includes(b)) out[field.key] = false;
        else err(field.key, t.err.bool(text));
        break;
      }
      case 'number': {
        const n = parseNumber(text);
        if (n.ok) out[field.key] = n.value;
        else err(field.key, n.error);
        break;
      }
    }
  }

  // Cross-field rules.
  const range = (a: string, b: string) => {
    const s = out[a] as string;
    const e = out[b] as string;
    if (s && e && endsBeforeStart(s, e)) err(b, t.err.endBeforeStart(e, s));
  };
  if (entity === 'plans') range('startdatum', 'planerat_klart');
  if (entity === 'measures') range('start', 'slut');
  if (entity === 'events') range('datum', 'slutdatum');
  if (entity === 'measures' && out.plan_id && out.kommunkod) {
    const planKommun = ctx.plans.get(out.plan_id as string);
    if (planKommun && planKommun !== out.kommunkod) {
      err('plan_id', t.err.planOtherMunicipality(out.plan_id as string, ctx.register.name(planKommun)));
    }
  }
  if ('uppdaterad' in out && !out.uppdaterad) out.uppdaterad = ctx.now;

  return errors.length ? { ok: false, errors, notes } : { ok: true, value: out, notes };
}

function emptyValue(type: FieldType): unknown {
  if (type === 'themes' || type === 'list' || type === 'kommunList') return [];
  if (type === 'bool') return false;
  if (type === 'number') return null;
  return '';
}

/** A theme given by id or by name (any case, with or without diacritics). */
export function resolveTheme(input: string, themes: Map<string, string>): string | undefined {
  if (themes.has(input)) return input;
  const k = foldKey(input);
  for (const [id, name] of themes) if (foldKey(id) === k || foldKey(name) === k) return id;
  return undefined;
}

/** A record as raw strings, for an edit form: the inverse of validateRecord for valid records. */
export function toRaw(entity: EntityName, record: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of ENTITIES[entity].fields) {
    const v = record[field.key];
    if (Array.isArray(v)) out[field.key] = v.join('|');
    else if (typeof v === 'boolean') out[field.key] = v ? 'ja' : 'nej';
    else out[field.key] = v == null ? '' : String(v);
  }
  return out;
}

/** A new random id for a record created in the app: "<kommunkod>-<prefix>-<8 hex>". */
export function newId(entity: EntityName, kommunkod = '', random: () => string = randomHex): string {
  return [kommunkod, ENTITIES[entity].idPrefix, random()].filter(Boolean).join('-');
}

function randomHex(): string {
  const a = new Uint8Array(4);
  crypto.getRandomValues(a);
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join('');
}
