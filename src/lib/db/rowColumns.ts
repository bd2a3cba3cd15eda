/**
 * Rows as columns, for sending them to a worker. A structured clone of 2 000 row objects writes
 * every property name of every row; the same rows as one array of values per field are cloned in
 * about half the page's time (Chromium, 100 000 measures in slices of 2 000, a loaded machine:
 * 0.19–0.32 s instead of 0.36–0.65 s). The worker decodes them faster too, but building the row
 * objects again takes most of that back (docs/PERFORMANCE.md). The import worker sends its
 * records to the page as `compact` columns (lists of strings flattened, few distinct strings as a
 * dictionary): its slices then clone in two thirds of the time, and the page takes them in a third.
 *
 * Exact: each row comes back with the same keys in the same order (rows of another shape are
 * columns of their own), the same values (cloned as they would be in the row), nothing added.
 * Pure: no Dexie, no DOM.
 */

/** Rows as columns: per shape (a list of keys, in order), one array of values per key. */
export interface RowColumns {
  /** Number of rows. */
  n: number;
  /** The keys of the rows of each shape, in the rows' order. */
  shapes: string[][];
  /** Per shape, per key (as in `shapes`), the values of that shape's rows, in row order. */
  columns: Column[][];
  /** The shape of each row; absent when every row has shape 0. */
  shapeOf?: number[];
}

type Row = Record<string, unknown>;

/** Does `r` have exactly the keys `keys` (leaving out `skip`), in that order? */
function hasShape(r: Row, keys: readonly string[], skip: string | undefined): boolean {
  let i = 0;
  for (const k in r) if (k !== skip && k !== keys[i++]) return false;
  return i === keys.length;
}

/**
 * Rows added one at a time to columns (see RowColumns). `skip`: a key left out of every row (the
 * history keeps stored rows without their `rev`, and so makes no copy of each row to drop it).
 */
export class ColumnWriter {
  private readonly shapes: string[][] = [];
  private readonly columns: unknown[][][] = [];
  private readonly byKeys = new Map<string, number>();
  private readonly shapeOf: number[] = [];
  private mixed = false;
  private s = -1;
  /** addFrom's source shapes (by their columns): the shape each is here and, per key, its source column. */
  private readonly from = new Map<readonly Column[], { s: number; pick: number[] }>();

  constructor(private readonly skip?: string) {}

  add(r: Row): this {
    let s = this.s;
    if (s < 0 || !hasShape(r, this.shapes[s], this.skip)) {
      s = this.shapeFor(this.skip === undefined ? Object.keys(r) : Object.keys(r).filter((k) => k !== this.skip));
      if (s > 0) this.mixed = true;
      this.s = s;
    }
    this.shapeOf.push(s);
    const keys = this.shapes[s];
    const cols = this.columns[s];
    for (let k = 0; k < keys.length; k++) cols[k].push(r[keys[k]]);
    return this;
  }

  /**
   * Row `i` of `src` added as `add(src.row(i))` would add it, without building the row: its values
   * taken from the columns (lists copied, as a built row holds its own).
   */
  addFrom(src: ColumnsAt, i: number): this {
    const from = src.c.shapes[src.shapeAt(i)];
    const cols = src.c.columns[src.shapeAt(i)];
    let m = this.from.get(cols);
    if (!m) {
      const keys = this.skip === undefined ? from : from.filter((k) => k !== this.skip);
      m = { s: this.shapeFor(keys), pick: keys.map((k) => from.indexOf(k)) };
      this.from.set(cols, m);
    }
    const { s, pick } = m;
    if (s > 0) this.mixed = true;
    this.s = s;
    this.shapeOf.push(s);
    const j = src.indexAt(i);
    const out = this.columns[s];
    for (let k = 0; k < pick.length; k++) out[k].push(valueAt(cols[pick[k]], j));
    return this;
  }

  /** The shape of rows with exactly these keys in this order (a new one if none has them). */
  private shapeFor(keys: string[]): number {
    const id = keys.join('\u0000');
    let s = this.byKeys.get(id) ?? -1;
    if (s < 0) {
      s = this.shapes.length;
      this.byKeys.set(id, s);
      this.shapes.push(keys);
      this.columns.push(keys.map(() => []));
    }
    return s;
  }

