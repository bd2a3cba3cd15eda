/**
 * Import benchmark, run in headless Chromium by scripts/bench-import.ts.
 * ours:     bytes → our worker (decode, parse, map, validate) → bulkGet → merge plan → one transaction with history
 * baseline: the least any correct importer must do: papaparse of the same text, one bulkGet of the ids, one bulkPut
 */
import Dexie from 'dexie';
import { db } from '../../src/lib/db/db';
import { commitImport, storedFor } from '../../src/lib/db/importer';
import { countRows } from '../../src/lib/db/store';
import { planTable } from '../../src/lib/domain/merge';
import { EXCEL_DIALECT, toCsv } from '../../src/lib/io/write';
import type { Analysis, ContextData } from '../../src/lib/io/analyse';
import type { WorkerMessage } from '../../src/lib/io/import.worker';
import { DEFAULT_THEMES } from '../../src/lib/domain/themes';
import data from '../../src/data/municipalities.json';

const STATUSES = ['planerad', 'pagaende', 'genomford', 'avbruten'];
const WORDS = [
  'samverkan',
  'skola',
  'rekrytering',
  'familjehem',
  'introduktion',
  'uppföljning',
  'förebyggande',
  'delaktighet',
  'öppna insatser',
  'elevhälsa',
];

/** Deterministic measures: about 200 bytes of CSV each. */
export function generate(n: number): Record<string, unknown>[] {
  const codes = data.municipalities.map((m) => m.code);
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)];
  return Array.from({ length: n }, (_, i) => {
    const y = 2014 + Math.floor(rnd() * 6);
    const m = 1 + Math.floor(rnd() * 12);
    return {
      id: `m${i}`,
      plan_id: '',
      kommunkod: pick(codes),
      titel: `Åtgärd ${i}: ${pick(WORDS)} och ${pick(WORDS)}`,
      beskrivning: `Beskrivning av åtgärd ${i} med ${pick(WORDS)}, ${pick(WORDS)} och ${pick(WORDS)}.`,
      teman: [pick(DEFAULT_THEMES).id, pick(DEFAULT_THEMES).id].filter((v, j, a) => a.indexOf(v) === j),
      status: pick(STATUSES),
      start: `${y}-${String(m).padStart(2, '0')}`,
      slut: `${y + 1}`,
      ansvarig: 'Socialtjänsten',
      samverkan: ['skola', 'BUP'],
      kalla: 'bench',
      uppdaterad: '2016-01-01T00:00:00Z',
    };
  });
}

function runWorker(bytes: Uint8Array, ctxData: ContextData): Promise<Analysis> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../src/lib/io/import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      if (e.data.type === 'done') {
        worker.terminate();
        resolve(e.data.analysis);
      } else if (e.data.type === 'error') reject(new Error(e.data.message));
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage({ files: [{ name: 'atgarder.csv', bytes }], ctxData, overrides: {} }, [
      bytes.buffer as ArrayBuffer,
    ]);
  });
}

async function ours(bytes: Uint8Array): Promise<{ ms: number; written: number; stages: Record<string, number> }> {
  await db.delete();
  await db.open();
  const stages: Record<string, number> = {};
  const t0 = performance.now();
  const ctxData: ContextData = {
    themes: DEFAULT_THEMES.map((th) => [th.id, th.namn]),
    plans: [],
    regionIds: [],
    now: new Date().toISOString(),
  };
  const analysis = await runWorker(bytes, ctxData);
  stages.worker = performance.now() - t0;
  const t = analysis.tables[0];
  if (!t.result || t.issues.some((i) => i.severity === 'error')) throw new Error(JSON.stringify(t.issues.slice(0, 3)));
  const t1 = performance.now();
  const stored = await storedFor('measures', t.result.records);
  stages.bulkGet = performance.now() - t1;
  const plan = planTable('measures', t.result.records, stored, 'newer');
  const t2 = performance.now();
  await commitImport([plan], { fil: 'atgarder.csv', kalla: 'bench' });
  stages.commit = performance.now() - t2;
  const ms = performance.now() - t0;
  return { ms, written: await countRows('measures'), stages };
}

/** The floor: the same rows, already typed, split by municipality and written as chunk records in one transaction. */
async function baseline(records: Record<string, unknown>[]): Promise<{ ms: number; written: number }> {
  const base = new Dexie('planatlas-bench-floor');
  await base.delete();
  base.version(1).stores({ chunks: 'key' });
  await base.open();
  const t0 = performance.now();
  const parts = new Map<string, Record<string, unknown>[]>();
  for (const r of records) {
    const k = `measures:${r.kommunkod as string}`;
    (parts.get(k) ?? parts.set(k, []).get(k)!).push({ ...r, rev: 1 });
  }
  await base.transaction('rw', base.table('chunks'), async () => {
    await base
      .table('chunks')
      .bulkPut([...parts].map(([key, rows]) => ({ key, table: 'measures', part: key.slice(9), rows })));
  });
  const ms = performance.now() - t0;
  const written = (await base.table('chunks').toArray()).reduce((n, c) => n + c.rows.length, 0);
  base.close();
  return { ms, written };
}

(window as unknown as { runBench: (n: number, rounds: number) => Promise<unknown> }).runBench = async (
  n: number,
  rounds: number,
) => {
  const records = generate(n);
  const csv = toCsv('measures', records, EXCEL_DIALECT);
  const bytes = new TextEncoder().encode(csv);
  const results = [];
  for (let r = 0; r < rounds; r++) {
    const b = await baseline(records);
    const o = await ours(bytes.slice());
    results.push({ ours: o.ms, baseline: b.ms, stages: o.stages, writtenOurs: o.written, writtenBaseline: b.written });
  }
  return { rows: n, megabytes: bytes.length / 1e6, results };
};
document.getElementById('status')!.textContent = 'ready';
