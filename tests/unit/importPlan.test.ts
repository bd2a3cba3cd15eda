import { afterEach, describe, expect, it, vi } from 'vitest';
import { planTable, recordKey, sameContent, type Rec, type Strategy, type TablePlan } from '$lib/domain/merge';
import { DIFF_SLICE, keyRecords, PLAN_SLICE, planInSlices, sameRecord, yieldToBackground } from '$lib/state/importPlan';

const rec = (id: string, titel: string, uppdaterad: string, extra: Rec = {}): Rec => ({
  id,
  kommunkod: '1490',
  titel,
  uppdaterad,
  teman: [],
  ...extra,
});

describe('sameRecord: the merge rule for "unchanged", without allocating, and blind to the stored revision', () => {
  it.each([
    ['another uppdaterad', rec('a', 'X', '2016'), rec('a', 'X', '2020'), true],
    ['another title', rec('a', 'X', '1'), rec('a', 'Y', '1'), false],
    ['equal theme lists', rec('a', 'X', '1', { teman: ['a', 'b'] }), rec('a', 'X', '1', { teman: ['a', 'b'] }), true],
    [
      'themes in another order',
      rec('a', 'X', '1', { teman: ['a', 'b'] }),
      rec('a', 'X', '1', { teman: ['b', 'a'] }),
      false,
    ],
    ['a theme more', rec('a', 'X', '1', { teman: ['a'] }), rec('a', 'X', '1', { teman: ['a', 'b'] }), false],
    ['empty and absent', rec('a', 'X', '1', { lank: '' }), rec('a', 'X', '1'), true],
    ['absent and empty', rec('a', 'X', '1'), rec('a', 'X', '1', { lank: null }), true],
    ['zero and null', rec('a', 'X', '1', { varde: 0 }), rec('a', 'X', '1', { varde: null }), false],
    ['a field only stored', rec('a', 'X', '1', { ansvarig: 'Soc' }), rec('a', 'X', '1'), false],
    ['a field only incoming', rec('a', 'X', '1'), rec('a', 'X', '1', { ansvarig: 'Soc' }), false],
    ['number and its text', rec('a', 'X', '1', { varde: 1 }), rec('a', 'X', '1', { varde: '1' }), false],
  ])('%s', (_, stored, incoming, same) => {
    expect(sameRecord(stored, incoming)).toBe(same);
    // The same answer as the merge's own rule, and a stored revision changes nothing.
    expect(sameContent(stored, incoming)).toBe(same);
    expect(sameRecord({ ...stored, rev: 7 }, incoming)).toBe(same);
  });
});

/** Deterministic stored and incoming records: some new, some unchanged, some changed (newer, older, other municipality). */
function scenario(n: number) {
  const stored = new Map<string, Rec>();
  const incoming: Rec[] = [];
  for (let i = 0; i < n; i++) {
    const id = `m${i}`;
    const kind = i % 5;
    const base = rec(id, `T${i}`, '2016-01-01T00:00:00Z', { teman: ['skola'] });
    if (kind !== 0) stored.set(id, { ...base, rev: 1 + (i % 3) });
    if (kind === 0 || kind === 1) incoming.push({ ...base, uppdaterad: '' });
    else if (kind === 2) incoming.push({ ...base, titel: `Ny ${i}`, uppdaterad: '2017-01-01T00:00:00Z' });
    else if (kind === 3) incoming.push({ ...base, titel: `Gammal ${i}`, uppdaterad: '2015-01-01T00:00:00Z' });
    else incoming.push({ ...base, kommunkod: '0180' });
  }
  return { stored, incoming };
}

const clean = (r: Rec): Rec => {
  const { rev: _rev, ...rest } = r;
  return rest;
};

