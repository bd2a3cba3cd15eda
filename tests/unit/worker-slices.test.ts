import { describe, expect, it, vi } from 'vitest';
import { analyseFiles, type Analysis, type ContextData, type InputFile } from '$lib/io/analyse';
import { toColumns } from '$lib/db/rowColumns';
import { ImportSession, receiveRecords, withRecords } from '$lib/state/import.svelte';
import type { LiveData } from '$lib/state/live.svelte';
import type { WorkerMessage, WorkerRequest } from '$lib/workers/import.worker';

type Row = Record<string, unknown>;

/** An analysis as the worker's `done` message carries it: every table's records left out. */
const analysis = (...counts: (number | null)[]): Analysis =>
  ({
    tables: counts.map((n) => ({
      result: n === null ? null : { entity: 'measures', records: [], rowNumbers: [], invalidRows: 0, issues: [] },
    })),
    issues: [],
  }) as unknown as Analysis;

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${from + i}` }));

/** The slices as the page gets them: columns, through a structured clone (as postMessage clones). */
const received = (slices: Map<number, Row[][]>) => {
  const into = new Map<number, Row[]>();
  for (const [table, parts] of slices)
    for (const part of parts) receiveRecords(into, table, structuredClone(toColumns(part)));
  return into;
};

describe('withRecords: the worker hands its records over in slices, the page puts them back in order', () => {
  it.each([
    ['one table, three slices', [10], new Map([[0, [rows(0, 4), rows(4, 4), rows(8, 2)]]]), [10]],
    [
      'two tables, the second in one slice',
      [3, 2],
      new Map([
        [0, [rows(0, 3)]],
        [1, [rows(0, 2)]],
      ]),
      [3, 2],
    ],
    ['a table without records and a failed table', [0, null], new Map<number, Row[][]>(), [0, null]],
  ])('%s', (_, counts, slices, expected) => {
    const a = withRecords(analysis(...counts), received(slices));
    expect(a.tables.map((t) => (t.result ? t.result.records.length : null))).toEqual(expected);
    const first = a.tables[0].result?.records as { id: string }[] | undefined;
    if (first?.length) expect(first.map((r) => r.id)).toEqual(rows(0, first.length).map((r) => r.id));
  });

  it('records of mixed shapes, undefined, empty and array fields come back as they were sent', () => {
    const sent: Row[][] = [
      [
        { id: 'm1', kommunkod: '1490', teman: ['skola', 'halsa'], start: '', genomforande: null },
        { id: 'm2', kommunkod: '1490', teman: [], start: undefined, genomforande: 50 },
        { kommunkod: '0180', id: 'm3', teman: ['skola'], start: '2016-03', genomforande: null },
        {},
        { id: 'm4', gott_exempel: true, samverkan: ['BUP', '', 'skola'] },
      ],
      [{ id: 'm5', kommunkod: '1490', teman: ['skola', 'halsa'], start: '', genomforande: null }],
    ];
    const a = withRecords(analysis(6), received(new Map([[0, sent]])));
    const back = a.tables[0].result!.records as Row[];
    const all = sent.flat();
    expect(back).toStrictEqual(structuredClone(all));
    expect(back.map((r) => Object.keys(r))).toEqual(all.map((r) => Object.keys(r)));
  });
});

/** The import worker's global scope, stood in for: what it posts goes to `posted`, cloned as postMessage clones. */
const scope = {
  posted: [] as WorkerMessage[],
  postMessage(m: WorkerMessage) {
    this.posted.push(structuredClone(m));
  },
  onmessage: null as ((e: { data: WorkerRequest }) => Promise<void>) | null,
};

/** The import worker run here on `req`: every message it posts. */
async function runWorker(req: WorkerRequest): Promise<WorkerMessage[]> {
  // Papaparse (io/csv) is loaded first, so that it sees this thread's real global, not the stand-in.
  await import('$lib/io/analyse');
  (globalThis as { self?: unknown }).self = scope;
  await import('$lib/workers/import.worker'); // sets scope.onmessage (once: the module is kept)
  scope.posted = [];
  await scope.onmessage!({ data: structuredClone(req) });
  return scope.posted;
}

const ctx: ContextData = { themes: [['skola', 'Skola']], plans: [], regionIds: [], now: '2016-02-01T00:00:00Z' };
const file = (name: string, text: string): InputFile => ({ name, bytes: new TextEncoder().encode(text) });

/** `n` measures, some with empty cells and lists, every 7th invalid (an unknown status). */
function measures(n: number): string {
  const lines = ['id;kommunkod;titel;beskrivning;teman;status;start;samverkan;genomforande;gott_exempel'];
  for (let i = 0; i < n; i++)
    lines.push(
      [
        `m${i}`,
        i % 3 ? '1490' : '0180',
        `Åtgärd ${i}`,
        i % 2 ? '' : `Beskrivning ${i}`,
        i % 4 ? 'skola' : '',
        i % 7 ? 'planerad' : 'okänd',
        i % 5 ? `2016-0${1 + (i % 9)}` : '',
        i % 2 ? 'skola|BUP' : '',
        i % 6 ? '' : String(i % 100),
        i % 10 ? '' : 'ja',
      ].join(';'),
    );
  return lines.join('\r\n') + '\r\n';
}

describe('the import worker: exactly the records analyseFiles makes reach the page', () => {
  it.each<[string, () => InputFile[]]>([
    ['one table streamed while it is validated (several slices)', () => [file('atgarder.csv', measures(6000))]],
    [
      'two files of one entity (sent after the cross-file check) and another table',
      () => [
        file('atgarder.csv', measures(3000)),
        file('atgarder-2.csv', measures(10)),
        file('handelser.csv', 'kommunkod;datum;titel\r\n1490;2016-03-01;Möte\r\n0180;;Utan datum\r\n'),
      ],
    ],
  ])('%s', async (_, files) => {
    const want = analyseFiles(files(), ctx);
    const messages = await runWorker({ files: files(), ctxData: ctx, overrides: {} });
    const into = new Map<number, Row[]>();
    for (const m of messages) if (m.type === 'records') receiveRecords(into, m.table, m.records);
    const done = messages.at(-1);
    if (done?.type !== 'done') throw new Error(`the worker ended with ${JSON.stringify(done)}`);
    expect(done.bytes).toEqual(files().map((f) => f.bytes));
    const got = withRecords(done.analysis, into);
    expect(got.tables.map((t) => t.result?.records.length)).toEqual(want.tables.map((t) => t.result?.records.length));
    // The measures came in more than one slice.
    expect(messages.filter((m) => m.type === 'records' && m.table === 0).length).toBeGreaterThan(1);
    got.tables.forEach((t, i) => {
      const records = want.tables[i].result?.records ?? [];
      expect(t.result?.records ?? []).toStrictEqual(structuredClone(records));
      expect((t.result?.records ?? []).map((r) => Object.keys(r))).toEqual(records.map((r) => Object.keys(r)));
    });
    expect(got).toStrictEqual(structuredClone(want));
  });
});

describe('the import worker starts with the import, while the page reads the files', () => {
  /** A stand-in for Worker: records what happens to it; `failing` ones report an error as their code loads. */
  class FakeWorker {
    static made: FakeWorker[] = [];
    static failing = false;
    /** Answer each request at once, with no tables and the files' bytes handed back. */
    static answering = false;
    onmessage: ((e: MessageEvent) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    requests: unknown[] = [];
    /** The type of each message a commit worker got. */
    sent: string[] = [];
    /** The text of each file of the requests, as the worker got it. */
    texts: string[] = [];
    terminated = false;
    constructor(readonly url: URL) {
      FakeWorker.made.push(this);
      if (FakeWorker.failing) setTimeout(() => this.onerror?.({ message: 'could not load' } as ErrorEvent), 0);
    }
    /** The request as a worker gets it: transferred buffers are the worker's, no longer the page's. */
    postMessage(m: unknown, transfer: Transferable[] = []) {
      // The commit worker's messages (the rows sent ahead while the preview is shown) are not requests.
      if (!String(this.url).includes('import.worker')) {
        this.sent.push((m as { type: string }).type);
        return;
      }
      const req = structuredClone(m, { transfer }) as WorkerRequest;
      this.requests.push(req);
      this.texts.push(...req.files.map((f) => new TextDecoder().decode(f.bytes)));
      if (FakeWorker.answering)
        setTimeout(() => {
          const bytes = req.files.map((f) => f.bytes);
          const done = { type: 'done', analysis: { tables: [], issues: [] }, bytes };
          this.onmessage?.({ data: structuredClone(done, { transfer: bytes.map((b) => b.buffer) }) } as MessageEvent);
        }, 0);
    }
    terminate() {
      this.terminated = true;
    }
  }
  const TEXT = 'kommunkod;titel\r\n1490;Å\r\n';
  /** A chosen file that takes a while to read (the worker's code has loaded, or failed to, by then). */
  const slowFile = () =>
    ({
      name: 'atgarder.csv',
      arrayBuffer: () => new Promise((r) => setTimeout(() => r(new TextEncoder().encode(TEXT).buffer), 30)),
    }) as unknown as File;
  /** The import workers made (a preview also starts the commit worker). */
  const imports = () => FakeWorker.made.filter((w) => String(w.url).includes('import.worker'));
  const session = () => new ImportSession({ themes: [], plans: [], regions: [], loaded: false } as unknown as LiveData);

  it.each([
    [
      'a worker whose code could not be loaded: the import says so instead of waiting for it',
      true,
      async (s: ImportSession) => {
        await s.start([slowFile()]);
        expect(s.error).toBe('could not load');
        expect(s.phase).toBe('idle');
        expect(FakeWorker.made).toHaveLength(1);
        expect(FakeWorker.made[0].requests).toEqual([]);
      },
    ],
    [
      'cancelled while the files are read: the worker started for it is ended, none other started',
      false,
      async (s: ImportSession) => {
        const started = s.start([slowFile()]);
        expect(FakeWorker.made).toHaveLength(1);
        s.cancel();
        expect(FakeWorker.made[0].terminated).toBe(true);
        await started;
        expect(FakeWorker.made).toHaveLength(1);
        expect(s.phase).toBe('idle');
      },
    ],
    [
      'the files read: the request goes to the worker started with the import',
      false,
      async (s: ImportSession) => {
        void s.start([slowFile()]);
        await vi.waitFor(() => expect(FakeWorker.made[0].requests).toHaveLength(1));
        expect(FakeWorker.made).toHaveLength(1);
        expect(FakeWorker.made[0].terminated).toBe(false);
        s.cancel();
      },
    ],
    [
      'read again for another table: the same bytes go to the next worker (lent, handed back, not copied)',
      false,
      async (s: ImportSession) => {
        FakeWorker.answering = true;
        await s.start([slowFile()]);
        expect(s.phase).toBe('preview');
        await s.setEntity('atgarder.csv', 'plans');
        const imports = FakeWorker.made.filter((w) => String(w.url).includes('import.worker'));
        expect(imports.map((w) => w.texts)).toEqual([[TEXT], [TEXT]]);
      },
    ],
    [
      'warmed before the files are chosen: the import takes that worker and starts none, then one is warmed again',
      false,
      async (s: ImportSession) => {
        s.warm();
        s.warm();
        expect(imports()).toHaveLength(1);
        FakeWorker.answering = true;
        await s.start([slowFile()]);
        expect(s.phase).toBe('preview');
        expect(imports()).toHaveLength(1);
        expect(imports()[0].texts).toEqual([TEXT]);
        s.warm(); // during the preview: nothing
        expect(imports()).toHaveLength(1);
        s.cancel();
        s.warm();
        expect(imports()).toHaveLength(2);
        expect(imports()[1].terminated).toBe(false);
        s.cool();
        expect(imports()[1].terminated).toBe(true);
      },
    ],
    [
      'a warmed worker whose code could not be loaded: ended, the import starts its own',
      true,
      async (s: ImportSession) => {
        s.warm();
        await vi.waitFor(() => expect(imports()).toHaveLength(1));
        await new Promise((r) => setTimeout(r, 5)); // its error arrives
        FakeWorker.failing = false;
        FakeWorker.answering = true;
        await s.start([slowFile()]);
        expect(imports()).toHaveLength(2);
        expect(imports()[0].terminated).toBe(true);
        expect(imports()[0].requests).toEqual([]);
        expect(imports()[1].texts).toEqual([TEXT]);
        expect(s.phase).toBe('preview');
      },
    ],
    [
      'the preview shown: the commit worker starts and gets the plan; rows chosen for removal meanwhile make a new plan, sent again',
      false,
      async (s: ImportSession) => {
        FakeWorker.answering = true;
        await s.start([slowFile()]);
        expect(s.phase).toBe('preview');
        const commits = FakeWorker.made.filter((w) => String(w.url).includes('commit.worker'));
        expect(commits).toHaveLength(1);
        // No rows here (the stand-in reads no table): a sending of nothing, `sent` at once.
        await vi.waitFor(() => expect(commits[0].sent).toEqual(['begin', 'sent']));
        s.removals = [{ table: 'measures', rec: { id: 'm1', kommunkod: '1490' } }];
        expect(commits[0].sent).toEqual(['begin', 'sent', 'begin', 'sent']);
        s.cancel();
        expect(commits[0].terminated).toBe(true);
      },
    ],
  ])('%s', async (_, failing, run) => {
    FakeWorker.made = [];
    FakeWorker.failing = failing;
    FakeWorker.answering = false;
    vi.stubGlobal('Worker', FakeWorker);
    try {
      await run(session());
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
