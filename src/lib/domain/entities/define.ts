/**
 * The vocabulary of an entity definition and the types derived from it. An entity file lists its
 * fields once (in CSV column order); the record type, validation, CSV columns, Table Schema, store
 * key, form and table fields and i18n label keys all come from that list (see index.ts).
 */
import type { PDate } from '$lib/domain/dates';
import type { EnumCode, EnumKind } from './enums';

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

export interface FieldOptions {
  required?: boolean;
  enumKind?: EnumKind;
  /** Shown in tables by default. */
  column?: boolean;
  /** Not shown in edit forms (maintained by the app). */
  hidden?: boolean;
  /** Further CSV header names (folded, e.g. 'due_date') beyond the shared ones of aliases.ts. */
  aliases?: readonly string[];
  /** Number fields: the smallest and largest value accepted (inclusive). */
  min?: number;
  max?: number;
  /** Number fields: only whole numbers (a Table Schema `integer`). */
  whole?: boolean;
}

export interface FieldSpec extends FieldOptions {
  key: string;
  type: FieldType;
}

/**
 * One field, with its key, type and options kept as literal types (so the record type can be
 * derived: an optional number is `number | null`).
 */
export function field<
  K extends string,
  T extends Exclude<FieldType, 'enum'>,
  const O extends Omit<FieldOptions, 'enumKind'> = Record<never, never>,
>(key: K, type: T, options: O = {} as O): { key: K; type: T } & O & FieldOptions {
  return { key, type, ...options };
}

/** An enumeration field: its values are the codes of `enumKind`. */
export function enumField<K extends string, E extends EnumKind>(
  key: K,
  enumKind: E,
  options: Omit<FieldOptions, 'enumKind'> = {},
): { key: K; type: 'enum'; enumKind: E } & FieldOptions {
  return { key, type: 'enum', enumKind, ...options };
}

/** The stored value type of a field type. */
interface ValueTypes {
  id: string;
  text: string;
  longtext: string;
  date: PDate;
  kommun: string;
  kommunOptional: string;
  kommunList: string[];
  themes: string[];
  list: string[];
  planRef: string;
  regionRef: string;
  link: string;
  colour: string;
  timestamp: string;
  bool: boolean;
  number: number;
}

type ValueOf<F> = F extends { type: 'enum'; enumKind: infer E extends EnumKind }
  ? EnumCode<E>
  : F extends { type: 'number'; required: true }
    ? number
    : F extends { type: 'number' }
      ? number | null
      : F extends { type: infer T extends keyof ValueTypes }
        ? ValueTypes[T]
        : never;

/** The record type of a field list: one property per field, typed by the field's type. */
export type RecordOf<Fields extends readonly { key: string }[]> = {
  -readonly [F in Fields[number] as F['key']]: ValueOf<F>;
};

export interface EntityDefinition<
  Name extends string = string,
  Fields extends readonly FieldSpec[] = readonly FieldSpec[],
> {
  name: Name;
  /** CSV file name in a bundle (DATA.md). */
  file: string;
  /** Prefix of generated ids, e.g. 1490-p-1a2b3c4d. */
  idPrefix: string;
  /** The field that names a record (in lists, and in derived ids). */
  titleField: Fields[number]['key'];
  /** The date that, with the title, makes a derived id for a row without id. */
  dateField?: Fields[number]['key'];
  /** Fields of the primary key, in order: ['id'] or a compound key. */
  key: readonly Fields[number]['key'][];
  /** Secondary store indexes (Dexie syntax: `*teman` is a multi-entry index). */
  indexes: readonly string[];
  /** Pairs [start, end]: the end must not lie before the start. */
  ranges?: readonly (readonly [Fields[number]['key'], Fields[number]['key']])[];
  /** Key of the entity's plural name in the i18n `entities` section, when it has one. */
  labelKey?: string;
  /** Key of the entity's singular name ("plan", in "Ny plan") in the i18n `entities` section, when it has one. */
  nounKey?: string;
  /**
   * Edited in Data: the place of its tab there (1 first). None: edited in a view of its own (themes in
   * Teman, rounds in Insamling) or not by hand.
   */
  dataTab?: number;
  /**
   * The entities whose records this one refers to (a plan id, a region, a theme, an indicator):
   * they are validated first on import, and recognised by a file name only after this one
   * ("Plan åtgärder.csv" is measures). Entity names (index.ts checks them).
   */
  refersTo?: readonly string[];
  /**
   * Words of file names that speak of this entity (folded: lower case, no diacritics; a word of the
   * name that starts with one counts). None: recognised by its exact file name and headers only.
   */
  nameWords?: readonly string[];
  fields: Fields;
}

/** Keep the literal types of a definition (the compiler checks titleField, key, ranges against its fields). */
export function defineEntity<const Name extends string, const Fields extends readonly FieldSpec[]>(
  def: EntityDefinition<Name, Fields>,
): EntityDefinition<Name, Fields> {
  return def;
}
