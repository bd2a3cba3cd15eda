/**
 * A form's record changed elsewhere (another tab, an import) after the form opened: which fields
 * differ between what the person has typed and the stored version, shown as text the form uses.
 */
import { ENTITIES, toRaw, type EntityName } from '$lib/domain/records';
import { register } from '$lib/domain/register';

export interface FieldDiff {
  key: string;
  mine: string;
  theirs: string;
}

/** A record as the form shows it: raw strings, municipality codes as names. */
export function formValues(entity: EntityName, record: Record<string, unknown>): Record<string, string> {
  const raw = toRaw(entity, record);
  for (const f of ENTITIES[entity].fields) {
    if ((f.type === 'kommun' || f.type === 'kommunOptional') && raw[f.key]) raw[f.key] = register.name(raw[f.key]);
  }
  return raw;
}

/** The visible fields whose value differs; `theirs` null (deleted elsewhere) makes every non-empty field differ. */
export function diffFields(
  entity: EntityName,
  mine: Record<string, string>,
  theirs: Record<string, unknown> | null,
): FieldDiff[] {
  const other = theirs ? formValues(entity, theirs) : {};
  const norm = (s: string | undefined) => (s ?? '').trim();
  return ENTITIES[entity].fields
    .filter((f) => !f.hidden)
    .map((f) => ({ key: f.key, mine: norm(mine[f.key]), theirs: norm(other[f.key]) }))
    .filter((d) => d.mine !== d.theirs);
}

/** The revision of a live record (undefined for a record not yet saved). */
export const revision = (r: Record<string, unknown> | null | undefined): number | undefined =>
  r && typeof r.rev === 'number' ? r.rev : undefined;
