/**
 * Numbers as we write them, and the formula-injection escape for text cells. Pure: no DOM.
 * (Numbers as people write them: `parseNumber` in domain/numbers.ts.)
 */
/** Parsing moved to the domain (it returns message codes); re-exported for io callers. */
export { parseNumber } from '$lib/domain/numbers';

/**
 * The shortest text that reads back as exactly `n`: `String(n)` without exponent, with a decimal
 * comma when asked, never with thousands separators. A value whose text would be ambiguous to
 * `parseNumber` (1–3 digits, separator, exactly 3 decimals, e.g. 1.234) gets one trailing zero
 * (`1,2340`) so that it reads back as the same number without a hint. Non-finite → ''.
 */
export function formatNumber(n: number, decimalComma: boolean): string {
  if (!Number.isFinite(n)) return '';
  let s = String(n);
  if (/e/i.test(s)) s = expandExponent(s);
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(s)) s += '0';
  return decimalComma ? s.replace('.', ',') : s;
}

function expandExponent(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(s);
  if (!m) return s;
  const [, sign, int, frac = '', e] = m;
  const digits = int + frac;
  const point = int.length + Number(e);
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return sign + out;
}

/** Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
const TRIGGER = /^'*[=+\-@\t\r\n]/;
const ESCAPED = /^'+[=+\-@\t\r\n]/;

/**
 * Prefix `'` to a text that a spreadsheet would run as a formula: one that begins with `=`, `+`,
 * `-`, `@`, tab, CR or LF, or with apostrophes followed by one of those (so that `'=x`, written
 * as `''=x`, comes back as `'=x` and the round trip holds).
 */
export function escapeFormula(s: string): string {
  return TRIGGER.test(s) ? "'" + s : s;
}

/** Undo `escapeFormula`: remove exactly one leading `'` where `escapeFormula` would have added it. */
export function unescapeFormula(s: string): string {
  return s.charCodeAt(0) === 39 && ESCAPED.test(s) ? s.slice(1) : s; // 39: ', which every escaped text begins with
}
