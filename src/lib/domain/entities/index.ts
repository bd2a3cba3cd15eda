/**
 * The registry of entities: every record type of DATA.md defined once (one file each), and
 * everything derived from those definitions — record types, CSV columns, store keys and schema,
 * form and table fields, i18n label keys, import and recognition order, empty and restored
 * records. Every per-entity list of the app (storage chunks, live tables, export order, bundle
 * resources, workbook sheets, example data, test factories) iterates this registry. Validation is
 * `validateRecord` in ../records.ts, the Table Schema of datapackage.json is `tableSchema` in
 * ./schema.ts; both read these definitions.
 *
 * Adding a field: add it to the entity's file (in CSV column order), add its label to
 * `fields` in lib/i18n/sv.ts and en.ts, and extend the entity's test. See CONTRIBUTING.md.
 */
import type { EntityDefinition, FieldSpec, FieldType, RecordOf } from './define';
import { event } from './event';
import { indicator } from './indicator';
import { answer } from './answer';
import { indicatorValue } from './indicatorValue';
import { measure } from './measure';
import { plan } from './plan';
import { region } from './region';
import { request } from './request';
import { round } from './round';
import { theme } from './theme';
import { themeIndicator } from './themeIndicator';

export type { EntityDefinition, FieldOptions, FieldSpec, FieldType } from './define';
export * from './enums';
export { ALIASES, aliasesOf } from './aliases';

/**
 * The registry, in the order of DATA.md's table: the order of the bundle's CSV files and
 * datapackage resources, of the workbook's sheets and of every list of entities.
 */
const DEFINITIONS = {
  regions: region,
  plans: plan,
  measures: measure,
  themes: theme,
  events: event,
  requests: request,
  indicators: indicator,
  indicatorValues: indicatorValue,
  themeIndicators: themeIndicator,
  rounds: round,
  answers: answer,
} as const;

export type EntityName = keyof typeof DEFINITIONS;

/** Every entity, in the order of DATA.md's table (and of the bundle's CSV files). */
export const ENTITY_NAMES = Object.keys(DEFINITIONS) as readonly EntityName[];

/** The stored record of an entity, derived from its fields: `EntityRecord<'plans'>` is a plan. */
export type EntityRecord<E extends EntityName> = E extends EntityName
  ? RecordOf<(typeof DEFINITIONS)[E]['fields']>
  : never;
/** A record of any entity (a union: narrow it by its entity). */
export type AnyRecord = EntityRecord<EntityName>;
/**
 * A record whose entity is known only at run time: the union of every record type, with the other
 * fields readable as `unknown`. What generic code (a table of any entity) holds.
 */
export type SomeRecord = AnyRecord & Record<string, unknown>;
/** `EntityRecord<E>` for one entity, `SomeRecord` when E is the whole `EntityName` union. */
export type RecordOfEntity<E extends EntityName> = [EntityName] extends [E] ? SomeRecord : EntityRecord<E>;

/** An entity definition seen without its literal types (for code that handles every entity alike). */
export interface EntitySpec extends Omit<EntityDefinition, 'name'> {
  name: EntityName;
}

export const ENTITIES: { readonly [E in EntityName]: EntitySpec } = DEFINITIONS;

/** The entities this one refers to (`refersTo` of its definition). */
export const refersTo = (entity: EntityName): readonly EntityName[] =>
  (ENTITIES[entity].refersTo ?? []) as readonly EntityName[];

/**
 * The entities in registry order, except that `a` goes before `b` when `mustPrecede(a, b)`: each
 * step takes the first entity (in registry order) that no remaining entity must precede.
 */
function ordered(mustPrecede: (a: EntityName, b: EntityName) => boolean): readonly EntityName[] {
  const left = [...ENTITY_NAMES];
  const out: EntityName[] = [];
  while (left.length) {
    const i = left.findIndex((e) => !left.some((o) => o !== e && mustPrecede(o, e)));
    if (i < 0) throw new Error(`entities refer to each other in a cycle: ${left.join(', ')}`);
    out.push(...left.splice(i, 1));
  }
  return out;
}

/** Import (validation) order: an entity after those it refers to, so a bundle's measures find its plans. */
export const IMPORT_ORDER: readonly EntityName[] = ordered((a, b) => refersTo(b).includes(a));

/**
 * The entities recognised by a file name, with their words, in the order they are tried (the first
 * match wins): an entity before those it refers to ("Plan åtgärder.csv" is measures).
 */
export const NAME_WORDS: readonly (readonly [EntityName, readonly string[]])[] = ordered((a, b) =>
  refersTo(a).includes(b),
)
  .filter((e) => ENTITIES[e].nameWords?.length)
  .map((e) => [e, ENTITIES[e].nameWords!] as const);

/** Tables whose records belong to one municipality (`kommunkod`): stored in one chunk per municipality. */
export const byMunicipality = (entity: EntityName): boolean =>
  ENTITIES[entity].fields.some((f) => f.key === 'kommunkod');

