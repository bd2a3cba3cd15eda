/// <reference lib="webworker" />
/**
 * Reads a boundary file off the main thread (a 50 MB GeoJSON or GeoPackage takes seconds to parse,
 * transform and simplify). sql.js and its wasm file are loaded only for a GeoPackage; the wasm is
 * bundled by Vite (no CDN), which is why the CSP allows 'wasm-unsafe-eval'.
 */
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { parseBoundaryFile, type BoundaryParse, type BoundaryStage } from './boundaries';
import { t } from '$lib/i18n';
import { say } from '$lib/i18n/say';
import { useTexts } from './texts';

// A worker's entry is a composition root: it hands io the texts of the language it was started in.
useTexts(t, say);

export interface BoundaryRequest {
  name: string;
  bytes: Uint8Array;
  codeProperty?: string;
  layer?: string;
}

export type BoundaryWorkerMessage =
  { type: 'progress'; stage: BoundaryStage; done: number; total: number } | { type: 'done'; result: BoundaryParse };

const post = (m: BoundaryWorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<BoundaryRequest>) => {
  const { name, bytes, codeProperty, layer } = e.data;
  let last = 0;
  const result = await parseBoundaryFile(name, bytes, {
    codeProperty,
    layer,
    loadSql: async () => {
      const { default: init } = await import('sql.js');
      return init({ locateFile: () => wasmUrl });
    },
    onProgress: (stage, done, total) => {
      const now = Date.now();
      if (now - last > 50 || done === 0 || done === total) {
        last = now;
        post({ type: 'progress', stage, done, total });
      }
    },
  });
  post({ type: 'done', result });
};
