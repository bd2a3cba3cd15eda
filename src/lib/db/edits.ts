/**
 * Hand edits in the history (docs/RELIABILITY.md 30–33): every save and delete made in a form writes a
 * history entry of kind `redigering`, in the same transaction as the write and in the same
 * change-set format as an import, so the one undo (history.ts) undoes it with the same rules.
 *
 * Bounded: the history keeps the latest MAX_EDITS hand-edit entries (imports are never pruned);
 * writing one more deletes the oldest, with what it changed. Hand-edit ids sort by time
 * (`red-<ISO time>-<random>`), so the oldest are found by key range without reading summaries.
 */
import { ENTITIES } from '$lib/domain/records';
import { db } from './db';
import { keyOf, partOf, revOf, withoutRev, type ChunkSet, type RecordTable, type StoredRow } from './chunks';
import type { ChangeSet } from './changes';
import { changeRange } from './changes';
import { writeEntry, type EditLabel, type HistoryEntry } from './history';

export type { EditLabel, EditOp } from './history';

/** Hand-edit entries kept in the history; the oldest beyond are deleted. */
export const MAX_EDITS = 200;
export const EDIT_PREFIX = 'red-';

/** What a hand edit wrote: its history entry (for "Ångra") and its label. */
export interface EditInfo {
  id: string;
  label: EditLabel;
}

interface Touch {
  table: RecordTable;
  key: string;
  before: StoredRow | null;
  prior: number;
  left: number;
  parts: Set<string>;
}

/**
 * Writes through chunk sets while noting, per key, the version before the first write and the
 * revision after the last: what a history entry needs to undo the edit.
 */
export class EditRecorder {
  private touched = new Map<string, Touch>();

  put(set: ChunkSet, row: Record<string, unknown>): number {
    const t = this.touch(set, keyOf(set.table, row));
    const rev = set.put(row);
    t.left = rev;
    t.parts.add(partOf(set.table, row));
    return rev;
  }

  delete(set: ChunkSet, key: string): boolean {
    const t = this.touch(set, key);
    const done = set.delete(key);
    if (done) t.left = 0;
    return done;
  }

  private touch(set: ChunkSet, key: string): Touch {
    const id = `${set.table}\u0000${key}`;
    let t = this.touched.get(id);
    if (!t) {
      const cur = set.get(key);
      t = {
        table: set.table,
        key,
        before: cur ? withoutRev(cur) : null,
        prior: revOf(cur),
        left: revOf(cur),
        parts: new Set(cur ? [partOf(set.table, cur)] : []),
      };
      this.touched.set(id, t);
    }
    return t;
  }

  /** The change sets of what was written (a record added and deleted again, or never touched, is left out). */
  changeSets(): ChangeSet[] {
    const out = new Map<RecordTable, ChangeSet & { parts: string[] }>();
    for (const t of this.touched.values()) {
      if (t.left === t.prior) continue;
      const c =
        out.get(t.table) ??
        out.set(t.table, { table: t.table, added: [], overwritten: [], left: {}, prior: {}, parts: [] }).get(t.table)!;
      if (t.before) c.overwritten.push(t.before);
      else c.added.push(t.key);
      c.left![t.key] = t.left;
      c.prior![t.key] = t.prior;
      for (const p of t.parts) if (!c.parts.includes(p)) c.parts.push(p);
    }
    return [...out.values()];
  }
}

/** The title of a record for a label ("Ändrade åtgärd 'X'"). */
export function titleOf(table: RecordTable, row: Record<string, unknown> | null | undefined): string {
  if (!row) return '';
  const field = ENTITIES[table]?.titleField;
  const v = field ? row[field] : undefined;
  const s = v === undefined || v === null || v === '' ? String(row.id ?? '') : String(v);
  return s.length > 80 ? `${s.slice(0, 78)}…` : s;
}

/**
 * Inside the caller's transaction (which must include chunks, imports and changes): write the
 * history entry of a hand edit and prune the oldest beyond MAX_EDITS. Null when nothing changed.
 */
export async function writeEdit(label: EditLabel, rec: EditRecorder, now: string): Promise<EditInfo | null> {
  const sets = rec.changeSets();
  if (!sets.length) return null;
  const id = `${EDIT_PREFIX}${now}-${Math.random().toString(36).slice(2, 8)}`;
  const entry: HistoryEntry = {
    id,
    fil: label.title,
    tid: now,
    kalla: 'redigering',
    antal: {
      nya: sets.reduce((n, c) => n + c.added.length, 0),
      andrade: sets.reduce((n, c) => n + c.overwritten.length, 0),
      oforandrade: 0,
      konflikter: 0,
    },
    andringar: [],
    slag: 'redigering',
    redigering: label,
  };
  await writeEntry(entry, sets);
  await pruneEdits();
  return { id, label };
}

/** Delete the oldest hand-edit entries beyond `max` (with what they changed). */
export async function pruneEdits(max = MAX_EDITS): Promise<number> {
  const range = db.imports.where('id').startsWith(EDIT_PREFIX);
  const n = await range.count();
  if (n <= max) return 0;
  const old = (await db.imports
    .where('id')
    .startsWith(EDIT_PREFIX)
    .limit(n - max)
    .primaryKeys()) as string[];
  for (const id of old) {
    const [lo, hi] = changeRange(id);
    await db.changes.where('key').between(lo, hi, true, true).delete();
  }
  await db.imports.bulkDelete(old);
  return old.length;
}

/** Is a history entry a hand edit? */
export const isEdit = (e: Pick<HistoryEntry, 'slag'>): boolean => e.slag === 'redigering';
