import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { db } from '$lib/db/db';
import {
  deleteRecord,
  deleteThemeEdit,
  isEdit,
  mergeThemesEdit,
  restoreDefaultThemes,
  saveRecord,
  saveRecordEdit,
  saveTheme,
  undoEntry,
  undoImport,
  type EditInfo,
} from '$lib/db/repos';
import { EditRecorder, pruneEdits, titleOf, EDIT_PREFIX } from '$lib/db/edits';
import { ChunkSet } from '$lib/db/chunks';
import { readChanges, type HistoryEntry } from '$lib/db/history';
import type { PlanEvent, Theme } from '$lib/domain/model';
import { T } from './support/tables';
import { aMeasure, aPlan, TEST_TIME } from './support/records';

const OLD = TEST_TIME;
const plan = aPlan;
const measure = aMeasure;

const stored = async (table: 'plans' | 'measures', id: string) => (await T[table].stored()).find((r) => r.id === id);
const edits = async () => ((await db.imports.toArray()) as HistoryEntry[]).filter(isEdit);

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => vi.restoreAllMocks());

describe('every hand save and delete writes a history entry that undo takes back', () => {
  type Case = {
    name: string;
    act: () => Promise<EditInfo | null>;
    label: Partial<EditInfo['label']>;
    after: () => Promise<unknown>;
    setup?: () => Promise<unknown>;
  };
  const cases: Case[] = [
    {
      name: 'an edit',
      act: async () =>
        (await saveRecordEdit('measures', { ...(await stored('measures', 'm1'))!, titel: 'Ny titel' })).edit,
      label: { op: 'update', table: 'measures', title: 'Ny titel', kommunkod: '1490' },
      after: async () => (await T.measures.get('m1'))!.titel,
    },
    {
      name: 'a new record',
      act: async () => (await saveRecordEdit('measures', measure('m9'), null)).edit,
      label: { op: 'create', table: 'measures', title: 'Åtgärd m9' },
      after: async () => (await T.measures.toArray()).map((m) => m.id),
    },
    {
      name: 'a delete',
      act: () => deleteRecord('measures', 'm1'),
      label: { op: 'delete', table: 'measures', title: 'Åtgärd m1' },
      after: async () => (await T.measures.toArray()).map((m) => m.id),
    },
    {
      name: 'a theme edit',
      act: async () => saveTheme({ ...((await T.themes.get('skola')) as Theme), namn: 'Skolan' }),
      label: { op: 'update', table: 'themes', title: 'Skolan' },
      after: async () => (await T.themes.get('skola'))!.namn,
    },
    {
      name: 'restoring the default themes',
      setup: () => T.themes.delete('skola'),
      act: async () => {
        await restoreDefaultThemes();
        return (await edits()).map((e) => ({ id: e.id, label: e.redigering! }))[0];
      },
      label: { op: 'restoreThemes', count: 1 },
      after: async () => (await T.themes.get('skola'))?.id ?? null,
    },
  ];

  it.each(cases)('$name', async ({ act, label, after, setup }) => {
    await T.measures.put(measure('m1'));
    await setup?.();
    const before = await after();
    const edit = await act();
    expect(edit).not.toBeNull();
    expect(edit!.label).toMatchObject(label);
    expect(await after()).not.toEqual(before);
    const entry = (await db.imports.get(edit!.id)) as HistoryEntry;
    expect(entry.slag).toBe('redigering');
    const r = await undoEntry(edit!.id);
    expect(r).toMatchObject({ changed: [], detached: 0 });
    expect(r.restored).toBeGreaterThan(0);
    expect(await after()).toEqual(before);
    expect((await db.imports.get(edit!.id))!.angrad).toBeTruthy();
  });

  it('undoImport is the same function (the older name)', () => {
    expect(undoImport).toBe(undoEntry);
  });

  it('a delete of nothing writes no entry', async () => {
    expect(await deleteRecord('measures', 'nope')).toBeNull();
    expect(await edits()).toEqual([]);
  });

  it('the entry is written in the same transaction: a failing history write leaves the record as it was', async () => {
    await T.measures.put(measure('m1'));
    vi.spyOn(db.imports, 'add').mockImplementation(() => Dexie.Promise.reject(new Error('disk full')) as never);
    const m1 = (await stored('measures', 'm1'))!;
    await expect(saveRecord('measures', { ...m1, titel: 'Ändrad' }, m1)).rejects.toThrow('disk full');
    await expect(deleteRecord('measures', 'm1')).rejects.toThrow('disk full');
    expect((await T.measures.get('m1'))!.titel).toBe('Åtgärd m1');
  });
});

