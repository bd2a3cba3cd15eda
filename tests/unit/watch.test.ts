import { describe, expect, it } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import type { Measure, Plan } from '$lib/domain/model';
import type { Answer, Round } from '$lib/domain/collection';
import { smallest } from '$lib/domain/text';
import {
  firstOf,
  firstWords,
  firstWordsOf,
  isWatchFilter,
  overdueMeasures,
  overdueOrder,
  plansPastFollowUp,
  roundsWaiting,
  watchList,
  WATCH_FILTERS,
} from '$lib/domain/watch';

const plan = (id: string, kommunkod: string, extra: Partial<Plan> = {}): Plan =>
  aPlan(id, { kommunkod, startdatum: '2016-01', kalla: '', ...extra });
const measure = (id: string, kommunkod: string, extra: Partial<Measure> = {}): Measure =>
  aMeasure(id, { kommunkod, kalla: '', ...extra });
const round = (id: string, region_id: string, sista_svarsdag: string): Round => ({
  id,
  namn: `Insamling ${id}`,
  region_id,
  sista_svarsdag,
  fragar: ['plan'],
  kontakt: '',
  skapad: '2016-03-01T00:00:00Z',
  uppdaterad: '2016-03-01T00:00:00Z',
});
const answer = (insamling_id: string, kommunkod: string, mottagen: string): Answer => ({
  insamling_id,
  kommunkod,
  mottagen,
  fil: `${kommunkod}.xlsx`,
  plan_status_fore: '' as Answer['plan_status_fore'],
  plan_datum_fore: '' as Answer['plan_datum_fore'],
  plan_kalla_fore: '',
  atgarder_fore: [] as string[],
});

describe('plansPastFollowUp', () => {
  const TODAY = '2017-07-15';
  it.each<[string, Partial<Plan>, Answer[], boolean]>([
    ['no follow-up date', {}, [], false],
    ['follow-up passed', { uppfoljning: '2017-06-30' }, [], true],
    ['follow-up is today', { uppfoljning: '2017-07-15' }, [], false],
    ['follow-up later', { uppfoljning: '2017-09' }, [], false],
    ['a month: passed only after its last day', { uppfoljning: '2017-07' }, [], false],
    ['a year passed', { uppfoljning: '2016' }, [], true],
    ['already followed up', { uppfoljning: '2017-06-30', status: 'uppfoljd' }, [], false],
    ['answered after the follow-up date', { uppfoljning: '2017-06-30' }, [answer('i1', '1490', '2017-07-02')], false],
    ['answered on the follow-up date', { uppfoljning: '2017-06-30' }, [answer('i1', '1490', '2017-06-30')], false],
    ['answered before the follow-up date', { uppfoljning: '2017-06-30' }, [answer('i1', '1490', '2017-05-02')], true],
    ['another municipality answered', { uppfoljning: '2017-06-30' }, [answer('i1', '1441', '2017-07-02')], true],
    ['an answer without a date', { uppfoljning: '2017-06-30' }, [answer('i1', '1490', '')], true],
    [
      'uppdaterad later does not count as a follow-up',
      { uppfoljning: '2017-06-30', uppdaterad: '2017-07-10T08:00:00Z' },
      [],
      true,
    ],
  ])('%s', (_, extra, answers, expected) => {
    expect(plansPastFollowUp([plan('p', '1490', extra)], answers, TODAY).map((p) => p.id)).toEqual(
      expected ? ['p'] : [],
    );
  });

  it('looks only at the current plan of a municipality, earliest follow-up first', () => {
    const plans = [
      plan('old', '1490', { startdatum: '2014', uppfoljning: '2015-01' }),
      plan('new', '1490', { startdatum: '2016', uppfoljning: '2017-03' }),
      plan('skovde', '1496', { uppfoljning: '2016-12-31' }),
    ];
    expect(plansPastFollowUp(plans, [], '2017-07-15').map((p) => p.id)).toEqual(['skovde', 'new']);
  });
});

describe('overdueMeasures', () => {
  it.each<[string, Partial<Measure>, boolean]>([
    ['no end', {}, false],
    ['end passed, planned', { slut: '2016-12' }, true],
    ['end passed, running', { slut: '2016-12', status: 'pagaende' }, true],
    ['end passed, completed', { slut: '2016-12', status: 'genomford' }, false],
    ['end passed, cancelled', { slut: '2016-12', status: 'avbruten' }, false],
    ['end this month', { slut: '2017-07' }, false],
  ])('%s', (_, extra, expected) => {
    expect(overdueMeasures([measure('m', '1490', extra)], '2017-07-15').map((m) => m.id)).toEqual(
      expected ? ['m'] : [],
    );
  });

  it('sorts by end, then title', () => {
    const ms = [
      measure('b', '1490', { slut: '2016-05', titel: 'B' }),
      measure('a', '1490', { slut: '2016-05', titel: 'A' }),
      measure('c', '1490', { slut: '2015', titel: 'C' }),
    ];
    const overdue = overdueMeasures(ms, '2017-01-01');
    expect(overdue.map((m) => m.id)).toEqual(['b', 'a', 'c']);
    expect([...overdue].sort(overdueOrder).map((m) => m.id)).toEqual(['c', 'a', 'b']);
    expect(smallest(overdue, 2, overdueOrder).map((m) => m.id)).toEqual(['c', 'a']);
  });

  it.each([
    [['1490'], ['a']],
    [['0180'], ['s']],
    [[], []],
  ])('of the members %j', (codes, expected) => {
    const ms = [measure('a', '1490', { slut: '2016' }), measure('s', '0180', { slut: '2016' })];
    expect(overdueMeasures(ms, '2017-01-01', new Set(codes)).map((m) => m.id)).toEqual(expected);
  });
});

