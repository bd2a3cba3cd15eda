/**
 * The one zip check of io: every zip that comes in (bundles, zipped Shapefiles, workbooks) is
 * recognised by `isZip` and read with `openZip` + `extractZip`. fflate's `unzipSync` trusts the
 * sizes and checks no CRC, so a damaged or forged file would import silently; this reads the
 * central directory itself, refuses more than a stated total before inflating anything (a guard
 * against zip bombs), checks every entry's local header against the directory, inflates with
 * fflate's streaming `Inflate` and stops as soon as an entry grows past its declared size, then
 * checks the size and CRC-32 of what came out.
 * Pure: no DOM; works in the browser, a Web Worker and Node.
 */
import { Inflate, strFromU8 } from 'fflate';

export interface ZipEntry {
  /** Path inside the zip, as fflate names it (UTF-8 when flagged, otherwise Latin-1). */
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** Declared uncompressed size (central directory). */
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

/** Why an entry (or the whole zip) failed; `entry` is absent for problems with the zip as a whole. */
export type ZipProblem =
  | { kind: 'structure'; entry?: string }
  /** Neither a zip signature at the start nor an end-of-central-directory record. */
  | { kind: 'notZip'; entry?: undefined }
  /** The entries counted declare more than the limit together (`total` bytes). */
  | { kind: 'tooLarge'; total: number; entry?: undefined }
  | { kind: 'encrypted' | 'method' | 'header' | 'larger' | 'smaller' | 'crc'; entry: string };

export type ZipResult<T> = { ok: true; value: T } | { ok: false; problem: ZipProblem };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;

/**
 * Does a file start as a zip does: a local file header (PK 3 4), an empty archive's end record
 * (PK 5 6) or a spanned archive's marker (PK 7 8)? Zips are recognised by this, whatever their name.
 */
export function isZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return (bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6) || (bytes[2] === 7 && bytes[3] === 8);
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as zip uses), continued from `crc` (start with 0). */
export function crc32(data: Uint8Array, crc = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Offset of the end-of-central-directory record, searched from the end (it may carry a comment); -1 when absent. */
function findEnd(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 65535);
  for (let e = bytes.length - 22; e >= stop; e--) {
    if (view.getUint32(e, true) === SIG_END && e + 22 + view.getUint16(e + 20, true) <= bytes.length) return e;
  }
  return -1;
}

const u64 = (view: DataView, at: number) => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;

/**
 * The entries of the central directory, in its order, without inflating anything. Checks that the
 * directory is where it says and that every local header lies inside the file.
 */
export function listZip(bytes: Uint8Array): ZipResult<ZipEntry[]> {
  const bad = (entry?: string): ZipResult<ZipEntry[]> => ({ ok: false, problem: { kind: 'structure', entry } });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(bytes, view);
  if (end < 0) return bad();
  let count = view.getUint16(end + 10, true);
  let cdSize = view.getUint32(end + 12, true);
  let cdOffset = view.getUint32(end + 16, true);
  // Zip64: the classic record holds 0xFFFF(FFFF) and a locator just before it points at the real one.
  if (
    (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) &&
    end >= 20 &&
    view.getUint32(end - 20, true) === SIG_END64_LOCATOR
  ) {
    const at = u64(view, end - 20 + 8);
    if (at + 56 > bytes.length || view.getUint32(at, true) !== SIG_END64) return bad();
    count = u64(view, at + 32);
    cdSize = u64(view, at + 40);
    cdOffset = u64(view, at + 48);
  }
  if (cdOffset + cdSize > bytes.length) return bad();

  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL) return bad();
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > bytes.length) return bad();
    const name = strFromU8(bytes.subarray(p + 46, p + 46 + nameLength), !(flags & 0x800));
    const entry: ZipEntry = {
      name,
      method: view.getUint16(p + 10, true),
      flags,
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    };
    // Zip64 extended information: the fields that are 0xFFFFFFFF come from extra field 0x0001, in this order.
    for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength;) {
      const id = view.getUint16(x, true);
      const len = view.getUint16(x + 2, true);
      if (id === 0x0001) {
        let y = x + 4;
        for (const key of ['size', 'compressedSize', 'offset'] as const) {
          if (entry[key] !== 0xffffffff) continue;
          if (y + 8 > x + 4 + len) return bad(name);
          entry[key] = u64(view, y);
          y += 8;
        }
      }
      x += 4 + len;
    }
    if (entry.offset + 30 > bytes.length) return bad(name);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, value: entries };
}

/**
 * Compressed input is pushed in slices small enough that the output cannot run far past the
 * declared size: deflate expands one byte to at most ~1032, so a slice of room/1032 bytes (at
 * least MIN_CHUNK, so that the end of a normal entry needs few pushes) overshoots by at most
 * ~MIN_CHUNK × 1032 ≈ 1 MiB: a 400 MiB entry that claims 100 bytes is stopped after about 1 MiB.
 */
const MAX_CHUNK = 64 * 1024;
const MIN_CHUNK = 1024;
const MAX_EXPANSION = 1032;

