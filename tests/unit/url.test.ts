import { describe, expect, it } from 'vitest';
import {
  buildHash,
  DEFAULT_STATE,
  linkState,
  MIGRATIONS,
  PARAM_NAMES,
  PARAMS,
  parseHash,
  PATH_PARAMS,
  ROUTES,
  withChanges,
  type ParamName,
  type Route,
  type UrlMigrations,
  type UrlState,
} from '$lib/state/url';

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
    state({ route: 'kommun', kommun: '1490', region: '14' }),
    state({ route: 'rapport', region: 'sjuharad' }),
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

describe('the parameter table', () => {
  // [parameter, a value other than the default, its text in the hash]: every parameter of the table.
  const examples: { [K in ParamName]: [UrlState[K], string] } = {
    region: ['ex-sjuharad', 'region=ex-sjuharad'],
    kommuner: [['1490', '0180'], 'kommuner=1490,0180'],
    tema: ['hälsa och vård', 'tema=h%C3%A4lsa+och+v%C3%A5rd'],
    datum: ['2016-03-15', 'datum=2016-03-15'],
    farg: ['indikator:N1', 'farg=indikator:N1'],
    tabell: ['measures', 'tabell=measures'],
    post: ['m-1', 'post=m-1'],
    bevakning: ['forsenade', 'bevakning=forsenade'],
    visning: ['kommun', 'visning=kommun'],
    markera: ['skola', 'markera=skola'],
    kommun: ['1490', 'kommun/1490'],
  };
  /** The parameters written in the query (a path parameter has its own test below). */
  const inPath = new Set<ParamName>(Object.values(PATH_PARAMS));
  const QUERY_NAMES = PARAM_NAMES.filter((k) => !inPath.has(k));

  it('lists every parameter of the state, in hash order, and nothing else', () => {
    expect(PARAM_NAMES).toEqual(Object.keys(examples));
    expect(Object.keys(DEFAULT_STATE).sort()).toEqual(['route', ...PARAM_NAMES].sort());
  });

  it.each(PARAM_NAMES)('%s: the default state has its default, and an empty or missing value reads as it', (k) => {
    expect(DEFAULT_STATE[k]).toEqual(PARAMS[k].default);
    expect(PARAMS[k].parse('')).toEqual(PARAMS[k].default);
    expect(parseHash('#/data?')[k]).toEqual(PARAMS[k].default);
  });

  it.each(QUERY_NAMES.map((k) => [k, ...examples[k]] as const))(
    '%s = %j is written as %s and read back',
    (k, value, text) => {
      // On a route whose hash carries it (Data carries all but Tidslinje's own).
      const route = (PARAMS[k] as { routes?: readonly Route[] }).routes?.[0] ?? 'data';
      const s = { ...DEFAULT_STATE, route, [k]: value };
      expect(buildHash(s)).toBe(`#/${route}?${text}`);
      expect(parseHash(buildHash(s))).toEqual(s);
    },
  );

  it.each(PARAM_NAMES)('%s: its default is left out of the hash', (k) => {
    expect(buildHash({ ...DEFAULT_STATE, route: 'data', [k]: PARAMS[k].default })).toBe('#/data');
  });

  it.each(QUERY_NAMES.flatMap((k) => ROUTES.map((route) => [k, route] as const)))(
    '%s is written on route %s only when the table says so',
    (k, route) => {
      const spec: { routes?: readonly string[] } = PARAMS[k];
      const written = buildHash({ ...DEFAULT_STATE, route, [k]: examples[k][0] }).includes(`${k}=`);
      expect(written).toBe(!spec.routes || spec.routes.includes(route));
    },
  );
});

describe('a parameter in the path (#/kommun/1490)', () => {
  it.each([
    [state({ route: 'kommun', kommun: '1490' }), '#/kommun/1490'],
    [state({ route: 'kommun', kommun: '1490', region: '14' }), '#/kommun/1490?region=14'],
    [state({ route: 'kommun' }), '#/kommun'],
    [state({ route: 'karta', kommun: '1490' }), '#/karta'],
    [state({ route: 'rapport', kommun: '1490', region: '14' }), '#/rapport?region=14'],
  ])('%j is written as %s', (s, hash) => expect(buildHash(s)).toBe(hash));

  it.each([
    ['#/kommun/1490', '1490'],
    ['#/kommun/1490?region=14', '1490'],
    ['#/kommun/14', ''],
    ['#/kommun/abcd', ''],
    ['#/kommun', ''],
    ['#/kommun/', ''],
  ])('%s reads kommun %j', (hash, kommun) => {
    expect(parseHash(hash).route).toBe('kommun');
    expect(parseHash(hash).kommun).toBe(kommun);
  });
});

describe('migrations of renamed parameters', () => {
  it('each rename leads from a name no longer used to a name of today (a guard for future entries)', () => {
    for (const m of MIGRATIONS.params) {
      expect(PARAM_NAMES).toContain(m.to);
      expect(PARAM_NAMES).not.toContain(m.from);
    }
    for (const [old, route] of Object.entries(MIGRATIONS.routes)) {
      expect(ROUTES).toContain(route);
      expect(ROUTES).not.toContain(old);
    }
  });

  // A made-up history: "kommun" became "kommuner", "farg" once took "tema-<id>", "karta2" became "karta".
  const history: UrlMigrations = {
    params: [
      { from: 'kommun', to: 'kommuner' },
      { from: 'colour', to: 'farg', value: (old) => old.replace(/^tema-/, 'tema:') },
    ],
    routes: { karta2: 'karta' },
  };
  it.each([
    ['#/karta?kommun=1490,1496', '#/karta?kommuner=1490,1496'],
    ['#/karta?colour=tema-skola', '#/karta?farg=tema:skola'],
    ['#/karta2?region=14', '#/karta?region=14'],
    ['#/karta?kommun=1490&kommuner=0180', '#/karta?kommuner=0180'],
    ['#/karta?region=14', '#/karta?region=14'],
  ])('an old link %s opens the same view as %s', (old, today) => {
    expect(parseHash(old, history)).toEqual(parseHash(today));
    expect(buildHash(parseHash(old, history))).toBe(today);
  });

  it('without the migration the old name is ignored', () => {
    expect(parseHash('#/karta?kommun=1490').kommuner).toEqual([]);
  });
});

describe('withChanges and linkState', () => {
  const from = state({
    route: 'data',
    region: '14',
    kommuner: ['1490'],
    tabell: 'plans',
    post: 'p1',
    bevakning: 'forsenade',
  });
  it.each([
    [{ tema: 'skola' }, { ...from, tema: 'skola' }],
    [{ region: '20' }, { ...from, region: '20', kommuner: [] }],
    [
      { region: '20', kommuner: ['2080'] },
      { ...from, region: '20', kommuner: ['2080'] },
    ],
    [{ route: 'karta' as const }, { ...from, route: 'karta' as const }],
  ])('withChanges(%j)', (changes, expected) => {
    expect(withChanges(from, changes)).toEqual(expected);
  });

  it('a link starts without the per-visit parameters (the open record, the watch filter) unless given', () => {
    expect(linkState(from, 'data', { tabell: 'measures' })).toEqual({
      ...from,
      tabell: 'measures',
      post: '',
      bevakning: '',
    });
    expect(linkState(from, 'data', { post: 'p2' })).toEqual({ ...from, post: 'p2', bevakning: '' });
    expect(linkState(from, 'karta')).toEqual({ ...from, route: 'karta', post: '', bevakning: '' });
  });
});
