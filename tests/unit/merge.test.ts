import { describe, expect, it } from 'vitest';
import { countPlans, planTable, primaryKey, recordKey, sameContent, type Rec, type Strategy } from '../../src/lib/io/merge';

const rec = (id: string, titel: string, uppdaterad: string, extra: Rec = {}): Rec => ({ id, titel, uppdaterad, teman: [], ...extra });

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
  ] as [Strategy, string[], number, number, number][])('strategy %s overwrites %j', (strategy, updated, add, unchanged, conflicts) => {
    const p = planTable('plans', incoming, stored, strategy);
    expect(p.update.map((u) => u.after.id)).toEqual(updated);
    expect(p.update.every((u) => u.before === stored.get(String(u.after.id)))).toBe(true);
    expect(p.add.map((r) => r.id)).toEqual(['d']);
    expect([p.add.length, p.unchanged, p.conflicts]).toEqual([add, unchanged, conflicts]);
  });

  it('tables without timestamps take the file under "newer"', () => {
    const p = planTable('themes', [{ id: 't', namn: 'Ny' }], new Map([['t', { id: 't', namn: 'Gammal' }]]), 'newer');
    expect(p.update).toHaveLength(1);
  });

  it('indicator values are keyed by indicator, municipality and period', () => {
    const v = { indikator: 'N1', kommunkod: '1490', period: '2015', varde: 1, kalla: '' };
    expect(recordKey('indicatorValues', v)).toBe('["N1","1490","2015"]');
    expect(primaryKey('indicatorValues', v)).toEqual(['N1', '1490', '2015']);
    const p = planTable('indicatorValues', [{ ...v, varde: 2 }], new Map([[recordKey('indicatorValues', v), v]]), 'theirs');
    expect(p.update).toHaveLength(1);
  });

  it('counts over tables', () => {
    const a = planTable('plans', incoming, stored, 'newer');
    const b = planTable('measures', [rec('x', 'X', '1')], new Map(), 'newer');
    expect(countPlans([a, b])).toEqual({ nya: 2, andrade: 1, oforandrade: 1, konflikter: 2 });
  });
});
