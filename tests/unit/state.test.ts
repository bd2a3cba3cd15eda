import { describe, expect, it, vi } from 'vitest';
import { AppState } from '../../src/lib/state/app.svelte';
import { attempt, describeError, Notifier, notify } from '../../src/lib/state/notify.svelte';
import { DEFAULT_STATE } from '../../src/lib/state/url';

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
    ['karta', { region: 'sjuharad', tabell: 'measures', kommuner: ['1490', '1496'] }, '#/karta?region=sjuharad&kommuner=1490,1496'],
  ] as const)('hrefFor(%s) keeps the shared state', (route, partial, href) => {
    const s = new AppState();
    s.apply({ ...DEFAULT_STATE, ...partial, kommuner: [...(('kommuner' in partial ? partial.kommuner : []) as string[])] });
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
    [new Error('ConstraintError: key exists'), /Det gick inte att spara: ConstraintError: key exists\. Inget ändrades\./],
    ['plain', /Det gick inte att spara: plain/],
  ])('describeError(%j)', (e, message) => expect(describeError(e)).toMatch(message));

  it('attempt returns the value and reports success, or reports the failure visibly', async () => {
    expect(await attempt(async () => 42, 'Klart')).toBe(42);
    expect(notify.message).toBe('Klart');
    expect(await attempt(async () => { throw new Error('trasig'); })).toBeUndefined();
    expect(notify.kind).toBe('error');
    expect(notify.message).toMatch(/trasig/);
  });
});
