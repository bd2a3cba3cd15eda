/** Turning stored values into display text for tables and search, in the language of the context. Pure. */
import { formatDate } from './dates';
import { fieldOf, type EntityName } from './entities';
import { ENTITIES } from './entities';
import { enumLabel } from './model';
import type { Register } from './municipalities';
import type { SortValue } from './text';

export interface DisplayContext {
  /** Language of dates and enumeration labels (the active language of the i18n layer). */
  lang?: 'sv' | 'en';
  register: Register;
  themeNames: Map<string, string>;
  planTitles: Map<string, string>;
  regionNames: Map<string, string>;
}

let fallbackLang: 'sv' | 'en' = 'sv';

/**
 * @deprecated Transitional: the language used when a context has no `lang`. The i18n layer sets it
 * once at start (lib/i18n/index.ts); callers should pass `lang` in their DisplayContext instead.
 */
export function setDisplayLanguage(lang: 'sv' | 'en'): void {
  fallbackLang = lang;
}

export function displayValue(entity: EntityName, key: string, value: unknown, ctx: DisplayContext): string {
  const field = fieldOf(entity, key);
  if (value == null || value === '') return '';
  switch (field?.type) {
    case 'kommun':
    case 'kommunOptional':
      return ctx.register.name(String(value));
    case 'kommunList': {
      const codes = value as string[];
      const names = codes.map((c) => ctx.register.name(c));
      return names.length > 4 ? `${names.slice(0, 4).join(', ')} … (${names.length})` : names.join(', ');
    }
    case 'date':
      return formatDate(String(value), ctx.lang ?? fallbackLang);
    case 'enum':
      return enumLabel(field.enumKind!, String(value), ctx.lang ?? fallbackLang);
    case 'themes':
      return (value as string[]).map((id) => ctx.themeNames.get(id) ?? id).join(', ');
    case 'list':
      return (value as string[]).join(', ');
    case 'planRef':
      return ctx.planTitles.get(String(value)) ?? String(value);
    case 'regionRef':
      return ctx.regionNames.get(String(value)) ?? ctx.register.county(String(value))?.name ?? String(value);
    case 'timestamp':
      return String(value).slice(0, 16).replace('T', ' ');
    case 'bool':
      return value ? 'ja' : 'nej';
    default:
      return String(value);
  }
}

/**
 * Sort key, compared as strings: dates and timestamps by their canonical text (which orders
 * chronologically across precisions), numbers as fixed-width text, everything else by its display text.
 */
export function sortKey(entity: EntityName, key: string, value: unknown, ctx: DisplayContext): string {
  const field = fieldOf(entity, key);
  if (field?.type === 'date' || field?.type === 'timestamp') return value ? String(value) : '';
  if (field?.type === 'number') return typeof value === 'number' ? (value + 1e12).toFixed(6).padStart(24, '0') : '';
  return displayValue(entity, key, value, ctx).toLocaleLowerCase('sv');
}

/**
 * Sort value for `sortBy` (domain/text.ts): numbers as numbers, dates and timestamps by their
 * canonical text (chronological across precisions), everything else by its display text.
 */
export function sortValue(entity: EntityName, key: string, value: unknown, ctx: DisplayContext): SortValue {
  const field = fieldOf(entity, key);
  if (field?.type === 'number') return typeof value === 'number' ? value : null;
  if (field?.type === 'date' || field?.type === 'timestamp') return value ? String(value) : '';
  return displayValue(entity, key, value, ctx);
}

/** Does a record match a free-text search? All words must occur in some field's display text. */
export function matchesSearch(entity: EntityName, record: object, query: string, ctx: DisplayContext): boolean {
  const words = query.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = ENTITIES[entity].fields
    .map((f) => {
      const v = (record as Record<string, unknown>)[f.key];
      return `${displayValue(entity, f.key, v, ctx)} ${Array.isArray(v) ? '' : (v ?? '')}`;
    })
    .join(' ')
    .toLocaleLowerCase('sv');
  return words.every((w) => hay.includes(w));
}

const LIST_TYPES = new Set(['kommunList', 'themes', 'list']);

/**
 * A value as the import preview shows it in "before → after": the preview holds each side as text
 * (lists joined by ", "), so lists are split back before their labels are looked up. Codes become
 * labels (status, themes, municipalities, plans) in the context's language; unknown fields stay as they are.
 */
export function changeText(entity: EntityName, key: string, text: string, ctx: DisplayContext): string {
  if (!text) return '';
  const field = fieldOf(entity, key);
  if (!field) return text;
  const en = (ctx.lang ?? fallbackLang) === 'en';
  if (field.type === 'bool') return text === 'true' ? (en ? 'yes' : 'ja') : en ? 'no' : 'nej';
  const value: unknown = LIST_TYPES.has(field.type) ? text.split(', ') : text;
  return displayValue(entity, key, value, ctx);
}
