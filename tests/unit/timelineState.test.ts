// TidslinjeState (src/views/tidslinje/state.svelte.ts): the timeline view's controller, handed plain
// inputs instead of the app's state, and asking for changes through the navigate it is given.
import { describe, expect, it } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import { TidslinjeState, type TidslinjeInput } from '../../src/views/tidslinje/state.svelte';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import { MUTED_COLOUR } from '$lib/domain/palette';
import type { UrlState } from '$lib/state/url';
import { register } from '$lib/domain/register';

const members = ['1490', '1401', '1443'];
const input = (url: Partial<TidslinjeInput['url']> = {}): TidslinjeInput => ({
  data: {
    plans: [aPlan('p1', { kommunkod: '1490', titel: 'Plan Borås', startdatum: '2016-03', antagen: '2016-05' })],
    measures: [
      aMeasure('m1', { kommunkod: '1490', titel: 'Läxhjälp', teman: ['skola'], start: '2017-01', slut: '2018' }),
      aMeasure('m2', { kommunkod: '1401', titel: 'Fritidsgård', teman: ['fritid'], start: '2017', slut: '2019' }),
      aMeasure('m3', { kommunkod: '0180', titel: 'Utanför regionen', start: '2017', slut: '2019' }),
    ],
    events: [],
    themes: DEFAULT_THEMES,
    regions: [],
  },
  region: { id: '14', name: 'Västra Götalands län', members, memberSet: new Set(members) },
  url: { kommuner: [], tema: '', datum: '', visning: '', markera: '', ...url },
});

const controller = (url: Partial<TidslinjeInput['url']> = {}) => {
  const asked: Partial<UrlState>[] = [];
  const tl = new TidslinjeState(input(url), (c) => asked.push(c), '2020-06-15');
  return { tl, asked };
};

const recordIds = (tl: TidslinjeState) => tl.built.items.map((i) => i.recordId).sort();

describe('TidslinjeState', () => {
  it.each([
    [{}, ['m1', 'm2', 'p1', 'p1']],
    [{ kommuner: ['1401'] }, ['m2']],
    [{ kommuner: ['1401', '0180'] }, ['m2']],
    [{ tema: 'skola' }, ['m1', 'p1', 'p1']],
  ] as [Partial<TidslinjeInput['url']>, string[]][])('with %j draws the records %j', (url, ids) => {
    expect(recordIds(controller(url).tl)).toEqual(ids);
  });

  it('lanes are the region members in Swedish name order', () => {
    const { tl } = controller();
    expect(tl.members).toEqual(members);
    expect(tl.layout.lanes.map((l) => l.label)).toEqual(['Bollebygd', 'Borås', 'Härryda']);
  });

  it('filters by measure status', () => {
    const { tl } = controller();
    tl.status = 'avbruten';
    expect(recordIds(tl)).toEqual(['p1', 'p1']);
  });

  it.each([
    ['measure', 'm1', { route: 'data', tabell: 'measures', post: 'm1' }],
    ['milestone', 'p1', { route: 'data', tabell: 'plans', post: 'p1' }],
  ])('opening a %s asks to navigate to its record in Data', (kind, id, expected) => {
    const { tl, asked } = controller();
    const item = tl.built.items.find((i) => i.kind === kind && i.recordId === id)!;
    tl.open(item);
    expect(asked).toEqual([expected]);
  });

  it('the date and the theme are chosen through navigate', () => {
    const { tl, asked } = controller();
    tl.setDatum('2017-02-01');
    tl.setTema('skola');
    tl.setDatum('');
    expect(asked).toEqual([{ datum: '2017-02-01' }, { tema: 'skola' }, { datum: '' }]);
  });

  it.each([
    [{}, 'Tidslinje: Västra Götalands län', '2020-06-15'],
    [
      { tema: 'skola', datum: '2017-02-01' },
      'Tidslinje: Västra Götalands län – Samverkan med skola och förskola',
      '2017-02-01',
    ],
    [{ datum: '2017-02' }, 'Tidslinje: Västra Götalands län', '2020-06-15'],
  ] as [Partial<TidslinjeInput['url']>, string, string][])(
    'with %j the picture is titled %s, the file dated %s',
    (url, title, date) => {
      const { tl } = controller(url);
      expect(tl.caption().title).toBe(title);
      expect(tl.fileDate).toBe(date);
    },
  );
});

