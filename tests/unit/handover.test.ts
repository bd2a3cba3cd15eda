import { afterEach, describe, expect, it, vi } from 'vitest';
import { RangeSet } from 'dexie';
import { ChunkCache } from '$lib/db/chunkCache';
import type { Chunk } from '$lib/db/chunks';
import { commitOf, endCommit, expectCommit, handOver, listen } from '$lib/db/handover';

// The commit worker's answer and its transaction's report (Dexie's broadcast) come by different
// channels, in either order: a written commit's chunks wait for the report a while (endCommit's
// `heardWithin`), so that they are taken instead of read back when the answer came first.

const chunk = (key: string): Chunk => ({
  key,
  table: 'measures',
  part: key.split(':')[1],
  rows: [{ id: key, rev: 1 }],
});
const report = (id: string) => ({
  chunks: new RangeSet().addKeys(['measures:1490']),
  imports: new RangeSet().addKey(id),
});

describe('a commit handed over, its answer before its report', () => {
  afterEach(() => vi.useRealTimers());

  it.each([
    ['written: the chunks wait for the report, and are taken', 3000, 100, true],
    ['written, the report later than the wait: read instead', 3000, 4000, false],
    ['not written (failed, cancelled): ended at once, nothing taken', 0, 100, false],
  ])('%s', async (_, heardWithin, reportAfter, taken) => {
    vi.useFakeTimers();
    const cache = new ChunkCache();
    const stop = listen('measures', cache);
    const id = `import-${heardWithin}-${reportAfter}`;
    expectCommit(id);
    handOver(id, new Map([['measures', [chunk('measures:1490')]]]));
    endCommit(id, heardWithin);
    vi.advanceTimersByTime(reportAfter);
    const own = commitOf(report(id).imports);
    cache.touched(report(id).chunks, own);
    vi.useRealTimers();
    const read = vi.fn(async (keys: string[]) => keys.map(chunk));
    await cache.chunks(['measures:1490'], read);
    expect(read).toHaveBeenCalledTimes(taken ? 0 : 1);
    expect(cache.expected).toBe(0);
    stop();
  });
});
