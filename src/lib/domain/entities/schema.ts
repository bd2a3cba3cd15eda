/**
 * The Frictionless Table Schema of an entity (datapackage.json), derived from its definition.
 * Texts (titles, descriptions) come from the caller, so this stays free of the i18n layer.
 * Keys are written in a fixed order, so the same definition always gives the same JSON.
 */
import { ENTITIES, keyFields, type EntityName, type FieldSpec } from './index';
import { enumCodes } from './enums';

export const KOMMUN_PATTERN = '^\\d{4}$';
export const KOMMUN_LIST_PATTERN = '^\\d{4}(\\|\\d{4})*$';
export const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

export interface SchemaTexts {
  /** The title of a field (its label), or undefined for none. */
  title: (key: string) => string | undefined;
  /** Description of a date field (the precisions accepted). */
  date: string;
  /** Description of a multi-valued field (joined by |). */
  list: string;
  /** Description of a timestamp field (the ISO 8601 forms accepted). */
  timestamp?: string;
}

export type SchemaField = Record<string, unknown>;

/** Table Schema field descriptor of one field. */
export function schemaField(spec: FieldSpec, texts: SchemaTexts): SchemaField {
  const field: Record<string, unknown> = { name: spec.key };
  const title = texts.title(spec.key);
  if (title) field.title = title;
  const constraints: Record<string, unknown> = {};
  if (spec.required) constraints.required = true;

  switch (spec.type) {
    case 'kommun':
    case 'kommunOptional':
      field.type = 'string';
      constraints.pattern = KOMMUN_PATTERN;
      break;
    case 'date':
      field.type = 'string';
      field.description = texts.date;
      constraints.pattern = DATE_PATTERN;
      break;
    case 'timestamp':
      // ISO 8601 with or without seconds, milliseconds and an offset (what `uppdaterad` holds):
      // the default format allows none of these but whole seconds in UTC.
      field.type = 'datetime';
      field.format = 'any';
      if (texts.timestamp) field.description = texts.timestamp;
      break;
    case 'number':
      if (spec.whole) field.type = 'integer';
      else {
        field.type = 'number';
        field.decimalChar = ',';
      }
      if (spec.min !== undefined) constraints.minimum = spec.min;
      if (spec.max !== undefined) constraints.maximum = spec.max;
      break;
    case 'bool':
      field.type = 'boolean';
      field.trueValues = ['ja'];
      field.falseValues = ['nej'];
      break;
    case 'enum':
      field.type = 'string';
      constraints.enum = spec.enumKind ? enumCodes(spec.enumKind) : [];
      break;
    case 'kommunList':
      field.type = 'string';
      field.description = texts.list;
      constraints.pattern = KOMMUN_LIST_PATTERN;
      break;
    case 'themes':
    case 'list':
      field.type = 'string';
      field.description = texts.list;
      break;
    default:
      // id, text, longtext, planRef, regionRef, link, colour
      field.type = 'string';
  }
  // `type` right after name/title whatever the branch, for a stable, readable order.
  const ordered: Record<string, unknown> = { name: field.name };
  if (field.title !== undefined) ordered.title = field.title;
  ordered.type = field.type;
  for (const [k, v] of Object.entries(field)) if (!(k in ordered)) ordered[k] = v;
  if (Object.keys(constraints).length) {
    // required first, then pattern, enum, minimum, maximum.
    const c: Record<string, unknown> = {};
    for (const k of ['required', 'pattern', 'enum', 'minimum', 'maximum']) if (k in constraints) c[k] = constraints[k];
    ordered.constraints = c;
  }
  return ordered;
}

/** The Table Schema of an entity: its fields in CSV order and its primary key. */
export function tableSchema(
  entity: EntityName,
  texts: SchemaTexts,
): { fields: SchemaField[]; primaryKey: string | string[] } {
  const key = keyFields(entity);
  return {
    fields: ENTITIES[entity].fields.map((f) => schemaField(f, texts)),
    primaryKey: key.length === 1 ? key[0] : [...key],
  };
}