describe('undo of a hand edit respects later work', () => {
  it('edit, a later edit (another tab), undo the first: the later is kept and listed; undoing both ends where it began', async () => {
    await T.measures.put(measure('m1', { titel: 'Början' }));
    const v1 = (await stored('measures', 'm1'))!;
    const first = await saveRecordEdit('measures', { ...v1, titel: 'Första' }, v1);
    // Another tab saves over the first edit (its form read the first edit's version).
    const second = await saveRecordEdit('measures', { ...first.value, titel: 'Andra' }, first.value);
    const dry = await undoEntry(first.edit!.id, { dryRun: true });
    expect(dry.restored).toBe(0);
    expect(dry.changed.map((c) => [c.key, c.current?.titel])).toEqual([['m1', 'Andra']]);
    await undoEntry(first.edit!.id);
    expect((await T.measures.get('m1'))!.titel).toBe('Andra');
    // The later edit, undone now, goes back to before the first (which was undone).
    const r = await undoEntry(second.edit!.id);
    expect(r.changed).toEqual([]);
    expect((await T.measures.get('m1'))!.titel).toBe('Början');
  });

  it('with force, the later edit goes too', async () => {
    await T.measures.put(measure('m1', { titel: 'Början' }));
    const v1 = (await stored('measures', 'm1'))!;
    const first = await saveRecordEdit('measures', { ...v1, titel: 'Första' }, v1);
    await saveRecord('measures', { ...first.value, titel: 'Andra' }, first.value);
    await undoEntry(first.edit!.id, { force: true });
    expect((await T.measures.get('m1'))!.titel).toBe('Början');
  });

  it('a record deleted since is listed as deleted and stays deleted', async () => {
    await T.measures.put(measure('m1'));
    const v1 = (await stored('measures', 'm1'))!;
    const first = await saveRecordEdit('measures', { ...v1, titel: 'Ändrad' }, v1);
    await deleteRecord('measures', 'm1');
    const r = await undoEntry(first.edit!.id);
    expect(r.changed).toEqual([{ table: 'measures', key: 'm1', current: null }]);
    expect(await T.measures.get('m1')).toBeUndefined();
  });

  it('an edit undone reads only the parts it wrote, not the whole table', async () => {
    await T.measures.bulkPut([
      measure('m1'),
      measure('o1', { kommunkod: '0180' }),
      measure('o2', { kommunkod: '1401' }),
    ]);
    const v1 = (await stored('measures', 'm1'))!;
    const { edit } = await saveRecordEdit('measures', { ...v1, titel: 'Ändrad' }, v1);
    const where = vi.spyOn(db.chunks, 'where');
    await undoEntry(edit!.id);
    expect(where).not.toHaveBeenCalled();
    expect((await T.measures.get('m1'))!.titel).toBe('Åtgärd m1');
    expect(await T.measures.count()).toBe(3);
  });

  it('an edit that moved a record to another municipality is undone into its first chunk, others untouched', async () => {
    await T.measures.bulkPut([measure('m1'), measure('o1', { kommunkod: '0180' })]);
    const v1 = (await stored('measures', 'm1'))!;
    const { edit } = await saveRecordEdit('measures', { ...v1, kommunkod: '0180' }, v1);
    await undoEntry(edit!.id);
    expect((await T.measures.toArray()).map((m) => [m.id, m.kommunkod])).toEqual([
      ['m1', '1490'],
      ['o1', '0180'],
    ]);
  });
});

