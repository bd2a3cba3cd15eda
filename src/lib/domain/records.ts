/**
 * Validation: raw text (what a person typed in a form, or a CSV cell) → a typed record of an entity,
 * or errors per field. The one validator of the app: every form (themes and regions included) and
 * every import goes through `validateRecord`, driven by the entity definitions in entities/.
 * Messages are codes (`Msg`); the i18n layer renders them (`say` in lib/i18n/say.ts).
 */
import { endsBeforeStart, parseDate } from './dates';
import { emptyValue, ENTITIES, enumCodes, type EntityName, type RecordOfEntity } from './entities';
import { msg, msgCode, type Msg } from './messages';
import { ENUM_LABELS, parseEnum } from './model';
import type { Register } from './municipalities';
import { describeMiss } from './municipalities';
import { parseNumber } from './numbers';
import { exactKey, fold } from './text';

export {
  ENTITIES,
  ENTITY_NAMES,
  keyOf,
  storeKeyOf,
  type AnyRecord,
  type EntityName,
  type EntityRecord,
  type EntitySpec,
  type FieldSpec,
  type FieldType,
  type RecordOfEntity,
  type SomeRecord,
} from './entities';

export interface ValidationContext {
  register: Register;
  /** Theme id → name, to accept a theme by id or by name. */
  themes: Map<string, string>;
  /** Plan id → municipality code. */
  plans: Map<string, string>;
  regionIds: Set<string>;
  /** ISO timestamp used for `uppdaterad` when none is given. */
  now: string;
  /** Renders messages into `FieldError.message` (the i18n layer's `say`); without it, the message code. */
  say?: (m: Msg) => string;
}

export interface FieldError {
  field: string;
  /** What is wrong, as a code with parameters. */
  msg: Msg;
  /** `msg` rendered by `ValidationContext.say`. */
  message: string;
}

export type Validation<E extends EntityName = EntityName> =
  | { ok: true; value: RecordOfEntity<E>; notes: FieldError[] }
  | { ok: false; errors: FieldError[]; notes: FieldError[] };

