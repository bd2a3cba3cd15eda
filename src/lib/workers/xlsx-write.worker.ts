/// <reference lib="webworker" />
/** Writes the Excel workbook off the main thread: exceljs takes seconds for 100 000 rows. */
import type { EntityName } from '$lib/domain/records';
import type { BundleMeta } from '$lib/io/bundle';
import type { Rec } from '$lib/domain/merge';
import { workbookBytes } from '$lib/io/xlsx-write';
import { t } from '$lib/i18n';
import { sv } from '$lib/i18n/sv';
import { say } from '$lib/i18n/say';
import { useTexts } from '$lib/io/texts';

// A worker's entry is a composition root: it hands io the texts of the language it was started in.
useTexts(t, say, sv);

export interface XlsxWriteRequest {
  tables: Partial<Record<EntityName, Rec[]>>;
  /** Scope as plain data (a Set does not matter to structured clone, but keep it explicit). */
  members?: string[];
  regionId?: string;
  meta: BundleMeta;
}

export type XlsxWriteMessage = { type: 'done'; bytes: Uint8Array } | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

self.onmessage = async (e: MessageEvent<XlsxWriteRequest>) => {
  const { tables, members, regionId, meta } = e.data;
  try {
    const bytes = await workbookBytes(tables, members ? { members: new Set(members), regionId } : {}, meta);
    scope.postMessage({ type: 'done', bytes } satisfies XlsxWriteMessage, [bytes.buffer as ArrayBuffer]);
  } catch (err) {
    scope.postMessage({
      type: 'error',
      message: err instanceof Error ? err.message : String(err),
    } satisfies XlsxWriteMessage);
  }
};
