/**
 * Chunks: how user records are stored. One IndexedDB record per table and municipality (the unit
 * a region exchanges and a municipality answers) holds that municipality's rows; tables without
 * a municipality (themes, regions, indicators) are one chunk. Every row carries `rev`, its
 * revision, incremented on every write; it is never exported.
 * Pure functions: no Dexie here, so the bookkeeping is unit-tested with plain objects.
 */
import {
  byMunicipality,
  ENTITIES,
  ENTITY_NAMES,
  keyFields,
  keyOf as entityKeyOf,
  restoreRecord,
  type EntityName,
} from '$lib/domain/entities';
import { ColumnsAt, ColumnWriter, fromColumns, toColumns, withDictionaries, type RowColumns } from './rowColumns';

/** The record tables: one per entity of the registry. */
export const RECORD_TABLES: readonly EntityName[] = ENTITY_NAMES;
export type RecordTable = EntityName;

export type StoredRow = Record<string, unknown> & { rev?: number };

export interface Chunk {
  /** `${table}:${part}`, the primary key. */
  key: string;
  table: RecordTable;
  part: string;
  rows: StoredRow[];
}

/**
 * A chunk as IndexedDB holds it. Written since version 3: its rows as columns (`cols`, rowColumns.ts:
 * per shape one array of values per key, columns of few distinct strings as dictionaries), which
 * Chromium and Firefox clone in and out faster than 100 000 row objects (docs/PERFORMANCE.md).
 * Chunks written before (and by the version-2 upgrade and the first start) hold `rows`; both read.
 */
export interface StoredChunk {
  key: string;
  table: RecordTable;
  part: string;
  rows?: StoredRow[];
  cols?: RowColumns;
  /**
   * The chunk's version: a new random number each time it is written (`toStored`). A write made ready
   * before its transaction (importer `prepareWrites`) is taken only if every chunk it read still has
   * the version it read (a row's revision cannot tell: a row deleted and added again has revision 1
   * again). Absent in chunks written before it existed: those are never taken as unchanged.
   */
  v?: number;
}

/** A new chunk version (see StoredChunk `v`): 52 random bits, never the same twice in practice. */
const newVersion = (): number => Math.floor(Math.random() * 2 ** 52) + 1;

/** A chunk as it is written: its rows as columns, the same keys in the same order, the same values, a new version. */
export function toStored(c: Chunk): StoredChunk {
  return { key: c.key, table: c.table, part: c.part, cols: withDictionaries(toColumns(c.rows)), v: newVersion() };
}

/** A chunk as read, either shape: its rows as objects again. */
export function fromStored(s: StoredChunk): Chunk {
  const rows = s.rows ?? (s.cols ? (fromColumns(s.cols) as StoredRow[]) : []);
  return { key: s.key, table: s.table, part: s.part, rows };
}

/** Tables whose rows are grouped by municipality: those with a `kommunkod`. */
const BY_KOMMUN = new Set<string>(ENTITY_NAMES.filter(byMunicipality));

/** The part (chunk) a row belongs to: its municipality code, or `alla`. */
export function partOf(table: RecordTable, r: Record<string, unknown>): string {
  if (!BY_KOMMUN.has(table)) return 'alla';
  const k = typeof r.kommunkod === 'string' ? r.kommunkod : '';
  return k || 'ingen';
}

export const chunkKey = (table: RecordTable, part: string): string => `${table}:${part}`;

/** Key range of every chunk of a table (`measures:` … `measures:\uffff`). */
export const tableRange = (table: RecordTable): [string, string] => [`${table}:`, `${table}:\uffff`];

export const keyOf = (table: RecordTable, r: Record<string, unknown>): string => entityKeyOf(table, r);

/** The revision of a stored row; 0 for an absent one. */
export const revOf = (r: StoredRow | undefined): number => (r ? (typeof r.rev === 'number' ? r.rev : 1) : 0);

/** A row without its revision (for export and for comparing content). */
export function withoutRev<T extends StoredRow>(r: T): Omit<T, 'rev'> {
  const { rev: _rev, ...rest } = r;
  return rest;
}

/** Every row of some chunks, in chunk order. */
export function flatten<T = StoredRow>(chunks: (Chunk | undefined)[]): T[] {
  const out: T[] = [];
  for (const c of chunks) if (c) for (const r of c.rows) out.push(r as T);
  return out;
}

/** A row without its key (id, or indicator + municipality + period) cannot be stored. */
export class MissingKeyError extends Error {
  override name = 'DataError';
  constructor(table: RecordTable) {
    super(`a ${table} row without a key`);
  }
}

const present = (v: unknown) => (typeof v === 'string' && v !== '') || typeof v === 'number';

