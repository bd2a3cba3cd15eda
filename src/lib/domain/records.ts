/**
 * Validation: raw text (what a person typed in a form, or a CSV cell) → a typed record of an entity,
 * or errors per field. The one validator of the app: every form (themes and regions included) and
 * every import goes through `validateRecord`, driven by the entity definitions in entities/.
 * Messages are codes (`Msg`); the i18n layer renders them (`say` in lib/i18n/say.ts).
 */
import { endsBeforeStart, parseDate } from './dates';
import { emptyValue, ENTITIES, enumCodes, type EntityName, type FieldType, type RecordOfEntity } from './entities';
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
  // The values are gathered in one scratch array and copied out at their count: an array grown by
  // `push` keeps room for 17, and the records of an import keep their lists.
  const out = LIST;
  let from = 0;
  for (;;) {
    const bar = s.indexOf('|', from);
    const v = (bar < 0 ? s.slice(from) : s.slice(from, bar)).trim();
    if (v && !out.includes(v)) out.push(v);
    if (bar < 0) break;
    from = bar + 1;
  }
  const list = out.slice();
  out.length = 0;
  return list;
}

const LIST: string[] = [];

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
  const fields = ENTITIES[entity].fields;
  const values: (string | undefined)[] = [];
  for (let i = 0; i < fields.length; i++) values.push(raw[fields[i].key]);
  return validateValues(entity, values, ctx);
}

/**
 * `validateRecord` with the raw values in field order (`values[i]` is the value of the entity's
 * `fields[i]`), as the import reads a row's cells: no object keyed by field name per row.
 */
