import 'fake-indexeddb/auto';
import { MessageChannel } from 'node:worker_threads';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/db';
import { commitImport, storedRows, undoImport } from '$lib/db/importer';
import { readRows } from '$lib/db/store';
import Dexie from 'dexie';
import {
  commitOnPage,
  errorOf,
  RowSender,
  SEND_ROWS,
  wireError,
  sendCommit,
  serveCommit,
  type CommitPort,
  type Marker,
  type SendOptions,
} from '$lib/db/commitChannel';
import { DatabaseLostError, StalePreviewError } from '$lib/db/errors';
import { describeError } from '$lib/state/notify.svelte';
import { t } from '$lib/i18n';
import { readChanges } from '$lib/db/history';
import { planTable, recordKey, type Rec, type TablePlan } from '$lib/domain/merge';
import { T } from './support/tables';
import { aMeasure, aPlan } from './support/records';
import { followMeasures, until as waitUntil } from './support/follow';

const measure = (i: number, titel: string, kommunkod = ['1490', '0180', '1401'][i % 3]): Rec =>
  aMeasure(`m${i}`, { kommunkod, titel, uppdaterad: '2017-01-01T00:00:00Z' });
const many = (n: number, from: number, titel: string) =>
  Array.from({ length: n }, (_, i) => measure(from + i, `${titel} ${from + i}`));

/** The plan of importing `rows` over what is stored, as the import dialog makes it (stored rows as `before`). */
async function planOf(rows: Rec[], remove: string[] = []): Promise<TablePlan> {
  const keys = new Set(rows.map((r) => recordKey('measures', r)));
  const stored = await storedRows('measures', keys);
  const plan = planTable('measures', rows, stored, 'theirs');
  if (remove.length) {
    const all = await storedRows('measures', new Set(remove));
    plan.remove = remove.map((k) => all.get(k)!) as TablePlan['remove'];
  }
  return plan;
}

/** Both halves over one MessageChannel, as the page and the commit worker. */
function overChannel(plans: TablePlan[], opts: SendOptions = {}) {
  const { port1, port2 } = new MessageChannel();
  serveCommit(port2 as unknown as CommitPort, () => port2.close());
  return sendCommit(
    port1 as unknown as CommitPort,
    plans,
    { fil: 'atgarder.csv', kalla: 'test', tid: 'T' },
    opts,
  ).finally(() => port1.close());
}

/** What is stored, without the random id of history entries. */
async function snapshot() {
  const history = await db.imports.toArray();
  const changes = (await Promise.all(history.map((h) => readChanges(h.id)))).flat();
  return {
    rows: await T.measures.stored(),
    history: history.map(({ id: _id, ...h }) => h),
    changes: changes.map(({ key: _k, entry: _e, ...c }) => c),
  };
}

