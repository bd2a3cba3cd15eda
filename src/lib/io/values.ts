/**
 * Numbers as people write them, numbers as we write them, and the formula-injection
 * escape for text cells. Pure: no DOM.
 */
import { fail, ok, type Result } from '../domain/result';
import { t } from '../i18n';

const SIGN = /^[+\-\u2212\u2013]/; // + - − (U+2212) – (U+2013, what word processors make of a minus)
const PERCENT = /\s*%$/;
const EXPONENT = /[eE]([+-]?\d+)$/;
const DIGITS = /^\d+$/;

/** "1 234" / "1.234.567": a first group of 1–3 digits, then groups of exactly 3 after a separator. */
const grouped = (s: string, sep: string) => new RegExp(`^\\d{1,3}(?:${sep}\\d{3})+$`).test(s);
const escapeRe = (c: string) => c.replace(/[.\\]/g, '\\$&');

/**
 * Parse a number as a person or a spreadsheet wrote it: `60,5`, `60.5`, `1 234`, `1 234,56`
 * (space, no-break space or narrow no-break space between thousands), `1.234,5`, `1,234.5`,
 * `−12,5` (U+2212), `-12.5`, `+3`, `60 %` (→ 60), `1,5E+06`.
 *
 * `1,234` and `1.234` (one separator, exactly three digits after it, nothing else to go by)
 * could be a thousand or a decimal, so they are an error unless the caller knows which
 * character is the decimal separator (e.g. from the other cells in the column) and says so in
 * `decimal`. Never a silent guess.
 */
export function parseNumber(s: string, decimal?: ',' | '.'): Result<number> {
  const input = s.trim();
  if (input === '') return fail(t.io.number.empty);
  let x = input.replace(PERCENT, '');
  let sign = '';
  if (SIGN.test(x)) {
    sign = x[0] === '+' ? '' : '-';
    x = x.slice(1);
  }
  let exp = '';
  const e = EXPONENT.exec(x);
  if (e) {
    exp = e[1];
    x = x.slice(0, e.index);
  }
  if (!/\d/.test(x) || !/^[\d.,\s]+$/.test(x)) return fail(t.io.number.invalid(input));

  let intPart: string;
  let frac = '';
  const commas = x.split(',').length - 1;
  const dots = x.split('.').length - 1;

  if (/\s/.test(x)) {
    // Spaces group thousands; a comma or a point is then the decimal separator.
    if (commas + dots > 1) return fail(t.io.number.invalid(input));
    const [a, b = ''] = x.split(/[.,]/);
    if (!grouped(a, '\\s') || (commas + dots === 1 && !DIGITS.test(b))) return fail(t.io.number.invalid(input));
    intPart = a.replace(/\s/g, '');
    frac = b;
  } else if (commas === 0 && dots === 0) {
    intPart = x;
  } else if (commas === 0 || dots === 0) {
    const sep = commas ? ',' : '.';
    const count = commas || dots;
    if (count > 1) {
      // 1.234.567 or 1,234,567: only thousands separators.
      if (!grouped(x, escapeRe(sep))) return fail(t.io.number.invalid(input));
      intPart = x.split(sep).join('');
    } else {
      const [a, b] = x.split(sep);
      if (!DIGITS.test(b) || (a !== '' && !DIGITS.test(a))) return fail(t.io.number.invalid(input));
      const couldBeThousands = b.length === 3 && /^[1-9]\d{0,2}$/.test(a);
      if (couldBeThousands && decimal === undefined) {
        return fail(t.io.number.ambiguous(input, a + b, `${a}${sep}${b}0`));
      }
      if (couldBeThousands && decimal !== sep) {
        intPart = a + b;
      } else {
        intPart = a || '0';
        frac = b;
      }
    }
  } else {
    // Both: the last one is the decimal separator and occurs once; the other groups thousands.
    const lastComma = x.lastIndexOf(',');
    const lastDot = x.lastIndexOf('.');
    const dec = lastComma > lastDot ? ',' : '.';
    const thou = dec === ',' ? '.' : ',';
    const [a, b, ...rest] = x.split(dec);
    if (rest.length || !DIGITS.test(b) || !grouped(a, escapeRe(thou))) return fail(t.io.number.invalid(input));
    intPart = a.split(thou).join('');
    frac = b;
  }

  const n = Number(`${sign}${intPart}${frac ? '.' + frac : ''}${exp ? 'e' + exp : ''}`);
  if (!Number.isFinite(n)) return fail(t.io.number.invalid(input));
  return ok(n);
}

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
  return ESCAPED.test(s) ? s.slice(1) : s;
}
