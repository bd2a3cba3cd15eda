import { expect, onTestFinished, vi } from 'vitest';
import { Dexie } from 'dexie';
import { db } from '$lib/db/db';
import { watchTable, type Subscription } from '$lib/db/watch';

/**
 * Follow the measures' live query: `latest()` is the last rows delivered, `asked` every chunk key the
 * live query read (not the reads of writes, which run inside their own transaction). It ends, and the
 * spy is restored, when the test finishes.
 */
export function followMeasures(): {
  asked: string[];
  latest: () => Record<string, unknown>[] | undefined;
  sub: Subscription;
} {
  const asked: string[] = [];
  const bulkGet = db.chunks.bulkGet.bind(db.chunks);
  vi.spyOn(db.chunks, 'bulkGet').mockImplementation((keys: readonly string[]) => {
    if (!Dexie.currentTransaction) asked.push(...keys);
    return bulkGet(keys as string[]);
  });
  let rows: Record<string, unknown>[] | undefined;
  const sub = watchTable<Record<string, unknown>>('measures', {
    next: (v) => (rows = v),
    error: (e) => {
      throw e;
    },
  });
  onTestFinished(() => {
    sub.unsubscribe();
    vi.restoreAllMocks();
  });
  return { asked, latest: () => rows, sub };
}

/** Wait (up to `tries` × 5 ms) until `cond` holds, then expect it. */
export async function until(cond: () => boolean, tries = 200): Promise<void> {
  for (let i = 0; i < tries && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
}