/** Does the row have every field of its table's key? */
export function hasKey(table: RecordTable, r: Record<string, unknown>): boolean {
  return keyFields(table).every((k) => present(r[k]));
}

/**
 * A chunk as read from the database, its rows restored (`restoreRecord`: fields added to the entity
 * after the row was stored get their empty value). The same chunk when no row lacks a field.
 */
export function restoreChunk(c: Chunk): Chunk {
  let rows: StoredRow[] | undefined;
  c.rows.forEach((r, i) => {
    const restored = restoreRecord(c.table, r);
    if (restored === r) return;
    rows ??= [...c.rows];
    rows[i] = restored;
  });
  return rows ? { ...c, rows } : c;
}

/** Does every row of `c` have every field of the table (`restoreRecord` would leave each as it is)? */
function complete(table: RecordTable, c: RowColumns): boolean {
  const fields = ENTITIES[table].fields;
  return c.shapes.every((keys) => fields.every((f) => keys.includes(f.key)));
}

/** The revision a stored `rev` value stands for (see revOf). */
const revValue = (v: unknown): number => (typeof v === 'number' ? v : 1);

/**
 * A set of chunks being changed in memory, then written back. Rows are found by key; a put
 * stamps the next revision; only chunks that changed are written.
 *
 * Chunks added as stored (`addStored`) keep their columns: they are indexed from their key columns
 * (no row restored or copied), a revision is read from the `rev` column, and a row object is built
 * only when asked for (`get` builds that row; `rows` and writing the chunk build all its rows not
 * built yet, in order: one pass over each column costs less than picking rows out of them one at a
 * time; `keepIn` copies a row's values from the columns to the history's writer without building it).
 */
export class ChunkSet {
  private chunks = new Map<string, Chunk>();
  private index = new Map<string, { chunk: Chunk; pos: number }>();
  private dirty = new Set<string>();
  /**
   * The stored columns of chunks whose rows are built when asked for: a row not built yet is a hole
   * in the chunk's `rows`, at its stored position (a row that moves is built first).
   */
  private lazy = new Map<Chunk, { at: ColumnsAt; revs: readonly unknown[] | undefined }>();

  constructor(
    readonly table: RecordTable,
    loaded: (Chunk | undefined)[],
  ) {
    for (const c of loaded) if (c) this.add({ ...c, rows: [...c.rows] });
  }

  /** Add loaded chunks, pausing (`pause`, e.g. a tiny Dexie request) every `every` rows so that no task runs long. */
  async addAll(loaded: (Chunk | undefined)[], pause: () => PromiseLike<unknown>, every = 2_000): Promise<this> {
    let n = 0;
    for (const c of loaded) {
      if (!c) continue;
      this.add({ ...c, rows: [...c.rows] });
      n += c.rows.length;
      if (n >= every) {
        n = 0;
        await pause();
      }
    }
    return this;
  }

  /**
   * Add chunks as read from the database (either shape), their rows built only when asked for (see
   * above); rows stored before a field existed are restored as `restoreChunk` restores them.
   */
  addStored(stored: (StoredChunk | undefined)[]): this {
    for (const s of stored) if (s) this.addOne(s);
    return this;
  }

  /** addStored, pausing (`pause`) every `every` rows, as addAll. */
  async addStoredPausing(
    stored: (StoredChunk | undefined)[],
    pause: () => PromiseLike<unknown>,
    every = 2_000,
  ): Promise<this> {
    let n = 0;
    for (const s of stored) {
      if (!s) continue;
      n += this.addOne(s);
      if (n >= every) {
        n = 0;
        await pause();
      }
    }
    return this;
  }

  /** One stored chunk (see addStored); returns its number of rows. */
  private addOne(s: StoredChunk): number {
    if (s.cols && complete(this.table, s.cols)) {
      this.addColumns(s, s.cols);
      return s.cols.n;
    }
    const c = restoreChunk(fromStored(s));
    this.add(c);
    return c.rows.length;
  }

  private add(c: Chunk): void {
    this.chunks.set(c.key, c);
    c.rows.forEach((r, pos) => this.index.set(keyOf(this.table, r), { chunk: c, pos }));
  }

  /** A stored chunk by its columns: indexed by the key columns, no row built. */
  private addColumns(s: StoredChunk, cols: RowColumns): void {
    const at = new ColumnsAt(cols);
    const c: Chunk = { key: s.key, table: s.table, part: s.part, rows: new Array<StoredRow>(cols.n) };
    this.chunks.set(c.key, c);
    this.lazy.set(c, { at, revs: undefined });
    const fields = keyFields(this.table);
    if (fields.length === 1) {
      // keyOf of a single key field: its value as a string ('' when absent).
      const ids = at.values(fields[0]);
      for (let pos = 0; pos < cols.n; pos++) {
        const v = ids[pos];
        this.index.set(typeof v === 'string' ? v : String(v ?? ''), { chunk: c, pos });
      }
      return;
    }
    const columns = fields.map((f) => at.values(f));
    const probe: Record<string, unknown> = {};
    for (let pos = 0; pos < cols.n; pos++) {
      fields.forEach((f, k) => (probe[f] = columns[k][pos]));
      this.index.set(keyOf(this.table, probe), { chunk: c, pos });
    }
  }