/**
 * Inflate (or copy) one entry and verify it: its local header agrees with the central directory,
 * inflating stops once the output passes the declared size (at most ~1 MiB further, never the
 * whole forged entry; only the declared size + 1 byte is looked at), and the output has the declared size and CRC-32. With `keep` false only
 * the check is done and nothing is kept (for entries that are not used).
 */
export function readEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  keep = true,
  stats?: { inflated: number },
): ZipResult<Uint8Array> {
  const fail = (kind: Exclude<ZipProblem['kind'], 'structure'> | 'structure'): ZipResult<Uint8Array> => ({
    ok: false,
    problem: { kind, entry: entry.name } as ZipProblem,
  });
  if (entry.flags & 0x1) return fail('encrypted');
  if (entry.method !== 0 && entry.method !== 8) return fail('method');

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (view.getUint32(at, true) !== SIG_LOCAL) return fail('structure');
  const localFlags = view.getUint16(at + 6, true);
  const localMethod = view.getUint16(at + 8, true);
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  if (localMethod !== entry.method) return fail('header');
  // Without a data descriptor (flag bit 3) the local header repeats CRC and sizes; they must agree.
  if (!(localFlags & 0x8)) {
    const crc = view.getUint32(at + 14, true);
    const comp = view.getUint32(at + 18, true);
    const size = view.getUint32(at + 22, true);
    const zip64 = comp === 0xffffffff || size === 0xffffffff;
    if (crc !== entry.crc || (!zip64 && (comp !== entry.compressedSize || size !== entry.size))) return fail('header');
  }
  const start = at + 30 + nameLength + extraLength;
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) return fail('structure');
  const data = bytes.subarray(start, stop);

  if (entry.method === 0) {
    if (data.length > entry.size) return fail('larger');
    if (data.length < entry.size) return fail('smaller');
    if (crc32(data) !== entry.crc) return fail('crc');
    return { ok: true, value: keep ? data : new Uint8Array(0) };
  }

  if (data.length === 0) return entry.size === 0 ? { ok: true, value: new Uint8Array(0) } : fail('smaller');
  const limit = entry.size;
  // The output is never longer than declared (larger is refused), so it can be allocated at once.
  const out = keep ? new Uint8Array(limit) : null;
  let produced = 0;
  let crc = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (stats) stats.inflated += chunk.length;
    if (over || !chunk.length) return;
    const room = limit + 1 - produced;
    const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
    produced += part.length;
    if (produced > limit) {
      over = true;
      return;
    }
    crc = crc32(part, crc);
    out?.set(part, produced - part.length);
  });
  try {
    let pos = 0;
    do {
      // Near the declared size, push so little that the output cannot run far past it.
      const room = Math.max(0, limit + 1 - produced);
      const size = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.ceil(room / MAX_EXPANSION)));
      const next = Math.min(data.length, pos + size);
      inflater.push(data.subarray(pos, next), next === data.length);
      pos = next;
    } while (pos < data.length && !over);
  } catch {
    if (over) return fail('larger');
    return fail('structure');
  }
  if (over) return fail('larger');
  if (produced < limit) return fail('smaller');
  if (crc !== entry.crc) return fail('crc');
  return { ok: true, value: out ?? new Uint8Array(0) };
}

export interface OpenOptions {
  /** Most bytes the counted entries may declare together, checked before anything is inflated. */
  maxTotal: number;
  /** The entries that count towards `maxTotal` (default: all). */
  counted?: (entry: ZipEntry) => boolean;
}

/**
 * Open a zip: its signature or end record, its central directory, and the declared total of the
 * counted entries against `maxTotal`. Nothing is inflated.
 */
export function openZip(bytes: Uint8Array, opts: OpenOptions): ZipResult<ZipEntry[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hasEnd = bytes.length >= 22 && findEnd(bytes, view) >= 0;
  if (!isZip(bytes) && !hasEnd) return { ok: false, problem: { kind: 'notZip' } };
  if (!hasEnd) return { ok: false, problem: { kind: 'structure' } };
  const listed = listZip(bytes);
  if (!listed.ok) return listed;
  const counted = opts.counted ?? (() => true);
  const total = listed.value.reduce((s, e) => s + (counted(e) ? e.size : 0), 0);
  if (total > opts.maxTotal) return { ok: false, problem: { kind: 'tooLarge', total } };
  return listed;
}

/**
 * Inflate and verify entries (see `readEntry`): those `keep` wants are returned by name (the first
 * of a name); with `verifyAll` the others are verified too and dropped, otherwise not read.
 */
export function extractZip(
  bytes: Uint8Array,
  entries: ZipEntry[],
  keep: (entry: ZipEntry) => boolean,
  verifyAll = false,
): ZipResult<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const wanted = keep(entry) && !files.has(entry.name);
    if (!wanted && !verifyAll) continue;
    const read = readEntry(bytes, entry, wanted);
    if (!read.ok) return read;
    if (wanted) files.set(entry.name, read.value);
  }
  return { ok: true, value: files };
}
