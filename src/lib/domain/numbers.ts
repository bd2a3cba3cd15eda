/**
 * Numbers as people and spreadsheets write them → a JavaScript number, or a message code.
 * Pure: the i18n layer renders the message.
 */
import { msg, type Msg } from './messages';
import { fail, ok, type Result } from './result';

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
 *
 * Beyond 2^53 (9 007 199 254 740 991) not every integer can be held: a number there whose digits
 * would change is an error, never silently rounded (1234567890123456789 would become …800);
 * one that is held exactly (1e21, what `formatNumber` writes) is fine.
 */
export function parseNumber(s: string, decimal?: ',' | '.'): Result<number, Msg> {
  const input = s.trim();
  if (input === '') return fail(msg('numberEmpty'));
  const invalid = () => fail(msg('numberInvalid', input));
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
  if (!/\d/.test(x) || !/^[\d.,\s]+$/.test(x)) return invalid();

  let intPart: string;
  let frac = '';
  const commas = x.split(',').length - 1;
  const dots = x.split('.').length - 1;

  if (/\s/.test(x)) {
    // Spaces group thousands; a comma or a point is then the decimal separator.
    if (commas + dots > 1) return invalid();
    const [a, b = ''] = x.split(/[.,]/);
    if (!grouped(a, '\\s') || (commas + dots === 1 && !DIGITS.test(b))) return invalid();
    intPart = a.replace(/\s/g, '');
    frac = b;
  } else if (commas === 0 && dots === 0) {
    intPart = x;
  } else if (commas === 0 || dots === 0) {
    const sep = commas ? ',' : '.';
    const count = commas || dots;
    if (count > 1) {
      // 1.234.567 or 1,234,567: only thousands separators.
      if (!grouped(x, escapeRe(sep))) return invalid();
      intPart = x.split(sep).join('');
    } else {
      const [a, b] = x.split(sep);
      if (!DIGITS.test(b) || (a !== '' && !DIGITS.test(a))) return invalid();
      const couldBeThousands = b.length === 3 && /^[1-9]\d{0,2}$/.test(a);
      if (couldBeThousands && decimal === undefined) {
        return fail(msg('numberAmbiguous', input, a + b, `${a}${sep}${b}0`));
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
    if (rest.length || !DIGITS.test(b) || !grouped(a, escapeRe(thou))) return invalid();
    intPart = a.split(thou).join('');
    frac = b;
  }

  const n = Number(`${sign}${intPart}${frac ? '.' + frac : ''}${exp ? 'e' + exp : ''}`);
  if (!Number.isFinite(n)) return invalid();
  // Beyond 2^53 not every integer exists as a number: refuse what would lose digits.
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER && significant(intPart + frac) !== significant(String(n))) {
    return fail(msg('numberTooLarge', input));
  }
  return ok(n);
}

/** The significant digits of a number's text: "1.2300e+21" → "123", "0.0045" → "45". */
function significant(s: string): string {
  return s.replace(/e.*$/i, '').replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '');
}