  /** The rows added so far, as columns. */
  done(): RowColumns {
    const { shapes, columns, shapeOf } = this;
    const n = shapeOf.length;
    return this.mixed ? { n, shapes, columns, shapeOf } : { n, shapes, columns };
  }
}

/**
 * `rows` as columns (see RowColumns). Rows of one shape (the usual case) get each column made at
 * its size in one pass: grown by `push`, the columns of a commit's 100 000 rows cost the page 30 MB
 * of allocation for 5 MB of columns.
 */
export function toColumns(rows: readonly Row[]): RowColumns {
  const n = rows.length;
  if (n) {
    const keys = Object.keys(rows[0]);
    let one = true;
    for (let i = 1; i < n && one; i++) one = hasShape(rows[i], keys, undefined);
    // `map` makes a packed array (a holey one would clone as a sparse array, index by index).
    if (one) return { n, shapes: [keys], columns: [keys.map((k) => rows.map((r) => r[k]))] };
  }
  const w = new ColumnWriter();
  for (let i = 0; i < rows.length; i++) w.add(rows[i]);
  return w.done();
}

/**
 * A column of few distinct values — strings, or arrays of strings (themes) — as those values and,
 * per row, the index of its value. A structured clone writes the index as one block of bytes instead
 * of a value per row (and an array object per row for the themes): the history's overwritten records
 * store this way.
 */
export interface DictColumn {
  d: unknown[];
  i: Int32Array;
}

/**
 * A column of lists of strings (themes, partners) as all their strings in one array and, per row,
 * where its list starts (`at[j]`) and ends (`at[j + 1]`). A structured clone then writes no array
 * object per row: the import worker's slices clone in about half the time (docs/PERFORMANCE.md).
 */
export interface ListColumn {
  flat: string[];
  at: Int32Array;
  /**
   * When the lists repeat few distinct strings (themes, partners): `flat` holds each of them once and
   * the lists' strings are `flat[ids[e]]`, so a clone writes (and the page makes) each string once per
   * slice, not once per row.
   */
  ids?: Int32Array;
}

/** A column: one value per row, a DictColumn or a ListColumn. */
export type Column = unknown[] | DictColumn | ListColumn;

/** Fewer rows than this are not worth a dictionary. */
const DICT_MIN_ROWS = 64;

/** Values looked at before a column is taken for one of few distinct strings (see fewStrings). */
const PROBE = 64;

/** dictOf gives a column up when this many first values all differ (a column of unique values). */
const UNIQUE = 64;

interface Trie {
  next: Map<string, Trie>;
  id?: number;
}

/** Two dense arrays of strings with the same strings in the same order. */
function sameStrings(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let e = 0; e < a.length; e++) if (a[e] !== b[e]) return false;
  return true;
}

/**
 * `col` as a DictColumn when every value is a string or a dense array of strings and at most half of
 * them are distinct; else `col` itself. A column whose first UNIQUE values all differ is given up
 * there (ids, titles: not after half the column); one of a few dozen values (months, pairs of themes)
 * is not, even when its first values mostly differ. Arrays are told apart element by element (a trie),
 * never by a joined string that two different arrays could share.
 */
function dictOf(col: unknown[]): Column {
  const n = col.length;
  if (n < DICT_MIN_ROWS) return col;
  const strings = new Map<string, number>();
  const arrays = new Map<number, Trie>();
  const d: unknown[] = [];
  const i = new Int32Array(n);
  let last: unknown;
  let lastId = -1;
  for (let r = 0; r < n; r++) {
    const v = col[r];
    let id: number | undefined;
    if (typeof v === 'string') {
      // Rows of one chunk often repeat the value before (its municipality, the file's source and time).
      if (v === last) id = lastId;
      else {
        id = strings.get(v);
        if (id === undefined) strings.set(v, (id = d.push(v) - 1));
      }
    } else if (Array.isArray(v)) {
      for (let e = 0; e < v.length; e++) if (typeof v[e] !== 'string' || !(e in v)) return col;
      if (Array.isArray(last) && sameStrings(v, last)) id = lastId;
      else {
        let node: Trie | undefined = arrays.get(v.length);
        if (!node) arrays.set(v.length, (node = { next: new Map() }));
        for (let e = 0; e < v.length; e++) {
          const s = v[e] as string;
          let child: Trie | undefined = node.next.get(s);
          if (!child) node.next.set(s, (child = { next: new Map() }));
          node = child;
        }
        id = node.id ??= d.push(v) - 1;
      }
    } else return col;
    last = v;
    lastId = id;
    if (2 * d.length > n || (r === UNIQUE - 1 && d.length === UNIQUE)) return col;
    i[r] = id;
  }
  return { d, i };
}

