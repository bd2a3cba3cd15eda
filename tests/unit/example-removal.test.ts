import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '$lib/db/db';
import { ADOPTED_SOURCE, hasRecords, isExampleRow, removeExampleData, withoutExamples } from '$lib/db/example';
import { undoImport } from '$lib/db/importer';
import { loadExampleData, saveRecord } from '$lib/db/repos';
import { checkDatabase, closeDatabase, isLost, openDatabase } from '$lib/db/open';
import { register } from '$lib/domain/register';
import { diffFields, formValues } from '$lib/state/conflict';
import type { Measure, PlanEvent } from '$lib/domain/model';
import { T } from './support/tables';
import { aMeasure } from './support/records';

const NOW = '2026-05-01T10:00:00.000Z';
const own = (id: string, extra: Partial<Measure> = {}): Measure =>
  aMeasure(id, { titel: `Egen ${id}`, uppdaterad: NOW, ...extra });

beforeEach(async () => {
  await db.delete();
  await db.open();
  await loadExampleData(register, NOW);
});

describe('removing the example data', () => {
  it('a dry run writes nothing and says what would happen', async () => {
    const before = await T.plans.count();
    const r = await removeExampleData(register, { dryRun: true, now: NOW });
    expect(r.removed).toBeGreaterThan(20);
    expect(r.kept).toEqual([]);
    expect(await T.plans.count()).toBe(before);
    expect(await db.imports.count()).toBe(0);
  });

  it('keeps an example record the person changed, as theirs, and lists it', async () => {
    const m = (await T.measures.stored()).find((x) => String(x.id).startsWith('ex-'))!;
    await saveRecord('measures', { ...m, titel: 'Vår version' }, m);
    const r = await removeExampleData(register, { now: NOW });
    expect(r.kept.map((k) => [k.table, k.key])).toEqual([['measures', m.id]]);
    const kept = (await T.measures.get(m.id))!;
    expect([kept.titel, kept.kalla]).toEqual(['Vår version', ADOPTED_SOURCE]);
    expect(isExampleRow('measures', kept as never)).toBe(false);
    // Its example plan is gone, so the kept measure no longer points at it.
    expect(kept.plan_id).toBe('');
    expect((await T.measures.toArray()).filter((x) => x.id.startsWith('ex-'))).toHaveLength(1);
  });

  it("keeps the example groups as the person's own when asked", async () => {
    await removeExampleData(register, { keepGroups: true, now: NOW });
    const regions = await T.regions.toArray();
    expect(regions.map((r) => [r.id, r.kalla])).toEqual([
      ['ex-sjuharad', ADOPTED_SOURCE],
      ['ex-skaraborg', ADOPTED_SOURCE],
    ]);
    expect(await T.plans.count()).toBe(0);
  });

  it("clears the person's references to removed records (plan, group) and nothing else", async () => {
    await saveRecord('measures', own('m1', { plan_id: 'ex-plan-boras' }));
    await saveRecord('measures', own('m2'));
    const ev: PlanEvent = {
      id: 'e1',
      kommunkod: '',
      region_id: 'ex-sjuharad',
      datum: '2016',
      slutdatum: '',
      typ: 'besok',
      titel: 'Möte',
      beskrivning: '',
      kalla: 'test',
      uppdaterad: NOW,
    };
    await saveRecord('events', ev);
    const r = await removeExampleData(register, { now: '2026-06-01T00:00:00.000Z' });
    expect(r.detached).toBe(2);
    expect((await T.measures.get('m1'))!.plan_id).toBe('');
    expect((await T.measures.get('m2'))!.uppdaterad).toBe(NOW);
    expect((await T.events.get('e1'))!.region_id).toBe('');
  });

  it('is undone through the history like an import: everything comes back as it was', async () => {
    await saveRecord('measures', own('m1', { plan_id: 'ex-plan-boras' }));
    const before = {
      plans: await T.plans.toArray(),
      measures: await T.measures.toArray(),
      regions: await T.regions.toArray(),
      values: await T.indicatorValues.toArray(),
    };
    const r = await removeExampleData(register, { now: NOW, label: 'Borttagning av exempeldata' });
    expect(await T.plans.count()).toBe(0);
    const entry = (await db.imports.get(r.entryId))!;
    expect(entry.fil).toBe('Borttagning av exempeldata');
    await undoImport(r.entryId);
    expect(await T.plans.toArray()).toEqual(before.plans);
    expect(await T.measures.toArray()).toEqual(before.measures);
    expect(await T.regions.toArray()).toEqual(before.regions);
    expect(await T.indicatorValues.toArray()).toEqual(before.values);
  });
});

describe('bundles without example data', () => {
  const tables = () => ({
    plans: [
      { id: 'ex-plan-a', kalla: 'Exempeldata' },
      { id: 'ex-plan-b', kalla: 'Exempeldata' },
      { id: 'p1', kalla: 'x' },
    ],
    measures: [
      { id: 'ex-m', plan_id: 'ex-plan-a', kalla: 'Exempeldata' },
      { id: 'm1', plan_id: 'ex-plan-b', kalla: 'x' },
    ],
    regions: [
      { id: 'ex-r', kalla: 'Exempeldata' },
      { id: 'ex-r2', kalla: ADOPTED_SOURCE },
    ],
    events: [],
    themes: [{ id: 'skola' }],
  });

  it("leaves out example records but keeps those the person's own records refer to", () => {
    const out = withoutExamples(tables());
    expect(out.plans.map((r) => r.id)).toEqual(['ex-plan-b', 'p1']);
    expect(out.measures.map((r) => r.id)).toEqual(['m1']);
    expect(out.regions.map((r) => r.id)).toEqual(['ex-r2']);
    expect(out.themes).toHaveLength(1);
  });

  it.each([
    [{ themes: [{ id: 'skola' }], plans: [] }, false],
    [{ themes: [], plans: [{ id: 'p' }] }, true],
    [{}, false],
  ])('hasRecords(%j) is %s', (t, expected) => expect(hasRecords(t)).toBe(expected));
});

describe('the database lost under the page', () => {
  it('the periodic check notices a deleted database and closes it for good', async () => {
    let lost = 0;
    expect((await openDatabase({ onLost: () => lost++ }, 0)).ok).toBe(true);
    expect(await checkDatabase()).toBe(true);
    await db.meta.delete('databasId');
    expect(await checkDatabase(() => lost++)).toBe(false);
    expect(isLost()).toBe(true);
    expect(lost).toBe(1);
    // No write lands in a fresh database by mistake.
    await expect(T.plans.count()).rejects.toThrow();
    closeDatabase();
  });
});

describe('conflict fields', () => {
  it('lists the visible fields that differ, with municipality names', () => {
    const stored = {
      id: 'p',
      kommunkod: '1490',
      titel: 'Deras',
      status: 'antagen',
      beskrivning: '',
      kalla: 'x',
      uppdaterad: NOW,
      rev: 3,
    };
    const mine = { ...formValues('plans', stored), titel: 'Min', beskrivning: 'Ny text' };
    expect(diffFields('plans', mine, stored)).toEqual([
      { key: 'titel', mine: 'Min', theirs: 'Deras' },
      { key: 'beskrivning', mine: 'Ny text', theirs: '' },
    ]);
    expect(formValues('plans', stored).kommunkod).toBe('Borås');
    expect(diffFields('plans', formValues('plans', stored), stored)).toEqual([]);
    expect(diffFields('plans', { titel: 'Min' }, null)).toEqual([{ key: 'titel', mine: 'Min', theirs: '' }]);
  });
});
