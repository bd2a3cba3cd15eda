/// <reference lib="webworker" />
/**
 * Reads a boundary file off the main thread (a 50 MB GeoJSON or GeoPackage takes seconds to parse,
 * transform and simplify). sql.js and its wasm file are loaded only for a GeoPackage; the wasm is
 * bundled by Vite (no CDN), which is why the CSP allows 'wasm-unsafe-eval'.
 */
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { parseBoundaryFile, type BoundaryParse, type BoundaryResult, type BoundaryStage } from '$lib/io/boundaries';
import type { FileIssue } from '$lib/io/issues';
import type { BoundaryDrawing } from '$lib/domain/model';
import { geoDrawing } from '$lib/viz/map/geo';
import { t } from '$lib/i18n';
import { sv } from '$lib/i18n/sv';
import { say } from '$lib/i18n/say';
import { useTexts } from '$lib/io/texts';

// A worker's entry is a composition root: it hands io the texts of the language it was started in,
// and draws the boundaries with viz once, here, so that the page never projects them.
useTexts(t, say, sv);

export interface BoundaryRequest {
  name: string;
  bytes: Uint8Array;
  codeProperty?: string;
  layer?: string;
}

/**
 * A read as the worker hands it over: the topology as TopoJSON text and Karta's drawing made from it.
 * One string crosses to the page and into IndexedDB as a copy of bytes; 100 000 coordinate pairs as
 * arrays cost the page 35 ms to receive and 71 ms to store, in one task.
 */
export type BoundaryRead =
  | Exclude<BoundaryParse, { ok: true }>
  | {
      ok: true;
      value: Omit<BoundaryResult, 'topology'> & { topology: string; drawing: BoundaryDrawing };
      issues: FileIssue[];
    };

export type BoundaryWorkerMessage =
  { type: 'progress'; stage: BoundaryStage; done: number; total: number } | { type: 'done'; result: BoundaryRead };

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
  if (!result.ok) return post({ type: 'done', result });
  const { topology, ...value } = result.value;
  post({
    type: 'done',
    result: {
      ...result,
      value: { ...value, topology: JSON.stringify(topology), drawing: geoDrawing(topology, value.crs) },
    },
  });
};