describe('roundsWaiting', () => {
  const groups: Record<string, string[]> = { trion: ['1490', '1496', '1498'], other: ['0180'] };
  const membersOf = (id: string) => groups[id] ?? [];
  const region = new Set(['1490', '1496', '1498', '1441']);
  it.each<[string, Round, Answer[], string, string[] | null]>([
    [
      'past, one waiting',
      round('r', 'trion', '2016-05-31'),
      [answer('r', '1490', '2016-05-02'), answer('r', '1496', '2016-06-10')],
      '2016-06-15',
      ['1498'],
    ],
    [
      'past, all answered (one late)',
      round('r', 'trion', '2016-05-31'),
      [answer('r', '1490', '2016-05-02'), answer('r', '1496', '2016-06-10'), answer('r', '1498', '2016-06-11')],
      '2016-06-15',
      null,
    ],
    ['last answer date is today', round('r', 'trion', '2016-05-31'), [], '2016-05-31', null],
    ['last answer date a month, still running', round('r', 'trion', '2016-05'), [], '2016-05-20', null],
    ['no last answer date', round('r', 'trion', ''), [], '2016-06-15', null],
    [
      'answers to another round do not count',
      round('r', 'trion', '2016-05-31'),
      [answer('x', '1490', '2016-05-02')],
      '2016-06-15',
      ['1490', '1496', '1498'],
    ],
    ['a round of another region', round('r', 'other', '2016-05-31'), [], '2016-06-15', null],
  ])('%s', (_, r, answers, today, expected) => {
    const got = roundsWaiting([r], answers, region, membersOf, today);
    expect(got.length ? got[0].waiting : null).toEqual(expected);
    if (got.length) expect(got[0].asked).toBe(3);
  });
});

describe('watchList', () => {
  it('keeps to the region', () => {
    const list = watchList({
      members: ['1490'],
      plans: [plan('p1', '1490', { uppfoljning: '2016' }), plan('p2', '0180', { uppfoljning: '2016' })],
      measures: [measure('m1', '1490', { slut: '2016' }), measure('m2', '0180', { slut: '2016' })],
      rounds: [round('r1', 'solo', '2016-05-31'), round('r2', 'big', '2016-05-31')],
      answers: [],
      today: '2017-01-10',
      membersOf: (id) => (id === 'solo' ? ['1490'] : ['1490', '0180']),
    });
    expect(list.plans.map((p) => p.id)).toEqual(['p1']);
    expect(list.measures.map((m) => m.id)).toEqual(['m1']);
    expect(list.rounds.map((r) => r.round.id)).toEqual(['r1']);
  });
});

describe('filters and helpers', () => {
  it.each([
    ['uppfoljning', true],
    ['forsenade', true],
    ['', false],
    ['toString', false],
    ['annat', false],
  ])('isWatchFilter(%j) → %s', (s, ok) => expect(isWatchFilter(s)).toBe(ok));
  it('names the table of each filter', () =>
    expect(WATCH_FILTERS).toEqual({ uppfoljning: 'plans', forsenade: 'measures' }));
  it.each([
    [[1, 2, 3], 2, [1, 2], 1],
    [[1, 2], 5, [1, 2], 0],
    [[], 3, [], 0],
  ])('firstOf(%j, %i)', (items, n, shown, more) => expect(firstOf(items, n)).toEqual({ shown, more }));
  const andMore = (names: string, more: number) => `${names} och ${more} till`;
  const byNumber = (a: string, b: string) => Number(a) - Number(b);
  it.each([
    { items: ['Borås', 'Skövde'], n: 5, order: undefined, words: 'Borås, Skövde' },
    { items: ['Borås', 'Skövde', 'Lerum'], n: 2, order: undefined, words: 'Borås, Skövde och 1 till' },
    { items: [], n: 2, order: undefined, words: '' },
    { items: ['9', '3', '7', '1'], n: 2, order: byNumber, words: '1, 3 och 2 till' },
    { items: ['9', '3'], n: 2, order: byNumber, words: '3, 9' },
  ])('firstWords($items, $n) → "$words"', ({ items, n, order, words }) =>
    expect(firstWords(items, n, (x) => x, andMore, order)).toBe(words),
  );
  // A table's first page (the 10 smallest) serves the sentence: the same words as firstWords.
  const many = ['12', '3', '7', '1', '3', '30', '8', '2', '19', '5', '11', '4', '6'];
  it.each([
    { items: many, n: 5 },
    { items: many, n: 10 },
    { items: many.slice(0, 4), n: 5 },
    { items: many.slice(0, 5), n: 5 },
    { items: many.slice(0, 6), n: 5 },
    { items: [], n: 5 },
  ])('firstWordsOf(the 10 smallest of $items.length, $n) is firstWords', ({ items, n }) =>
    expect(firstWordsOf(smallest(items, 10, byNumber), items.length, n, (x) => x, andMore)).toBe(
      firstWords(items, n, (x) => x, andMore, byNumber),
    ),
  );
});
