import { readFileSync } from 'node:fs';
import { constants as zlib, deflateRawSync, inflateRawSync } from 'node:zlib';
import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, listZip, readEntry, type ZipEntry } from '$lib/io/zip';
import { readBundle, undeclaredColumns } from '$lib/io/bundle';
import { fixtures } from '../fixtures/bundles/generate.mjs';

const bundleFixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/bundles/${name}`, import.meta.url)));

interface RawEntry {
  name: string;
  data: Uint8Array;
  method?: number;
  crc: number;
  size: number;
  flags?: number;
  /** Values written in the local header instead of the central directory's. */
  local?: { crc?: number; size?: number; method?: number };
}

/** A zip built byte by byte, so that sizes, CRCs and flags can lie. */
function rawZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, e.flags ?? 0, true);
    lv.setUint16(8, e.local?.method ?? e.method ?? 8, true);
    lv.setUint32(14, e.local?.crc ?? e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.local?.size ?? e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, e.flags ?? 0, true);
    cv.setUint16(10, e.method ?? 8, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of all) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const PLANS = 'id;kommunkod;titel;status\r\n1490-p-1;1490;Plan;antagen\r\n';
const deflated = (text: string): RawEntry => {
  const bytes = strToU8(text);
  return { name: 'planer.csv', data: deflateSync(bytes), crc: crc32(bytes), size: bytes.length };
};
const onlyEntry = (zip: Uint8Array): ZipEntry => {
  const listed = listZip(zip);
  if (!listed.ok) throw new Error('not listed');
  return listed.value[0];
};

describe('crc32', () => {
  it.each([
    ['', 0],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
    ['åäö', crc32(new Uint8Array([0xc3, 0xa5, 0xc3, 0xa4, 0xc3, 0xb6]))],
  ])('%j', (text, expected) => expect(crc32(strToU8(text))).toBe(expected));

  it('continues over chunks', () => {
    const bytes = strToU8('The quick brown fox jumps over the lazy dog');
    expect(crc32(bytes.subarray(10), crc32(bytes.subarray(0, 10)))).toBe(0x414fa339);
  });
});

describe('listZip and readEntry', () => {
  const files = {
    'datapackage.json': '{}',
    'planer.csv': PLANS,
    'tom.csv': '',
    'mapp/teman.csv': 'id;namn\r\n'.repeat(500),
  };
  it.each([0, 6])('read back what fflate zipped at level %i, verified', (level) => {
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), {
      level: level as 0 | 6,
    });
    const listed = listZip(zip);
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.value.map((e) => e.name)).toEqual(Object.keys(files));
    expect(listed.value.map((e) => e.size)).toEqual(Object.values(files).map((v) => strToU8(v).length));
    const reference = unzipSync(zip);
    for (const entry of listed.value) {
      const read = readEntry(zip, entry);
      expect(read, entry.name).toEqual({ ok: true, value: reference[entry.name] });
      expect(readEntry(zip, entry, false).ok).toBe(true);
    }
  });

  it('reads names as UTF-8 when flagged', () => {
    const zip = zipSync({ 'Åtgärder/planer.csv': strToU8(PLANS) });
    const listed = listZip(zip);
    expect(listed.ok && listed.value[0].name).toBe('Åtgärder/planer.csv');
  });

  it.each([
    ['no end record', new Uint8Array(100)],
    ['empty', new Uint8Array()],
    ['truncated', zipSync({ 'planer.csv': strToU8(PLANS) }).subarray(0, 60)],
  ])('a broken structure: %s', (_, bytes) =>
    expect(listZip(bytes)).toMatchObject({ ok: false, problem: { kind: 'structure' } }),
  );

  const bytes = strToU8(PLANS);
  it.each<[string, RawEntry, string]>([
    ['valid deflate', deflated(PLANS), 'ok'],
    ['valid stored', { name: 'planer.csv', method: 0, data: bytes, crc: crc32(bytes), size: bytes.length }, 'ok'],
    [
      'stored data changed after zipping',
      {
        name: 'planer.csv',
        method: 0,
        data: strToU8(PLANS.replace('Plan', 'Plam')),
        crc: crc32(bytes),
        size: bytes.length,
      },
      'crc',
    ],
    ['deflated data of other content', { ...deflated(PLANS.replace('Plan', 'Plam')), crc: crc32(bytes) }, 'crc'],
    ['declared size too small (deflate)', { ...deflated(PLANS), size: 20 }, 'larger'],
    ['declared size too large (deflate)', { ...deflated(PLANS), size: bytes.length + 1 }, 'smaller'],
    [
      'declared size too small (stored)',
      { name: 'planer.csv', method: 0, data: bytes, crc: crc32(bytes), size: 10 },
      'larger',
    ],
    [
      'declared size too large (stored)',
      { name: 'planer.csv', method: 0, data: bytes, crc: crc32(bytes), size: 1000 },
      'smaller',
    ],
    ['local header size disagrees', { ...deflated(PLANS), local: { size: 3 } }, 'header'],
    ['local header CRC disagrees', { ...deflated(PLANS), local: { crc: 1 } }, 'header'],
    ['local header method disagrees', { ...deflated(PLANS), local: { method: 0 } }, 'header'],
    ['encrypted', { ...deflated(PLANS), flags: 1 }, 'encrypted'],
    ['unsupported method (bzip2)', { ...deflated(PLANS), method: 12, local: { method: 12 } }, 'method'],
    ['truncated deflate stream', { ...deflated(PLANS), data: deflateSync(bytes).subarray(0, 10) }, 'structure'],
    ['data descriptor flag (local sizes zero)', { ...deflated(PLANS), flags: 8, local: { crc: 0, size: 0 } }, 'ok'],
  ])('%s', (_, entry, expected) => {
    const zip = rawZip([entry]);
    const read = readEntry(zip, onlyEntry(zip));
    if (expected === 'ok') expect(read).toEqual({ ok: true, value: bytes });
    else expect(read).toEqual({ ok: false, problem: { kind: expected, entry: 'planer.csv' } });
  });

  it('stops inflating a 400 MiB entry that claims 100 bytes soon after the 100th byte', () => {
    // 400 MiB of zeros as one deflate stream, without ever deflating 400 MiB: a full flush resets
    // the compressor, so the same 1 MiB block can be repeated; an empty final block closes it.
    const block = new Uint8Array(deflateRawSync(Buffer.alloc(1 << 20), { level: 9, finishFlush: zlib.Z_FULL_FLUSH }));
    const stream = (mib: number) => {
      const out = new Uint8Array(block.length * mib + 2);
      for (let i = 0; i < mib; i++) out.set(block, i * block.length);
      out.set([0x03, 0x00], block.length * mib);
      return out;
    };
    // The construction is sound: four blocks inflate to 4 MiB of zeros.
    expect(Buffer.compare(inflateRawSync(stream(4)), Buffer.alloc(4 << 20))).toBe(0);
    const data = stream(400);
    const zip = rawZip([{ name: 'atgarder.csv', data, crc: crc32(new Uint8Array(100)), size: 100 }]);
    const stats = { inflated: 0 };
    const read = readEntry(zip, onlyEntry(zip), true, stats);
    expect(read).toEqual({ ok: false, problem: { kind: 'larger', entry: 'atgarder.csv' } });
    expect(stats.inflated).toBeGreaterThan(100);
    expect(stats.inflated).toBeLessThan(2 * 1024 * 1024); // about 1 MiB at most, not 400 MiB
    const bundle = readBundle(zip, 'bomb.zip');
    expect(bundle.ok).toBe(false);
    if (!bundle.ok) expect(bundle.issues[0].message).toMatch(/atgarder\.csv.*bomb\.zip.*storlek/);
  });
});

describe('damaged bundles in tests/fixtures/bundles', () => {
  const made: Record<string, Uint8Array> = fixtures();
  it.each(Object.keys(made))('%s is what generate.mjs makes', (name) =>
    expect(bundleFixture(name)).toEqual(made[name]),
  );

  it('fflate alone would read the damaged ones without a word (why this check exists)', () => {
    expect(() => unzipSync(bundleFixture('wrong-crc.zip'))).not.toThrow();
    const cut = new TextDecoder().decode(unzipSync(bundleFixture('wrong-size.zip'))['atgarder.csv']);
    expect(cut.split('\r\n').length).toBeLessThan(1100);
  });

  it('the undamaged one reads, 2 000 measures', () => {
    const r = readBundle(bundleFixture('ok.zip'), 'ok.zip');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.files.map((f) => f.path)).toEqual(['planer.csv', 'atgarder.csv']);
    expect(new TextDecoder().decode(r.value.files[1].bytes).trimEnd().split('\r\n')).toHaveLength(2001);
  });

  it.each([
    ['wrong-crc.zip', ['planer.csv', 'kontrollsumman stämmer inte', 'Inget har importerats']],
    ['wrong-size.zip', ['atgarder.csv', 'storlek', 'Inget har importerats']],
    ['future-format.zip', ['format 99', 'uppdatera Planatlas', 'Inget har importerats']],
    ['schema-mismatch.zip', ['planer.csv', 'datapackage.json', 'plan_id', 'Inget har importerats']],
  ])('%s is refused whole, naming the entry', (name, parts) => {
    const r = readBundle(bundleFixture(name), name);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].severity).toBe('error');
    expect(r.issues[0].message).toContain(name);
    for (const part of parts) expect(r.issues[0].message).toContain(part);
  });
});

describe('undeclaredColumns', () => {
  const resource = {
    dialect: { delimiter: ';' },
    schema: {
      fields: [
        { name: 'id' },
        { name: 'kommunkod' },
        { name: 'titel', title: 'Titel' },
        { name: 'planerat_klart', title: 'Planerat klart' },
      ],
    },
  };
  it.each([
    ['the same columns', 'id;kommunkod;titel;planerat_klart\r\n1;2;3;4\r\n', []],
    ['fewer columns (the importer names missing required ones)', 'id;titel\r\n', []],
    ['titles and another case, with BOM', '\ufeffID;Kommunkod;Titel;Planerat klart\n', []],
    ['a trailing delimiter', 'id;titel;\r\n', []],
    ['measure columns in planer.csv', 'id;kommunkod;plan_id;titel;teman\r\n', ['plan_id', 'teman']],
    ['another delimiter than declared is one unknown column', 'id,kommunkod\r\n', ['id,kommunkod']],
    ['Windows-1252 header', new Uint8Array([0x69, 0x64, 0x3b, 0x6b, 0xe4, 0x6c, 0x6c, 0x61, 0x0d, 0x0a]), ['källa']],
  ])('%s', (_, csv, expected) => {
    const bytes = typeof csv === 'string' ? strToU8(csv) : csv;
    expect(undeclaredColumns(bytes, resource)).toEqual(expected);
  });

  it.each([[null], [{}], [{ schema: {} }], [{ schema: { fields: [] } }]])(
    'no fields declared: nothing to contradict (%j)',
    (r) => {
      expect(undeclaredColumns(strToU8('a;b\r\n'), r)).toEqual([]);
    },
  );

  it('detects the delimiter when the dialect does not say', () => {
    expect(undeclaredColumns(strToU8('id,okand\r\n'), { schema: resource.schema })).toEqual(['okand']);
  });
});
