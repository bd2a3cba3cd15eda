import { describe, expect, it } from 'vitest';
import { splitList } from '$lib/domain/records';
import { daysInMonth } from '$lib/domain/dates';

describe('splitList: values between |, trimmed, empty and repeated ones dropped, order kept', () => {
  it.each([
    ['', []],
    ['skola', ['skola']],
    [' skola ', ['skola']],
    ['skola|BUP', ['skola', 'BUP']],
    ['skola | BUP |', ['skola', 'BUP']],
    ['|', []],
    ['a||b', ['a', 'b']],
    ['a|b|a', ['a', 'b']],
    ['b|a|b|a', ['b', 'a']],
  ])('%j', (s, expected) => {
    expect(splitList(s)).toEqual(expected);
  });
});

describe('daysInMonth: the same answer as the calendar', () => {
  const calendar = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  it.each([
    [2016, 2, 29],
    [2015, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('%i-%i has %i days', (y, m, d) => {
    expect(daysInMonth(y, m)).toBe(d);
  });
  it('every month of 1600–2400', () => {
    for (let y = 1600; y <= 2400; y++) for (let m = 1; m <= 12; m++) expect(daysInMonth(y, m)).toBe(calendar(y, m));
  });
  it.each([
    [50, 2],
    [2016, 13],
    [2016, 0],
  ])('outside the usual range (%i, %i) it asks the calendar', (y, m) => {
    expect(daysInMonth(y, m)).toBe(calendar(y, m));
  });
});
