import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PlanatlasDb, RECORD_TABLES } from '../../src/lib/db/schema';
import { exampleData } from '../../src/lib/domain/example';
import { register } from '../../src/lib/domain/register';

/** What a later version will look like: version 1 kept as it is, version 2 beside it with its upgrade. */
class NextVersion extends PlanatlasDb {
  constructor(name: string) {
    super(name);
    this.version(2)
      .stores({ measures: 'id, kommunkod, plan_id, *teman, status' })
      .upgrade((tx) => tx.table('meta').put({ key: 'uppgraderad', value: 2 }));
  }
}

describe('schema versions', () => {
  it('version 1 creates every table of DATA.md and the default themes', async () => {
    const db = new PlanatlasDb('schema-v1');
    await db.open();
    for (const t of [...RECORD_TABLES, 'boundaries', 'imports', 'meta']) expect(db.tables.map((x) => x.name)).toContain(t);
    expect(await db.themes.count()).toBe(13);
    db.close();
    await db.delete();
  });

  it('a database written by version 1 opens under the next version with every record intact', async () => {
    const v1 = new PlanatlasDb('schema-upgrade');
    await v1.open();
    const data = exampleData(register, '2026-01-01T00:00:00.000Z');
    await v1.transaction('rw', v1.tables, async () => {
      await v1.plans.bulkAdd(data.plans);
      await v1.measures.bulkAdd(data.measures);
      await v1.events.bulkAdd(data.events);
      await v1.requests.bulkAdd(data.requests);
      await v1.regions.bulkAdd(data.regions);
      await v1.indicators.bulkAdd(data.indicators);
      await v1.indicatorValues.bulkAdd(data.indicatorValues);
    });
    const before: Record<string, unknown[]> = {};
    for (const t of v1.tables) before[t.name] = await t.toArray();
    v1.close();

    const v2 = new NextVersion('schema-upgrade');
    await v2.open();
    expect(v2.verno).toBe(2);
    for (const t of v2.tables) {
      if (t.name === 'meta') continue;
      expect(await t.toArray(), t.name).toEqual(before[t.name]);
    }
    expect(await v2.meta.get('uppgraderad')).toEqual({ key: 'uppgraderad', value: 2 });
    // The new index works on the old records.
    expect(await v2.measures.where('status').equals('pagaende').count()).toBe(data.measures.filter((m) => m.status === 'pagaende').length);
    v2.close();
    await v2.delete();
  });
});
