/// <reference lib="webworker" />
/** Writes the report's Word document off the main thread (docx is loaded here, only when a report is made). */
import { reportDocx, type ReportDoc } from '$lib/io/report-docx';

export type ReportDocxMessage =
  { type: 'progress'; share: number } | { type: 'done'; bytes: Uint8Array } | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

self.onmessage = async (e: MessageEvent<ReportDoc>) => {
  try {
    const bytes = await reportDocx(e.data, (share) =>
      scope.postMessage({ type: 'progress', share } satisfies ReportDocxMessage),
    );
    scope.postMessage({ type: 'done', bytes } satisfies ReportDocxMessage, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    scope.postMessage({
      type: 'error',
      message: err instanceof Error ? err.message : String(err),
    } satisfies ReportDocxMessage);
  }
};
