/**
 * Header mapping and entity recognition. Headers are the Swedish field names of DATA.md; the
 * English names are aliases; any case, with or without diacritics, with surrounding spaces.
 */
import { aliasesOf, ENTITIES, ENTITY_NAMES, tableName, type EntityName } from '$lib/domain/entities';
import { fold } from '$lib/domain/text';

/** Header text → comparable key ("Planerat klart" → "planerat_klart", "Källa" → "kalla"). */
const normalizeHeader = (h: string) => fold(h, '_');

export interface HeaderMapping {
  /** Per column of the file: the field it fills, or null when it is not used. */
  fields: (string | null)[];
  /** Headers that match no field (ignored, reported as warnings). */
  unknown: string[];
  /** Required fields of the entity with no column. */
  missingRequired: string[];
}

/** Map a file's headers to the fields of an entity. An exact field name wins over an alias. */
export function mapHeaders(entity: EntityName, headers: string[]): HeaderMapping {
  const spec = ENTITIES[entity];
  const norm = headers.map(normalizeHeader);
  const fields: (string | null)[] = norm.map(() => null);
  const taken = new Set<string>();
  // Pass 1: exact field names; pass 2: aliases (so "start" means `start` in measures, `startdatum` in plans).
  for (const pass of [0, 1]) {
    norm.forEach((h, i) => {
      if (fields[i]) return;
      const field = spec.fields.find((f) => !taken.has(f.key) && (pass === 0 ? f.key === h : aliasesOf(f).includes(h)));
      if (field) {
        fields[i] = field.key;
        taken.add(field.key);
      }
    });
  }
  return {
    fields,
    unknown: headers.filter((_, i) => !fields[i]),
    missingRequired: spec.fields.filter((f) => f.required && !taken.has(f.key) && f.type !== 'id').map((f) => f.key),
  };
}

/** The entity whose CSV file name this is ("planer.csv", "Planer (2).csv", "planatlas/atgarder.csv"). */
export function entityFromFileName(name: string): EntityName | null {
  const base = fold(name.split(/[\\/]/).pop()!);
  const stem = base
    .replace(/\.(csv|tsv|txt)$/, '')
    .replace(/[\s_-]*(\(\d+\)|\d+)$/, '')
    .trim();
  return ENTITY_NAMES.find((e) => fold(tableName(e)) === stem) ?? null;
}

/**
 * Recognise the entity of a CSV from its headers: the entity whose required fields are all present
 * and that explains the most columns. Returns null when no entity fits.
 */
export function detectEntity(headers: string[], fileName = ''): EntityName | null {
  const byName = entityFromFileName(fileName);
  if (byName && mapHeaders(byName, headers).missingRequired.length === 0) return byName;
  let best: { entity: EntityName; score: number } | null = null;
  for (const entity of ENTITY_NAMES) {
    const m = mapHeaders(entity, headers);
    if (m.missingRequired.length) continue;
    const matched = m.fields.filter(Boolean).length;
    // Columns explained minus columns left over; ties go to the entity with fewer fields (the more specific one).
    const score = matched * 10 - m.unknown.length * 10 - ENTITIES[entity].fields.length;
    if (matched > 0 && (!best || score > best.score)) best = { entity, score };
  }
  return best?.entity ?? byName;
}
