/**
 * Typed reads and writes. Every change that touches more than one record is one
 * transaction: all of it is written, or nothing is. Every write stamps the next revision.
 * Every hand save and delete writes its history entry (edits.ts) in the same transaction,
 * so "Ångra" undoes it through the one undo of history.ts.
 */
import { exampleData } from '$lib/domain/example';
import type { BoundaryFile, Measure, NationalRequest, Region, Theme } from '$lib/domain/model';
import type { Register } from '$lib/domain/municipalities';
import type { EntityName } from '$lib/domain/records';
import { defaultThemes, mergeKeywords, replaceTheme } from '$lib/domain/themes';
import { db } from './db';
import { keyOf, partOf, RECORD_TABLES, revOf, withoutRev, type ChunkSet, type RecordTable } from './chunks';
import { ConflictError } from './errors';
import { countRows, loadParts, loadTable, writeSet } from './store';
import { EditRecorder, titleOf, writeEdit, type EditInfo } from './edits';

export { countRows, getRow, readRows } from './store';
export { hasExampleData, removeExampleData } from './example';
export { undoEntry, undoImport, type UndoReport } from './history';
export { isEdit, MAX_EDITS, type EditInfo, type EditLabel } from './edits';

/** A write's result and the hand edit it recorded (null when nothing changed). */
export interface Edited<T> {
  value: T;
  edit: EditInfo | null;
}

/** The tables a write with its history entry spans. */
const EDIT_TABLES = () => [db.chunks, db.imports, db.changes];
const iso = () => new Date().toISOString();

type Rec = Record<string, unknown>;

/**
 * Insert or replace one record. The expected revision is `base`'s (the record as the form read
 * it; null for a new record) or else the record's own `rev`; when the stored record has another
 * revision, or was deleted meanwhile, nothing is written and a ConflictError carries the stored
 * version. A record without any revision is written unconditionally.
 */
export async function saveRecord<T extends Rec>(
  entity: EntityName,
  record: T,
  base?: Rec | null,
): Promise<T & { rev: number }> {
  return (await saveRecordEdit(entity, record, base)).value;
}

/** saveRecord, also returning the history entry of the edit (for "Ångra"). */
export async function saveRecordEdit<T extends Rec>(
  entity: EntityName,
  record: T,
  base?: Rec | null,
  now = iso(),
): Promise<Edited<T & { rev: number }>> {
  const table = entity as RecordTable;
  const rec: Rec = record;
  const expected =
    base === null ? 0 : base !== undefined ? revOf(base) : typeof rec.rev === 'number' ? rec.rev : undefined;
  const key = keyOf(table, rec);
  return db.transaction('rw', EDIT_TABLES(), async () => {
    const parts = [partOf(table, rec)];
    if (base) parts.push(partOf(table, base));
    let set = await loadParts(table, parts);
    // Not where it was expected: it may have moved to another municipality in another tab.
    if (!set.get(key) && expected) set = await loadTable(table);
    const current = set.get(key);
    if (expected !== undefined && revOf(current) !== expected) throw new ConflictError(table, key, current ?? null);
    const { rev: _r, ...clean } = rec;
    const recorder = new EditRecorder();
    const rev = recorder.put(set, clean);
    await writeSet(set);
    const edit = await writeEdit(
      { op: current ? 'update' : 'create', table, title: titleOf(table, clean), ...kommunOf(clean) },
      recorder,
      now,
    );
    return { value: { ...clean, rev } as T & { rev: number }, edit };
  });
}

const kommunOf = (r: Rec | undefined): { kommunkod?: string } =>
  r && typeof r.kommunkod === 'string' && r.kommunkod ? { kommunkod: r.kommunkod } : {};

/**
 * Delete one record. Deleting a plan keeps its measures but detaches them (a group: its events),
 * so nothing a person entered disappears as a side effect and nothing points at a missing record.
 */
export async function deleteRecord(entity: EntityName, id: string, now = iso()): Promise<EditInfo | null> {
  const table = entity as RecordTable;
  return db.transaction('rw', EDIT_TABLES(), async () => {
    const set = await loadTable(table);
    const row = set.get(id);
    const recorder = new EditRecorder();
    recorder.delete(set, id);
    await writeSet(set);
    // What pointed at a deleted plan or group is kept but detached (and attached again by undo).
    const refs =
      entity === 'plans'
        ? (['measures', 'plan_id'] as const)
        : entity === 'regions'
          ? (['events', 'region_id'] as const)
          : null;
    if (refs) {
      const [t, field] = refs;
      const rows = await loadTable(t);
      for (const m of rows.rows())
        if (m[field] === id) recorder.put(rows, { ...withoutRev(m), [field]: '', uppdaterad: now });
      await writeSet(rows);
    }
    return writeEdit({ op: 'delete', table, title: titleOf(table, row), ...kommunOf(row) }, recorder, now);
  });
}

export async function saveRegion(region: Region): Promise<EditInfo | null> {
  return (await saveRecordEdit('regions', region)).edit;
}

export async function saveTheme(theme: Theme): Promise<EditInfo | null> {
  return (await saveRecordEdit('themes', theme)).edit;
}

/**
 * Delete a theme. What happens to the measures and requests tagged with it is the
 * person's choice: `moveTo` another theme, or `null` to strip it from them.
 */
export async function deleteTheme(id: string, moveTo: string | null, now = iso()): Promise<number> {
  return (await deleteThemeEdit(id, moveTo, now)).value;
}

