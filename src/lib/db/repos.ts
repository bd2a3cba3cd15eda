/**
 * Typed reads and writes. Every change that touches more than one record is one
 * transaction: all of it is written, or nothing is.
 */
import { exampleData, EXAMPLE_PREFIX } from '../domain/example';
import type { BoundaryFile, Measure, NationalRequest, Plan, Region, Theme } from '../domain/model';
import type { Register } from '../domain/municipalities';
import type { EntityName } from '../domain/records';
import { defaultThemes, mergeKeywords, replaceTheme } from '../domain/themes';
import { db } from './db';



function table(entity: EntityName) {
  return db.table(entity);
}

/** Insert or replace one record. */
export async function saveRecord<T extends { id: string }>(entity: EntityName, record: T): Promise<void> {
  await table(entity).put(record);
}

/**
 * Delete one record. Deleting a plan keeps its measures but detaches them, so nothing
 * a person entered disappears as a side effect.
 */
export async function deleteRecord(entity: EntityName, id: string, now = new Date().toISOString()): Promise<void> {
  if (entity === 'plans') {
    await db.transaction('rw', db.plans, db.measures, async () => {
      await db.measures.where('plan_id').equals(id).modify({ plan_id: '', uppdaterad: now });
      await db.plans.delete(id);
    });
    return;
  }
  await table(entity).delete(id);
}

export async function saveRegion(region: Region): Promise<void> {
  await db.regions.put(region);
}

export async function saveTheme(theme: Theme): Promise<void> {
  await db.themes.put(theme);
}

/**
 * Delete a theme. What happens to the measures and requests tagged with it is the
 * person's choice: `moveTo` another theme, or `null` to strip it from them.
 */
export async function deleteTheme(id: string, moveTo: string | null, now = new Date().toISOString()): Promise<number> {
  if (moveTo === id) throw new Error('moveTo must differ from the deleted theme');
  return db.transaction('rw', db.themes, db.measures, db.requests, async () => {
    if (moveTo && !(await db.themes.get(moveTo))) throw new Error(`unknown theme ${moveTo}`);
    let changed = 0;
    for (const tbl of [db.measures, db.requests] as const) {
      const rows = (await tbl.where('teman').equals(id).toArray()) as (Measure | NationalRequest)[];
      for (const row of rows) {
        await tbl.update(row.id, { teman: replaceTheme(row.teman, id, moveTo), uppdaterad: now });
        changed++;
      }
    }
    await db.themes.filter((th) => th.overordnat === id).modify({ overordnat: moveTo ?? '' });
    await db.themes.delete(id);
    return changed;
  });
}

/** Merge theme `from` into `into`: references move, keywords are joined, `from` is deleted. */
export async function mergeThemes(from: string, into: string, now = new Date().toISOString()): Promise<number> {
  return db.transaction('rw', db.themes, db.measures, db.requests, async () => {
    const [a, b] = await Promise.all([db.themes.get(from), db.themes.get(into)]);
    if (!a || !b) throw new Error('unknown theme');
    await db.themes.update(into, { nyckelord: mergeKeywords(b.nyckelord, a.nyckelord) });
    return deleteTheme(from, into, now);
  });
}

/** Add the default themes that are missing (by id); never overwrites an edited theme. */
export async function restoreDefaultThemes(): Promise<number> {
  return db.transaction('rw', db.themes, addMissingDefaultThemes);
}

/** Inside a transaction on themes: add the default themes whose ids are missing; returns how many. */
async function addMissingDefaultThemes(): Promise<number> {
  const missing = defaultThemes(new Set(await db.themes.toCollection().primaryKeys()));
  await db.themes.bulkAdd(missing);
  return missing.length;
}

const isExample = (id: string) => id.startsWith(EXAMPLE_PREFIX);

/** Load the example data in one transaction. Loading twice changes nothing. */
export async function loadExampleData(register: Register, now = new Date().toISOString()): Promise<void> {
  const data = exampleData(register, now);
  await db.transaction('rw', [db.regions, db.plans, db.measures, db.events, db.requests, db.indicators, db.indicatorValues, db.themes], async () => {
    // Example measures are tagged with the default themes; bring back any the user deleted.
    await addMissingDefaultThemes();
    await db.regions.bulkPut(data.regions);
    await db.plans.bulkPut(data.plans);
    await db.measures.bulkPut(data.measures);
    await db.events.bulkPut(data.events);
    await db.requests.bulkPut(data.requests);
    await db.indicators.bulkPut(data.indicators);
    await db.indicatorValues.bulkPut(data.indicatorValues);
  });
}

/**
 * Remove every example record (ids starting "ex-") and nothing else. The person's own
 * measures that were attached to an example plan are kept and detached.
 */
export async function removeExampleData(now = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', [db.regions, db.plans, db.measures, db.events, db.requests, db.indicators, db.indicatorValues], async () => {
    for (const tbl of [db.regions, db.plans, db.measures, db.events, db.requests, db.indicators]) {
      await tbl.filter((r: { id: string }) => isExample(r.id)).delete();
    }
    await db.measures.filter((m) => !!m.plan_id && isExample(m.plan_id)).modify({ plan_id: '', uppdaterad: now });
    await db.indicatorValues.filter((v) => isExample(v.indikator)).delete();
  });
}

export async function hasExampleData(): Promise<boolean> {
  return (await db.plans.filter((p: Plan) => isExample(p.id)).count()) > 0 || (await db.regions.filter((r) => isExample(r.id)).count()) > 0;
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
