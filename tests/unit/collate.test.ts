import { describe, expect, it } from 'vitest';
import { compareCode, compareSv } from '$lib/domain/collate';

const sign = (n: number) => Math.sign(n);

describe('compareSv: the one Swedish collation', () => {
  // [a, b, expected sign]
  it.each([
    ['Zinkgruvan', 'Åre', -1],
    ['Åre', 'Älvdalen', -1],
    ['Älvdalen', 'Örebro', -1],
    ['Ödeshög', 'Öckerö', 1],
    ['Område 2', 'Område 10', -1],
    ['ale 10', 'ale 2', 1],
    ['Ale', 'ale', 0],
    ['Borås', 'Boras', 1],
    ['Vännäs', 'Västerås', -1],
    ['', 'a', -1],
    ['Lund', 'Lund', 0],
  ] as [string, string, number][])('%s vs %s: %i', (a, b, expected) => {
    expect(sign(compareSv(a, b))).toBe(expected);
    expect(sign(compareSv(b, a))).toBe(-expected || 0);
  });

  it('sorts a list of municipality names the Swedish way', () => {
    const names = ['Örebro', 'Åre', 'Älvdalen', 'Ale', 'Zinkgruvan', 'Eda', 'Ängelholm', 'Åmål'];
    expect(names.sort(compareSv)).toEqual([
      'Ale',
      'Eda',
      'Zinkgruvan',
      'Åmål',
      'Åre',
      'Älvdalen',
      'Ängelholm',
      'Örebro',
    ]);
  });
});

describe('compareCode: codes, ids and ISO dates by their characters', () => {
  it.each([
    ['2024-01-02', '2024-01-10', -1],
    ['2024-01-02T10:00:00.000Z', '2024-01-02T09:59:59.999Z', 1],
    ['1490', '0114', 1],
    ['B', 'a', -1],
    ['x', 'x', 0],
  ] as [string, string, number][])('%s vs %s: %i', (a, b, expected) => {
    expect(sign(compareCode(a, b))).toBe(expected);
    expect(sign(compareCode(b, a))).toBe(-expected || 0);
  });
});
