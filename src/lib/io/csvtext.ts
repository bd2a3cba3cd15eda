/**
 * The text helpers of CSV reading that need no parser: delimiter detection and header keys.
 * Separate from csv.ts so that code in the initial bundle (the bundle reader's schema check)
 * does not pull in papaparse. Pure: runs in the browser, in a worker and in Node.
 */
import { fold } from '$lib/domain/text';

export type Delimiter = ',' | ';' | '\t';

export const CANDIDATES: Delimiter[] = [';', '\t', ',']; // order = preference when equally consistent
const SAMPLE_RECORDS = 20;
/** How far `detectDelimiter` reads. */
export const SAMPLE_CHARS = 1 << 20;

/**
 * Guess the delimiter from the first non-blank records: count `;`, tab and `,` outside quotes,
 * keep those that occur in the first record (the header), and take the one whose count is the
 * same on the most records. On a tie `;` wins over tab over `,` (decimal commas!). null when
 * none of them occurs in the header.
 */
export function detectDelimiter(text: string): Delimiter | null {
  const records: Record<Delimiter, number>[] = [];
  let counts = { ',': 0, ';': 0, '\t': 0 };
  let blank = true;
  let inQuotes = false;
  let fieldStart = true;
  const end = Math.min(text.length, SAMPLE_CHARS);
  const finish = () => {
    if (!blank) records.push(counts);
    counts = { ',': 0, ';': 0, '\t': 0 };
    blank = true;
  };
  for (let i = 0; i < end && records.length < SAMPLE_RECORDS; i++) {
    const c = text[i];
    if (inQuotes) {
      // Inside quotes "" is a quote character; a single " ends the quoted section.
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '\n' || c === '\r') {
      finish();
      fieldStart = true;
    } else if (c === ',' || c === ';' || c === '\t') {
      counts[c]++;
      blank = false; // a line of only delimiters is an empty row, still a record
      fieldStart = true;
    } else {
      // As in papaparse, a quote opens a quoted section only at the start of a field.
      if (c === '"' && fieldStart) inQuotes = true;
      if (c.trim() !== '' && c !== '\ufeff') blank = false;
      fieldStart = false;
    }
  }
  if (records.length < SAMPLE_RECORDS) finish();
  if (records.length === 0) return null;

  let best: Delimiter | null = null;
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const reference = records[0][d];
    if (reference < 1) continue;
    const score = records.filter((r) => r[d] === reference).length / records.length;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Header text → comparable key, the one folding rule of `domain/text` `fold` with `_` and underscores
 * kept as written (so the reserved headers `__proto__` and `constructor` can be recognised and refused):
 * trimmed, lower case, without diacritics and BOM, runs of spaces, hyphens and dashes as `_`
 * ("Planerat klart" → "planerat_klart", "Källa" → "kalla").
 */
export function normalizeHeader(h: string): string {
  return fold(h, '_', { keepUnderscores: true });
}
