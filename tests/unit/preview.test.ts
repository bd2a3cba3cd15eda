import { describe, expect, it } from 'vitest';
import { changedFields, importEffects } from '$lib/io/preview';
import type { TablePlan } from '$lib/domain/merge';

const m = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kommunkod: '1490',
  titel: `Åtgärd ${id}`,
  status: 'planerad',
  teman: ['skola'],
  uppdaterad: '2016-01-01T00:00:00Z',
  ...extra,
});

describe('changedFields', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, [string, string, string][]]>([
    ['one field', m('a'), m('a', { status: 'pagaende' }), [['status', 'planerad', 'pagaende']]],
    ['a list', m('a'), m('a', { teman: ['skola', 'halsa'] }), [['teman', 'skola', 'skola, halsa']]],
    ['uppdaterad alone is no change', m('a'), m('a', { uppdaterad: '2017-01-01T00:00:00Z' }), []],
    ['a field added', m('a'), m('a', { beskrivning: 'Ny text' }), [['beskrivning', '', 'Ny text']]],
    [
      'a stored row’s revision is no change',
      m('a', { rev: 3 }),
      m('a', { status: 'pagaende' }),
      [['status', 'planerad', 'pagaende']],
    ],
  ])('%s', (_, before, after, want) => {
    expect(changedFields('measures', before, after).map((c) => [c.field, c.before, c.after])).toEqual(want);
  });
});

// Plans as the merge builds them (records are loosely typed here on purpose: only the preview reads them).
const plan = (
  p: Omit<TablePlan, 'conflictList' | 'update' | 'add'> & {
    add: object[];
    update: { before: object; after: object }[];
  },
) =>
  ({
    ...p,
    conflictList: [],
    update: p.update.map((u) => ({ key: String((u.after as { id: string }).id), fields: [], ...u })),
  }) as unknown as TablePlan;

describe('importEffects', () => {
  const plans: TablePlan[] = [
    plan({
      table: 'measures',
      add: [m('n1'), m('n2')],
      update: [{ before: m('u'), after: m('u', { titel: 'Nytt namn' }) }],
      unchanged: 3,
      conflicts: 1,
    }),
    plan({ table: 'themes', add: [], update: [], unchanged: 13, conflicts: 0 }),
  ];
  it('per table: new, changed, unchanged, conflicts, and the changed records with their fields', () => {
    const e = importEffects(plans);
    expect(e.map((x) => [x.entity, x.add, x.update, x.unchanged, x.conflicts])).toEqual([
      ['measures', 2, 1, 3, 1],
      ['themes', 0, 0, 13, 0],
    ]);
    expect(e[0].changes).toEqual([
      { key: 'u', title: 'Nytt namn', fields: [{ field: 'titel', before: 'Åtgärd u', after: 'Nytt namn' }] },
    ]);
  });

  it('lists at most `limit` changed records', () => {
    const many = plan({
      table: 'measures',
      add: [],
      update: Array.from({ length: 30 }, (_, i) => ({
        before: m(`x${i}`),
        after: m(`x${i}`, { status: 'genomford' }),
      })),
      unchanged: 0,
      conflicts: 30,
    });
    expect(importEffects([many], 5)[0].changes).toHaveLength(5);
    expect(importEffects([many], 5)[0].update).toBe(30);
  });
});