export function validateValues<E extends EntityName>(
  entity: E,
  values: readonly (string | undefined)[],
  ctx: ValidationContext,
  memo?: ValueMemo,
): Validation<E> {
  // No closures and no arrays for a valid row: this runs for every row of a 100 000-row import.
  const spec = ENTITIES[entity];
  const fields = spec.fields;
  const render = ctx.say ?? msgCode;
  let errors: FieldError[] | null = null;
  let notes: FieldError[] | null = null;
  // Every field's key in place from the start (in field order): one shape for all records of an
  // entity, no property added one by one (and no storage outgrown on the way).
  const out: Record<string, unknown> = { ...blankOf(entity) };

  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const value = values[i] ?? '';
    // Cells come trimmed (csv.ts): `trim` only when an end may be white space (it decides).
    const text =
      value !== '' && (mayBeSpace(value.charCodeAt(0)) || mayBeSpace(value.charCodeAt(value.length - 1)))
        ? value.trim()
        : value;
    if (text === '') {
      if (field.required) errors = add(errors, field.key, msg('required'), render);
      out[field.key] = emptyValue(field.type);
      continue;
    }
    const seen = memo?.[i];
    if (seen && seen.on) {
      const known = seen.values.get(text);
      seen.tries++;
      if (known !== undefined) {
        seen.hits++;
        out[field.key] = Array.isArray(known) ? known.slice() : known;
        continue;
      }
      // A column whose values rarely repeat (or too many distinct ones) is not looked up again.
      if ((seen.tries >= MEMO_PROBE && seen.hits * 4 < seen.tries) || seen.values.size >= MEMO_MAX) seen.on = false;
    }
    const problems = seen?.on ? (errors?.length ?? 0) + (notes?.length ?? 0) : -1;
    switch (field.type) {
      case 'id':
        if (!isIdText(text)) errors = add(errors, field.key, msg('idFormat'), render);
        out[field.key] = text;
        break;
      case 'text':
      case 'longtext':
        out[field.key] = text;
        break;
      case 'date': {
        const d = parseDate(text);
        if (d.ok) out[field.key] = d.value;
        else errors = add(errors, field.key, d.error, render);
        break;
      }
      case 'kommun':
      case 'kommunOptional': {
        const m = ctx.register.lookup(text);
        if (m.ok) {
          out[field.key] = m.municipality.code;
          if (m.note) notes = add(notes, field.key, m.note, render);
        } else errors = add(errors, field.key, describeMiss(text, m), render);
        break;
      }
      case 'kommunList': {
        // Each value replaced by its code in the list itself (no second array).
        const codes = splitList(text);
        let n = 0;
        for (let k = 0; k < codes.length; k++) {
          const part = codes[k];
          const m = ctx.register.lookup(part);
          if (m.ok) codes[n++] = m.municipality.code;
          else errors = add(errors, field.key, describeMiss(part, m), render);
        }
        codes.length = n;
        out[field.key] = unique(codes).sort();
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
          errors = add(errors, field.key, msg('enumUnknown', text, allowed), render);
        }
        break;
      }
      case 'themes': {
        const ids = splitList(text);
        let n = 0;
        for (let k = 0; k < ids.length; k++) {
          const part = ids[k];
          const id = resolveTheme(part, ctx.themes);
          if (id) ids[n++] = id;
          else errors = add(errors, field.key, msg('themeUnknown', part), render);
        }
        ids.length = n;
        out[field.key] = unique(ids);
        break;
      }
      case 'list':
        out[field.key] = splitList(text);
        break;
      case 'planRef':
        if (!ctx.plans.has(text)) errors = add(errors, field.key, msg('planUnknown', text), render);
        out[field.key] = text;
        break;
      case 'regionRef':
        if (!ctx.regionIds.has(text) && !ctx.register.county(text))
          errors = add(errors, field.key, msg('regionUnknown', text), render);
        out[field.key] = text;
        break;
      case 'link':
        if (!isSafeLink(text)) errors = add(errors, field.key, msg('link'), render);
        out[field.key] = text;
        break;
      case 'colour':
        if (!/^#[0-9a-f]{6}$/i.test(text)) errors = add(errors, field.key, msg('colour'), render);
        out[field.key] = text.toLowerCase();
        break;
      case 'timestamp':
        // Rows imported together often carry the same time: the last valid one is not checked again.
        if (text !== lastTimestamp) {
          if (!ISO_TIMESTAMP.test(text) || Number.isNaN(Date.parse(text)))
            errors = add(errors, field.key, msg('timestamp', text), render);
          else lastTimestamp = text;
        }
        out[field.key] = text;
        break;
      case 'bool': {
        const b = fold(text);
        if (TRUE.includes(b)) out[field.key] = true;
        else if (FALSE.includes(b)) out[field.key] = false;
        else errors = add(errors, field.key, msg('bool', text), render);
        break;
      }
      case 'number': {
        const n = parseNumber(text);
        if (!n.ok) errors = add(errors, field.key, n.error, render);
        else if (field.whole && !Number.isInteger(n.value))
          errors = add(errors, field.key, msg('numberWhole', text), render);
        else if ((field.min ?? -Infinity) > n.value || n.value > (field.max ?? Infinity))
          errors = add(
            errors,
            field.key,
            msg('numberRange', text, String(field.min ?? ''), String(field.max ?? '')),
            render,
          );
        if (n.ok) out[field.key] = n.value;
        break;
      }
    }
    // A value found without error or note is kept for the same text further down the column.
    if (problems >= 0 && problems === (errors?.length ?? 0) + (notes?.length ?? 0)) {
      const v = out[field.key];
      seen!.values.set(text, Array.isArray(v) ? v.slice() : v);
    }
  }

  // Cross-field rules, from the definition.
  for (const [a, b] of spec.ranges ?? []) {
    const start = out[a] as string;
    const end = out[b] as string;
    if (start && end && endsBeforeStart(start, end)) errors = add(errors, b, msg('endBeforeStart', end, start), render);
  }
  // A plan reference must belong to the record's own municipality.
  const planRef = planRefOf(entity);
  if (planRef && out[planRef] && out.kommunkod) {
    const planKommun = ctx.plans.get(out[planRef] as string);
    if (planKommun && planKommun !== out.kommunkod) {
      errors = add(
        errors,
        planRef,
        msg('planOtherMunicipality', out[planRef] as string, ctx.register.name(planKommun)),
        render,
      );
    }
  }
  if ('uppdaterad' in out && !out.uppdaterad) out.uppdaterad = ctx.now;

  return errors
    ? { ok: false, errors, notes: notes ?? [] }
    : { ok: true, value: out as RecordOfEntity<E>, notes: notes ?? NO_NOTES };
}