describe('undo never leaves a dangling reference', () => {
  it.each([
    ['both unchanged: re-attached', false, ['p1', 'p1']],
    ['one edited since: that one kept detached and listed', true, ['', 'p1']],
  ])('delete a plan, its measures are detached, undo: %s', async (_, editOne, planIds) => {
    await T.plans.put(plan('p1'));
    await T.measures.bulkPut([measure('m1', { plan_id: 'p1' }), measure('m2', { plan_id: 'p1' })]);
    const edit = await deleteRecord('plans', 'p1', '2026-01-01T00:00:00Z');
    expect((await T.measures.toArray()).map((m) => m.plan_id)).toEqual(['', '']);
    if (editOne) {
      const m1 = (await stored('measures', 'm1'))!;
      await saveRecord('measures', { ...m1, titel: 'Mitt' }, m1);
    }
    const r = await undoEntry(edit!.id);
    expect(r.changed.map((c) => c.key)).toEqual(editOne ? ['m1'] : []);
    expect(await T.plans.get('p1')).toEqual(plan('p1'));
    expect((await T.measures.toArray()).map((m) => m.plan_id)).toEqual(planIds);
    if (!editOne)
      expect(await T.measures.toArray()).toEqual([measure('m1', { plan_id: 'p1' }), measure('m2', { plan_id: 'p1' })]);
  });

  it('delete a group: its events are detached; undo attaches them again', async () => {
    await T.regions.put({
      id: 'g1',
      namn: 'Grupp',
      kommunkoder: ['1490'],
      beskrivning: '',
      kalla: 't',
      uppdaterad: OLD,
    });
    const event: PlanEvent = {
      id: 'e1',
      kommunkod: '',
      region_id: 'g1',
      datum: '2016',
      slutdatum: '',
      typ: 'seminarium',
      titel: 'Träff',
      beskrivning: '',
      kalla: 't',
      uppdaterad: OLD,
    };
    await T.events.put(event);
    const edit = await deleteRecord('regions', 'g1', '2026-01-01T00:00:00Z');
    expect(edit!.label).toMatchObject({ op: 'delete', table: 'regions', title: 'Grupp' });
    expect((await T.events.get('e1'))!.region_id).toBe('');
    await undoEntry(edit!.id);
    expect(await T.regions.get('g1')).toBeDefined();
    expect(await T.events.get('e1')).toEqual(event);
  });

  it('undoing a new plan that a measure got attached to since detaches the measure (and says so)', async () => {
    const { edit } = await saveRecordEdit('plans', plan('p1'), null);
    await saveRecord('measures', measure('m1', { plan_id: 'p1' }), null);
    expect((await undoEntry(edit!.id, { dryRun: true })).detached).toBe(1);
    await undoEntry(edit!.id);
    expect(await T.plans.get('p1')).toBeUndefined();
    expect((await T.measures.get('m1'))!.plan_id).toBe('');
  });

  it('undoing an edit whose earlier version names a plan deleted since clears that link', async () => {
    await T.plans.bulkPut([plan('p1'), plan('p2')]);
    await T.measures.put(measure('m1', { plan_id: 'p1', teman: ['skola'] }));
    const v1 = (await stored('measures', 'm1'))!;
    const { edit } = await saveRecordEdit('measures', { ...v1, plan_id: 'p2', teman: ['halsa'] }, v1);
    await deleteRecord('plans', 'p1');
    await deleteThemeEdit('skola', null);
    const r = await undoEntry(edit!.id);
    expect(r.detached).toBe(1);
    const m1 = (await T.measures.get('m1'))!;
    expect([m1.plan_id, m1.teman]).toEqual(['', []]);
  });
});

