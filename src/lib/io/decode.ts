/**
 * Bytes → text. UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise
 * Windows-1252, which is what Swedish Excel writes when a sheet is saved as plain "CSV".
 * Pure: runs in the browser, in a worker and in Node.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

const BOM = '\ufeff';

/** Remove one leading byte order mark from text that was decoded elsewhere (string input, RELIABILITY 1). */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * Decode a whole file. A UTF-8 BOM is stripped; bytes that are not valid UTF-8 are read as
 * Windows-1252, which maps every byte to a character, so the result never contains U+FFFD
 * that the file did not contain itself.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: we strip it ourselves, and a second BOM after the first is content.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8 (a BOM followed by invalid UTF-8 is a broken file; its bytes are still read
    // as Windows-1252 rather than turned into U+FFFD).
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** WHATWG windows-1252 for 0x80–0x9F; the undefined bytes map to the C1 control with the same number. */
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

let nativeOk: boolean | undefined;

/**
 * Some runtimes (Node 20 among them) accept the label "windows-1252" but decode it as
 * ISO-8859-1, so 0x80 becomes U+0080 instead of €. Use the native decoder only when it
 * gets € and – right; otherwise map the bytes ourselves.
 */
function nativeWindows1252(): boolean {
  if (nativeOk === undefined) {
    try {
      nativeOk = new TextDecoder('windows-1252').decode(new Uint8Array([0x80, 0x96, 0xe5])) === '€–å';
    } catch {
      nativeOk = false;
    }
  }
  return nativeOk;
}

function decodeWindows1252(bytes: Uint8Array): string {
  if (nativeWindows1252()) return new TextDecoder('windows-1252').decode(bytes);
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? C1.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
