import { describe, expect, it, vi } from 'vitest';
import { AppState } from '$lib/state/app.svelte';
import { attempt, describeError, Notifier, notify } from '$lib/state/notify.svelte';
import { DEFAULT_STATE, parseHash, type UrlState } from '$lib/state/url';

describe('AppState', () => {
  it('applies and snapshots the URL state', () => {
    const s = new AppState();
    expect(s.snapshot()).toEqual(DEFAULT_STATE);
    const next = { ...DEFAULT_STATE, route: 'karta' as const, region: '14', kommuner: ['1490'], farg: 'status' };
    s.apply(next);
    expect(s.snapshot()).toEqual(next);
  });

  it.each([
    ['oversikt', { region: '14' }, '#/oversikt?region=14'],
    ['data', { region: 'sjuharad', tabell: 'measures' }, '#/data?region=sjuharad&tabell=measures'],
    [
      'karta',
      { region: 'sjuharad', tabell: 'measures', kommuner: ['1490', '1496'] },
      '#/karta?region=sjuharad&kommuner=1490,1496',
    ],
  ] as const)('hrefFor(%s) keeps the shared state', (route, partial, href) => {
    const s = new AppState();
    s.apply({
      ...DEFAULT_STATE,
      ...partial,
      kommuner: [...(('kommuner' in partial ? partial.kommuner : []) as string[])],
    });
    expect(s.hrefFor(route)).toBe(href);
  });
});

describe('notify', () => {
  it('says a message and clears info messages after a while', () => {
    vi.useFakeTimers();
    const n = new Notifier();
    n.say('Sparat');
    expect(n.message).toBe('Sparat');
    vi.advanceTimersByTime(7000);
    expect(n.message).toBe('');
    n.say('Fel', 'error');
    vi.advanceTimersByTime(60000);
    expect(n.message).toBe('Fel');
    expect(n.kind).toBe('error');
    vi.useRealTimers();
  });

  it.each([
    [Object.assign(new Error('x'), { name: 'QuotaExceededError' }), /Lagringsutrymmet.*fullt.*Inget sparades/],
    [{ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } }, /Lagringsutrymmet/],
    [
      new Error('ConstraintError: key exists'),
      /Det gick inte att spara: ConstraintError: key exists\. Inget ändrades\./,
    ],
    ['plain', /Det gick inte att spara: plain/],
  ])('describeError(%j)', (e, message) => expect(describeError(e)).toMatch(message));

  it('attempt returns the value and reports success, or reports the failure visibly', async () => {
    expect(await attempt(async () => 42, 'Klart')).toBe(42);
    expect(notify.message).toBe('Klart');
    expect(
      await attempt(async () => {
        throw new Error('trasig');
      }),
    ).toBeUndefined();
    expect(notify.kind).toBe('error');
    expect(notify.message).toMatch(/trasig/);
  });
});

describe('AppState writes the URL itself', () => {
  const fakeTarget = (initial: string) => {
    let hash = initial;
    const listeners: (() => void)[] = [];
    const writes: string[] = [];
    const pushes: string[] = [];
    return {
      writes,
      pushes,
      go(h: string) {
        hash = h;
        listeners.forEach((l) => l());
      },
      target: {
        read: () => hash,
        replace: (h: string) => {
          hash = h;
          writes.push(h);
        },
        push: (h: string) => {
          hash = h;
          pushes.push(h);
        },
        listen: (cb: () => void) => {
          listeners.push(cb);
          return () => listeners.splice(listeners.indexOf(cb), 1);
        },
      },
    };
  };

  it.each([
    ['region', (s: AppState) => s.setRegion('14'), '#/karta?region=14'],
    ['selection', (s: AppState) => (s.kommuner = ['1490', '1443']), '#/karta?region=sjuharad&kommuner=1490,1443'],
    ['table on another route is not written', (s: AppState) => (s.tabell = 'events'), '#/karta?region=sjuharad'],
    ['colour', (s: AppState) => (s.farg = 'tema:skola'), '#/karta?region=sjuharad&farg=tema:skola'],
  ])('a field change (%s) updates the hash without a writeUrl call', async (_, change, expected) => {
    const f = fakeTarget('#/karta?region=sjuharad');
    const s = new AppState();
    const stop = s.connect(f.target);
    expect(s.region).toBe('sjuharad');
    change(s);
    // The effect root runs mirror(target, hash) on every change (effects need a browser; here it is called directly).
    expect(s.hash).toBe(expected);
    s.mirror(f.target, s.hash);
    expect(f.target.read()).toBe(expected);
    s.mirror(f.target, s.hash);
    expect(f.writes).toEqual(expected === '#/karta?region=sjuharad' ? [] : [expected]);
    stop();
  });

  it('reads a changed location into the state; its hash is the location (nothing to write back); stops after cleanup', () => {
    const f = fakeTarget('#/oversikt');
    const s = new AppState();
    const stop = s.connect(f.target);
    f.go('#/jamfor?region=14&kommuner=1490');
    expect(s.route).toBe('jamfor');
    expect(s.kommuner).toEqual(['1490']);
    s.mirror(f.target, s.hash);
    expect(f.writes).toEqual([]);
    stop();
    f.go('#/karta');
    expect(s.route).toBe('jamfor');
  });

  it('navigate: a change of route is a new history entry (as a link), a change of parameter is not', () => {
    const f = fakeTarget('#/tidslinje?region=sjuharad&bevakning=forsenade');
    const s = new AppState();
    const stop = s.connect(f.target);
    s.navigate({ datum: '2016-03' });
    expect(f.pushes).toEqual([]);
    s.mirror(f.target, s.hash);
    expect(f.writes).toEqual(['#/tidslinje?region=sjuharad&datum=2016-03']);
    s.navigate({ route: 'data', tabell: 'measures', post: 'm1' });
    expect(f.pushes).toEqual(['#/data?region=sjuharad&datum=2016-03&tabell=measures&post=m1&bevakning=forsenade']);
    expect(s.snapshot()).toEqual(parseHash(f.pushes[0]));
    // The mirror finds the location already there: nothing more is written.
    s.mirror(f.target, s.hash);
    expect(f.writes).toHaveLength(1);
    stop();
  });

  it.each([
    [{ region: '20' }, { region: '20', kommuner: [] }],
    [
      { region: '20', kommuner: ['2080'] },
      { region: '20', kommuner: ['2080'] },
    ],
    [{ region: '14' }, { region: '14', kommuner: [] }],
    [{ tema: 'skola' }, { region: '14', kommuner: ['1490'], tema: 'skola' }],
    [{ kommuner: [] }, { region: '14', kommuner: [] }],
  ] as [Partial<UrlState>, Partial<UrlState>][])('navigate(%j) gives %j', (changes, expected) => {
    const s = new AppState();
    s.apply({ ...DEFAULT_STATE, route: 'karta', region: '14', kommuner: ['1490'] });
    s.navigate(changes);
    expect(s.snapshot()).toEqual({ ...DEFAULT_STATE, route: 'karta', ...expected });
  });

  it('setRegion clears the municipality selection; hrefWith changes only the given fields', () => {
    const s = new AppState();
    s.apply({ ...DEFAULT_STATE, region: '14', kommuner: ['1490'], post: 'x' });
    expect(s.hrefWith('karta', { kommuner: ['1443'] })).toBe('#/karta?region=14&kommuner=1443');
    s.setRegion('20');
    expect(s.kommuner).toEqual([]);
    expect(s.hash).toBe('#/oversikt?region=20');
  });
});
