/// <reference lib="webworker" />
/** Runs the read half of an import off the main thread, so the page stays responsive. */
import { analyseFiles, type ContextData, type InputFile } from '$lib/io/analyse';
import type { EntityName } from '$lib/domain/records';
import { t } from '$lib/i18n';
import { sv } from '$lib/i18n/sv';
import { readWorkbook, type Include } from '$lib/io/xlsx-read';
import { formatOf, RECORD_FORMATS } from '$lib/io/formats';
import { say } from '$lib/i18n/say';
import { useTexts } from '$lib/io/texts';
import { compact, toColumns, type RowColumns } from '$lib/db/rowColumns';

// A worker's entry is a composition root: it hands io the texts of the language it was started in.
useTexts(t, say, sv);

export interface WorkerRequest {
  files: InputFile[];
  ctxData: ContextData;
  overrides: Record<string, EntityName>;
  /** Hidden sheets and rows of workbooks to import (none unless the person ticked them). */
  include?: Include;
}

export type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  /**
   * Records of table `table` (index into analysis.tables), in order, as compact columns
   * (db/rowColumns `compact`): no property names per record, no array per list of themes. This
   * worker clones a slice in about two thirds of the time, the page takes it (clone and objects
   * built again) in about a third (docs/PERFORMANCE.md). Sent before `done`.
   */
  | { type: 'records'; table: number; records: RowColumns }
  /**
   * The analysis with every table's records left out (they came in `records` messages), and the
   * files' bytes handed back (the page keeps them to read the files again, without a copy).
   */
  | { type: 'done'; analysis: ReturnType<typeof analyseFiles>; bytes: Uint8Array[] }
  | { type: 'error'; message: string };

/** Records per message when the result is handed to the page. */
export const RECORD_SLICE = 2_500;

const post = (m: WorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { files, ctxData, overrides, include } = e.data;
  let last = 0;
  try {
    // Workbooks are read into sheets here (exceljs is loaded only when one comes); the rest is the CSV path.
    for (const f of files) {
      if (formatOf(RECORD_FORMATS, f.name, f.bytes)?.id !== 'xlsx') continue;
      post({ type: 'progress', stage: t.importer.stageParse(f.name), done: 0, total: 1 });
      f.workbook = await readWorkbook(f.name, f.bytes, include);
    }
    // The records go in slices: one message of 100 000 records costs the page a long task to
    // deserialise; slices keep each task short (RELIABILITY: no main-thread task over 100 ms).
    // A table alone of its entity sends each slice as soon as it is validated, so that the page
    // deserialises it while this worker goes on (two cores), and keeps none of them (they die young
    // instead of living to the end of the read: 10–12% less CPU in Node); the others after the
    // cross-file check.
    const streamed = new Set<number>();
    const slice = (table: number, records: unknown[]) =>
      post({ type: 'records', table, records: compact(toColumns(records as Record<string, unknown>[])) });
    const send = (table: number, records: unknown[]) => {
      streamed.add(table);
      slice(table, records);
    };
    const progress = (stage: string, done: number, total: number) => {
      const now = Date.now();
      if (now - last > 50 || done === total) {
        last = now;
        post({ type: 'progress', stage, done, total });
      }
    };
    const analysis = analyseFiles(files, ctxData, overrides, progress, { size: RECORD_SLICE, send, keep: false });
    analysis.tables.forEach((table, i) => {
      const records = table.result?.records;
      if (!records?.length) return;
      if (!streamed.has(i))
        for (let at = 0; at < records.length; at += RECORD_SLICE) slice(i, records.slice(at, at + RECORD_SLICE));
      table.result = { ...table.result!, records: [] };
    });
    const bytes = files.map((f) => f.bytes);
    post({ type: 'done', analysis, bytes }, [...new Set(bytes.map((b) => b.buffer as ArrayBuffer))]);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
