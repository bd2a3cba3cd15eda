/// <reference lib="webworker" />
/** Runs the read half of an import off the main thread, so the page stays responsive. */
import { analyseFiles, type ContextData, type InputFile } from './analyse';
import type { EntityName } from '$lib/domain/records';
import { t } from '$lib/i18n';
import { isXlsx, readWorkbook } from './xlsx-read';

export interface WorkerRequest {
  files: InputFile[];
  ctxData: ContextData;
  overrides: Record<string, EntityName>;
}

export type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'done'; analysis: ReturnType<typeof analyseFiles> }
  | { type: 'error'; message: string };

const post = (m: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { files, ctxData, overrides } = e.data;
  let last = 0;
  try {
    // Workbooks are read into sheets here (exceljs is loaded only when one comes); the rest is the CSV path.
    for (const f of files) {
      if (!isXlsx(f.name, f.bytes)) continue;
      post({ type: 'progress', stage: t.importer.stageParse(f.name), done: 0, total: 1 });
      f.workbook = await readWorkbook(f.name, f.bytes);
    }
    const analysis = analyseFiles(files, ctxData, overrides, (stage, done, total) => {
      const now = Date.now();
      if (now - last > 50 || done === total) {
        last = now;
        post({ type: 'progress', stage, done, total });
      }
    });
    post({ type: 'done', analysis });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
