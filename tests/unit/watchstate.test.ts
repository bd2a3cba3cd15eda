import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import { live } from '$lib/state/live.svelte';
import { app } from '$lib/state/app.svelte';
import { WatchState } from '$lib/state/watch.svelte';
import type { Measure, Plan } from '$lib/domain/model';
import type { Answer, Round } from '$lib/domain/collection';

const plan = (id: string, kommunkod: string, uppfoljning: string): Plan =>
  aPlan(id, { kommunkod, startdatum: '2016-01', uppfoljning, kalla: '' });
const measure = (id: string, kommunkod: string, slut: string): Measure =>
  aMeasure(id, { kommunkod, status: 'pagaende', slut, kalla: '' });
const round: Round = {
  id: 'i-1',
  namn: 'Våren',
  region_id: '14',
  sista_svarsdag: '2016-05-31',
  fragar: [],
  kontakt: '',
  skapad: '',
  uppdaterad: '',
};
const answers: Answer[] = [
  {
    insamling_id: 'i-1',
    kommunkod: '1490',
    mottagen: '2016-04-20',
    fil: '',
    plan_status_fore: '' as Answer['plan_status_fore'],
    plan_datum_fore: '' as Answer['plan_datum_fore'],
    plan_kalla_fore: '',
    atgarder_fore: [] as string[],
  },
];

describe('WatchState', () => {
  live.plans = [plan('boras', '1490', '2016-04-30'), plan('umea', '2480', '2016-04-30')];
  live.measures = [measure('m1', '1490', '2016-04'), measure('m2', '1496', '2016-12')];
  live.rounds = [round];
  live.answers = answers;

  it.each([
    // today, region, plans, measures, rounds (waiting members of the county counted)
    ['2016-03-01', '14', [], [], 0],
    ['2016-05-15', '14', ['boras'], ['m1'], 0],
    ['2016-06-15', '14', ['boras'], ['m1'], 48],
    ['2017-01-15', '14', ['boras'], ['m1', 'm2'], 48],
    ['2017-01-15', '', ['boras', 'umea'], ['m1', 'm2'], 48],
    ['2017-01-15', '24', ['umea'], [], 0],
  ])('on %s in region %j', (today, regionId, plans, measures, waiting) => {
    app.region = regionId;
    const w = new WatchState(today);
    expect(w.list.plans.map((p) => p.id)).toEqual(plans);
    expect(w.list.measures.map((m) => m.id)).toEqual(measures);
    expect(w.list.rounds.reduce((n, r) => n + r.waiting.length, 0)).toBe(waiting);
    expect([...w.planIds]).toEqual(plans);
    expect([...w.measureIds]).toEqual(measures);
    expect(w.count).toBe(plans.length + measures.length + (waiting ? 1 : 0));
  });

  it('follows a change of today', () => {
    app.region = '14';
    const w = new WatchState('2016-03-01');
    expect(w.count).toBe(0);
    w.today = '2016-06-15';
    expect(w.count).toBe(3);
  });
});

describe('the bevakning link parameter', () => {
  it.each([
    ['hrefFor data keeps it', () => app.hrefFor('data'), '#/data?tabell=plans&bevakning=uppfoljning'],
    ['hrefFor another route drops it', () => app.hrefFor('karta'), '#/karta'],
    [
      'hrefWith (a link to a record) drops it',
      () => app.hrefWith('data', { post: 'p1' }),
      '#/data?tabell=plans&post=p1',
    ],
  ])('%s', (_, href, expected) => {
    app.region = '';
    app.tabell = 'plans';
    app.bevakning = 'uppfoljning';
    expect(href()).toBe(expected);
  });
});
