import { describe, expect, it } from 'vitest';
import {
  changedFields,
  NOT_CONTENT,
  notContent,
  planTable,
  sameValue,
  type Rec,
  type Strategy,
} from '$lib/domain/merge';

describe('changedFields: the incoming fields in their order, then those only stored, compared in place', () => {
  it.each([
    ['the same', { a: 1, b: 'x' }, { a: 1, b: 'x' }, []],
    [
      'in the order of after, then before-only fields',
      { c: 1, b: 1, a: 1 },
      { a: 2, b: 2, d: 2 },
      ['a', 'b', 'd', 'c'],
    ],
    ['a field only stored, empty', { a: 1, x: '' }, { a: 1 }, []],
    ['a field only stored, null', { a: 1, x: null }, { a: 1 }, []],
    ['a field only stored, with a value', { a: 1, x: 0 }, { a: 1 }, ['x']],
    ['a field only incoming, with a value', { a: 1 }, { a: 1, y: 'v' }, ['y']],
    ['undefined against absent', { a: 1, x: undefined }, { a: 1 }, []],
    ['the revision and the time are never content', { rev: 4, uppdaterad: '1', a: 1 }, { uppdaterad: '2', a: 1 }, []],
    ['a revision only incoming', { a: 1 }, { a: 1, rev: 9 }, []],
    ['a key named like an Object method', { toString: 'a' }, { toString: 'b' }, ['toString']],
    ['an Object method name absent from one side', { a: 1 }, { a: 1, constructor: 'x' }, ['constructor']],
  ])('%s', (_, before, after, fields) => expect(changedFields(before, after)).toEqual(fields));
});

describe('sameValue: absent, null and empty alike; lists element by element', () => {
  it.each([
    [undefined, null, true],
    [null, '', true],
    ['', undefined, true],
    [0, '', false],
    [0, 0, true],
    [false, '', false],
    ['1', 1, false],
    [[], [], true],
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['b', 'a'], false],
    [['a'], ['a', 'b'], false],
    [['a', ''], ['a', null], true],
    [[], '', false],
    [[['a']], [['a']], true],
  ])('sameValue(%j, %j) = %s', (x, y, same) => {
    expect(sameValue(x, y)).toBe(same);
    expect(sameValue(y, x)).toBe(same);
  });
});

describe('"the newer wins" reads each time as Date.parse does, however often it recurs', () => {
  const stored = (uppdaterad: string): Rec => ({ id: 'a', titel: 'Stored', uppdaterad });
  const file = (uppdaterad: string): Rec => ({ id: 'a', titel: 'File', uppdaterad });
  it.each([
    ['later, same form', '2016-01-01T00:00:00Z', '2017-01-01T00:00:00Z', true],
    ['earlier, same form', '2017-01-01T00:00:00Z', '2016-01-01T00:00:00Z', false],
    ['the same time', '2016-01-01T00:00:00Z', '2016-01-01T00:00:00Z', false],
    ['the same time written otherwise', '2016-01-01T00:00:00Z', '2016-01-01T01:00:00+01:00', false],
    ['later with milliseconds', '2016-01-01T00:00:00Z', '2016-01-01T00:00:00.001Z', true],
    ['a later offset is earlier', '2016-01-01T00:30:00Z', '2016-01-01T01:00:00+01:00', false],
    ['a file time that is not a time', '2016-01-01T00:00:00Z', '2016-13-45T00:00:00Z', false],
    ['a stored time that is not a time', 'nonsense', '2016-01-01T00:00:00Z', false],
    ['a date only', '2016-01-01', '2016-01-02', true],
  ])('%s', (_, mine, theirs, taken) => {
    // Many rows with the same times (read once, remembered), and more distinct times than are remembered.
    const many = Array.from(
      { length: 200 },
      (_, i) =>
        [`k${i}`, i % 2 ? stored(mine) : stored(`2000-01-01T00:00:${String(i % 60).padStart(2, '0')}.${i}Z`)] as const,
    );
    for (let round = 0; round < 3; round++)
      for (const [, s] of many) {
        const p = planTable('plans', [file(theirs)], new Map([['a', s]]), 'newer' as Strategy, '2026-01-01T00:00:00Z');
        const expected = s.uppdaterad === mine ? taken : Date.parse(theirs) > Date.parse(s.uppdaterad as string);
        expect(p.update.length).toBe(expected ? 1 : 0);
      }
  });
});

describe('notContent is NOT_CONTENT', () => {
  it.each(['uppdaterad', 'rev', 'id', 'titel', 'Uppdaterad', 'revision', '', 'kommunkod'])('%s', (k) =>
    expect(notContent(k)).toBe(NOT_CONTENT.has(k)),
  );
});