let lastTimestamp = '';

/**
 * Per field of an entity (`fields[i]`), the value a cell's text validated to without error or
 * note, for the rows of one table (`memoFor`): statuses, codes, dates, themes and lists repeat down
 * a column, and each is validated once. Only for fields whose validation depends on the text alone
 * and on what the table's own rows do not change (`MEMO_TYPES`); a list is copied out, never shared.
 */
export type ValueMemo = ({ values: Map<string, unknown>; tries: number; hits: number; on: boolean } | undefined)[];

/** Field types validated the same for the same text within a table (plan and region references are cheap anyway). */
const MEMO_TYPES = new Set<FieldType>([
  'date',
  'kommun',
  'kommunOptional',
  'kommunList',
  'enum',
  'themes',
  'list',
  'link',
  'colour',
  'timestamp',
  'bool',
  'number',
]);
/** Cells looked up before a column where fewer than a quarter are found stops looking (290 codes repeat late). */
const MEMO_PROBE = 1024;
/** Distinct texts kept per column at most. */
const MEMO_MAX = 4096;

/**
 * A memo for validating the rows of one table of `entity` with one context. What the import adds to
 * the context as it goes (plans, regions, themes: rows.ts) is read by fields of other entities only.
 */
export function memoFor(entity: EntityName): ValueMemo {
  return ENTITIES[entity].fields.map((f) =>
    MEMO_TYPES.has(f.type) ? { values: new Map<string, unknown>(), tries: 0, hits: 0, on: true } : undefined,
  );
}

/** Could this character be white space that `trim` removes? (A superset: `trim` decides; io/csv.ts asks it too.) */
export function mayBeSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c >= 0x1680;
}

const BLANKS = new Map<EntityName, Record<string, unknown>>();
/** An object with the entity's fields as keys in field order (values null): what a record is copied from. */
function blankOf(entity: EntityName): Record<string, unknown> {
  let blank = BLANKS.get(entity);
  if (!blank) {
    blank = {};
    for (const f of ENTITIES[entity].fields) blank[f.key] = null;
    BLANKS.set(entity, blank);
  }
  return blank;
}

/** The notes of a record without any (shared: nobody adds to a validation's notes). */
const NO_NOTES: FieldError[] = Object.freeze([]) as unknown as FieldError[];

/** A problem added to a list made when the first one comes (a valid row makes none). */
function add(list: FieldError[] | null, field: string, m: Msg, render: (m: Msg) => string): FieldError[] {
  const problem: FieldError = { field, msg: m, message: render(m) };
  if (!list) return [problem];
  list.push(problem);
  return list;
}

/** Distinct values in first-seen order (what `[...new Set(values)]` gives). */
function unique(values: string[]): string[] {
  if (values.length < 2) return values;
  if (values.length > 16) return [...new Set(values)];
  // Mostly there is nothing to take out: then the same array.
  let twice = false;
  for (let i = 1; i < values.length && !twice; i++) twice = values.indexOf(values[i]) < i;
  if (!twice) return values;
  const out: string[] = [];
  for (const v of values) if (!out.includes(v)) out.push(v);
  return out;
}

const ID_FORMAT = /^[\p{L}\p{N}_.:-]+$/u;

/** Letters, digits and `_ . : -`: ASCII checked char by char, anything else by the Unicode regex. */
function isIdText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // 0-9 and ':' (48–58), A-Z, a-z, '_', '.', '-'
    if ((c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45)
      continue;
    return ID_FORMAT.test(s);
  }
  return s.length > 0;
}

const PLAN_REF = new Map<EntityName, string | undefined>();
/** The entity's plan reference field, if it has one (looked up once per entity). */
function planRefOf(entity: EntityName): string | undefined {
  if (!PLAN_REF.has(entity)) PLAN_REF.set(entity, ENTITIES[entity].fields.find((f) => f.type === 'planRef')?.key);
  return PLAN_REF.get(entity);
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
