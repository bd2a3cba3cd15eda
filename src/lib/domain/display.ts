/** Turning stored values into display text for tables and search (Swedish). Pure. */
import { enumText, fmtDate } from '../i18n/format';
import { ENTITIES, type EntityName } from './records';
import type { Register } from './municipalities';

export interface DisplayContext {
  register: Register;
  themeNames: Map<string, string>;
  planTitles: Map<string, string>;
  regionNames: Map<string, string>;
}

export function displayValue(entity: EntityName, key: string, value: unknown, ctx: DisplayContext): string {
  const field = ENTITIES[entity].fields.find((f) => f.key === key);
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
      return fmtDate(String(value));
    case 'enum':
      return enumText(field.enumKind!, String(value));
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
  const field = ENTITIES[entity].fields.find((f) => f.key === key);
  if (field?.type === 'date' || field?.type === 'timestamp') return value ? String(value) : '';
  if (field?.type === 'number') return typeof value === 'number' ? (value + 1e12).toFixed(6).padStart(24, '0') : '';
  return displayValue(entity, key, value, ctx).toLocaleLowerCase('sv');
}

/** Does a record match a free-text search? All words must occur in some field's display text. */
export function matchesSearch(entity: EntityName, record: Record<string, unknown>, query: string, ctx: DisplayContext): boolean {
  const words = query.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = ENTITIES[entity].fields
    .map((f) => `${displayValue(entity, f.key, record[f.key], ctx)} ${Array.isArray(record[f.key]) ? '' : (record[f.key] ?? '')}`)
    .join(' ')
    .toLocaleLowerCase('sv');
  return words.every((w) => hay.includes(w));
}
