import { describe, expect, it } from 'vitest';
import { enumText, fmtDate, fmtNumber, fmtTime } from '$lib/i18n/format';
import { lang, locale, t } from '$lib/i18n';
import { formatDate } from '$lib/domain/dates';
import { sv } from '$lib/i18n/sv';

describe('i18n in Node (no localStorage): Swedish', () => {
  it('defaults to Swedish', () => {
    expect(lang).toBe('sv');
    expect(locale).toBe('sv-SE');
    expect(t).toBe(sv);
  });
  it.each([
    [fmtDate('2016-03-15'), '15 mars 2016'],
    [fmtDate('2016-03'), 'mars 2016'],
    [fmtDate(''), ''],
    [enumText('planStatus', 'remiss'), 'På remiss'],
    [fmtNumber(1234.567), '1\u00a0234,57'],
    [fmtTime(''), ''],
  ])('%j = %j', (actual, expected) => expect(actual).toBe(expected));
  it('formats times with the locale', () => expect(fmtTime('2016-03-15T10:20:00Z')).toMatch(/2016/));
});

describe('formatDate in English', () => {
  it.each([
    ['2016-03-15', '15 March 2016'],
    ['2016-12', 'December 2016'],
    ['2016', '2016'],
  ])('%s → %s', (d, s) => expect(formatDate(d, 'en')).toBe(s));
});
