import { sv } from '$lib/i18n/sv';
import { sayIn } from '$lib/i18n/say';
import { describe, expect, it } from 'vitest';
import {
  dateRange,
  rangeEnd,
  rangeStart,
  endsBeforeStart,
  formatDate,
  monthFromName,
  parseDate,
  precisionOf,
  todayIso,
} from '$lib/domain/dates';

describe('parseDate', () => {
  const valid: [string, string][] = [
    ['2016-03-15', '2016-03-15'],
    ['2016-3-5', '2016-03-05'],
    ['2016-03', '2016-03'],
    ['mars 2016', '2016-03'],
    ['Mars 2016', '2016-03'],
    ['mar 2016', '2016-03'],
    ['march 2016', '2016-03'],
    ['2016', '2016'],
    ['15 mars 2016', '2016-03-15'],
    ['1 december 2015', '2015-12-01'],
    ['15/3/2016', '2016-03-15'],
    ['15.3.2016', '2016-03-15'],
    ['2016-03-15 00:00:00', '2016-03-15'],
    ['2016-03-15T10:20:00Z', '2016-03-15'],
    ['  2016-02-29 ', '2016-02-29'],
    ['2016/03/15', '2016-03-15'],
    ['2016-03-15 23:59:59', '2016-03-15'],
    ['2016-03-15 24:00', '2016-03-15'],
    ['2016-03-15 7:05', '2016-03-15'],
  ];
  it.each(valid)('%s → %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  const invalid: [string, RegExp][] = [
    ['', /saknas/],
    ['2016-02-30', /finns inte i kalendern/],
    ['2015-02-29', /finns inte i kalendern/],
    ['2016-13', /Månaden 13/],
    ['31/4/2016', /finns inte i kalendern/],
    ['1850', /orimligt/],
    ['snart', /inget datum/],
    ['3/15/2016', /Månaden 15/],
    ['ma 2016', /inget datum/],
    // Impossible times of day are errors, not silently dropped (issue 11.7).
    ['2016-03-15 99:99', /klockslag som inte finns/],
    ['2016-03-15 24:01', /klockslag som inte finns/],
    ['2016-03-15 12:60', /klockslag som inte finns/],
    ['2016-03-15T10:20:61Z', /klockslag som inte finns/],
  ];
  it.each(invalid)('%s is an error', (input, message) => {
    const r = parseDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(sayIn(sv, r.error)).toMatch(message);
  });
});

describe('precision and ranges', () => {
  it.each([
    ['2016', 'year', '2016-01-01', '2016-12-31'],
    ['2016-02', 'month', '2016-02-01', '2016-02-29'],
    ['2015-02', 'month', '2015-02-01', '2015-02-28'],
    ['2016-04', 'month', '2016-04-01', '2016-04-30'],
    ['2016-03-15', 'day', '2016-03-15', '2016-03-15'],
  ])('%s is %s, %s–%s', (d, p, start, end) => {
    expect(precisionOf(d)).toBe(p);
    expect(dateRange(d)).toEqual([start, end]);
    // Ranges are cached: a caller changing the array it got does not change the next answer.
    const got = dateRange(d);
    got[0] = 'x';
    expect(dateRange(d)).toEqual([start, end]);
    expect([rangeStart(d), rangeEnd(d)]).toEqual([start, end]);
  });

  it.each([
    ['2016-03-15', '2016-03-14', true],
    ['2016-03-15', '2016-03-15', false],
    ['2016', '2016-03', false],
    ['2016-03', '2016', false],
    ['2016-03', '2016-02-28', true],
    ['2017', '2016-12', true],
  ])('start %s end %s → endsBeforeStart %s', (s, e, expected) => {
    expect(endsBeforeStart(s, e)).toBe(expected);
  });
});

describe('formatting', () => {
  it.each([
    ['2016-03-15', '15 mars 2016'],
    ['2016-03-05', '5 mars 2016'],
    ['2016-12', 'december 2016'],
    ['2016', '2016'],
    ['', ''],
  ])('%s → %s', (d, s) => expect(formatDate(d, 'sv')).toBe(s));

  it('todayIso uses local date parts', () => {
    expect(todayIso(new Date(2016, 0, 21, 23, 59))).toBe('2016-01-21');
  });

  it.each([
    ['januari', 1],
    ['jan.', 1],
    ['okt', 10],
    ['October', 10],
    ['maj', 5],
    ['ju', undefined],
    ['xyz', undefined],
  ])('monthFromName(%s) = %s', (n, m) => expect(monthFromName(n)).toBe(m));
});
