import { describe, expect, it } from 'vitest';
import { buildHash, DEFAULT_STATE, parseHash, ROUTES, type UrlState } from '$lib/state/url';

const state = (s: Partial<UrlState>): UrlState => ({ ...DEFAULT_STATE, ...s });

describe('parseHash / buildHash round trip', () => {
  const states: UrlState[] = [
    DEFAULT_STATE,
    ...ROUTES.map((route) => state({ route })),
    state({
      route: 'karta',
      region: '14',
      kommuner: ['1490', '1496'],
      tema: 'skola',
      datum: '2016-03',
      farg: 'status',
    }),
    state({ route: 'tidslinje', region: 'sjuharad', datum: '2016-03-15' }),
    state({ route: 'jamfor', kommuner: ['0180'], datum: '2016' }),
    state({ route: 'data', tabell: 'measures', tema: 'halsa' }),
    state({ route: 'data', tabell: 'plans', bevakning: 'uppfoljning' }),
    state({ route: 'data', tabell: 'measures', bevakning: 'forsenade' }),
    state({ route: 'oversikt', region: 'ex-sjuharad', tema: 'å ä ö & = ? # / +' }),
  ];
  it.each(states.map((s) => [buildHash(s), s] as const))('%s', (hash, s) => {
    expect(parseHash(hash)).toEqual(s);
    expect(buildHash(parseHash(hash))).toBe(hash);
  });
});

describe('buildHash', () => {
  it.each([
    [DEFAULT_STATE, '#/oversikt'],
    [state({ route: 'karta' }), '#/karta'],
    [state({ route: 'karta', region: '14' }), '#/karta?region=14'],
    [state({ route: 'karta', kommuner: ['1490', '1496'] }), '#/karta?kommuner=1490,1496'],
    [state({ route: 'karta', region: '', kommuner: [], tema: '', datum: '', farg: '', tabell: '' }), '#/karta'],
    [
      state({ route: 'karta', region: '14', kommuner: ['1490'], tema: 'skola', datum: '2016', farg: 'tema' }),
      '#/karta?region=14&kommuner=1490&tema=skola&datum=2016&farg=tema',
    ],
    [state({ route: 'data', tabell: 'plans' }), '#/data?tabell=plans'],
    [
      state({ route: 'data', tabell: 'measures', bevakning: 'forsenade' }),
      '#/data?tabell=measures&bevakning=forsenade',
    ],
    [state({ route: 'oversikt', bevakning: 'forsenade' }), '#/oversikt'],
    [state({ route: 'karta', tabell: 'plans' }), '#/karta'],
    [state({ route: 'oversikt', tabell: 'plans', region: '01' }), '#/oversikt?region=01'],
  ])('%j → %s', (s, hash) => {
    expect(buildHash(s)).toBe(hash);
  });
});

describe('parseHash', () => {
  it.each([
    ['', 'oversikt'],
    ['#', 'oversikt'],
    ['#/', 'oversikt'],
    ['#/okand', 'oversikt'],
    ['#/KARTA', 'oversikt'],
    ['#/karta', 'karta'],
    ['#karta', 'karta'],
    ['/karta', 'karta'],
    ['#//karta', 'karta'],
    ['#/karta/extra', 'karta'],
    ['#/teman?region=14', 'teman'],
    ['#/okand?region=14', 'oversikt'],
  ])('route of %j is %s', (hash, route) => {
    expect(parseHash(hash).route).toBe(route);
  });

  it('keeps the other state when the route is unknown', () => {
    expect(parseHash('#/gammal?region=14&tema=skola')).toEqual(state({ region: '14', tema: 'skola' }));
  });

  it.each([
    ['1490,1496', ['1490', '1496']],
    ['1490,abc,149,14900,,1496', ['1490', '1496']],
    [' 1490 , 1496 ', ['1490', '1496']],
    ['1490,1490,1496', ['1490', '1496']],
    ['', []],
    ['x', []],
  ])('kommuner=%j → %j', (value, codes) => {
    expect(parseHash(`#/karta?kommuner=${value}`).kommuner).toEqual(codes);
  });

  it('reads kommuner with an encoded comma', () => {
    expect(parseHash('#/karta?kommuner=1490%2C1496').kommuner).toEqual(['1490', '1496']);
  });

  it.each([
    ['2016', '2016'],
    ['2016-03', '2016-03'],
    ['2016-03-15', '2016-03-15'],
    ['16', ''],
    ['2016-3', ''],
    ['2016-03-5', ''],
    ['15/3/2016', ''],
    ['mars 2016', ''],
    ['2016-03-15T00:00', ''],
    ['x2016', ''],
    ['2016-02-30', ''],
    ['2016-13', ''],
    ['', ''],
  ])('datum=%j → %j', (value, datum) => {
    expect(parseHash(`#/tidslinje?datum=${encodeURIComponent(value)}`).datum).toBe(datum);
  });

  it('decodes values', () => {
    const s = parseHash('#/oversikt?region=ex-sjuharad&tema=h%C3%A4lsa+och+v%C3%A5rd&farg=status');
    expect([s.region, s.tema, s.farg]).toEqual(['ex-sjuharad', 'hälsa och vård', 'status']);
  });

  it('gives empty defaults for missing parameters', () => {
    expect(parseHash('#/karta')).toEqual(state({ route: 'karta' }));
  });

  it('reads tabell on the data route', () => {
    expect(parseHash('#/data?tabell=measures').tabell).toBe('measures');
  });

  it('does not share arrays with DEFAULT_STATE', () => {
    parseHash('#/karta').kommuner.push('0180');
    expect(DEFAULT_STATE.kommuner).toEqual([]);
  });
});

describe('parseHash keeps only a known watch filter', () => {
  it.each([
    ['#/data?bevakning=uppfoljning', 'uppfoljning'],
    ['#/data?bevakning=forsenade', 'forsenade'],
    ['#/data?bevakning=annat', ''],
    ['#/data?bevakning=', ''],
    ['#/data', ''],
  ])('%s → %j', (hash, bevakning) => expect(parseHash(hash).bevakning).toBe(bevakning));
});