describe('a measure’s words say its reported progress', () => {
  it.each([
    [45, /^Åtgärd: Läxhjälp, Borås, .*, 45 % genomfört$/],
    [0, /^Åtgärd: Läxhjälp, Borås, .*, 0 % genomfört$/],
    [null, /^Åtgärd: Läxhjälp, Borås, [^%]*$/],
  ])('genomforande %j', (progress, want) => {
    const { tl } = controller();
    const item = tl.built.items.find((i) => i.recordId === 'm1')!;
    expect(tl.describe({ ...item, progress })).toMatch(want);
  });
});

describe('TidslinjeState: the theme key and the highlight', () => {
  it.each([
    ['', 'skola', 'skola'],
    ['skola', 'skola', ''],
    ['skola', 'halsa', 'halsa'],
  ])('with markera=%j, choosing %s in the key asks for markera=%j', (markera, chosen, expected) => {
    const { tl, asked } = controller({ markera });
    tl.setMarkera(chosen);
    expect(asked).toEqual([{ markera: expected }]);
  });

  it('highlights a theme: its measures in colour, the others grey, the key likewise', () => {
    const colourOf = (tl: TidslinjeState, id: string) => tl.built.items.find((i) => i.recordId === id)!.colour;
    const { tl: plain } = controller();
    const { tl: lit } = controller({ markera: 'skola' });
    expect(colourOf(lit, 'm1')).toBe(colourOf(plain, 'm1'));
    expect(colourOf(lit, 'm2')).toBe(MUTED_COLOUR);
    expect(colourOf(plain, 'm2')).not.toBe(MUTED_COLOUR);
    expect(lit.themeKey.filter((k) => k.highlighted).map((k) => k.id)).toEqual(['skola']);
    expect(lit.themeKey.filter((k) => !k.highlighted).every((k) => k.colour === MUTED_COLOUR)).toBe(true);
  });

  it.each([
    [['skola'], false],
    [['skola', 'halsa'], true],
    [['skola', 'halsa', 'ledning'], true],
  ])('a measure with the themes %j says how many it has: %s', (teman, says) => {
    const tl = new TidslinjeState(
      {
        ...input(),
        data: {
          ...input().data,
          measures: [aMeasure('m9', { kommunkod: '1490', titel: 'Samverkan', teman, start: '2017', slut: '2018' })],
        },
      },
      () => {},
      '2020-06-15',
    );
    const item = tl.built.items.find((i) => i.recordId === 'm9')!;
    expect(tl.describe(item).endsWith(`, ${teman.length} teman`)).toBe(says);
    // With reported progress the name still ends with the part done, the number of themes before it.
    expect(
      tl
        .describe({ ...item, progress: 40 })
        .endsWith(says ? `, ${teman.length} teman, 40 % genomfört` : ', 40 % genomfört'),
    ).toBe(true);
  });
});

describe('TidslinjeState.rows', () => {
  // On the page the overview's rows come 20 a task (read in an effect); read anywhere else they are all there.
  it('read outside the page’s effects (a test, a download): every row of all of Sweden at once', () => {
    const all = register.municipalities.map((m) => m.code);
    const measures = all.map((code, i) => aMeasure(`m${i}`, { kommunkod: code, start: '2017', slut: '2019' }));
    const tl = new TidslinjeState(
      {
        data: { plans: [], measures, events: [], themes: DEFAULT_THEMES, regions: [] },
        region: { id: '', name: 'Hela Sverige', members: all, memberSet: new Set(all) },
        url: { kommuner: [], tema: '', datum: '', visning: '', markera: '' },
      },
      () => undefined,
      '2020-06-15',
    );
    expect(tl.visning).toBe('kommun');
    expect(tl.rows.map((r) => r.code).sort()).toEqual([...all].sort());
  });
});
