/**
 * What a history entry changed, stored apart from the entry's summary, in slices of at most
 * SLICE keys: the history the views list stays small, and a 100 000-row import writes its undo
 * information in many small records rather than one large one.
 *
 * Two stored shapes. Entries written before 2026-12-07 store a ChangeSet as it is (`left` and
 * `prior` objects keyed by record key, the overwritten records as objects). Since then a slice is
 * stored packed (`v: 2`, PackedChange): the revisions as arrays parallel to the keys (one number
 * when all are the same) and the overwritten records as columns (rowColumns.ts), those of few
 * distinct values as a dictionary and an index per row: no dictionary of 2 000 keys to build, and
 * far fewer values to structured-clone. Reading takes both
 * (`unpackChange`): what an entry changed reads back as the same ChangeSet.
 */
import type { ChangeSet } from '$lib/domain/model';
import { fromColumns, toColumns, withDictionaries, type RowColumns } from './rowColumns';

export type { ChangeSet };

/** A slice of what an entry changed, as stored since 2026-12-07 (see above). */
export interface PackedChange {
  v: 2;
  table: string;
  /** Keys of the records the entry added (absent before). */
  added: string[];
  /**
   * The records the entry overwrote or removed, as they were (without revision), as columns; a column
   * of few distinct strings or string arrays as a dictionary (rowColumns.ts `withDictionaries`).
   */
  over: RowColumns;
  /**
   * The revision each key was left at (0 = absent, -1 = unknown), in the order of `added` then of
   * the records of `over`; one number when every key has it.
   */
  left: number | number[];
  /** The revision each key had before (0 = absent, -1 = unknown), in the same order or one number. */
  prior: number | number[];
  /** As ChangeSet.parts. */
  parts?: string[];
}

interface Stored {
  key: string;
  entry: string;
}

/** A record of the `changes` store: a slice in either shape. */
export type StoredChange = Stored & (ChangeSet | PackedChange);

/** A stored slice read back as a ChangeSet (whatever its stored shape), with its key and entry. */
export type EntryChange = Stored & ChangeSet;

export const SLICE = 2000;

export const changeKey = (entry: string, i: number): string => `${entry}|${String(i).padStart(6, '0')}`;
export const changeRange = (entry: string): [string, string] => [`${entry}|`, `${entry}|\uffff`];

/** Is a stored slice in the packed shape? */
export const isPacked = (c: ChangeSet | PackedChange): c is PackedChange => (c as PackedChange).v === 2;

/** Revisions one at a time, then as one number when they are all the same, else as an array. */
export class Revisions {
  private list: number[] = [];
  push(rev: number): void {
    this.list.push(rev);
  }
  done(): number | number[] {
    const l = this.list;
    for (let i = 1; i < l.length; i++) if (l[i] !== l[0]) return l;
    return l.length ? l[0] : 0;
  }
}

/** The i-th of packed revisions. */
const revAt = (revs: number | number[], i: number): number => (typeof revs === 'number' ? revs : (revs[i] ?? -1));

/** A change set packed (one slice: cut it with sliceChange first). `keyOf` gives an overwritten record's key. */
export function packChange(c: ChangeSet, keyOf: (r: unknown) => string): PackedChange {
  const left = new Revisions();
  const prior = new Revisions();
  const note = (k: string) => {
    left.push(c.left?.[k] ?? -1);
    prior.push(c.prior?.[k] ?? -1);
  };
  for (const k of c.added) note(k);
  for (const r of c.overwritten) note(keyOf(r));
  return {
    v: 2,
    table: c.table,
    added: c.added,
    over: withDictionaries(toColumns(c.overwritten as Record<string, unknown>[])),
    left: left.done(),
    prior: prior.done(),
    ...(c.parts ? { parts: c.parts } : {}),
  };
}

/** A stored slice (either shape) as a ChangeSet; `keyOf` gives an overwritten record's key. */
export function unpackChange<T extends ChangeSet | PackedChange>(
  c: T,
  keyOf: (r: unknown) => string,
): Omit<T, keyof PackedChange> & ChangeSet {
  if (!isPacked(c)) return c as Omit<T, keyof PackedChange> & ChangeSet;
  const { v: _v, over, left: l, prior: p, added, table, parts, ...rest } = c;
  const overwritten = fromColumns(over);
  const left: Record<string, number> = {};
  const prior: Record<string, number> = {};
  let i = 0;
  const note = (k: string) => {
    left[k] = revAt(l, i);
    prior[k] = revAt(p, i++);
  };
  for (const k of added) note(k);
  for (const r of overwritten) note(keyOf(r));
  return { ...rest, table, added, overwritten, left, prior, ...(parts ? { parts } : {}) } as Omit<
    T,
    keyof PackedChange
  > &
    ChangeSet;
}

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
