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

/**
 * A commit whose chunks its writer hands over (the commit worker: see handover.ts), so that they
 * need not be read back. They are taken as read only for its own transaction's report, and only
 * the chunks no other write touched from the moment the commit was expected until they are taken:
 * another tab's write, heard before or after, may have come between (reports from different
 * writers can arrive in any order), so those chunks are read again.
 */
interface Handover {
  /** Its own transaction's report has been heard: it is written. */
  heard: boolean;
  /** Key ranges other writes touched meanwhile; null: everything. */
  spoiled: { from: unknown; to: unknown }[] | null;
  /** The chunks as written, once handed over. */
  chunks?: Chunk[];
  /** Reads waiting for them. */
  waiting: (() => void)[];
}

export class ChunkCache {
  private kept = new Map<string, Chunk>();
  /** Counts the writes heard: a read that a write overtook keeps nothing it read. */
  private writes = 0;
  /** Commits expected to hand their chunks over, by id. */
  private handovers = new Map<string, Handover>();

  /** Chunks kept (for tests). */
  get size(): number {
    return this.kept.size;
  }

  /**
   * A write touched these chunk keys (the ranges of `tree`; `null`: everything, e.g. the database
   * was created again). Kept chunks in them are read again next time, unless `own` names the commit
   * whose report this is and it has handed over its chunks (see `expect`).
   */
  touched(tree: object | null, own?: string): void {
    this.writes++;
    // The report of the commit `own` names what it wrote; any other (or a second one with its id) spoils.
    const mine = own === undefined ? undefined : this.handovers.get(own);
    for (const h of this.handovers.values())
      if (h !== mine || h.heard) h.spoiled = tree && h.spoiled ? [...h.spoiled, ...rangesOf(tree)] : null;
    this.drop(tree);
    if (mine && !mine.heard) {
      mine.heard = true;
      this.take(own!);
    }
  }

  private drop(tree: object | null): void {
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
    // A commit that is written but whose chunks are still on their way: wait for them rather than read them.
    for (let h = this.due(); h; h = this.due()) await new Promise<void>((res) => h.waiting.push(res));
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

  /**
   * A commit with this id is under way whose writer will hand over its chunks (`handOver`): from now
   * on, the chunks other writes touch are not taken from it.
   */
  expect(id: string): void {
    this.handovers.set(id, { heard: false, spoiled: [], waiting: [] });
  }

  /**
   * The chunks commit `id` wrote, exactly as stored (rows, their order and revisions), or some of them
   * (the others are read). Taken once its transaction's report is heard (`touched(…, id)`).
   */
  handOver(id: string, chunks: Chunk[]): void {
    const h = this.handovers.get(id);
    if (!h || h.chunks) return;
    h.chunks = chunks;
    if (h.heard) this.take(id);
  }

  /** Commit `id` is over (answered, failed or given up): whatever it did not hand over is read. */
  end(id: string): void {
    const h = this.handovers.get(id);
    if (!h) return;
    this.handovers.delete(id);
    for (const wake of h.waiting) wake();
  }

  /** Commits pending (for tests). */
  get expected(): number {
    return this.handovers.size;
  }

  /** A commit heard whose chunks have not come yet. */
  private due(): Handover | undefined {
    for (const h of this.handovers.values()) if (h.heard && !h.chunks) return h;
    return undefined;
  }

  /** Keep the chunks of commit `id` that no other write touched, if it is heard and they have come. */
  private take(id: string): void {
    const h = this.handovers.get(id)!;
    if (!h.heard || !h.chunks) return;
    const spoiled = h.spoiled;
    if (spoiled) for (const c of h.chunks) if (!spoiled.some((r) => within(c.key, r))) this.kept.set(c.key, c);
    this.end(id);
  }
}
