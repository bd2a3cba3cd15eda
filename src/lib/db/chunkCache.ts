/**
 * The decoded chunks of one table kept between two live reads, so that a change re-reads only the
 * chunks a write touched (a hand edit: one chunk of 290, not 100 000 rows). What a write touched is
 * what Dexie says after every committed transaction, in this tab, in a worker or in another tab
 * (its `storagemutated` event: the primary keys and key ranges written, per store).
 * No Dexie here but its key order (`cmp`), so the bookkeeping is unit-tested with plain objects.
 */
import { cmp } from 'dexie';
import type { Chunk } from './chunks';

/** A node of the interval tree Dexie reports written keys in (a RangeSet, or the plain copy another tab sends). */
export interface KeyRanges {
  from?: unknown;
  to?: unknown;
  l?: KeyRanges | null;
  r?: KeyRanges | null;
}

/** The ranges of an interval tree, in key order (an empty tree has none). */
export function rangesOf(tree: object | null | undefined): { from: unknown; to: unknown }[] {
  const out: { from: unknown; to: unknown }[] = [];
  const walk = (n: KeyRanges | null | undefined): void => {
    if (!n || !('from' in n)) return;
    walk(n.l);
    out.push({ from: n.from, to: n.to });
    walk(n.r);
  };
  walk(tree as KeyRanges | null | undefined);
  return out;
}

const within = (key: string, r: { from: unknown; to: unknown }): boolean =>
  cmp(r.from, key) <= 0 && cmp(key, r.to) <= 0;

export class ChunkCache {
  private kept = new Map<string, Chunk>();
  /** Counts the writes heard: a read that a write overtook keeps nothing it read. */
  private writes = 0;

  /** Chunks kept (for tests). */
  get size(): number {
    return this.kept.size;
  }

  /**
   * A write touched these chunk keys (the ranges of `tree`; `null`: everything, e.g. the database
   * was created again). Kept chunks in them are read again next time.
   */
  touched(tree: object | null): void {
    this.writes++;
    if (!tree) {
      this.kept.clear();
      return;
    }
    const spans: { from: unknown; to: unknown }[] = [];
    // Most writes name their keys one by one (a put, a delete): those are found directly.
    for (const r of rangesOf(tree))
      if (typeof r.from === 'string' && r.from === r.to) this.kept.delete(r.from);
      else spans.push(r);
    if (!spans.length) return;
    for (const key of this.kept.keys()) if (spans.some((r) => within(key, r))) this.kept.delete(key);
  }

  /**
   * The chunks of `keys` (every chunk key of the table now, in order): kept ones as they are, the
   * others by `read` (in the order asked; undefined for a chunk gone meanwhile). Chunks whose key
   * is no longer among `keys` are forgotten. What `read` returns is kept only if no write was heard
   * while it read (that write's live query reads again anyway).
   */
  async chunks(keys: readonly string[], read: (keys: string[]) => Promise<(Chunk | undefined)[]>): Promise<Chunk[]> {
    const writes = this.writes;
    const have = keys.map((k) => this.kept.get(k));
    const missing = keys.filter((_, i) => !have[i]);
    const got = missing.length ? await read(missing) : [];
    const fresh = new Map<string, Chunk>();
    missing.forEach((k, i) => {
      const c = got[i];
      if (c) fresh.set(k, c);
    });
    const out: Chunk[] = [];
    keys.forEach((k, i) => {
      const c = have[i] ?? fresh.get(k);
      if (c) out.push(c);
    });
    if (writes === this.writes) {
      const now = new Set(keys);
      for (const k of this.kept.keys()) if (!now.has(k)) this.kept.delete(k);
      for (const [k, c] of fresh) this.kept.set(k, c);
    }
    return out;
  }
}
