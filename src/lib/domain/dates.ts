/**
 * Dates with precision. A date is stored and exported as its canonical string:
 * "2016" (year), "2016-03" (month) or "2016-03-15" (day), so the precision a
 * person gave is never lost and never invented.
 */
import { msg, type Msg } from './messages';
import { fail, ok, type Result } from './result';

export type Precision = 'year' | 'month' | 'day';
/** Canonical date string: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PDate = string;

export const MONTHS_SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;
const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month name (Swedish or English, full or 3+ letter prefix, with or without trailing dot) → 1..12. */
export function monthFromName(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return undefined;
  for (const list of [MONTHS_SV, MONTHS_EN]) {
    const i = list.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n)));
    if (i >= 0) return i + 1;
  }
  return undefined;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Arithmetic for the Gregorian years people write (no Date per parsed date); Date for the rest.
  if (Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12)
    return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function build(y: number, m?: number, d?: number): Result<PDate, Msg> {
  if (!Number.isInteger(y) || y < 1900 || y > 2200) return fail(msg('dateYear', y));
  if (m === undefined) return ok(pad(y, 4));
  if (!Number.isInteger(m) || m < 1 || m > 12) return fail(msg('dateMonth', m));
  if (d === undefined) return ok(`${pad(y, 4)}-${pad(m)}`);
  if (!Number.isInteger(d) || d < 1 || d > daysInMonth(y, m)) {
    return fail(msg('dateDay', `${pad(y, 4)}-${pad(m)}-${pad(d)}`));
  }
  return ok(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
}

/**
 * Parse a date as people write it: 2016-03-15, 2016-03, mars 2016, 2016,
 * 15 mars 2016, 15/3/2016, 15.3.2016 (day first), 2016-03-15 00:00:00 (Excel).
 * Empty input is not a date; callers decide whether a date is required.
 */
export function parseDate(input: string): Result<PDate, Msg> {
  if (isCanonical(input)) return ok(input);
  const s = input.trim().replace(/\s+/g, ' ');
  if (s === '') return fail(msg('dateMissing'));
  let m: RegExpMatchArray | null;
  // ISO day, optionally with an Excel time part (T or space). The time is dropped, but it must be a
  // real time of day: "2016-03-15 99:99" is an error, not 15 March.
  if ((m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?)?$/))) {
    if (m[4] !== undefined && !validTime(+m[4], +m[5], m[6] === undefined ? 0 : +m[6])) {
      return fail(msg('dateTime', s));
    }
    return build(+m[1], +m[2], +m[3]);
  }
  if ((m = s.match(/^(\d{4})-(\d{1,2})$/))) return build(+m[1], +m[2]);
  if ((m = s.match(/^(\d{4})$/))) return build(+m[1]);
  if ((m = s.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/))) return build(+m[3], +m[2], +m[1]);
  if ((m = s.match(/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/))) return build(+m[1], +m[2], +m[3]);
  if ((m = s.match(/^(\d{1,2})\.? ([a-zåäö]+\.?) (\d{4})$/i))) {
    const month = monthFromName(m[2]);
    if (month) return build(+m[3], month, +m[1]);
  }
  if ((m = s.match(/^([a-zåäö]+\.?) (\d{4})$/i))) {
    const month = monthFromName(m[1]);
    if (month) return build(+m[2], month);
  }
  return fail(msg('dateUnknown', input.trim()));
}

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/**
 * A valid date already written as its canonical string (YYYY, YYYY-MM or YYYY-MM-DD, ASCII digits,
 * nothing around it): what the regexes below would give back unchanged, told without them (most
 * dates of an import are written so). Anything else, an invalid date included, takes the long way.
 */
function isCanonical(s: string): boolean {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  if (!(y >= 1900 && y <= 2200)) return false;
  if (n === 4) return true;
  const m = digit(s, 5) * 10 + digit(s, 6);
  if (s.charCodeAt(4) !== 45 || !(m >= 1 && m <= 12)) return false;
  if (n === 7) return true;
  const d = digit(s, 8) * 10 + digit(s, 9);
  return s.charCodeAt(7) === 45 && d >= 1 && d <= daysInMonth(y, m);
}

/** 00:00:00 to 23:59:59, and 24:00:00 (the end of a day, ISO 8601). */
function validTime(h: number, min: number, sec: number): boolean {
  if (h === 24) return min === 0 && sec === 0;
  return h <= 23 && min <= 59 && sec <= 59;
}

export function precisionOf(d: PDate): Precision {
  return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
}

/** First and last day (ISO YYYY-MM-DD) that a date of any precision covers. */
export function dateRange(d: PDate): [string, string] {
  const r = cachedRange(d);
  return [r[0], r[1]];
}

// 100 000 measures carry a few hundred distinct dates: each range is built once.
const RANGES = new Map<string, readonly [string, string]>();
function cachedRange(d: PDate): readonly [string, string] {
  let r = RANGES.get(d);
  if (!r) {
    if (RANGES.size >= 10_000) RANGES.clear();
    RANGES.set(d, (r = buildRange(d)));
  }
  return r;
}

function buildRange(d: PDate): [string, string] {
  const y = +d.slice(0, 4);
  const p = precisionOf(d);
  if (p === 'year') return [`${d}-01-01`, `${d}-12-31`];
  if (p === 'month') return [`${d}-01`, `${d}-${pad(daysInMonth(y, +d.slice(5, 7)))}`];
  return [d, d];
}

export const rangeStart = (d: PDate): string => cachedRange(d)[0];
export const rangeEnd = (d: PDate): string => cachedRange(d)[1];

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const MONTHS_EN_DISPLAY = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Display with the precision kept: "15 mars 2016", "mars 2016", "2016" (English: "15 March 2016", "March 2016"). */
export function formatDate(d: PDate | undefined | null, lang: 'sv' | 'en' = 'sv'): string {
  if (!d) return '';
  const p = precisionOf(d);
  if (p === 'year') return d;
  const month = (lang === 'en' ? MONTHS_EN_DISPLAY : MONTHS_SV)[+d.slice(5, 7) - 1];
  if (p === 'month') return `${month} ${d.slice(0, 4)}`;
  return `${+d.slice(8, 10)} ${month} ${d.slice(0, 4)}`;
}

/** An end is before its start only when every day it covers lies before every day the start covers
 *  ("2016" as start and "2016-03" as end is fine). */
export function endsBeforeStart(start: PDate, end: PDate): boolean {
  return rangeEnd(end) < rangeStart(start);
}
