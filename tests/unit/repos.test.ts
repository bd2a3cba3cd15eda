import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { db } from '$lib/db/db';
import { T, tableOf } from './support/tables';
import { aMeasure, aPlan } from './support/records';
import {
  deleteRecord,
  deleteTheme,
  hasExampleData,
  loadExampleData,
  mergeThemes,
  removeExampleData,
  restoreDefaultThemes,
  saveRecord,
  saveTheme,
} from '$lib/db/repos';
import { register } from '$lib/domain/register';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import type { Measure, NationalRequest, Plan, Theme, ThemeIndicator } from '$lib/domain/model';

const NOW = '2024-05-01T10:00:00Z';
const OLD = '2020-01-01T00:00:00Z';

const DEFAULT_IDS = [
  'kompetens',
  'arbetsmiljo',
  'ledning',
  'skola',
  'halsa',
  'placerade',
  'forebyggande',
  'delaktighet',
  'digitalisering',
  'ensamkommande',
  'familjehem',
  'tillganglighet',
  'kunskap',
];

const plan = (id: string, extra: Partial<Plan> = {}): Plan => aPlan(id, { uppdaterad: OLD, ...extra });

const measure = (id: string, extra: Partial<Measure> = {}): Measure => aMeasure(id, { uppdaterad: OLD, ...extra });

const request = (id: string, teman: string[]): NationalRequest => ({
  id,
  kommunkod: '1490',
  datum: '2016',
  mottagare: 'regeringen',
  text: `Medskick ${id}`,
  teman,
  kalla: 'test',
  uppdaterad: OLD,
});

const theme = (id: string, extra: Partial<Theme> = {}): Theme => ({
  id,
  namn: `Tema ${id}`,
  beskrivning: '',
  farg: '#123456',
  overordnat: '',
  nyckelord: [],
  ...extra,
});

