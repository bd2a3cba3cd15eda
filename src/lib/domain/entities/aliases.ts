/**
 * Header aliases: what else a CSV column of a field may be called (the English names, and a few
 * common Swedish ones), folded (`fold(h, '_')`). Shared by field key across entities; a field can add
 * its own with the `aliases` option of its definition.
 */
import type { FieldSpec } from './define';

/** English (and a few common Swedish) aliases, folded, per field key. */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['id', 'identifier'],
  kommunkod: ['kommunkod', 'kommun', 'municipality', 'municipality_code', 'kommun_kod', 'knkod', 'kom_kod'],
  titel: ['titel', 'title', 'rubrik'],
  status: ['status'],
  startdatum: ['startdatum', 'start_date', 'start'],
  planerat_klart: ['planerat_klart', 'planned_completion', 'planned_end', 'due_date', 'due'],
  antagen: ['antagen', 'adopted', 'adopted_date', 'antagen_datum'],
  uppfoljning: ['uppfoljning', 'follow_up', 'followup', 'review'],
  ansvarig: ['ansvarig', 'responsible', 'owner'],
  lank: ['lank', 'link', 'url'],
  beskrivning: ['beskrivning', 'description'],
  kalla: ['kalla', 'source'],
  uppdaterad: ['uppdaterad', 'updated', 'updated_at', 'last_modified', 'modified'],
  plan_id: ['plan_id', 'plan'],
  teman: ['teman', 'tema', 'themes', 'theme'],
  start: ['start', 'start_date', 'startdatum'],
  slut: ['slut', 'end', 'end_date', 'slutdatum'],
  samverkan: ['samverkan', 'partners', 'cooperation', 'collaboration'],
  region_id: ['region_id', 'region'],
  datum: ['datum', 'date'],
  slutdatum: ['slutdatum', 'end_date', 'end'],
  typ: ['typ', 'type'],
  mottagare: ['mottagare', 'recipient'],
  text: ['text'],
  namn: ['namn', 'name'],
  farg: ['farg', 'colour', 'color'],
  overordnat: ['overordnat', 'parent'],
  nyckelord: ['nyckelord', 'keywords'],
  kommunkoder: ['kommunkoder', 'municipality_codes', 'municipalities', 'kommuner'],
  enhet: ['enhet', 'unit'],
  hogre_ar_battre: ['hogre_ar_battre', 'higher_is_better'],
  indikator: ['indikator', 'indicator', 'kpi'],
  period: ['period', 'year', 'ar'],
  varde: ['varde', 'value'],
};

/** Every header (folded) that maps to a field besides its own key. */
export function aliasesOf(field: FieldSpec): readonly string[] {
  const shared = ALIASES[field.key] ?? [];
  return field.aliases?.length ? [...shared, ...field.aliases] : shared;
}