describe('themes: delete and merge are undone whole', () => {
  const setup = async () => {
    await T.themes.update('halsa', { nyckelord: ['bup'] });
    await T.themes.update('skola', { nyckelord: ['elevhälsa'] });
    await T.themes.put({
      id: 'sub',
      namn: 'Under',
      beskrivning: '',
      farg: '#000000',
      overordnat: 'skola',
      nyckelord: [],
    });
    await T.measures.bulkPut([measure('m1', { teman: ['skola', 'halsa'] }), measure('m2', { teman: ['skola'] })]);
    return { themes: await T.themes.toArray(), measures: await T.measures.toArray() };
  };

  it.each([
    [
      'delete, stripping the theme',
      () => deleteThemeEdit('skola', null),
      { op: 'deleteTheme', title: 'Samverkan med skola och förskola', other: '' },
    ],
    [
      'delete, moving to another',
      () => deleteThemeEdit('skola', 'halsa'),
      { op: 'deleteTheme', other: 'Samverkan med hälso- och sjukvård' },
    ],
    [
      'merge',
      () => mergeThemesEdit('skola', 'halsa'),
      { op: 'mergeThemes', title: 'Samverkan med skola och förskola', other: 'Samverkan med hälso- och sjukvård' },
    ],
  ])('%s', async (_, act, label) => {
    const before = await setup();
    const { edit } = await act();
    expect(edit!.label).toMatchObject(label);
    expect(await T.themes.get('skola')).toBeUndefined();
    const r = await undoEntry(edit!.id);
    expect(r).toMatchObject({ changed: [], detached: 0 });
    expect(await T.themes.toArray()).toEqual(before.themes);
    expect(await T.measures.toArray()).toEqual(before.measures);
  });
});

describe('the history of hand edits is bounded', () => {
  it('keeps the newest entries, deleting the oldest with what they changed', async () => {
    await T.measures.put(measure('m1'));
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const m = (await stored('measures', 'm1'))!;
      ids.push(
        (await saveRecordEdit('measures', { ...m, titel: `v${i}` }, m, `2026-01-0${i + 1}T00:00:00.000Z`)).edit!.id,
      );
    }
    expect(await pruneEdits(3)).toBe(2);
    expect((await edits()).map((e) => e.id)).toEqual(ids.slice(2));
    expect(await readChanges(ids[0])).toEqual([]);
    expect(await readChanges(ids[4])).toHaveLength(1);
    expect(ids.every((id) => id.startsWith(EDIT_PREFIX))).toBe(true);
  });
});

describe('EditRecorder', () => {
  const set = () =>
    new ChunkSet('measures', [
      { key: 'measures:1490', table: 'measures', part: '1490', rows: [{ ...measure('a'), rev: 3 }] },
    ]);
  it.each([
    [
      'a put of an existing row',
      (s: ChunkSet, r: EditRecorder) => r.put(s, { ...measure('a'), titel: 'x' }),
      { added: [], prior: { a: 3 }, left: { a: 4 }, n: 1 },
    ],
    [
      'a new row',
      (s: ChunkSet, r: EditRecorder) => r.put(s, measure('b')),
      { added: ['b'], prior: { b: 0 }, left: { b: 1 }, n: 0 },
    ],
    [
      'a delete',
      (s: ChunkSet, r: EditRecorder) => r.delete(s, 'a'),
      { added: [], prior: { a: 3 }, left: { a: 0 }, n: 1 },
    ],
    [
      'two puts of one row: the first before, the last revision',
      (s: ChunkSet, r: EditRecorder) => (
        r.put(s, { ...measure('a'), titel: 'x' }),
        r.put(s, { ...measure('a'), titel: 'y' })
      ),
      { added: [], prior: { a: 3 }, left: { a: 5 }, n: 1 },
    ],
  ])('%s', (_, act, want) => {
    const s = set();
    const r = new EditRecorder();
    act(s, r);
    const [c] = r.changeSets();
    expect({ added: c.added, prior: c.prior, left: c.left, n: c.overwritten.length }).toEqual(want);
    expect(c.parts).toEqual(['1490']);
  });

  it('a row added then deleted in one edit changed nothing', () => {
    const s = set();
    const r = new EditRecorder();
    r.put(s, measure('b'));
    r.delete(s, 'b');
    expect(r.changeSets()).toEqual([]);
  });

  it.each([
    [{ titel: 'Kort' }, 'Kort'],
    [{ titel: '', id: 'x1' }, 'x1'],
    [{ titel: 'a'.repeat(100) }, `${'a'.repeat(78)}…`],
  ])('titleOf(%j) is %s', (row, want) => {
    expect(titleOf('measures', row)).toBe(want);
  });
});
