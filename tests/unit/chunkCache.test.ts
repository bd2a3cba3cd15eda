import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dexie, RangeSet } from 'dexie';
import { ChunkCache, rangesOf } from '$lib/db/chunkCache';
import { fromStored, type Chunk } from '$lib/db/chunks';
import { db } from '$lib/db/db';
import { getChunks, getChunksAhead, readRows } from '$lib/db/store';
import { saveRecord } from '$lib/db/repos';
import { aMeasure } from './support/records';
import { followMeasures, until } from './support/follow';

const chunk = (key: string, n = 1): Chunk => ({
  key,
  table: 'measures',
  part: key.split(':')[1],
  rows: Array.from({ length: n }, (_, i) => ({ id: `${key}/${i}`, rev: 1 })),
});

describe('rangesOf: the key ranges of the tree Dexie reports a write in', () => {
  it.each<[string, object | null, { from: unknown; to: unknown }[]]>([
    ['no tree', null, []],
    ['an empty set', new RangeSet(), []],
    ['one key', new RangeSet().addKey('measures:1480'), [{ from: 'measures:1480', to: 'measures:1480' }]],
    [
      'keys, in key order',
      new RangeSet().addKeys(['measures:1490', 'measures:0180', 'plans:1480']),
      [
        { from: 'measures:0180', to: 'measures:0180' },
        { from: 'measures:1490', to: 'measures:1490' },
        { from: 'plans:1480', to: 'plans:1480' },
      ],
    ],
    ['a range', new RangeSet('measures:', 'measures:\uffff'), [{ from: 'measures:', to: 'measures:\uffff' }]],
    // Another tab's report arrives as a plain copy (structured clone), without RangeSet's methods.
    [
      "another tab's copy",
      structuredClone({ ...new RangeSet().addKeys(['measures:0180', 'measures:1490']) }),
      [
        { from: 'measures:0180', to: 'measures:0180' },
        { from: 'measures:1490', to: 'measures:1490' },
      ],
    ],
  ])('%s', (_, tree, ranges) => {
    expect(rangesOf(tree)).toEqual(ranges);
  });
});

describe('ChunkCache: a live read decodes again only the chunks a write touched', () => {
  const A = 'measures:0180';
  const B = 'measures:1480';
  const C = 'measures:1490';
  const D = 'measures:2480';

  /** The cache after a first read of A, B and C; `asked` records the keys each read asks for. */
  async function cacheOfThree() {
    const asked: string[][] = [];
    const stored = new Map([A, B, C, D].map((k) => [k, chunk(k)]));
    const read = async (keys: string[]) => {
      asked.push(keys);
      return keys.map((k) => stored.get(k));
    };
    const cache = new ChunkCache();
    await cache.chunks([A, B, C], read);
    asked.length = 0;
    return { cache, asked, read, stored };
  }

  it.each<[string, object | null | undefined, string[], string[]]>([
    ['nothing written: nothing read', undefined, [A, B, C], []],
    ['one chunk written: only it', new RangeSet().addKey(B), [A, B, C], [B]],
    ['two chunks written', new RangeSet().addKeys([C, A]), [A, B, C], [A, C]],
    ['another table written: nothing read', new RangeSet().addKeys(['plans:1480', 'themes:alla']), [A, B, C], []],
    ['a range written (cleared): the chunks in it', new RangeSet('measures:1', 'measures:2'), [A, B, C], [B, C]],
    ['everything (the database made again)', null, [A, B, C], [A, B, C]],
    ['a new chunk: only it', new RangeSet().addKey(D), [A, B, C, D], [D]],
    ['a chunk deleted: nothing read', new RangeSet().addKey(B), [A, C], []],
    ['an empty report: nothing read', new RangeSet(), [A, B, C], []],
  ])('%s', async (_, touched, keys, expected) => {
    const { cache, asked, read, stored } = await cacheOfThree();
    if (touched !== undefined) cache.touched(touched);
    const got = await cache.chunks(keys, read);
    expect(asked.flat()).toEqual(expected);
    // Every chunk of `keys`, in their order, whether kept or read.
    expect(got).toEqual(keys.map((k) => stored.get(k)));
  });

  it('keeps nothing from a read a write overtook, and forgets chunks no longer stored', async () => {
    const { cache, asked, stored } = await cacheOfThree();
    cache.touched(new RangeSet().addKey(B));
    const slow = async (keys: string[]) => {
      asked.push(keys);
      cache.touched(new RangeSet().addKey(C)); // written while B is being read
      return keys.map((k) => stored.get(k));
    };
    expect(await cache.chunks([A, B, C], slow)).toHaveLength(3);
    asked.length = 0;
    const read = async (keys: string[]) => (asked.push(keys), keys.map((k) => stored.get(k)));
    expect(await cache.chunks([A, B, C], read)).toHaveLength(3);
    // B was read while a write was heard, so it was not kept; C was written.
    expect(asked).toEqual([[B, C]]);
    asked.length = 0;
    await cache.chunks([A], read);
    expect(cache.size).toBe(1);
    await cache.chunks([A, B], read);
    expect(asked).toEqual([[B]]);
  });

  it('leaves out a chunk gone before it was read', async () => {
    const cache = new ChunkCache();
    const got = await cache.chunks([A, B], async (keys) => keys.map((k) => (k === A ? chunk(A) : undefined)));
    expect(got.map((c) => c.key)).toEqual([A]);
    expect(cache.size).toBe(1);
  });
});

