import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { PlanatlasDb, RECORD_TABLES, SCHEMA_V1 } from '$lib/db/schema';
import { flatten, fromStored, keyOf, withoutRev, type Chunk, type RecordTable } from '$lib/db/chunks';
import { isPacked, type ChangeSet } from '$lib/db/changes';
import { exampleData } from '$lib/domain/example';
import { register } from '$lib/domain/register';
import { defaultThemes } from '$lib/domain/themes';

/** What a later version will look like: versions 1 to 3 kept as they are, version 4 beside them with its upgrade. */
class NextVersion extends PlanatlasDb {
  constructor(name: string) {
    super(name);
    this.version(4)
      .stores({ chunks: 'key, table' })
      .upgrade((tx) => tx.table('meta').put({ key: 'uppgraderad', value: 3 }));
  }
}

/** A database exactly as version 1 of the app wrote it. */
function openV1(name: string): Dexie {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  v1.on('populate', (tx) => {
    return tx.table('themes').bulkAdd(defaultThemes());
  });
  return v1;
}

const sortRows = (table: RecordTable, rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) => (keyOf(table, a) < keyOf(table, b) ? -1 : keyOf(table, a) > keyOf(table, b) ? 1 : 0));

async function rowsOf(db: PlanatlasDb, table: RecordTable) {
  const chunks = (await db.chunks.toArray()).map(fromStored).filter((c: Chunk) => c.table === table);
  return flatten(chunks);
}

describe('schema versions', () => {
  it('a new database has the chunk store, no per-record tables, and the default themes', async () => {
    const db = new PlanatlasDb('schema-v2');
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((x) => x.name).sort()).toEqual(['boundaries', 'changes', 'chunks', 'imports', 'meta']);
    for (const t of RECORD_TABLES) expect(db.tables.map((x) => x.name)).not.toContain(t);
    expect(await rowsOf(db, 'themes')).toHaveLength(13);
    // One record per table and part: every theme in one chunk.
    expect(await db.chunks.count()).toBe(1);
    // The unused per-row indexes are gone.
    expect(db.chunks.schema.indexes).toEqual([]);
    expect(db.changes.schema.indexes).toEqual([]);
    db.close();
    await db.delete();
  });

  it('a database written by version 1 opens under version 2 with every record intact, each at revision 1', async () => {
    const v1 = openV1('schema-upgrade');
    await v1.open();
    const data = exampleData(register, '2026-01-01T00:00:00.000Z');
    await v1.transaction('rw', v1.tables, async () => {
      await v1.table('plans').bulkAdd(data.plans);
      await v1.table('measures').bulkAdd(data.measures);
      await v1.table('events').bulkAdd(data.events);
      await v1.table('requests').bulkAdd(data.requests);
      await v1.table('regions').bulkAdd(data.regions);
      await v1.table('indicators').bulkAdd(data.indicators);
      await v1.table('indicatorValues').bulkAdd(data.indicatorValues);
      await v1.table('imports').bulkAdd([
        {
          id: 'i1',
          fil: 'a.csv',
          tid: '2026-01-01T00:00:00Z',
          kalla: 'a',
          antal: { nya: 1, andrade: 0, oforandrade: 0, konflikter: 0 },
          andringar: [{ table: 'plans', added: [data.plans[0].id], overwritten: [] }],
        },
        {
          id: 'i2',
          fil: 'b.csv',
          tid: '2026-01-02T00:00:00Z',
          kalla: 'b',
          antal: { nya: 0, andrade: 1, oforandrade: 0, konflikter: 1 },
          andringar: [{ table: 'plans', added: [], overwritten: [data.plans[0]] }],
        },
      ]);
      await v1.table('meta').put({ key: 'senasteExport', value: '2026-01-03T00:00:00Z' });
    });
    const before: Record<string, unknown[]> = {};
    for (const t of v1.tables) before[t.name] = await t.toArray();
    expect(before.measures.length).toBeGreaterThan(0);
    v1.close();

    const v2 = new PlanatlasDb('schema-upgrade');
    await v2.open();
    expect(v2.verno).toBe(3);
    for (const t of RECORD_TABLES) {
      const rows = await rowsOf(v2, t);
      expect(
        rows.every((r) => r.rev === 1),
        t,
      ).toBe(true);
      // Tables that version 1 did not have (rounds, answers) start empty.
      expect(sortRows(t, rows.map(withoutRev)), t).toEqual(before[t] ?? []);
    }
    expect(await v2.boundaries.toArray()).toEqual(before.boundaries);
    expect(await v2.meta.get('senasteExport')).toEqual({ key: 'senasteExport', value: '2026-01-03T00:00:00Z' });
    // History entries learn the revision they left: only the latest import of a key can still be "as it left it".
    // What they changed moved to the changes table; the listed summaries stay small.
    const imports = await v2.imports.orderBy('tid').toArray();
    expect(imports.map((i) => [i.id, i.andringar])).toEqual([
      ['i1', []],
      ['i2', []],
    ]);
    const left = async (id: string) => (await v2.changes.toArray()).find((c) => c.entry === id)?.left;
    expect(await left('i1')).toEqual({ [data.plans[0].id]: -1 });
    expect(await left('i2')).toEqual({ [data.plans[0].id]: 1 });
    // The upgrade keeps the shape entries had then (objects), which the history still reads.
    const i2 = (await v2.changes.toArray()).find((c) => c.entry === 'i2')!;
    expect(isPacked(i2)).toBe(false);
    expect((i2 as ChangeSet).overwritten).toEqual([data.plans[0]]);
    v2.close();

    const v3 = new NextVersion('schema-upgrade');
    await v3.open();
    expect(v3.verno).toBe(4);
    expect(sortRows('measures', (await rowsOf(v3, 'measures')).map(withoutRev))).toEqual(before.measures);
    expect(await v3.meta.get('uppgraderad')).toEqual({ key: 'uppgraderad', value: 3 });
    v3.close();
    await v3.delete();
  });
});
