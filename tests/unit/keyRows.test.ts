import { describe, expect, it } from 'vitest';
import { KeyRows } from '$lib/io/keyRows';

// The import's check of repeated keys keeps each key's row in a table of typed arrays instead of a
// Map: it must answer exactly what the Map answers, for any keys (empty, long, non-ASCII, colliding
// slots) and any number of them (the table grows).

type Op = ['get' | 'has' | 'getOrAdd' | 'set', string, number];

/** The same operations on a Map, the long way. */
function onMap(ops: Op[]): unknown[] {
  const m = new Map<string, number>();
  return ops.map(([op, k, row]) => {
    if (op === 'get') return m.get(k);
    if (op === 'has') return m.has(k);
    if (op === 'set') return void m.set(k, row);
    const earlier = m.get(k);
    if (earlier === undefined) m.set(k, row);
    return earlier;
  });
}

function onKeyRows(ops: Op[]): unknown[] {
  const k = new KeyRows();
  return ops.map(([op, key, row]) => {
    if (op === 'get') return k.get(key);
    if (op === 'has') return k.has(key);
    if (op === 'set') return void k.set(key, row);
    return k.getOrAdd(key, row);
  });
}

describe('KeyRows answers as a Map', () => {
  it.each<[string, Op[]]>([
    [
      'empty',
      [
        ['get', 'a', 0],
        ['has', '', 0],
      ],
    ],
    [
      'a key added once, then found with its first row',
      [
        ['getOrAdd', 'a1', 2],
        ['getOrAdd', 'a1', 5],
        ['get', 'a1', 0],
        ['has', 'a1', 0],
        ['get', 'a2', 0],
      ],
    ],
    [
      'the empty key',
      [
        ['getOrAdd', '', 2],
        ['getOrAdd', '', 3],
        ['has', '', 0],
      ],
    ],
    [
      'set replaces the row',
      [
        ['set', 'x', 1],
        ['set', 'x', 9],
        ['get', 'x', 0],
        ['getOrAdd', 'x', 4],
      ],
    ],
    [
      'non-ASCII and compound keys',
      [
        ['getOrAdd', 'å-1', 2],
        ['getOrAdd', 'a-1', 3],
        ['getOrAdd', '["kpi","0180","2015"]', 4],
        ['get', 'å-1', 0],
        ['get', '["kpi","0180","2015"]', 0],
      ],
    ],
  ])('%s', (_, ops) => expect(onKeyRows(ops)).toEqual(onMap(ops)));

  it('10 000 random operations on few and on many keys, through growth', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (const distinct of [5, 300, 20_000]) {
      const ops: Op[] = [];
      for (let i = 0; i < 10_000; i++) {
        const key = rnd() < 0.1 ? `k${Math.floor(rnd() * distinct)}\u00e5` : `m${Math.floor(rnd() * distinct)}`;
        const op = (['get', 'has', 'getOrAdd', 'getOrAdd', 'set'] as const)[Math.floor(rnd() * 5)];
        ops.push([op, key, i + 2]);
      }
      expect(onKeyRows(ops)).toEqual(onMap(ops));
      const k = new KeyRows();
      for (const [, key, row] of ops) k.getOrAdd(key, row);
      expect(k.size).toBe(new Set(ops.map((o) => o[1])).size);
    }
  });
});