/** deleteTheme, also returning the history entry (for "Ångra"). */
export async function deleteThemeEdit(id: string, moveTo: string | null, now = iso()): Promise<Edited<number>> {
  if (moveTo === id) throw new Error('moveTo must differ from the deleted theme');
  return db.transaction('rw', EDIT_TABLES(), async () => {
    const recorder = new EditRecorder();
    const themes = await loadTable('themes');
    const label = {
      title: titleOf('themes', themes.get(id)),
      other: moveTo ? titleOf('themes', themes.get(moveTo)) : '',
    };
    const value = await deleteThemeIn(themes, recorder, id, moveTo, now);
    const edit = await writeEdit({ op: 'deleteTheme', table: 'themes', ...label }, recorder, now);
    return { value, edit };
  });
}

async function deleteThemeIn(
  themes: ChunkSet,
  recorder: EditRecorder,
  id: string,
  moveTo: string | null,
  now: string,
): Promise<number> {
  if (moveTo && !themes.get(moveTo)) throw new Error(`unknown theme ${moveTo}`);
  let changed = 0;
  for (const table of ['measures', 'requests'] as const) {
    const set = await loadTable(table);
    for (const row of set.rows() as (Measure | NationalRequest)[]) {
      if (!row.teman.includes(id)) continue;
      recorder.put(set, { ...withoutRev(row), teman: replaceTheme(row.teman, id, moveTo), uppdaterad: now });
      changed++;
    }
    await writeSet(set);
  }
  for (const th of themes.rows())
    if (th.overordnat === id) recorder.put(themes, { ...withoutRev(th), overordnat: moveTo ?? '' });
  // The theme's indicators (tema_indikatorer) move with its records; a link the other theme has is dropped.
  const links = await loadTable('themeIndicators');
  for (const l of [...links.rows()].filter((r) => r.tema === id)) {
    recorder.delete(links, keyOf('themeIndicators', l));
    const moved = { ...withoutRev(l), tema: moveTo ?? '' };
    if (moveTo && !links.get(keyOf('themeIndicators', moved))) recorder.put(links, moved);
  }
  await writeSet(links);
  recorder.delete(themes, id);
  await writeSet(themes);
  return changed;
}

/** Merge theme `from` into `into`: references move, keywords are joined, `from` is deleted. */
export async function mergeThemes(from: string, into: string, now = iso()): Promise<number> {
  return (await mergeThemesEdit(from, into, now)).value;
}

/** mergeThemes, also returning the history entry (for "Ångra"). */
export async function mergeThemesEdit(from: string, into: string, now = iso()): Promise<Edited<number>> {
  return db.transaction('rw', EDIT_TABLES(), async () => {
    const themes = await loadTable('themes');
    const a = themes.get(from) as Theme | undefined;
    const b = themes.get(into) as Theme | undefined;
    if (!a || !b || from === into) throw new Error('unknown theme');
    const recorder = new EditRecorder();
    recorder.put(themes, { ...withoutRev(b as never), nyckelord: mergeKeywords(b.nyckelord, a.nyckelord) });
    const value = await deleteThemeIn(themes, recorder, from, into, now);
    const edit = await writeEdit(
      {
        op: 'mergeThemes',
        table: 'themes',
        title: titleOf('themes', a as never),
        other: titleOf('themes', b as never),
      },
      recorder,
      now,
    );
    return { value, edit };
  });
}

/** Add the default themes that are missing (by id); never overwrites an edited theme. An entry in the history. */
export async function restoreDefaultThemes(now = iso()): Promise<number> {
  return db.transaction('rw', EDIT_TABLES(), async () => {
    const recorder = new EditRecorder();
    const n = await addMissingDefaultThemes(recorder);
    await writeEdit({ op: 'restoreThemes', table: 'themes', title: '', count: n }, recorder, now);
    return n;
  });
}

/** Inside a transaction: add the default themes whose ids are missing; returns how many. */
async function addMissingDefaultThemes(recorder?: EditRecorder): Promise<number> {
  const themes = await loadTable('themes');
  const missing = defaultThemes(new Set(themes.rows().map((th) => String(th.id))));
  for (const th of missing) {
    if (recorder) recorder.put(themes, th);
    else themes.put(th);
  }
  await writeSet(themes);
  return missing.length;
}

/** Load the example data in one transaction. Loading twice changes nothing; an edited example record is kept. */
export async function loadExampleData(register: Register, now = new Date().toISOString()): Promise<void> {
  const data: Partial<Record<RecordTable, Rec[]>> = exampleData(register, now);
  await db.transaction('rw', db.chunks, async () => {
    // Example measures are tagged with the default themes; bring back any the user deleted.
    await addMissingDefaultThemes();
    // The tables the example data has, in registry order.
    for (const table of RECORD_TABLES.filter((t) => t in data)) {
      const rows = data[table] ?? [];
      const set = await loadParts(
        table,
        rows.map((r) => partOf(table, r)),
      );
      for (const r of rows) if (!set.get(keyOf(table, r))) set.put(r);
      await writeSet(set);
    }
  });
}

/** The imported boundaries: one set at a time, replaced as a whole (the previous stays if this fails). */
export const BOUNDARY_ID = 'aktiv';

export async function saveBoundaries(b: Omit<BoundaryFile, 'id'>): Promise<void> {
  await db.boundaries.put({ ...b, id: BOUNDARY_ID });
}

export async function deleteBoundaries(): Promise<void> {
  await db.boundaries.clear();
}

/** Small settings of the app (last export time …) in the meta table. */
export async function getMeta(key: string): Promise<unknown> {
  return (await db.meta.get(key))?.value;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

/** Number of records per table (for the storage panel and the lost-database check). */
export async function recordCounts(): Promise<Record<RecordTable, number>> {
  const out = {} as Record<RecordTable, number>;
  for (const t of RECORD_TABLES) out[t] = await countRows(t);
  return out;
}

export { getRow as getRecord } from './store';