/** `c` with every column of few distinct strings or string arrays as a DictColumn (see dictOf). */
export function withDictionaries(c: RowColumns): RowColumns {
  return { ...c, columns: c.columns.map((cols) => cols.map((col) => (Array.isArray(col) ? dictOf(col) : col))) };
}

/** `col` as a ListColumn when every value is a dense array of strings; else `col` itself. */
function listOf(col: unknown[]): Column {
  const n = col.length;
  if (!n) return col;
  const flat: string[] = [];
  const at = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) {
    const v = col[r];
    if (!Array.isArray(v)) return col;
    for (let e = 0; e < v.length; e++) {
      const s: unknown = v[e]; // a hole reads as undefined: not a string
      if (typeof s !== 'string') return col;
      flat.push(s);
    }
    at[r + 1] = flat.length;
  }
  const few = fewStrings(flat);
  return Array.isArray(few) ? { flat, at } : { flat: few.d as string[], at, ids: few.i };
}

/**
 * `col` as a DictColumn when every value is a string, some value repeats among the first PROBE, and
 * all of them take at most a fourth as many values as there are rows; else `col`. Cheaper to find
 * out than dictOf (a column of unique strings is given up after PROBE values, one of mostly unique
 * strings at a fourth of its rows). A column of a few hundred values in random order, such as the
 * municipality codes of a file for a whole county or country, repeats within PROBE values.
 */
function fewStrings(col: unknown[]): unknown[] | DictColumn {
  const n = col.length;
  if (n < DICT_MIN_ROWS) return col;
  const probe = new Set<unknown>();
  for (let r = 0; r < PROBE; r++) probe.add(col[r]);
  if (probe.size === PROBE) return col;
  const ids = new Map<string, number>();
  const d: string[] = [];
  const i = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const v = col[r];
    if (typeof v !== 'string') return col;
    let id = ids.get(v);
    if (id === undefined) {
      ids.set(v, (id = d.push(v) - 1));
      if (4 * d.length > n) return col;
    }
    i[r] = id;
  }
  return { d, i };
}

/**
 * `c` as it clones cheapest, for the import worker's slices of records: each column of lists of
 * strings as a ListColumn, each of few distinct strings as a DictColumn, the rest as they are.
 * fromColumns gives the same rows back (no two sharing a list).
 */
export function compact(c: RowColumns): RowColumns {
  return {
    ...c,
    columns: c.columns.map((cols) =>
      cols.map((col) => {
        if (!Array.isArray(col)) return col;
        const list = listOf(col);
        return list === col ? fewStrings(col) : list;
      }),
    ),
  };
}

/** An own property as a structured clone makes it (`__proto__` too, which an assignment would not). */
const own = (value: unknown): PropertyDescriptor => ({ value, writable: true, enumerable: true, configurable: true });

/**
 * The value of row `j` of a column (a DictColumn's arrays are copied: no two rows share one; `copy`
 * false: not copied, for reading only).
 */
function valueAt(col: Column, j: number, copy = true): unknown {
  if (Array.isArray(col)) return col[j];
  if ('at' in col) {
    const { flat, at, ids } = col;
    return ids ? listAt(flat, ids, at[j], at[j + 1]) : flat.slice(at[j], at[j + 1]);
  }
  const v = col.d[col.i[j]];
  return copy && Array.isArray(v) ? v.slice() : v;
}

/** Row `j` of a shape whose keys are `keys` and columns `cols`, as a new object. */
function rowOf(keys: readonly string[], cols: readonly Column[], j: number): Row {
  const r: Row = {};
  for (let k = 0; k < keys.length; k++)
    if (keys[k] === '__proto__') Object.defineProperty(r, '__proto__', own(valueAt(cols[k], j)));
    else r[keys[k]] = valueAt(cols[k], j);
  return r;
}

/**
 * The list of strings `flat[ids[from]]` … `flat[ids[to - 1]]`, made at its size up to three (an array
 * grown by `push` keeps room for 17 elements: 60 bytes more per row for a list of two themes).
 */