describe('ChunkCache: the chunks a commit hands over are taken as read only when nothing else wrote them', () => {
  const A = 'measures:0180';
  const B = 'measures:1480';
  const C = 'measures:1490';
  const ID = 'import-T-abc';
  /** A chunk as the commit wrote it (told apart from the stored `chunk` by its revision). */
  const handed = (key: string): Chunk => ({ ...chunk(key), rows: [{ id: `${key}/0`, rev: 2 }] });

  /** The cache after a first read of A, B and C, expecting the commit (unless `expect` is false). */
  async function pending(expecting = true) {
    const asked: string[][] = [];
    const stored = new Map([A, B, C].map((k) => [k, chunk(k)]));
    const read = async (keys: string[]) => (asked.push(keys), keys.map((k) => stored.get(k)));
    const cache = new ChunkCache();
    await cache.chunks([A, B, C], read);
    asked.length = 0;
    if (expecting) cache.expect(ID);
    return { cache, asked, read, stored };
  }

  type Step = 'own' | 'give' | 'end' | 'all' | string;
  /** `own`: the commit's report (A and B written); `give`: its chunks A and B; `end`: it is over; `all`: everything written; else another write of that key, or `from..to`. */
  function run(cache: ChunkCache, step: Step) {
    if (step === 'own') cache.touched(new RangeSet().addKeys([A, B]), ID);
    else if (step === 'give') cache.handOver(ID, [handed(A), handed(B)]);
    else if (step === 'end') cache.end(ID);
    else if (step === 'all') cache.touched(null);
    else if (step.includes('..')) cache.touched(new RangeSet(...(step.split('..') as [string, string])));
    else cache.touched(new RangeSet().addKey(step));
  }

  it.each<[string, Step[], string[], string[], boolean?]>([
    ['its report, then its chunks: nothing read', ['own', 'give'], [], [A, B]],
    ['its chunks, then its report', ['give', 'own'], [], [A, B]],
    ['another tab wrote A before its report was heard: A read', [A, 'own', 'give'], [A], [B]],
    ['another write of B after its report, before its chunks came: B read', ['own', B, 'give'], [B], [A]],
    ['a later write of A (an undo, an edit, another tab): A read', ['own', 'give', A], [A], [B]],
    ['a range over A written meanwhile: A read', ['measures:0..measures:1', 'own', 'give'], [A], [B]],
    ['another table written meanwhile: nothing read', ['plans:1480', 'own', 'give'], [], [A, B]],
    ['everything written meanwhile: all read', ['all', 'own', 'give'], [A, B, C], []],
    ['its chunks, but it ended before its report: nothing taken', ['give', 'end'], [], []],
    ['its report, but it ended before its chunks: A and B read', ['own', 'end'], [A, B], []],
    ['a second report with its id counts as another write', ['own', 'give', 'own'], [A, B], []],
    ['a commit not expected: its chunks are not taken', ['own', 'give'], [A, B], [], false],
  ])('%s', async (_, steps, reread, taken, expecting = true) => {
    const { cache, asked, read, stored } = await pending(expecting);
    for (const s of steps) run(cache, s);
    const got = await cache.chunks([A, B, C], read);
    expect(asked.flat()).toEqual(reread);
    // Each chunk as the cache knows it: as read, or as handed over.
    expect(got).toEqual([A, B, C].map((k) => (taken.includes(k) ? handed(k) : stored.get(k))));
  });

  it('a read after its report waits for its chunks instead of reading them', async () => {
    const { cache, asked, read } = await pending();
    run(cache, 'own');
    let done = false;
    const reading = cache.chunks([A, B, C], read).then((got) => ((done = true), got));
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    run(cache, 'give');
    expect((await reading).slice(0, 2)).toEqual([handed(A), handed(B)]);
    expect(asked).toEqual([]);
  });

  it('a read waiting for its chunks reads them when it ends without them', async () => {
    const { cache, asked, read, stored } = await pending();
    run(cache, 'own');
    const reading = cache.chunks([A, B, C], read);
    await new Promise((r) => setTimeout(r, 5));
    run(cache, 'end');
    expect(await reading).toEqual([A, B, C].map((k) => stored.get(k)));
    expect(asked).toEqual([[A, B]]);
  });
});

