// DataState (src/views/data/state.svelte.ts): Data's controller, headless — the open tab from the URL, the
// filter every table and tab count shares, the keyboard between tabs, and the URL changes it asks for.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import { DataState, TABS, type DataInput } from '../../src/views/data/state.svelte';
import { LiveData } from '$lib/state/live.svelte';
import { entityLabel, entityNoun } from '../../src/views/parts/entityNames';
import type { UrlState } from '$lib/state/url';

type Url = Pick<UrlState, 'tabell' | 'kommuner' | 'bevakning'>;

function setup(url: Partial<Url> = {}, region: Partial<DataInput['region']> = {}) {
  const data = new LiveData();
  data.plans = [aPlan('ex-p1'), aPlan('p2', { kommunkod: '1401' }), aPlan('p3', { kommunkod: '1490' })];
  data.measures = [aMeasure('m1'), aMeasure('m2', { kommunkod: '1401' })];
  const navigate = vi.fn<(changes: Partial<UrlState>) => void>();
  // The watch list of these rows (plan p3 past follow-up, measure m2 overdue), once per change of the rows.
  let overdue = { of: data.measures, measures: data.measures.filter((m) => m.id === 'm2') };
  const state = new DataState(
    {
      data,
      region: { id: '', memberSet: new Set(), ...region },
      url: { tabell: '', kommuner: [], bevakning: '', ...url },
      watch: {
        planIds: new Set(['p3']),
        measureIds: new Set(['m2']),
        get list() {
          if (overdue.of !== data.measures)
            overdue = { of: data.measures, measures: data.measures.filter((m) => m.id === 'm2') };
          return overdue;
        },
      },
    },
    navigate,
  );
  return { state, data, navigate };
}

describe('the open tab', () => {
  it("the tabs are the registry's tables edited in Data, in their order, with their names", () => {
    expect(TABS.map((x) => [x.key, x.label, x.noun])).toEqual([
      ['plans', 'Planer', 'plan'],
      ['measures', 'Åtgärder', 'åtgärd'],
      ['events', 'Händelser', 'händelse'],
      ['requests', 'Medskick', 'medskick'],
      ['regions', 'Regioner', 'region'],
    ]);
  });

  it.each([
    { tabell: '', active: 'plans' },
    { tabell: 'measures', active: 'measures' },
    { tabell: 'regions', active: 'regions' },
    { tabell: 'themes', active: 'plans' },
    { tabell: 'nonsense', active: 'plans' },
  ])('tabell=$tabell opens $active', ({ tabell, active }) => {
    expect(setup({ tabell }).state.active).toBe(active);
  });

  it.each([
    { from: 'plans', key: 'ArrowRight', to: 'measures' },
    { from: 'plans', key: 'ArrowLeft', to: 'regions' },
    { from: 'regions', key: 'ArrowRight', to: 'plans' },
    { from: 'events', key: 'Home', to: 'plans' },
    { from: 'plans', key: 'End', to: 'regions' },
    { from: 'plans', key: 'Enter', to: null },
  ])('$key from $from: $to', ({ from, key, to }) => {
    expect(setup({ tabell: from }).state.tabForKey(key)).toBe(to);
  });
});

