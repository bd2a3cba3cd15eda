import { describe, expect, it } from 'vitest';
import { aPlan } from './support/records';
import {
  changedFields,
  countPlans,
  listChanges,
  planTable,
  primaryKey,
  recordKey,
  sameContent,
  type Rec,
  type Strategy,
} from '$lib/domain/merge';
import type { Plan } from '$lib/domain/model';

const rec = (id: string, titel: string, uppdaterad: string, extra: Rec = {}): Rec => ({
  id,
  titel,
  uppdaterad,
  teman: [],
  ...extra,
});

describe('sameContent', () => {
  it.each([
    [rec('a', 'X', '2016-01-01T00:00:00Z'), rec('a', 'X', '2020-01-01T00:00:00Z'), true],
    [rec('a', 'X', '1'), rec('a', 'Y', '1'), false],
    [rec('a', 'X', '1', { teman: ['a', 'b'] }), rec('a', 'X', '1', { teman: ['a', 'b'] }), true],
    [rec('a', 'X', '1', { teman: ['a', 'b'] }), rec('a', 'X', '1', { teman: ['b', 'a'] }), false],
    [rec('a', 'X', '1', { lank: '' }), rec('a', 'X', '1'), true],
    [rec('a', 'X', '1', { varde: 0 }), rec('a', 'X', '1', { varde: null }), false],
  ])('%j vs %j → %s', (a, b, same) => expect(sameContent(a, b)).toBe(same));
});

describe('planTable', () => {
  const stored = new Map<string, Rec>([
    ['a', rec('a', 'Oförändrad', '2016-01-01T00:00:00Z')],
    ['b', rec('b', 'Min äldre', '2016-01-01T00:00:00Z')],
    ['c', rec('c', 'Min nyare', '2018-01-01T00:00:00Z')],
  ]);
  const incoming = [
    rec('a', 'Oförändrad', '2017-01-01T00:00:00Z'),
    rec('b', 'Deras nyare', '2017-01-01T00:00:00Z'),
    rec('c', 'Deras äldre', '2017-01-01T00:00:00Z'),
    rec('d', 'Ny', '2017-01-01T00:00:00Z'),
  ];
  it.each([
    ['newer', ['b'], 1, 1, 2],
    ['mine', [], 1, 1, 2],
    ['theirs', ['b', 'c'], 1, 1, 2],
  ] as [Strategy, string[], number, number, number][])(
    'strategy %s overwrites %j',
    (strategy, updated, add, unchanged, conflicts) => {
      const p = planTable('plans', incoming, stored, strategy);
      expect(p.update.map((u) => u.after.id)).toEqual(updated);
      expect(p.update.every((u) => u.before === stored.get(String(u.after.id)))).toBe(true);
      expect(p.add.map((r) => r.id)).toEqual(['d']);
      expect([p.add.length, p.unchanged, p.conflicts]).toEqual([add, unchanged, conflicts]);
    },
  );

  it('tables without timestamps take the file under "newer"', () => {
    const p = planTable('themes', [{ id: 't', namn: 'Ny' }], new Map([['t', { id: 't', namn: 'Gammal' }]]), 'newer');
    expect(p.update).toHaveLength(1);
  });

  it('indicator values are keyed by indicator, municipality and period', () => {
    const v = { indikator: 'N1', kommunkod: '1490', period: '2015', varde: 1, kalla: '' };
    expect(recordKey('indicatorValues', v)).toBe('["N1","1490","2015"]');
    expect(primaryKey('indicatorValues', v)).toEqual(['N1', '1490', '2015']);
    const p = planTable(
      'indicatorValues',
      [{ ...v, varde: 2 }],
      new Map([[recordKey('indicatorValues', v), v]]),
      'theirs',
    );
    expect(p.update).toHaveLength(1);
  });

  it('counts over tables', () => {
    const a = planTable('plans', incoming, stored, 'newer');
    const b = planTable('measures', [rec('x', 'X', '1')], new Map(), 'newer');
    expect(countPlans([a, b])).toEqual({ nya: 2, andrade: 1, oforandrade: 1, konflikter: 2 });
  });
});

