/**
 * What a history entry changed, stored apart from the entry's summary, in slices of at most
 * SLICE keys: the history the views list stays small, and a 100 000-row import writes its undo
 * information in many small records rather than one large one.
 */
import type { ChangeSet } from '$lib/domain/model';

export type { ChangeSet };

export interface StoredChange extends ChangeSet {
  key: string;
  entry: string;
}

export const SLICE = 2000;

export const changeKey = (entry: string, i: number): string => `${entry}|${String(i).padStart(6, '0')}`;
export const changeRange = (entry: string): [string, string] => [`${entry}|`, `${entry}|\uffff`];

/** Split a change set into slices of at most `size` keys; `keyOf` gives an overwritten record's key. */
export function sliceChange(c: ChangeSet, keyOf: (r: unknown) => string, size = SLICE): ChangeSet[] {
  if (c.added.length + c.overwritten.length <= size) return [c];
  const sub = (ks: string[], m?: Record<string, number>) => {
    const o: Record<string, number> = {};
    if (m) for (const k of ks) if (k in m) o[k] = m[k];
    return o;
  };
  const out: ChangeSet[] = [];
  const parts = c.parts ? { parts: c.parts } : {};
  for (let i = 0; i < c.added.length; i += size) {
    const added = c.added.slice(i, i + size);
    out.push({
      table: c.table,
      added,
      overwritten: [],
      left: sub(added, c.left),
      prior: sub(added, c.prior),
      ...parts,
    });
  }
  for (let i = 0; i < c.overwritten.length; i += size) {
    const overwritten = c.overwritten.slice(i, i + size);
    const ks = overwritten.map(keyOf);
    out.push({ table: c.table, added: [], overwritten, left: sub(ks, c.left), prior: sub(ks, c.prior), ...parts });
  }
  return out;
}