async function counts() {
  return {
    regions: await T.regions.count(),
    plans: await T.plans.count(),
    measures: await T.measures.count(),
    events: await T.events.count(),
    requests: await T.requests.count(),
    indicators: await T.indicators.count(),
    indicatorValues: await T.indicatorValues.count(),
    themes: await T.themes.count(),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** The last step of a theme change (writing the themes chunk) fails as a full disk does. */
function failThemesWrite() {
  const real = db.chunks.bulkPut.bind(db.chunks);
  vi.spyOn(db.chunks, 'bulkPut').mockImplementation(((chunks: { key: string }[], ...rest: unknown[]) =>
    chunks.some((c) => c.key === 'themes:alla')
      ? Dexie.Promise.reject(new Error('disk full'))
      : (real as (...a: unknown[]) => unknown)(chunks, ...rest)) as never);
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('first open', () => {
  it('has the 13 default themes', async () => {
    const ids = (await T.themes.toArray()).map((t) => t.id).sort();
    expect(ids).toEqual([...DEFAULT_IDS].sort());
    const skola = await T.themes.get('skola');
    expect(skola).toEqual(DEFAULT_THEMES.find((t) => t.id === 'skola'));
  });

  it('has no other records', async () => {
    const c = await counts();
    expect({ ...c, themes: 0 }).toEqual({
      regions: 0,
      plans: 0,
      measures: 0,
      events: 0,
      requests: 0,
      indicators: 0,
      indicatorValues: 0,
      themes: 0,
    });
  });
});

describe('saveRecord / deleteRecord', () => {
  it('inserts, replaces and deletes a record', async () => {
    await saveRecord('measures', measure('m1'));
    expect((await T.measures.get('m1'))?.titel).toBe('Åtgärd m1');
    await saveRecord('measures', measure('m1', { titel: 'Ny titel' }));
    expect(await T.measures.count()).toBe(1);
    expect((await T.measures.get('m1'))?.titel).toBe('Ny titel');
    await deleteRecord('measures', 'm1');
    expect(await T.measures.get('m1')).toBeUndefined();
  });

  it('deleting a plan keeps its measures and clears their plan_id', async () => {
    await saveRecord('plans', plan('p1'));
    await saveRecord('plans', plan('p2'));
    await saveRecord('measures', measure('m1', { plan_id: 'p1' }));
    await saveRecord('measures', measure('m2', { plan_id: 'p1' }));
    await saveRecord('measures', measure('m3', { plan_id: 'p2' }));

    await deleteRecord('plans', 'p1', NOW);

    expect(await T.plans.get('p1')).toBeUndefined();
    expect(await T.plans.get('p2')).toBeDefined();
    const ms = await T.measures.toArray();
    expect(ms.map((m) => [m.id, m.plan_id, m.uppdaterad])).toEqual([
      ['m1', '', NOW],
      ['m2', '', NOW],
      ['m3', 'p2', OLD],
    ]);
  });
});

describe('deleteTheme', () => {
  beforeEach(async () => {
    await T.measures.bulkPut([
      measure('m1', { teman: ['skola', 'halsa'] }),
      measure('m2', { teman: ['skola'] }),
      measure('m3', { teman: ['halsa', 'skola', 'kunskap'] }),
      measure('m4', { teman: ['kunskap'] }),
    ]);
    await T.requests.bulkPut([request('r1', ['skola', 'ledning']), request('r2', ['ledning'])]);
  });

  const teman = async () => ({
    measures: Object.fromEntries((await T.measures.toArray()).map((m) => [m.id, m.teman])),
    requests: Object.fromEntries((await T.requests.toArray()).map((r) => [r.id, r.teman])),
  });

  it('with moveTo = null strips the theme and keeps the other themes', async () => {
    const changed = await deleteTheme('skola', null, NOW);
    expect(changed).toBe(4);
    expect(await T.themes.get('skola')).toBeUndefined();
    expect(await teman()).toEqual({
      measures: { m1: ['halsa'], m2: [], m3: ['halsa', 'kunskap'], m4: ['kunskap'] },
      requests: { r1: ['ledning'], r2: ['ledning'] },
    });
    expect((await T.measures.get('m1'))!.uppdaterad).toBe(NOW);
    expect((await T.measures.get('m4'))!.uppdaterad).toBe(OLD);
    expect((await T.requests.get('r2'))!.uppdaterad).toBe(OLD);
  });

  it('with moveTo moves references without duplicates', async () => {
    const changed = await deleteTheme('skola', 'halsa', NOW);
    expect(changed).toBe(4);
    expect(await T.themes.get('skola')).toBeUndefined();
    expect(await teman()).toEqual({
      measures: { m1: ['halsa'], m2: ['halsa'], m3: ['halsa', 'kunskap'], m4: ['kunskap'] },
      requests: { r1: ['halsa', 'ledning'], r2: ['ledning'] },
    });
    // the multi-entry index follows the change
    expect(await T.measures.where('teman').equals('skola').primaryKeys()).toEqual([]);
    expect((await T.measures.where('teman').equals('halsa').primaryKeys()).sort()).toEqual(['m1', 'm2', 'm3']);
  });

  it.each([
    ['null', null, ''],
    ['another theme', 'halsa', 'halsa'],
  ])('re-parents child themes (moveTo %s)', async (_, moveTo, parent) => {
    await saveTheme(theme('barn', { overordnat: 'skola' }));
    await deleteTheme('skola', moveTo, NOW);
    expect((await T.themes.get('barn'))!.overordnat).toBe(parent);
  });

  it('rejects moving a theme into itself', async () => {
    await expect(deleteTheme('skola', 'skola')).rejects.toThrow();
    expect(await T.themes.get('skola')).toBeDefined();
  });

  it('a failing transaction writes nothing', async () => {
    const before = await teman();
    const themesBefore = await T.themes.toArray();
    await expect(deleteTheme('skola', 'does-not-exist', NOW)).rejects.toThrow();
    expect(await T.themes.get('skola')).toBeDefined();
    expect(await T.themes.toArray()).toEqual(themesBefore);
    expect(await teman()).toEqual(before);
    expect((await T.measures.toArray()).every((m) => m.uppdaterad === OLD)).toBe(true);
  });

  it('rolls back measure and request updates when the last step fails', async () => {
    const before = await teman();
    failThemesWrite();
    await expect(deleteTheme('skola', 'halsa', NOW)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await teman()).toEqual(before);
    expect(await T.themes.get('skola')).toBeDefined();
  });
});

describe('deleting or merging a theme: its indicators (tema_indikatorer)', () => {
  const links = tableOf<ThemeIndicator>('themeIndicators');
  const link = (tema: string, indikator: string, grans: number | null = null): ThemeIndicator => ({
    tema,
    indikator,
    grans,
    kommentar: '',
  });
  const all = async () => (await links.toArray()).map((l) => [l.tema, l.indikator, l.grans]);
  beforeEach(async () => {
    await links.bulkPut([link('skola', 'A', 50), link('skola', 'B'), link('halsa', 'B', 7), link('kunskap', 'C')]);
  });

  it.each([
    // Deleted with its records stripped: its links go.
    [
      'delete, strip',
      () => deleteTheme('skola', null, NOW),
      [
        ['halsa', 'B', 7],
        ['kunskap', 'C', null],
      ],
    ],
    // Moved: its links move, except one the other theme already has (that one's threshold stays).
    [
      'delete, move',
      () => deleteTheme('skola', 'halsa', NOW),
      [
        ['halsa', 'A', 50],
        ['halsa', 'B', 7],
        ['kunskap', 'C', null],
      ],
    ],
    [
      'merge',
      () => mergeThemes('skola', 'halsa', NOW),
      [
        ['halsa', 'A', 50],
        ['halsa', 'B', 7],
        ['kunskap', 'C', null],
      ],
    ],
  ])('%s', async (_, run, expected) => {
    await run();
    expect(await all()).toEqual(expected);
  });
});

describe('mergeThemes', () => {
  it('merges keywords, moves references and deletes the source', async () => {
    await T.themes.update('halsa', { nyckelord: ['bup', 'skola-extra'] });
    await T.themes.update('skola', { nyckelord: ['skola', 'skola-extra', 'elevhälsa'] });
    await T.measures.bulkPut([measure('m1', { teman: ['skola', 'halsa'] }), measure('m2', { teman: ['skola'] })]);
    await T.requests.put(request('r1', ['skola']));

    const changed = await mergeThemes('skola', 'halsa', NOW);

    expect(changed).toBe(3);
    expect(await T.themes.get('skola')).toBeUndefined();
    expect((await T.themes.get('halsa'))!.nyckelord).toEqual(['bup', 'skola-extra', 'skola', 'elevhälsa']);
    expect((await T.measures.get('m1'))!.teman).toEqual(['halsa']);
    expect((await T.measures.get('m2'))!.teman).toEqual(['halsa']);
    expect((await T.requests.get('r1'))!.teman).toEqual(['halsa']);
    expect(await T.themes.count()).toBe(12);
  });

  it('rolls back the keyword merge when moving references fails', async () => {
    const halsaBefore = await T.themes.get('halsa');
    await T.measures.put(measure('m1', { teman: ['skola'] }));
    failThemesWrite();
    await expect(mergeThemes('skola', 'halsa', NOW)).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await T.themes.get('halsa')).toEqual(halsaBefore);
    expect((await T.measures.get('m1'))!.teman).toEqual(['skola']);
  });

  it.each([
    ['unknown source', 'nope', 'halsa'],
    ['unknown target', 'skola', 'nope'],
  ])('rejects an %s and changes nothing', async (_, from, into) => {
    await T.measures.put(measure('m1', { teman: ['skola'] }));
    const themesBefore = await T.themes.toArray();
    await expect(mergeThemes(from, into, NOW)).rejects.toThrow();
    expect(await T.themes.toArray()).toEqual(themesBefore);
    expect((await T.measures.get('m1'))!.teman).toEqual(['skola']);
  });
});

describe('restoreDefaultThemes', () => {
  it('adds only the missing themes and never overwrites an edited one', async () => {
    await T.themes.delete('kunskap');
    await T.themes.delete('ledning');
    await T.themes.update('skola', { namn: 'Skolan (vår egen)', farg: '#000000', nyckelord: ['egen'] });
    await saveTheme(theme('egen'));

    expect(await restoreDefaultThemes()).toBe(2);

    const ids = (await T.themes.toArray()).map((t) => t.id).sort();
    expect(ids).toEqual([...DEFAULT_IDS, 'egen'].sort());
    const skola = (await T.themes.get('skola'))!;
    expect([skola.namn, skola.farg, skola.nyckelord]).toEqual(['Skolan (vår egen)', '#000000', ['egen']]);
    expect(await T.themes.get('kunskap')).toEqual(DEFAULT_THEMES.find((t) => t.id === 'kunskap'));
  });

  it('adds nothing when all are present', async () => {
    expect(await restoreDefaultThemes()).toBe(0);
    expect(await T.themes.count()).toBe(13);
  });

  it('gives the database its own copy of the keyword arrays', async () => {
    await T.themes.clear();
    await restoreDefaultThemes();
    const kw = (await T.themes.get('skola'))!.nyckelord;
    kw.push('mutated');
    expect(DEFAULT_THEMES.find((t) => t.id === 'skola')!.nyckelord).not.toContain('mutated');
  });
});

describe('example data', () => {
  it('loads example records with ex- ids, and loading twice gives the same counts', async () => {
    expect(await hasExampleData()).toBe(false);
    await loadExampleData(register, NOW);
    const first = await counts();
    expect(first.plans).toBe(4);
    expect(first.regions).toBe(2);
    expect(first.measures).toBeGreaterThanOrEqual(20);
    expect(first.events).toBeGreaterThan(0);
    expect(first.requests).toBeGreaterThan(0);
    expect(first.indicators).toBeGreaterThan(0);
    expect(first.indicatorValues).toBeGreaterThan(0);
    expect(first.themes).toBe(13);
    for (const tbl of [T.regions, T.plans, T.measures, T.events, T.requests, T.indicators]) {
      const ids = (await tbl.primaryKeys()) as string[];
      expect(
        ids.every((id) => id.startsWith('ex-')),
        String(ids[0]),
      ).toBe(true);
    }
    expect((await T.indicatorValues.toArray()).every((v) => v.indikator.startsWith('ex-'))).toBe(true);
    expect(await hasExampleData()).toBe(true);

    await loadExampleData(register, NOW);
    expect(await counts()).toEqual(first);
  });

  it('brings back default themes the example needs', async () => {
    await deleteTheme('skola', null);
    await loadExampleData(register, NOW);
    expect(await T.themes.get('skola')).toBeDefined();
  });

  it("removeExampleData removes every ex- record and keeps the user's own", async () => {
    await T.plans.put(plan('p-own'));
    await T.measures.bulkPut([
      measure('m-own', { plan_id: 'p-own' }),
      measure('m-on-example', { plan_id: 'ex-plan-boras' }),
    ]);
    await T.regions.put({ id: 'sjuharad', namn: 'Sjuhärad', kommunkoder: ['1490'], beskrivning: '' });
    await T.indicators.put({ id: 'ind-own', namn: 'Egen', enhet: '%', beskrivning: '', hogre_ar_battre: true });
    await T.indicatorValues.put({ indikator: 'ind-own', kommunkod: '1490', period: '2016', varde: 1, kalla: '' });
    await T.requests.put(request('r-own', []));
    await loadExampleData(register, NOW);
    expect(await hasExampleData()).toBe(true);

    await removeExampleData(register, { now: NOW });

    expect(await hasExampleData()).toBe(false);
    expect(await T.plans.primaryKeys()).toEqual(['p-own']);
    expect((await T.measures.primaryKeys()).sort()).toEqual(['m-on-example', 'm-own']);
    expect(await T.regions.primaryKeys()).toEqual(['sjuharad']);
    expect(await T.events.count()).toBe(0);
    expect(await T.requests.primaryKeys()).toEqual(['r-own']);
    expect(await T.indicators.primaryKeys()).toEqual(['ind-own']);
    expect((await T.indicatorValues.toArray()).map((v) => v.indikator)).toEqual(['ind-own']);
    expect(await T.themes.count()).toBe(13);

    const detached = (await T.measures.get('m-on-example'))!;
    expect([detached.plan_id, detached.uppdaterad]).toEqual(['', NOW]);
    const own = (await T.measures.get('m-own'))!;
    expect([own.plan_id, own.uppdaterad]).toEqual(['p-own', OLD]);
  });

  it.each([
    [
      'an example plan',
      async () => {
        await T.plans.put(plan('ex-plan-x'));
      },
      true,
    ],
    [
      'an example region only',
      async () => {
        await T.regions.put({ id: 'ex-r', namn: 'R', kommunkoder: [], beskrivning: '' });
      },
      true,
    ],
    [
      'only own records',
      async () => {
        await T.plans.put(plan('p1'));
        await T.regions.put({ id: 'r', namn: 'R', kommunkoder: [], beskrivning: '' });
      },
      false,
    ],
    [
      'an example measure only',
      async () => {
        await T.measures.put(measure('ex-m'));
      },
      false,
    ],
  ])('hasExampleData with %s', async (_, setup, expected) => {
    await setup();
    expect(await hasExampleData()).toBe(expected);
  });
});