describe('watchTable: a write re-reads only the chunks it touched', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });
  const follow = followMeasures;

  it.each([
    ['a hand edit in one municipality', aMeasure('m2', { titel: 'Ändrad' }), ['measures:1490']],
    // Moved (saved with the revision read): its old chunk, emptied, is deleted, nothing to read there.
    [
      'a record moved, the last of its municipality',
      { ...aMeasure('m2', { kommunkod: '1480' }), rev: 1 },
      ['measures:1480'],
    ],
    [
      'a record moved from a municipality with others',
      { ...aMeasure('m3', { kommunkod: '0180' }), rev: 1 },
      ['measures:0180', 'measures:1480'],
    ],
    ['a new municipality', aMeasure('m9', { kommunkod: '2480' }), ['measures:2480']],
  ])('%s', async (_, edit, reread) => {
    for (const m of [
      aMeasure('m1', { kommunkod: '0180' }),
      aMeasure('m2'),
      aMeasure('m3', { kommunkod: '1480' }),
      aMeasure('m4', { kommunkod: '1480' }),
    ])
      await saveRecord('measures', m);
    const { asked, latest } = follow();
    await until(() => latest()?.length === 4);
    asked.length = 0;
    const before = latest();
    await saveRecord('measures', edit);
    await until(() => latest() !== before);
    expect(asked.sort()).toEqual(reread);
    // What a full read gives, in the same order.
    expect(latest()).toEqual(await readRows('measures'));
  });

  it('shows a chunk another tab wrote (its report arrives as a plain copy)', async () => {
    await saveRecord('measures', aMeasure('m1'));
    const { asked, latest } = follow();
    await until(() => latest()?.length === 1);
    asked.length = 0;
    // Written under this page's Dexie (as another tab does), then told as another tab's report is.
    const key = 'measures:1490';
    const stored = fromStored((await db.chunks.get(key))!);
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(db.name);
      open.onsuccess = () => {
        const tx = open.result.transaction('chunks', 'readwrite');
        tx.objectStore('chunks').put({ ...stored, rows: [{ ...stored.rows[0], titel: 'Från en annan flik', rev: 2 }] });
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
    const before = latest();
    Dexie.on.storagemutated.fire(structuredClone({ [`idb://${db.name}/chunks/`]: { ...new RangeSet().addKey(key) } }));
    await until(() => latest() !== before);
    expect(asked).toEqual([key]);
    expect(latest()![0].titel).toBe('Från en annan flik');
  });
});

describe('getChunksAhead: chunks by key, in order, several requests at once', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
    await db.chunks.bulkPut(Array.from({ length: 30 }, (_, i) => chunk(`measures:${String(1000 + i)}`, 2)));
  });

  it.each([
    ['one request', 30, 24, Infinity, false],
    ['batches, all at once', 30, 4, Infinity, false],
    ['batches, two at a time', 30, 4, 2, false],
    ['one at a time', 7, 1, 1, false],
    ['a missing key stays in its place', 5, 2, 3, true],
  ])('%s', async (_, n, batch, inFlight, missing) => {
    const keys = Array.from({ length: n }, (_, i) => `measures:${String(1000 + i)}`);
    if (missing) keys.splice(2, 0, 'measures:9999');
    const got = await getChunksAhead(keys, batch, inFlight);
    expect(got.map((c) => c?.key)).toEqual(keys.map((k) => (k === 'measures:9999' ? undefined : k)));
    expect(got).toEqual(await getChunks(keys));
  });
});
