/**
 * The row of each key of a table, as a `Map<string, number>` gives it, for the import's check of
 * repeated keys (rows.ts): an open-addressing table of typed arrays instead of a Map of 100 000
 * strings, whose gets and sets took about a tenth of the read half in Node (docs/PERFORMANCE.md).
 * The typed arrays hold no references, so the collector neither scans nor remembers them.
 */
export class KeyRows {
  private readonly keys: string[] = [];
  private readonly rows: number[] = [];
  private hashes = new Int32Array(8);
  /** Index + 1 into `keys` of each slot (0: empty), linear probing. */
  private slots = new Int32Array(16);
  private mask = 15;

  get size(): number {
    return this.keys.length;
  }

  /** The row of `key`, or undefined. */
  get(key: string): number | undefined {
    const at = this.find(key, hashOf(key));
    return at < 0 ? undefined : this.rows[at];
  }

  has(key: string): boolean {
    return this.find(key, hashOf(key)) >= 0;
  }

  /** Gives `key` the row `row` (a key already there keeps its place and takes the new row). */
  set(key: string, row: number): this {
    this.add(key, row, true);
    return this;
  }

  /** The row of `key` if it is there (and then nothing changes); else `key` gets `row` and undefined. */
  getOrAdd(key: string, row: number): number | undefined {
    return this.add(key, row, false);
  }

  private add(key: string, row: number, replace: boolean): number | undefined {
    const h = hashOf(key);
    const at = this.find(key, h);
    if (at >= 0) {
      const earlier = this.rows[at];
      if (replace) this.rows[at] = row;
      return replace ? undefined : earlier;
    }
    const n = this.keys.length;
    if (n === this.hashes.length) this.grow();
    this.keys.push(key);
    this.rows.push(row);
    this.hashes[n] = h;
    this.place(h, n + 1);
    return undefined;
  }

  private find(key: string, h: number): number {
    const { slots, hashes, keys, mask } = this;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = slots[s];
      if (at === 0) return -1;
      if (hashes[at - 1] === h && keys[at - 1] === key) return at - 1;
    }
  }

  private place(h: number, index: number): void {
    const { slots, mask } = this;
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = index;
  }

  /** Twice the room (at most half of the slots are ever taken). */
  private grow(): void {
    const hashes = new Int32Array(this.hashes.length * 2);
    hashes.set(this.hashes);
    this.hashes = hashes;
    this.slots = new Int32Array(hashes.length * 2);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < this.keys.length; i++) this.place(hashes[i], i + 1);
  }
}

/** 32-bit FNV-1a of the UTF-16 code units, mixed so that the low bits (the slot) depend on every unit. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