/** The empty value of a field: `[]` for a list, `null` for a number, `false` for a yes/no, else `''`. */
export function emptyValue(type: FieldType): unknown {
  if (type === 'themes' || type === 'list' || type === 'kommunList') return [];
  if (type === 'bool') return false;
  if (type === 'number') return null;
  return '';
}

/**
 * A record of an entity with every field empty (what builders and test factories start from, so
 * a new field needs no edit there). Required fields are empty too: the caller fills them.
 */
export function emptyRecord<E extends EntityName>(entity: E): EntityRecord<E> {
  const out: Record<string, unknown> = {};
  for (const f of ENTITIES[entity].fields) out[f.key] = emptyValue(f.type);
  return out as EntityRecord<E>;
}

/**
 * A stored record with the fields it lacks filled with their empty values (a record stored before
 * the field existed: no database version needed). The same object when nothing lacks; other
 * properties (the revision) are kept.
 */
export function restoreRecord<T extends object>(entity: EntityName, stored: T): T {
  let out: Record<string, unknown> | undefined;
  for (const f of ENTITIES[entity].fields) {
    if (f.key in stored) continue;
    out ??= { ...stored } as Record<string, unknown>;
    out[f.key] = emptyValue(f.type);
  }
  return (out as T | undefined) ?? stored;
}

/** Fields of the primary key, in order. */
export function keyFields(entity: EntityName): readonly string[] {
  return ENTITIES[entity].key;
}

/** A primary key as IndexedDB holds it: the id, or the array of a compound key. */
export type StoreKey = string | string[];

const fieldValue = (record: object, key: string) => String((record as Record<string, unknown>)[key] ?? '');

/**
 * The identity of a record as one string: its id, or for a compound key the JSON array of the key
 * values (`["kpi","0180","2015"]`, the form kept in the import history, so it must not change).
 */
export function keyOf(entity: EntityName, record: object): string {
  const fields = keyFields(entity);
  return fields.length === 1 ? fieldValue(record, fields[0]) : JSON.stringify(fields.map((k) => fieldValue(record, k)));
}

/** The primary key as the store (Dexie) takes it. */
export function storeKeyOf(entity: EntityName, record: object): StoreKey {
  const fields = keyFields(entity);
  return fields.length === 1 ? fieldValue(record, fields[0]) : fields.map((k) => fieldValue(record, k));
}

/** A `keyOf` string back to the store key. */
export function storeKeyFromKey(entity: EntityName, key: string): StoreKey {
  return keyFields(entity).length === 1 ? key : (JSON.parse(key) as string[]);
}

/** The key for people to read in a message: the id, or the key values joined by `|`. */
export function keyText(entity: EntityName, record: object): string {
  return keyFields(entity)
    .map((k) => fieldValue(record, k))
    .join('|');
}

/** The store definition (Dexie `stores()` syntax): primary key first, then the indexes. */
export function storeSchema(entity: EntityName): string {
  const { key, indexes } = ENTITIES[entity];
  const primary = key.length === 1 ? key[0] : `[${key.join('+')}]`;
  return [primary, ...indexes].join(', ');
}

/** CSV columns (headers) in file order. */
export function csvColumns(entity: EntityName): string[] {
  return ENTITIES[entity].fields.map((f) => f.key);
}

/** The field of an entity with this key. */
export function fieldOf(entity: EntityName, key: string): FieldSpec | undefined {
  return ENTITIES[entity].fields.find((f) => f.key === key);
}

/** Fields of the edit form, in order (those the app maintains are left out). */
export function formFields(entity: EntityName): FieldSpec[] {
  return ENTITIES[entity].fields.filter((f) => !f.hidden);
}

/** Fields shown as table columns by default. */
export function tableFields(entity: EntityName): FieldSpec[] {
  return ENTITIES[entity].fields.filter((f) => f.column);
}

/**
 * The name of an entity's table in files: its CSV file name without `.csv` ("planer") — the
 * bundle's resource name, the workbook's sheet name.
 */
export function tableName(entity: EntityName): string {
  return ENTITIES[entity].file.replace(/\.csv$/, '');
}

/** The entity whose CSV file this is (by exact file name, e.g. "planer.csv"). */
export function entityOfFile(file: string): EntityName | undefined {
  return ENTITY_NAMES.find((e) => ENTITIES[e].file === file);
}

/**
 * i18n keys of an entity: its fields' labels (`fields.<key>` in sv.ts/en.ts) and, when it has them,
 * its plural and singular names (`entities.<labelKey>`, `entities.<nounKey>`).
 */
export function labelKeys(entity: EntityName): { fields: string[]; entity?: string; noun?: string } {
  return { fields: csvColumns(entity), entity: ENTITIES[entity].labelKey, noun: ENTITIES[entity].nounKey };
}

/** The entities edited in Data, in the order of its tabs (`dataTab`). */
export const DATA_TABLES: readonly EntityName[] = ENTITY_NAMES.filter((e) => ENTITIES[e].dataTab !== undefined).sort(
  (a, b) => ENTITIES[a].dataTab! - ENTITIES[b].dataTab!,
);
