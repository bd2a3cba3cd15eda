/**
 * The import preview's content, pure: per table what the import will do (new, changed, unchanged,
 * conflicts) and which records change, field by field, from the merge plan's before/after.
 */
import type { EntityName } from '$lib/domain/records';
import { ENTITIES } from '$lib/domain/records';
import { NOT_CONTENT, type TablePlan } from '$lib/domain/merge';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface RecordChange {
  key: string;
  title: string;
  fields: FieldChange[];
}

export interface TableEffect {
  entity: EntityName;
  add: number;
  update: number;
  unchanged: number;
  conflicts: number;
  /** The first changed records (at most `limit`), each with its changed fields. */
  changes: RecordChange[];
}

const text = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : v === null || v === undefined ? '' : String(v));

/** The fields whose content differs (NOT_CONTENT aside), in the entity's field order. */
export function changedFields(
  entity: EntityName,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  const order = ENTITIES[entity].fields.map((f) => f.key);
  const keys = [...new Set([...order, ...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !NOT_CONTENT.has(k),
  );
  return keys
    .map((field) => ({ field, before: text(before[field]), after: text(after[field]) }))
    .filter((c) => c.before !== c.after);
}

/** One line per table in processing order, with the first `limit` changed records. */
export function importEffects(plans: TablePlan[], limit = 20): TableEffect[] {
  return plans.map((p) => {
    const titleField = ENTITIES[p.table].titleField;
    return {
      entity: p.table,
      add: p.add.length,
      update: p.update.length,
      unchanged: p.unchanged,
      conflicts: p.conflicts,
      changes: p.update.slice(0, limit).map(({ key, before, after }) => {
        const b = before as Record<string, unknown>;
        const a = after as Record<string, unknown>;
        return { key, title: text(a[titleField] ?? a.id), fields: changedFields(p.table, b, a) };
      }),
    };
  });
}