/** Split a multi-valued cell ("a|b| c") into trimmed, non-empty, unique values. */
export function splitList(s: string): string[] {
  // A loop, not split/map/filter/Set: it runs for two fields of every row of a 100 000-row import.
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const bar = s.indexOf('|', from);
    const v = (bar < 0 ? s.slice(from) : s.slice(from, bar)).trim();
    if (v && !out.includes(v)) out.push(v);
    if (bar < 0) return out;
    from = bar + 1;
  }
}

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
export function validateRecord<E extends EntityName>(
  entity: E,
  raw: Readonly<Record<string, string | undefined>>,
  ctx: ValidationContext,
): Validation<E> {
  const spec = ENTITIES[entity];
  const errors: FieldError[] = [];
  const notes: FieldError[] = [];
  const out: Record<string, unknown> = {};
  const render = ctx.say ?? msgCode;
  const problem = (field: string, m: Msg): FieldError => ({ field, msg: m, message: render(m) });
  const err = (field: string, m: Msg) => errors.push(problem(field, m));

  for (const field of spec.fields) {
    const text = (raw[field.key] ?? '').trim();
    if (text === '') {
      if (field.required) err(field.key, msg('required'));
      out[field.key] = emptyValue(field.type);
      continue;
    }
    switch (field.type) {
      case 'id':
        if (!/^[\p{L}\p{N}_.:-]+$/u.test(text)) err(field.key, msg('idFormat'));
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
          if (m.note) notes.push(problem(field.key, m.note));
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
        const kind = field.enumKind!;
        const code = parseEnum(kind, text);
        if (code) out[field.key] = code;
        else {
          const labels = ENUM_LABELS[kind] as Record<string, { sv: string }>;
          const allowed = enumCodes(kind)
            .map((c) => `${c} (${labels[c].sv})`)
            .join(', ');
          err(field.key, msg('enumUnknown', text, allowed));
        }
        break;
      }
      case 'themes': {
        const ids: string[] = [];
        for (const part of splitList(text)) {
          const id = resolveTheme(part, ctx.themes);
          if (id) ids.push(id);
          else err(field.key, msg('themeUnknown', part));
        }
        out[field.key] = [...new Set(ids)];
        break;
      }
      case 'list':
        out[field.key] = splitList(text);
        break;
      case 'planRef':
        if (!ctx.plans.has(text)) err(field.key, msg('planUnknown', text));
        out[field.key] = text;
        break;
      case 'regionRef':
        if (!ctx.regionIds.has(text) && !ctx.register.county(text)) err(field.key, msg('regionUnknown', text));
        out[field.key] = text;
        break;
      case 'link':
        if (!isSafeLink(text)) err(field.key, msg('link'));
        out[field.key] = text;
        break;
      case 'colour':
        if (!/^#[0-9a-f]{6}$/i.test(text)) err(field.key, msg('colour'));
        out[field.key] = text.toLowerCase();
        break;
      case 'timestamp':
        if (!ISO_TIMESTAMP.test(text) || Number.isNaN(Date.parse(text))) err(field.key, msg('timestamp', text));
        out[field.key] = text;
        break;
      case 'bool': {
        const b = fold(text);
        if (TRUE.includes(b)) out[field.key] = true;
        else if (FALSE.includes(b)) out[field.key] = false;
        else err(field.key, msg('bool', text));
        break;
      }
      case 'number': {
        const n = parseNumber(text);
        if (!n.ok) err(field.key, n.error);
        else if (field.whole && !Number.isInteger(n.value)) err(field.key, msg('numberWhole', text));
        else if ((field.min ?? -Infinity) > n.value || n.value > (field.max ?? Infinity))
          err(field.key, msg('numberRange', text, String(field.min ?? ''), String(field.max ?? '')));
        if (n.ok) out[field.key] = n.value;
        break;
      }
    }
  }

  // Cross-field rules, from the definition.
  for (const [a, b] of spec.ranges ?? []) {
    const start = out[a] as string;
    const end = out[b] as string;
    if (start && end && endsBeforeStart(start, end)) err(b, msg('endBeforeStart', end, start));
  }
  // A plan reference must belong to the record's own municipality.
  const planRef = spec.fields.find((f) => f.type === 'planRef')?.key;
  if (planRef && out[planRef] && out.kommunkod) {
    const planKommun = ctx.plans.get(out[planRef] as string);
    if (planKommun && planKommun !== out.kommunkod) {
      err(planRef, msg('planOtherMunicipality', out[planRef] as string, ctx.register.name(planKommun)));
    }
  }
  if ('uppdaterad' in out && !out.uppdaterad) out.uppdaterad = ctx.now;

  return errors.length ? { ok: false, errors, notes } : { ok: true, value: out as RecordOfEntity<E>, notes };
}

const TRUE = ['ja', 'yes', 'true', '1', 'sant'];
const FALSE = ['nej', 'no', 'false', '0', 'falskt'];

/**
 * A theme given by id or by name: exactly (any case, diacritics kept) first, then folded (without
 * diacritics) when that fits one theme only. A folded match that fits several is no match.
 */
export function resolveTheme(input: string, themes: ReadonlyMap<string, string>): string | undefined {
  if (themes.has(input)) return input;
  const exact = exactKey(input);
  for (const [id, name] of themes) if (exactKey(id) === exact || exactKey(name) === exact) return id;
  const k = fold(input);
  const hits = [...themes].filter(([id, name]) => fold(id) === k || fold(name) === k);
  return hits.length === 1 ? hits[0][0] : undefined;
}

/** A record as raw strings, for an edit form: the inverse of validateRecord for valid records. */
export function toRaw(entity: EntityName, record: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of ENTITIES[entity].fields) {
    const v = (record as Record<string, unknown>)[field.key];
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