function listAt(flat: readonly string[], ids: Int32Array, from: number, to: number): string[] {
  switch (to - from) {
    case 0:
      return [];
    case 1:
      return [flat[ids[from]]];
    case 2:
      return [flat[ids[from]], flat[ids[from + 1]]];
    case 3:
      return [flat[ids[from]], flat[ids[from + 1]], flat[ids[from + 2]]];
  }
  // Not `new Array(n)`: a holey array would clone as a sparse one when the row is sent on.
  return Array.from(ids.subarray(from, to), (id) => flat[id]);
}

/**
 * Strings equal to one already kept, given as that one (`intern`): the rows of several slices then
 * share one string per distinct value (a municipality code, a theme) instead of one per slice.
 */
export type Interned = Map<string, string>;

const interned = (intern: Interned, s: string): string => {
  const kept = intern.get(s);
  if (kept !== undefined) return kept;
  intern.set(s, s);
  return s;
};

/** `col` with the strings of its dictionary taken from `intern` (a plain column as it is: one lookup per row is not worth it). */
function internColumn(col: Column, intern: Interned): Column {
  if (Array.isArray(col)) return col;
  if ('at' in col) return col.ids ? { ...col, flat: col.flat.map((s) => interned(intern, s)) } : col;
  return { d: col.d.map((v) => (typeof v === 'string' ? interned(intern, v) : v)), i: col.i };
}

/**
 * The rows of `c` again, in order (new objects). `into` gets them appended. `intern`: the strings
 * of dictionaries shared with the rows of earlier calls given the same map (see Interned).
 */
export function fromColumns(c: RowColumns, into: Row[] = [], intern?: Interned): Row[] {
  const at = c.shapes.map(() => 0);
  const columns = intern ? c.columns.map((cols) => cols.map((col) => internColumn(col, intern))) : c.columns;
  for (let i = 0; i < c.n; i++) {
    const s = c.shapeOf ? c.shapeOf[i] : 0;
    into.push(rowOf(c.shapes[s], columns[s], at[s]++));
  }
  return into;
}

/**
 * Rows of `c` one at a time, by their position, without building the others: one row as fromColumns
 * builds it, or a single value of it (as that row would hold it). The commit reads a stored chunk so:
 * the keys and revisions of its rows, and only the rows it keeps as objects.
 */
export class ColumnsAt {
  /** Per row, its index among the rows of its shape (absent: one shape, the row's own position). */
  private readonly within?: Int32Array;
  /** Per shape, each key's column. */
  private readonly keyAt: Map<string, number>[];

  constructor(readonly c: RowColumns) {
    if (c.shapeOf) {
      const at = c.shapes.map(() => 0);
      this.within = new Int32Array(c.n);
      for (let i = 0; i < c.n; i++) this.within[i] = at[c.shapeOf[i]]++;
    }
    this.keyAt = c.shapes.map((keys) => new Map(keys.map((k, i) => [k, i])));
  }

  /** The shape of row `i`. */
  shapeAt(i: number): number {
    return this.c.shapeOf ? this.c.shapeOf[i] : 0;
  }

  /** Row `i`'s index among the rows of its shape. */
  indexAt(i: number): number {
    return this.within ? this.within[i] : i;
  }

  /** Row `i` as a new object (as fromColumns builds it). */
  row(i: number): Row {
    const s = this.shapeAt(i);
    return rowOf(this.c.shapes[s], this.c.columns[s], this.indexAt(i));
  }

  /**
   * The value of `key` of every row, in row order (undefined where a row has no such key), as `value`
   * gives them but with a list value not copied: the column itself when it is one plain column.
   */
  values(key: string): readonly unknown[] {
    const { c } = this;
    const k0 = this.keyAt[0]?.get(key);
    if (!c.shapeOf && k0 !== undefined && Array.isArray(c.columns[0][k0])) return c.columns[0][k0] as unknown[];
    const out: unknown[] = new Array(c.n);
    for (let i = 0; i < c.n; i++) {
      const s = this.shapeAt(i);
      const k = this.keyAt[s].get(key);
      out[i] = k === undefined ? undefined : valueAt(c.columns[s][k], this.indexAt(i), false);
    }
    return out;
  }

  /** The value of `key` in row `i` (undefined when its row has no such key). */
  value(i: number, key: string): unknown {
    const s = this.shapeAt(i);
    const k = this.keyAt[s].get(key);
    return k === undefined ? undefined : valueAt(this.c.columns[s][k], this.indexAt(i));
  }
}