const stored = (n: number) => many(n, 0, 'Gammal');

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('an import committed through the commit channel', () => {
  it.each([
    ['a few new rows: one slice', 0, () => many(5, 0, 'Ny'), []],
    ['new rows over three slices', 0, () => many(2 * SEND_ROWS + 5, 0, 'Ny'), []],
    ['changed rows over two slices, and new ones', SEND_ROWS + 3, () => many(SEND_ROWS + 10, 0, 'Ändrad'), []],
    ['a changed row that moves to another municipality', 3, () => [measure(1, 'Flyttad', '1401')], []],
    ['rows the person chose to remove', 6, () => [measure(0, 'Ändrad')], ['m4', 'm5']],
  ] as [string, number, () => Rec[], string[]][])(
    '%s: written exactly as on the page',
    async (_, before, rows, remove) => {
      const setUp = async () => {
        await db.delete();
        await db.open();
        if (before) await commitImport([await planOf(stored(before))], { fil: 'a.csv', kalla: 'a', tid: 'S' });
      };
      await setUp();
      const onPage = await commitImport([await planOf(rows(), remove)], {
        fil: 'atgarder.csv',
        kalla: 'test',
        tid: 'T',
      });
      const expected = await snapshot();
      await setUp();
      const record = await overChannel([await planOf(rows(), remove)]);
      expect(await snapshot()).toEqual(expected);
      expect(record).toMatchObject({ fil: 'atgarder.csv', tid: 'T', antal: onPage.antal, andringar: [] });
    },
  );

  it('several tables, new and changed rows in each: written exactly as on the page', async () => {
    const plan = (id: string, titel: string): Rec => aPlan(id, { titel, uppdaterad: '2017-01-01T00:00:00Z' });
    const plansOf = async (rows: Rec[]) =>
      planTable('plans', rows, await storedRows('plans', new Set(rows.map((r) => recordKey('plans', r)))), 'theirs');
    const setUp = async () => {
      await db.delete();
      await db.open();
      await commitImport([await planOf(stored(5)), await plansOf([plan('p1', 'Gammal')])], {
        fil: 'a.csv',
        kalla: 'a',
        tid: 'S',
      });
    };
    const plans = async () => [
      await plansOf([plan('p1', 'Ändrad'), plan('p2', 'Ny')]),
      await planOf([...many(3, 0, 'Ändrad'), ...many(SEND_ROWS + 3, 10, 'Ny')]),
    ];
    await setUp();
    await commitImport(await plans(), { fil: 'atgarder.csv', kalla: 'test', tid: 'T' });
    const expected = { ...(await snapshot()), plans: await T.plans.stored() };
    await setUp();
    await overChannel(await plans());
    expect({ ...(await snapshot()), plans: await T.plans.stored() }).toEqual(expected);
  });

  it.each([
    ['into an empty table', 0, () => many(3 * SEND_ROWS, 0, 'Ny')],
    // The chunks written hold 6 000 stored rows the import does not touch: they are not its progress.
    ['a few rows into full chunks', 3 * SEND_ROWS, () => many(10, 0, 'Ändrad')],
  ] as [string, number, () => Rec[]][])(
    'reports progress %s: never past the whole, and up to it',
    async (_, before, rows) => {
      if (before) await commitImport([await planOf(stored(before))], { fil: 'a.csv', kalla: 'a' });
      const seen: [number, number][] = [];
      await overChannel([await planOf(rows())], { progress: (d, t) => seen.push([d, t]) });
      expect(seen.length).toBeGreaterThan(1);
      expect(seen.every(([d, t], i) => d <= t && (i === 0 || d >= seen[i - 1][0]))).toBe(true);
      expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
    },
  );

  it('resolves to null at once when already cancelled, and writes nothing', async () => {
    const signal = new AbortController();
    signal.abort();
    expect(await overChannel([await planOf(many(5, 0, 'Ny'))], { signal: signal.signal })).toBeNull();
    expect(await T.measures.count()).toBe(0);
  });

  it('refuses a stale preview: the worker says which records changed, and nothing is written', async () => {
    await commitImport([await planOf(stored(4))], { fil: 'a.csv', kalla: 'a' });
    const plan = await planOf([measure(1, 'Min'), measure(2, 'Min'), measure(9, 'Ny')]);
    // Another tab changes m2 after the preview.
    await commitImport([await planOf([measure(2, 'Annan flik')])], { fil: 'b.csv', kalla: 'b' });
    const before = await snapshot();
    const error = await overChannel([plan]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StalePreviewError);
    expect((error as StalePreviewError).keys).toEqual([{ table: 'measures', key: 'm2' }]);
    expect(await snapshot()).toEqual(before);
  });

  it('carries the answers’ owners across: a row of another municipality is refused in the worker (issue 22)', async () => {
    await commitImport([await planOf(stored(3))], { fil: 'a.csv', kalla: 'a' });
    // m1 is stored under 0180; an answer from 1490 brings it as its own, with a new row of its own ('theirs' plans both).
    const rows = [measure(1, 'Kapad', '1490'), measure(9, 'Ny', '1490')];
    const plan = await planOf(rows);
    const owners = { measures: new Map(rows.map((r) => [recordKey('measures', r), '1490'])) };
    const before = await snapshot();
    const { port1, port2 } = new MessageChannel();
    serveCommit(port2 as unknown as CommitPort, () => port2.close());
    const error = await sendCommit(port1 as unknown as CommitPort, [plan], { fil: 'svar.xlsx', kalla: 'svar', owners })
      .catch((e: unknown) => e)
      .finally(() => port1.close());
    expect(error).toBeInstanceOf(StalePreviewError);
    expect((error as StalePreviewError).keys).toEqual([{ table: 'measures', key: 'm1' }]);
    expect(await snapshot()).toEqual(before);
  });

  it.each([['another database under the same name', { key: 'databasId', value: 'den vi öppnade' }]] as [
    string,
    Marker,
  ][])('writes nothing into %s', async (_, marker) => {
    await db.meta.put({ key: 'databasId', value: 'en ny' });
    const error = await overChannel([await planOf(many(5, 0, 'Ny'))], { marker }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('DatabaseLostError');
    expect(await T.measures.count()).toBe(0);
  });

  it('keeps the name of a storage error (the page words it)', async () => {
    const error = await overChannel([await planOf([aMeasure('', { titel: 'Utan id' })])]).catch((e: unknown) => e);
    expect((error as Error).name).toBe('DataError');
    expect(await db.imports.count()).toBe(0);
  });

  it.each([
    ['while the rows are being sent', (d: number, t: number) => d > 0 && d < t / 4],
    ['while the worker writes', (d: number, t: number) => d > t / 2],
  ])('cancelled %s: resolves to null and writes nothing', async (_, when) => {
    const signal = new AbortController();
    const result = await overChannel([await planOf(many(4 * SEND_ROWS, 0, 'Ny'))], {
      signal: signal.signal,
      progress: (d, t) => {
        if (when(d, t)) signal.abort();
      },
    });
    expect(result).toBeNull();
    expect(await T.measures.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });
});

describe('rows sent ahead of the commit, while the person reads the preview (presendCommit)', () => {
  /** port1 with the type of every message it sends recorded. */
  function counting(port: MessagePort | import('node:worker_threads').MessagePort) {
    const sent: string[] = [];
    const p = port as unknown as CommitPort;
    const counted: CommitPort = {
      postMessage: (m: unknown) => {
        sent.push((m as { type: string }).type);
        p.postMessage(m);
      },
      get onmessage() {
        return p.onmessage;
      },
      set onmessage(f) {
        p.onmessage = f;
      },
    };
    return { sent, port: counted };
  }
  const info = { fil: 'atgarder.csv', kalla: 'test', tid: 'T' };
  /** A plan's slices: its new rows, then its changed ones, SEND_ROWS at a time. */
  const slicesOf = (p: TablePlan) => Math.ceil(p.add.length / SEND_ROWS) + Math.ceil(p.update.length / SEND_ROWS);

  it.each([
    // The worker makes the writes ready meanwhile (importer prepareWrites): new rows, and changed rows too.
    [
      'the commit of the same plans takes them and what the worker made ready: every row crosses once',
      true,
      SEND_ROWS + 3,
      4,
    ],
    ['a first import: the commit takes them and what the worker made ready', true, 0, 3],
    [
      'other plans at the commit (another choice in the preview): sent again, the first rows forgotten',
      false,
      SEND_ROWS + 3,
      4,
    ],
  ])('%s, written exactly as on the page, nothing before the commit', async (_, same, before, slices) => {
    const setUp = async () => {
      await db.delete();
      await db.open();
      if (before) await commitImport([await planOf(stored(before))], { fil: 'a.csv', kalla: 'a', tid: 'S' });
    };
    const firstRows = () => many(2 * SEND_ROWS + 5, 0, 'Ny');
    const secondRows = () => many(SEND_ROWS + 10, 0, 'Ändrad');
    await setUp();
    await commitImport([await planOf(same ? firstRows() : secondRows())], info);
    const expected = await snapshot();
    await setUp();
    const first = [await planOf(firstRows())];
    const second = same ? first : [await planOf(secondRows())];
    const { port1, port2 } = new MessageChannel();
    let made = () => {};
    const ready = new Promise<number>((res) => (made = res as () => void));
    serveCommit(port2 as unknown as CommitPort, () => port2.close(), made);
    const { sent, port } = counting(port1);
    const ahead = new RowSender(port, first, undefined, undefined);
    ahead.ahead = true;
    expect(await ahead.start().done).toBe(true);
    expect(await ready).toBe(1);
    expect(await T.measures.count()).toBe(before);
    expect(await db.imports.count()).toBe(before ? 1 : 0);
    let taken = -1;
    const record = await sendCommit(port, second, info, { madeReady: (n) => (taken = n) }, ahead).finally(() =>
      port1.close(),
    );
    // Taken when the commit is of the plans made ready (and nothing was written since).
    expect(taken).toBe(same ? 1 : 0);
    expect(await snapshot()).toEqual(expected);
    expect(record).toMatchObject({ fil: 'atgarder.csv', tid: 'T' });
    // Per sending: a begin, a message of removals, then the slices (ahead: then `sent`); then one commit.
    const once = (p: TablePlan) => ['begin', ...Array(1 + slicesOf(p)).fill('rows')];
    expect(slicesOf(first[0])).toBe(slices);
    expect(sent).toEqual(
      same ? [...once(first[0]), 'sent', 'commit'] : [...once(first[0]), 'sent', ...once(second[0]), 'commit'],
    );
  });

  it('a sender stopped in a break between two tables posts nothing into the next sending: a removal the person unticked stays unwritten', async () => {
    await commitImport([await planOf([measure(100, 'Behåll')])], { fil: 'a', kalla: 'a', tid: 'S' });
    const m100 = recordKey('measures', measure(100, ''));
    // Ahead: a second table removing m100 (chosen in the preview); at the click it is unticked again.
    const before = [await planOf([measure(1, 'Ny')]), await planOf([], [m100])];
    const after = [await planOf([measure(1, 'Ny')]), await planOf([])];
    const { port1, port2 } = new MessageChannel();
    serveCommit(port2 as unknown as CommitPort, () => port2.close());
    let open = () => {};
    const gate = new Promise<void>((r) => (open = r));
    // Its break after the first table ends only once the commit's own sending has begun.
    const ahead = new RowSender(port1 as unknown as CommitPort, before, undefined, undefined, () => gate);
    ahead.ahead = true;
    ahead.start();
    const commit = sendCommit(port1 as unknown as CommitPort, after, info, {}, ahead);
    open();
    await commit.finally(() => port1.close());
    expect((await T.measures.stored()).map((r) => r.id).sort()).toEqual(['m1', 'm100']);
  });

  it('stopped (the preview closed): sends no more, and the worker writes nothing', async () => {
    const { port1, port2 } = new MessageChannel();
    serveCommit(port2 as unknown as CommitPort, () => port2.close());
    const { sent, port } = counting(port1);
    const ahead = new RowSender(port, [await planOf(many(3 * SEND_ROWS, 0, 'Ny'))], undefined, undefined).start();
    ahead.stop();
    expect(await ahead.done).toBe(false);
    expect(ahead.sends(ahead.plans, undefined, undefined)).toBe(false);
    expect(sent.length).toBeLessThan(1 + 1 + 3);
    await new Promise((r) => setTimeout(r, 20));
    port1.close();
    expect(await T.measures.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('a commit cancelled while the rows sent ahead are still going: resolves to null, writes nothing', async () => {
    const { port1, port2 } = new MessageChannel();
    serveCommit(port2 as unknown as CommitPort, () => port2.close());
    const plans = [await planOf(many(4 * SEND_ROWS, 0, 'Ny'))];
    const ahead = new RowSender(port1 as unknown as CommitPort, plans, undefined, undefined).start();
    const signal = new AbortController();
    const result = await sendCommit(
      port1 as unknown as CommitPort,
      plans,
      info,
      { signal: signal.signal, progress: () => signal.abort() },
      ahead,
    ).finally(() => port1.close());
    expect(result).toBeNull();
    expect(await ahead.done).toBe(false);
    expect(await T.measures.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });
});

describe('errors cross to the page as the page knows them', () => {
  const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  it.each([
    ['a full disk at the put', quota, 'QuotaExceededError', t.app.quota],
    [
      'a full disk at commit: Dexie wraps it in an AbortError',
      new Dexie.AbortError('aborted', quota),
      'AbortError',
      t.app.quota,
    ],
    ['any other failure', new TypeError('boom'), 'TypeError', t.app.saveFailed('boom')],
  ] as [string, Error, string, string][])('%s', (_, error, name, message) => {
    const onPage = errorOf(wireError(error));
    expect(onPage.name).toBe(name);
    expect(describeError(onPage)).toBe(message);
  });

  it('a stale preview keeps its keys, a lost database its class', () => {
    const keys = [{ table: 'measures' as const, key: 'm1' }];
    const stale = errorOf(wireError(new StalePreviewError(keys)));
    expect(stale).toBeInstanceOf(StalePreviewError);
    expect((stale as StalePreviewError).keys).toEqual(keys);
    expect(errorOf(wireError(new DatabaseLostError()))).toBeInstanceOf(DatabaseLostError);
  });
});

describe('the same commit on the page (no workers)', () => {
  it('writes, and can be cancelled before anything is written', async () => {
    const signal = new AbortController();
    const cancelled = await commitOnPage(
      [await planOf(many(3 * SEND_ROWS, 0, 'Ny'))],
      { fil: 'a', kalla: 'a' },
      {
        signal: signal.signal,
        progress: () => signal.abort(),
      },
    );
    expect(cancelled).toBeNull();
    expect(await T.measures.count()).toBe(0);
    const record = await commitOnPage([await planOf(many(5, 0, 'Ny'))], { fil: 'a', kalla: 'a' });
    expect(record?.antal.nya).toBe(5);
    expect(await T.measures.count()).toBe(5);
  });
});

describe('the live data takes the chunks the commit worker wrote instead of reading them back (handover.ts)', () => {
  const follow = followMeasures;
  const until = (cond: () => boolean) => waitUntil(cond, 400);

  /** Rows with their keys in order: `toEqual` alone does not compare the order of keys. */
  const exactly = (rows: readonly object[] | undefined) => rows?.map((r) => JSON.stringify(Object.entries(r)));

  it.each([
    ['new rows in new chunks: none read', 0, () => many(2 * SEND_ROWS + 5, 0, 'Ny'), []],
    ['every row of every chunk changed: none read', 30, () => many(30, 0, 'Ändrad'), []],
    // m0…m29 over three municipalities (m0, m3 … in 1490): the rows kept in 1490 are read with it.
    [
      'rows kept beside changed ones: those chunks read',
      30,
      () => [measure(0, 'Ändrad'), measure(1, 'Ändrad')],
      ['measures:0180', 'measures:1490'],
    ],
    [
      'a changed row that moves: its new chunk read (rows stored before), the old one too',
      6,
      () => [measure(1, 'Flyttad', '1401')],
      ['measures:0180', 'measures:1401'],
    ],
  ] as [string, number, () => Rec[], string[]][])(
    '%s; the same rows, in the same order, as a read gives',
    async (_, before, rows, reread) => {
      if (before) await commitImport([await planOf(stored(before))], { fil: 'a', kalla: 'a' });
      const plan = await planOf(rows());
      const { asked, latest } = follow();
      await until(() => latest()?.length === before);
      asked.length = 0;
      const shown = latest();
      const record = await overChannel([plan]);
      expect(record).not.toBeNull();
      await until(() => latest() !== shown);
      expect(asked.sort()).toEqual(reread);
      expect(exactly(latest())).toEqual(exactly(await readRows('measures')));
    },
  );

  it.each([
    ['a first import', 0],
    ['a changed re-import', 30],
  ])('rows sent ahead, %s made ready in the worker and taken: none read either', async (_, before) => {
    if (before) await commitImport([await planOf(stored(before))], { fil: 'a', kalla: 'a' });
    const plans = [await planOf(many(2 * SEND_ROWS + 5, 0, 'Ny'))];
    const { asked, latest } = follow();
    await until(() => latest()?.length === before);
    asked.length = 0;
    const shown = latest();
    const { port1, port2 } = new MessageChannel();
    let made = (_: number) => {};
    const ready = new Promise<number>((res) => (made = res));
    serveCommit(port2 as unknown as CommitPort, () => port2.close(), made);
    const ahead = new RowSender(port1 as unknown as CommitPort, plans, undefined, undefined);
    ahead.ahead = true;
    await ahead.start().done;
    expect(await ready).toBe(1);
    let taken = -1;
    const record = await sendCommit(
      port1 as unknown as CommitPort,
      plans,
      { fil: 'a', kalla: 'a' },
      { madeReady: (n) => (taken = n) },
      ahead,
    ).finally(() => port1.close());
    expect(record).not.toBeNull();
    expect(taken).toBe(1);
    await until(() => latest() !== shown && latest()?.length === 2 * SEND_ROWS + 5);
    expect(asked).toEqual([]);
    expect(exactly(latest())).toEqual(exactly(await readRows('measures')));
  });

  it('a commit that comes while the rows are being made ready: nothing more is made ready, written exactly as on the page', async () => {
    const rows = () => many(SEND_ROWS + 5, 0, 'Ny');
    const setUp = async () => {
      await db.delete();
      await db.open();
      await commitImport([await planOf(stored(30))], { fil: 'a', kalla: 'a', tid: 'S' });
    };
    await setUp();
    await commitImport([await planOf(rows())], { fil: 'b', kalla: 'b', tid: 'T' });
    const expected = await snapshot();
    await setUp();
    const plans = [await planOf(rows())];
    const { port1, port2 } = new MessageChannel();
    let worked = -1;
    serveCommit(
      port2 as unknown as CommitPort,
      () => port2.close(),
      (n) => (worked = n),
    );
    const ahead = new RowSender(port1 as unknown as CommitPort, plans, undefined, undefined, async () => {});
    ahead.ahead = true;
    ahead.start();
    // The click as the last rows go: `sent` and `commit` come one after the other.
    let taken = -1;
    const record = await sendCommit(
      port1 as unknown as CommitPort,
      plans,
      { fil: 'b', kalla: 'b', tid: 'T' },
      { madeReady: (n) => (taken = n) },
      ahead,
    ).finally(() => port1.close());
    expect(record).not.toBeNull();
    expect(taken).toBe(0);
    await until(() => worked >= 0);
    // Stopped while it read the chunks: nothing worked on after the commit came (its rows are the transaction's).
    expect(worked).toBe(0);
    expect(await snapshot()).toEqual(expected);
  });

  it('a commit that fails after telling its chunks (they are told before it commits): the live data keeps what is stored', async () => {
    await commitImport([await planOf(stored(3))], { fil: 'a', kalla: 'a' });
    const { latest } = follow();
    await until(() => latest()?.length === 3);
    // The history's entry fails as the transaction ends: the chunks were asked for and told already.
    const add = vi.spyOn(db.imports, 'add').mockImplementation(() => Dexie.Promise.reject(new Error('disk full')));
    const error = await overChannel([await planOf(many(2 * SEND_ROWS, 0, 'Ny'))]).catch((e: unknown) => e);
    add.mockRestore();
    expect((error as Error).message).toBe('disk full');
    expect(await T.measures.count()).toBe(3);
    // A later write is heard, and the rows shown are the stored ones: none of the failed import's.
    await commitImport([await planOf([measure(100, 'Senare')])], { fil: 'b', kalla: 'b' });
    await until(() => latest()?.length === 4);
    expect(exactly(latest())).toEqual(exactly(await readRows('measures')));
  });

  it('an undo after it, and a later write, are read again', async () => {
    const { asked, latest } = follow();
    await until(() => latest()?.length === 0);
    const record = (await overChannel([await planOf(many(6, 0, 'Ny'))]))!;
    await until(() => latest()?.length === 6);
    expect(asked).toEqual([]);
    await undoImport(record.id);
    await until(() => latest()?.length === 0);
    await commitImport([await planOf(many(6, 0, 'Igen'))], { fil: 'a', kalla: 'a' });
    await until(() => latest()?.length === 6);
    expect(exactly(latest())).toEqual(exactly(await readRows('measures')));
    expect(latest()!.every((r) => String(r.titel).startsWith('Igen'))).toBe(true);
  });
});