describe('planInSlices: exactly planTable, computed a slice at a time', () => {
  const stripped = (p: TablePlan) => ({
    ...p,
    update: p.update.map((u) => ({ ...u, before: clean(u.before) })),
    conflictList: p.conflictList.map((c) => ({ ...c, before: clean(c.before) })),
  });

  it.each<[number, Strategy]>([
    [7, 'newer'],
    [300, 'theirs'],
    [PLAN_SLICE * 2 + 13, 'newer'],
    [PLAN_SLICE + 1, 'mine'],
    [4_000, 'theirs'],
  ])(
    '%i rows, strategy %s: the same plan; before is the stored row, rev is never a changed field',
    async (n, strategy) => {
      const { stored, incoming } = scenario(n);
      const now = '2026-11-24T12:00:00.000Z';
      let pauses = 0;
      const keyed = await keyRecords('measures', incoming, async () => void pauses++);
      const sliced = await planInSlices('measures', keyed, stored, strategy, now, async () => void pauses++);
      const cleanStored = new Map([...stored].map(([k, r]) => [k, clean(r)]));
      const whole = planTable('measures', incoming, cleanStored, strategy, now);
      expect(sliced.conflicts).toBeGreaterThan(0);
      expect(stripped(sliced)).toEqual(whole);
      for (const c of sliced.conflictList) {
        expect(c.fields).not.toContain('rev');
        expect(c.before).toBe(stored.get(c.key)); // not a copy
      }
      for (const u of sliced.update) expect(u.before).toBe(stored.get(recordKey('measures', u.after)));
      // A break for the page at least every PLAN_SLICE rows.
      expect(pauses).toBeGreaterThanOrEqual(Math.floor(n / PLAN_SLICE) * 2);
    },
  );

  it.each<[string, (i: number) => 'new' | 'changed' | 'same', number, number]>([
    // Only differing rows are diffed field by field: new rows pause every PLAN_SLICE rows only.
    ['every row new', () => 'new', PLAN_SLICE * 4, 4],
    ['every row changed', () => 'changed', PLAN_SLICE * 2, (PLAN_SLICE * 2) / DIFF_SLICE],
    ['every row unchanged', () => 'same', PLAN_SLICE * 3, 3],
    // A pause after every DIFF_SLICE changed rows (every 2 000 rows here) and every PLAN_SLICE rows.
    ['new and changed rows in turn', (i) => (i % 2 ? 'new' : 'changed'), PLAN_SLICE * 2, 6],
  ])('%s: the pauses, and the same plan', async (_, kind, n, expected) => {
    const stored = new Map<string, Rec>();
    const incoming: Rec[] = [];
    for (let i = 0; i < n; i++) {
      const base = rec(`m${i}`, `T${i}`, '2016-01-01T00:00:00Z');
      const k = kind(i);
      if (k !== 'new') stored.set(base.id as string, { ...base, rev: 1 });
      incoming.push(k === 'changed' ? { ...base, titel: `Ny ${i}`, uppdaterad: '2017-01-01T00:00:00Z' } : base);
    }
    const keyed = await keyRecords('measures', incoming, async () => {});
    let pauses = 0;
    const now = '2026-11-24T12:00:00.000Z';
    const sliced = await planInSlices('measures', keyed, stored, 'newer', now, async () => void pauses++);
    expect(pauses).toBe(expected);
    const cleanStored = new Map([...stored].map(([k, r]) => [k, clean(r)]));
    expect(stripped(sliced)).toEqual(planTable('measures', incoming, cleanStored, 'newer', now));
  });

  it('a later record with the same key wins, as in one map', async () => {
    const a = rec('x', 'A', '1');
    const b = rec('x', 'B', '1');
    const keyed = await keyRecords('measures', [a, b], async () => {});
    expect([...keyed]).toEqual([[recordKey('measures', b), b]]);
  });

  it('an identical re-import is all unchanged', async () => {
    const { stored } = scenario(50);
    const same = [...stored.values()].map(clean);
    const keyed = await keyRecords('measures', same, async () => {});
    const plan = await planInSlices('measures', keyed, stored, 'newer', '2026', async () => {});
    expect([plan.add.length, plan.update.length, plan.unchanged, plan.conflicts]).toEqual([0, 0, 40, 0]);
  });
});

describe('yieldToBackground: a pause behind the page’s own work', () => {
  afterEach(() => vi.unstubAllGlobals());
  it.each<[string, boolean]>([
    ['scheduler.postTask at background priority where there is one', true],
    ['a timer elsewhere', false],
  ])('%s', async (_, withScheduler) => {
    const postTask = vi.fn((f: () => void) => Promise.resolve(f()));
    vi.stubGlobal('scheduler', withScheduler ? { postTask } : undefined);
    const timer = vi.spyOn(globalThis, 'setTimeout');
    await yieldToBackground();
    if (withScheduler) {
      expect(postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'background' });
      expect(timer).not.toHaveBeenCalled();
    } else expect(timer).toHaveBeenCalledOnce();
    timer.mockRestore();
  });
});