describe('merging tells the truth (issue 11.3)', () => {
  const plan = (id: string, titel: string, uppdaterad: string, kommunkod = '1490'): Plan =>
    aPlan(id, { titel, uppdaterad, kommunkod });
  const NOW = '2026-06-01T00:00:00.000Z';
  const mine = plan('p', 'Min handredigering', '2020-01-01T00:00:00Z');

  it.each([
    // [stored uppdaterad, incoming uppdaterad, strategy, incoming wins]
    ['2020-01-01T00:00:00Z', '', 'newer', false],
    ['2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z', 'newer', true],
    ['2020-01-01T00:00:00Z', '2019-01-01T00:00:00Z', 'newer', false],
    ['', '2019-01-01T00:00:00Z', 'newer', true],
    ['', '', 'newer', true],
    ['2020-01-01T00:00:00Z', '', 'theirs', true],
    ['2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z', 'mine', false],
  ] as [string, string, Strategy, boolean][])('stored %j, row %j, %s → incoming wins: %s', (a, b, strategy, wins) => {
    const stored = plan('p', 'Lagrad', a);
    const p = planTable('plans', [plan('p', 'Från filen', b)], new Map([['p', stored]]), strategy, NOW);
    expect(p.update.length).toBe(wins ? 1 : 0);
    expect(p.conflicts).toBe(1);
    expect(p.conflictList[0]).toMatchObject({
      key: 'p',
      kind: 'content',
      winner: wins ? 'theirs' : 'mine',
      fields: ['titel'],
    });
    // A row without a time is stamped with the import's time when it is written.
    if (wins) expect(p.update[0].after.uppdaterad).toBe(b || NOW);
  });

  it('a new row without uppdaterad gets the time of the import; the incoming array is not changed', () => {
    const row = plan('n', 'Ny', '');
    const p = planTable('plans', [row], new Map(), 'newer', NOW);
    expect(p.add[0].uppdaterad).toBe(NOW);
    expect(row.uppdaterad).toBe('');
  });

  it.each([
    ['newer', false],
    ['mine', false],
    ['theirs', true],
  ] as [Strategy, boolean][])(
    'an id whose kommunkod differs is a kommun conflict; %s takes it: %s',
    (strategy, taken) => {
      const stored = plan('p', 'Borås plan', '2016-01-01T00:00:00Z', '1490');
      const theirs = plan('p', 'Stockholms plan', '2030-01-01T00:00:00Z', '0180');
      const p = planTable('plans', [theirs], new Map([['p', stored]]), strategy, NOW);
      expect(p.conflictList).toEqual([
        {
          key: 'p',
          before: stored,
          after: theirs,
          fields: ['kommunkod', 'titel'],
          kind: 'kommun',
          winner: taken ? 'theirs' : 'mine',
        },
      ]);
      expect(p.update.length).toBe(taken ? 1 : 0);
    },
  );

  it('every change lists its changed fields (never uppdaterad)', () => {
    const theirs = { ...mine, titel: 'Ny titel', status: 'uppfoljd' as const, uppdaterad: '2021-01-01T00:00:00Z' };
    const p = planTable('plans', [theirs], new Map([['p', mine]]), 'newer', NOW);
    expect(p.update).toEqual([{ key: 'p', before: mine, after: theirs, fields: ['titel', 'status'] }]);
  });

  it.each([
    [{ a: 1, b: [1, 2], c: '' }, { a: 1, b: [1, 2] }, []],
    [{ a: 1, b: [1, 2] }, { a: 2, b: [2, 1] }, ['a', 'b']],
    [{ uppdaterad: '1' }, { uppdaterad: '2' }, []],
    [{ rev: 3, a: 1 }, { a: 1 }, []],
    [{ rev: 3, a: 1 }, { a: 2 }, ['a']],
    [{}, { ny: 'x' }, ['ny']],
  ])('changedFields(%j, %j) = %j', (a, b, fields) => expect(changedFields(a, b)).toEqual(fields));
});

describe('listChanges: the preview names the records that change', () => {
  const plan = (id: string, titel: string, uppdaterad: string, kommunkod = '1490'): Plan =>
    aPlan(id, { titel, uppdaterad, kommunkod });
  const stored = new Map<string, Plan>([
    ['same', plan('same', 'Samma', '2016-01-01T00:00:00Z')],
    ['older', plan('older', 'Gammal', '2016-01-01T00:00:00Z')],
    ['newer', plan('newer', 'Min nyare', '2030-01-01T00:00:00Z')],
    ['boras', plan('boras', 'Borås plan', '2016-01-01T00:00:00Z', '1490')],
  ]);
  const incoming = [
    plan('same', 'Samma', '2017-01-01T00:00:00Z'),
    plan('older', 'Ny titel', '2017-01-01T00:00:00Z'),
    plan('newer', 'Deras', '2017-01-01T00:00:00Z'),
    plan('boras', 'Borås plan', '2031-01-01T00:00:00Z', '0180'),
    plan('fresh', 'Helt ny', ''),
  ];

  it('lists new, changed and kept records with their fields and municipalities', () => {
    const rows = listChanges([planTable('plans', incoming, stored, 'newer', '2026-01-01T00:00:00Z')]);
    expect(rows).toEqual([
      {
        table: 'plans',
        key: 'fresh',
        title: 'Helt ny',
        change: 'new',
        kommunkod: { before: '', after: '1490' },
        fields: [],
      },
      {
        table: 'plans',
        key: 'older',
        title: 'Ny titel',
        change: 'changed',
        conflict: 'content',
        kommunkod: { before: '1490', after: '1490' },
        fields: ['titel'],
      },
      {
        table: 'plans',
        key: 'newer',
        title: 'Deras',
        change: 'kept',
        conflict: 'content',
        kommunkod: { before: '1490', after: '1490' },
        fields: ['titel'],
      },
      {
        table: 'plans',
        key: 'boras',
        title: 'Borås plan',
        change: 'kept',
        conflict: 'kommun',
        kommunkod: { before: '1490', after: '0180' },
        fields: ['kommunkod'],
      },
    ]);
  });

  it('under "take theirs" the kommun conflict is a change, still marked as such', () => {
    const rows = listChanges([planTable('plans', incoming, stored, 'theirs')]);
    expect(rows.filter((r) => r.change === 'changed').map((r) => [r.key, r.conflict])).toEqual([
      ['older', 'content'],
      ['newer', 'content'],
      ['boras', 'kommun'],
    ]);
    expect(rows.some((r) => r.change === 'kept')).toBe(false);
  });
});
