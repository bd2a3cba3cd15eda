import { storedRows } from '$lib/db/importer';
import { recordKey, type Rec } from '$lib/domain/merge';
import type { EntityName } from '$lib/domain/records';

/**
 * The stored rows (with `rev`, as stored) with the keys of `incoming`, keyed by recordKey: the
 * `before` of a merge plan, as the import's preview hands it.
 */
export async function storedFor(table: EntityName, incoming: Rec[]): Promise<Map<string, Rec>> {
  return storedRows(table, new Set(incoming.map((r) => recordKey(table, r))));
}
