/**
 * Workbooks for tests, written with exceljs (as a script or another program would write them), and
 * the hostile one: a small workbook whose shared strings unpack to hundreds of megabytes
 * (RELIABILITY 42). Node only.
 */
import { constants, crc32, deflateRawSync, createDeflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';

/** The bytes of an exceljs workbook. */
export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

interface Entry {
  name: string;
  /** Raw deflate data. */
  data: Uint8Array;
  crc: number;
  size: number;
}

/** A zip of deflated entries (what Excel writes), with true sizes and CRCs in both headers. */
function zipOf(entries: Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, 8, true);
    dir.setUint32(16, e.crc, true);
    dir.setUint32(20, e.data.length, true);
    dir.setUint32(24, e.size, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, e.data);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const dirSize = central.reduce((s, p) => s + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...parts, ...central, new Uint8Array(end.buffer)]));
}

const entry = (name: string, bytes: Uint8Array): Entry => ({
  name,
  data: new Uint8Array(deflateRawSync(bytes, { level: 6 })),
  crc: crc32(bytes),
  size: bytes.length,
});

/** Deflate `head`, then `mb` MiB of the letter A, then `tail`: compressing one MiB and repeating it. */
async function deflatedRun(head: Uint8Array, mb: number, tail: Uint8Array): Promise<Entry> {
  const chunk = Buffer.alloc(1024 * 1024, 0x41);
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (d: Buffer) => out.push(d));
  const flushed = () =>
    new Promise<Buffer>((resolve) => z.flush(constants.Z_SYNC_FLUSH, () => resolve(Buffer.concat(out.splice(0)))));
  z.write(head);
  z.write(chunk);
  const first = await flushed();
  // With the window full of A, one more MiB of A compresses to the same bytes each time.
  z.write(chunk);
  const again = await flushed();
  z.write(chunk);
  const same = await flushed();
  if (!again.equals(same)) throw new Error('the repeated MiB did not compress to the same bytes');
  const ended = new Promise<void>((resolve) => z.on('end', resolve));
  z.end(tail);
  await ended;
  const last = Buffer.concat(out);
  let crc = crc32(head);
  for (let i = 0; i < mb; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  return {
    name: 'xl/sharedStrings.xml',
    data: new Uint8Array(Buffer.concat([first, ...Array<Buffer>(mb - 1).fill(again), last])),
    crc,
    size: head.length + mb * chunk.length + tail.length,
  };
}

/**
 * A measures workbook (a header and one row) whose shared strings hold one text of `mb` MiB: about
 * 620 KB on disk for 600 MiB. Its sizes and CRCs are true: only the size guard stops it.
 */
export async function hugeTextWorkbook(mb = 600): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Åtgärder').addRows([
    ['kommunkod', 'titel', 'status'],
    ['1490', 'x', 'pagaende'],
  ]);
  const files = unzipSync(await bytesOf(wb));
  const sst = new TextDecoder().decode(files['xl/sharedStrings.xml']);
  const at = sst.lastIndexOf('<t>x</t>') + 3;
  const enc = new TextEncoder();
  const entries = Object.entries(files)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, bytes]) => entry(name, bytes));
  const huge = await deflatedRun(enc.encode(sst.slice(0, at)), mb, enc.encode(sst.slice(at)));
  return zipOf(entries.map((e) => (e.name === huge.name ? huge : e)));
}