  /** The row at `pos` of `chunk`, built now if it was not yet. */
  private rowAt(chunk: Chunk, pos: number): StoredRow {
    const r = chunk.rows[pos];
    if (r !== undefined) return r;
    const built = this.lazy.get(chunk)!.at.row(pos) as StoredRow;
    chunk.rows[pos] = built;
    return built;
  }

  /** Every row of `chunk` built. */
  private build(chunk: Chunk): void {
    if (!this.lazy.has(chunk)) return;
    for (let pos = 0; pos < chunk.rows.length; pos++) this.rowAt(chunk, pos);
    this.lazy.delete(chunk);
  }

  /** The revision of the row at `at` (as revOf), without building it. */
  private revAt(at: { chunk: Chunk; pos: number }): number {
    const r = at.chunk.rows[at.pos];
    if (r !== undefined) return revOf(r);
    const src = this.lazy.get(at.chunk)!;
    return revValue((src.revs ??= src.at.values('rev'))[at.pos]);
  }

  get(key: string): StoredRow | undefined {
    const at = this.index.get(key);
    return at ? this.rowAt(at.chunk, at.pos) : undefined;
  }

  /**
   * The row of this key added to `w` (as `w.add(get(key))` would add it), without building the row;
   * returns its revision (as revOf), or undefined when there is no such row (nothing added).
   */
  keepIn(key: string, w: ColumnWriter): number | undefined {
    const at = this.index.get(key);
    if (!at) return undefined;
    const r = at.chunk.rows[at.pos];
    if (r !== undefined) {
      w.add(r);
      return revOf(r);
    }
    // Not built: its values go from the stored columns to the writer (a changed re-import overwrites
    // every row, so no stored row is ever built).
    w.addFrom(this.lazy.get(at.chunk)!.at, at.pos);
    return this.revAt(at);
  }

  /**
   * Write a row (its key and part from its content): removed from its old chunk if it moved. Returns
   * the new revision. `owned`: the row is the caller's to give away (rows the commit worker received),
   * so it is stored itself, its revision stamped on it, instead of a copy.
   */
  put(row: Record<string, unknown>, owned = false): number {
    if (!hasKey(this.table, row)) throw new MissingKeyError(this.table);
    const key = keyOf(this.table, row);
    const old = this.index.get(key);
    const rev = (old ? this.revAt(old) : 0) + 1;
    let stored: StoredRow;
    if (owned) (stored = row).rev = rev;
    else stored = { ...row, rev };
    const part = partOf(this.table, row);
    if (old && old.chunk.part === part) {
      old.chunk.rows[old.pos] = stored;
      this.dirty.add(old.chunk.key);
    } else {
      if (old) this.delete(key);
      const ck = chunkKey(this.table, part);
      let c = this.chunks.get(ck);
      if (!c) {
        c = { key: ck, table: this.table, part, rows: [] };
        this.chunks.set(ck, c);
      }
      c.rows.push(stored);
      this.index.set(key, { chunk: c, pos: c.rows.length - 1 });
      this.dirty.add(ck);
    }
    return rev;
  }

  delete(key: string): boolean {
    const at = this.index.get(key);
    if (!at) return false;
    // The last row moves into the hole: built first (a row not built yet stays at its stored position).
    this.rowAt(at.chunk, at.chunk.rows.length - 1);
    const last = at.chunk.rows.pop()!;
    if (at.pos < at.chunk.rows.length) {
      at.chunk.rows[at.pos] = last;
      this.index.set(keyOf(this.table, last), { chunk: at.chunk, pos: at.pos });
    }
    this.index.delete(key);
    this.dirty.add(at.chunk.key);
    return true;
  }

  rows(): StoredRow[] {
    for (const c of this.lazy.keys()) this.build(c);
    return flatten([...this.chunks.values()]);
  }

  /** Chunks to write (non-empty, every row built) and keys of chunks to delete (emptied). */
  changes(): { put: Chunk[]; del: string[] } {
    const put: Chunk[] = [];
    const del: string[] = [];
    for (const k of this.dirty) {
      const c = this.chunks.get(k)!;
      this.build(c);
      if (c.rows.length) put.push(c);
      else del.push(k);
    }
    return { put, del };
  }
}