describe('filters and counts', () => {
  it.each([
    { name: 'nothing chosen: every row, no filter', url: {}, region: {}, plans: 3, measures: 2, filtered: false },
    { name: 'chosen municipalities', url: { kommuner: ['1401'] }, region: {}, plans: 1, measures: 1, filtered: true },
    {
      name: 'a region of Borås only',
      url: {},
      region: { id: 'r', memberSet: new Set(['1490']) },
      plans: 2,
      measures: 1,
      filtered: true,
    },
    { name: 'Bevakning: overdue measures', url: { bevakning: 'forsenade' }, region: {}, plans: 3, measures: 1 },
    { name: 'Bevakning: plans past follow-up', url: { bevakning: 'uppfoljning' }, region: {}, plans: 1, measures: 2 },
    {
      name: 'Bevakning: overdue measures of a region that has them',
      url: { bevakning: 'forsenade' },
      region: { id: 'r', memberSet: new Set(['1401']) },
      plans: 1,
      measures: 1,
    },
    {
      name: 'Bevakning: overdue measures of a region without them',
      url: { bevakning: 'forsenade' },
      region: { id: 'r', memberSet: new Set(['1490']) },
      plans: 2,
      measures: 0,
    },
    {
      name: 'Bevakning: overdue measures of a chosen municipality without them',
      url: { bevakning: 'forsenade', kommuner: ['1490'] },
      region: {},
      plans: 2,
      measures: 0,
    },
  ])('$name', ({ url, region, plans, measures, filtered }) => {
    const { state } = setup(url, region);
    expect([state.counts.plans, state.counts.measures]).toEqual([plans, measures]);
    if (filtered !== undefined) expect(state.keepFor('plans') !== null).toBe(filtered);
    // The kept rows (from the watch list's rows, for Bevakning's measures) are the rows the filter keeps.
    for (const tab of TABS) {
      const keep = state.keepFor(tab.key);
      const rows = state.rowsFor(tab.key);
      const want = keep ? rows.filter(keep) : rows;
      expect(state.counts[tab.key]).toBe(want.length);
      expect(state.keptRows(tab.key).map((r) => r.id)).toEqual(want.map((r) => r.id));
    }
  });

  it('the kept rows are the rows the filter keeps, worked out again only when the rows or the filter change', () => {
    const { state, data } = setup({ bevakning: 'forsenade' });
    const kept = state.keptRows('measures');
    expect(kept.map((r) => r.id)).toEqual(['m2']);
    expect(state.keptRows('measures')).toBe(kept);
    data.measures = [...data.measures, aMeasure('m3')];
    expect(state.keptRows('measures')).not.toBe(kept);
    expect(state.keptRows('measures').map((r) => r.id)).toEqual(['m2']);
    state.onlyRegion = false;
    expect(state.keptRows('plans')).toBe(state.rowsFor('plans'));
  });

  it.each([
    { bevakning: '', read: false },
    { bevakning: 'forsenade', read: true },
  ])(
    'Bevakning $bevakning: the overdue ids read: $read (the watch list is worked out only when it filters)',
    ({ bevakning, read }) => {
      const { state } = setup({ bevakning });
      let n = 0;
      const watch = { planIds: new Set(['p3']), measureIds: new Set(['m2']), list: { measures: [] } };
      const input = (state as unknown as { input: { watch: typeof watch } }).input;
      input.watch = {
        get planIds() {
          n++;
          return watch.planIds;
        },
        get measureIds() {
          n++;
          return watch.measureIds;
        },
        get list() {
          n++;
          return watch.list;
        },
      };
      state.keptRows('measures');
      expect(n > 0).toBe(read);
    },
  );

  it('the check box "only the region" turns the region rule off', () => {
    const { state } = setup({}, { id: 'r', memberSet: new Set(['1490']) });
    expect(state.counts.plans).toBe(2);
    state.onlyRegion = false;
    expect([state.counts.plans, state.keepFor('plans')]).toEqual([3, null]);
  });

  it.each([
    { plans: ['ex-p1', 'p2'], hasExample: true },
    { plans: ['p2'], hasExample: false },
  ])('plans $plans: example loaded $hasExample', ({ plans, hasExample }) => {
    const { state, data } = setup();
    data.plans = plans.map((id) => aPlan(id));
    expect(state.hasExample).toBe(hasExample);
  });
});

describe('the URL changes it asks for', () => {
  it.each([
    { name: 'a tab', url: {}, tab: 'events', changes: { tabell: 'events' } },
    {
      name: "Bevakning's own tab keeps its filter",
      url: { bevakning: 'forsenade' },
      tab: 'measures',
      changes: { tabell: 'measures' },
    },
    {
      name: 'another tab drops the Bevakning filter',
      url: { bevakning: 'forsenade' },
      tab: 'plans',
      changes: { tabell: 'plans', bevakning: '' },
    },
  ] as const)('$name', ({ url, tab, changes }) => {
    const { state, navigate } = setup(url);
    state.select(tab);
    expect(navigate).toHaveBeenCalledExactlyOnceWith(changes);
  });

  it('clearing the chosen municipalities', () => {
    const { state, navigate } = setup({ kommuner: ['1490'] });
    state.clearChosen();
    expect(navigate).toHaveBeenCalledExactlyOnceWith({ kommuner: [] });
  });
});

describe("an entity's names (Data's tabs, Översikt's latest changes)", () => {
  it.each([
    { table: 'plans', label: 'Planer', noun: 'plan' },
    { table: 'requests', label: 'Medskick', noun: 'medskick' },
    { table: 'rounds', label: 'Insamlingar', noun: 'rounds' },
    { table: 'indicatorValues', label: 'indicatorValues', noun: 'indicatorValues' },
    { table: 'toString', label: 'toString', noun: 'toString' },
  ])('$table: $label, $noun', ({ table, label, noun }) => {
    expect([entityLabel(table), entityNoun(table)]).toEqual([label, noun]);
  });
});
