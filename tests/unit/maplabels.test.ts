import { describe, expect, it } from 'vitest';
import {
  CHAR_W,
  MIN_PX,
  abbreviate,
  geoLabels,
  groupCentres,
  pathArea,
  placeLabels,
  shortName,
  tileLabels,
} from '$lib/viz/map/labels';
import { register } from '$lib/domain/register';

const VG = register.municipalities.filter((m) => m.county === '14');

describe('shortName', () => {
  it.each([
    ['Borås', 8, 'Borås'],
    ['Ulricehamn', 10, 'Ulricehamn'],
    ['Ulricehamn', 6, 'Ulric.'],
    ['Upplands Väsby', 9, 'Upplands.'],
    ['Upplands Väsby', 10, 'Upplands.'],
    ['Öckerö', 3, ''],
    ['Malung-Sälen', 8, 'Malung.'],
  ])('%s in %i characters → %s', (name, max, out) => expect(shortName(name, max)).toBe(out));
});

describe('tileLabels', () => {
  const cells = [
    { kommunkod: '1490', x: 0, y: 0 },
    { kommunkod: '1443', x: 20, y: 0 },
    { kommunkod: '0180', x: 40, y: 0 },
  ];
  const names: Record<string, string> = { '1490': 'Borås', '1443': 'Bollebygd', '0180': 'Stockholm' };
  const base = { cells, codes: new Set(['1490', '1443']), name: (c: string) => names[c], hexSize: 10 };

  it('labels only the chosen tiles, at least MIN_PX on screen, each fitting its tile', () => {
    for (const pxPerUnit of [2.2, 3, 6]) {
      const labels = tileLabels({ ...base, pxPerUnit });
      expect(labels.map((l) => l.code)).toEqual(['1490', '1443']);
      for (const l of labels) {
        expect(l.size * pxPerUnit).toBeGreaterThanOrEqual(MIN_PX);
        expect(l.text.length * CHAR_W * l.size).toBeLessThanOrEqual(Math.sqrt(3) * 10);
      }
    }
  });
  it('shortens a long name consistently when the tile is small and keeps it whole when large', () => {
    expect(tileLabels({ ...base, pxPerUnit: 2.4 }).find((l) => l.code === '1443')!.text).toBe('Boll.');
    expect(tileLabels({ ...base, pxPerUnit: 6 }).find((l) => l.code === '1443')!.text).toBe('Bollebygd');
  });
  it('gives no label when not even three letters fit at the minimum size', () => {
    expect(tileLabels({ ...base, pxPerUnit: 0.5 })).toEqual([]);
  });
});

describe('placeLabels', () => {
  it('keeps the higher priority of two overlapping labels and every label that is clear', () => {
    const out = placeLabels(
      [
        { code: 'a', x: 0, y: 0, text: 'Alingsås', priority: 1 },
        { code: 'b', x: 5, y: 0, text: 'Borås', priority: 2 },
        { code: 'c', x: 200, y: 0, text: 'Mark', priority: 0 },
        { code: 'd', x: NaN, y: 0, text: 'Nowhere', priority: 9 },
      ],
      1,
    );
    expect(out.map((l) => l.code)).toEqual(['b', 'c']);
  });
  it('places no two labels whose boxes overlap', () => {
    const cands = Array.from({ length: 60 }, (_, i) => ({
      code: String(i),
      x: (i * 37) % 300,
      y: (i * 53) % 200,
      text: 'Kommunnamn',
      priority: i % 3,
    }));
    const out = placeLabels(cands, 1, 11);
    const box = (l: (typeof out)[number]) => ({
      x0: l.x - (l.text.length * CHAR_W * l.size) / 2,
      x1: l.x + (l.text.length * CHAR_W * l.size) / 2,
      y0: l.y - l.size * 0.6,
      y1: l.y + l.size * 0.6,
    });
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = box(out[i]);
        const b = box(out[j]);
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    expect(out.length).toBeGreaterThan(5);
  });
});

describe('groupCentres', () => {
  it('averages the points of each group', () => {
    const c = groupCentres(
      [
        { kommunkod: '1401', x: 0, y: 0 },
        { kommunkod: '1402', x: 10, y: 4 },
        { kommunkod: '0180', x: 5, y: 5 },
      ],
      (k) => k.slice(0, 2),
    );
    expect(c.get('14')).toEqual({ x: 5, y: 2, n: 2 });
    expect(c.get('01')).toEqual({ x: 5, y: 5, n: 1 });
  });
});

describe('abbreviate', () => {
  it.each([
    [['Götene', 'Göteborg'], 5, ['Götn.', 'Götb.']],
    [['Götene', 'Göteborg', 'Borås'], 8, ['Götene', 'Göteborg', 'Borås']],
    [['Upplands Väsby', 'Upplands-Bro'], 10, ['Upplands.', 'Upplnds-B.']],
    [['Ulricehamn', 'Ale'], 6, ['Ulric.', 'Ale']],
    [['Mark', 'Markaryd'], 5, ['Mark', 'Mark.']],
    [['Öckerö'], 3, ['']],
  ])('%j in %i characters → %j', (names, max, out) => {
    const m = abbreviate(names, max);
    expect(names.map((n) => m.get(n))).toEqual(out);
  });

  it.each([4, 5, 6, 7, 8])(
    "Västra Götaland's 49 names in %i characters: unique, each within the limit, cut only with a mark",
    (max) => {
      const names = VG.map((m) => m.name);
      expect(names).toHaveLength(49);
      const m = abbreviate(names, max);
      const shorts = names.map((n) => m.get(n)!);
      expect(new Set(shorts).size).toBe(49);
      for (const [i, s] of shorts.entries()) {
        expect(s.length).toBeLessThanOrEqual(max);
        if (s !== names[i]) expect(s).toMatch(/\.\d?$/);
      }
    },
  );

  it("all 290 of Sweden's names in 6 characters are unique", () => {
    const names = register.municipalities.map((m) => m.name);
    const m = abbreviate(names, 6);
    expect(new Set(names.map((n) => m.get(n))).size).toBe(names.length);
  });
});

describe('tileLabels: one size per map', () => {
  const cells = VG.map((m, i) => ({ kommunkod: m.code, x: (i % 7) * 17.3, y: Math.floor(i / 7) * 15 }));
  const name = (c: string) => register.name(c);
  it.each([2.2, 3.5, 5])('at %f px per unit: every label the same size, short forms unique and keyed', (ppu) => {
    const labels = tileLabels({ cells, codes: new Set(VG.map((m) => m.code)), name, hexSize: 10, pxPerUnit: ppu });
    expect(labels).toHaveLength(49);
    expect(new Set(labels.map((l) => l.size)).size).toBe(1);
    expect(new Set(labels.map((l) => l.text)).size).toBe(49);
    for (const l of labels) expect(l.name === undefined).toBe(l.text === name(l.code));
  });
  it('a name no longer than one shown whole is shown whole', () => {
    const labels = tileLabels({ cells, codes: new Set(VG.map((m) => m.code)), name, hexSize: 10, pxPerUnit: 3.5 });
    const longestWhole = Math.max(...labels.filter((l) => !l.name).map((l) => l.text.length));
    for (const l of labels.filter((x) => x.name)) expect(l.name!.length).toBeGreaterThan(longestWhole);
  });
});

describe('pathArea', () => {
  it.each([
    ['M0,0L10,0L10,10L0,10Z', 100],
    ['M0,0L10,0L10,10L0,10ZM20,0L22,0L22,2Z', 102],
    ['M0,0L10,0L10,10L0,10ZM2,2L2,4L4,4L4,2Z', 96],
  ])('%s → %d', (d, a) => expect(pathArea(d)).toBeCloseTo(a));
});

describe('geoLabels: the largest first, smaller ones where there is room', () => {
  // Five municipalities close together: the weights decide who is named.
  const shapes = [
    { kommunkod: 'a', x: 0, y: 0 },
    { kommunkod: 'b', x: 3, y: 0 },
    { kommunkod: 'c', x: 6, y: 1 },
    { kommunkod: 'd', x: 200, y: 0 },
    { kommunkod: 'e', x: 3, y: 2 },
  ];
  const names: Record<string, string> = { a: 'Alingsås', b: 'Göteborg', c: 'Götene', d: 'Mark', e: 'Essunga' };
  const base = {
    shapes,
    codes: new Set(Object.keys(names)),
    name: (c: string) => names[c],
    pxPerUnit: 1,
    selected: new Set<string>(),
  };
  it.each([
    [{ a: 1, b: 9, c: 2, d: 0, e: 0 }, 'b'],
    [{ a: 9, b: 1, c: 2, d: 0, e: 0 }, 'a'],
  ])('weights %j: %s is named whole, at its centre', (w, first) => {
    const out = geoLabels({ ...base, weight: (c) => w[c as keyof typeof w] });
    const top = out.find((l) => l.code === first)!;
    expect(top).toMatchObject({ text: names[first], x: shapes.find((s) => s.kommunkod === first)!.x, y: 0 });
    expect(out.map((l) => l.code)).toContain('d');
  });
  it('a selected municipality comes before a larger one', () => {
    const out = geoLabels({ ...base, selected: new Set(['e']), weight: (c) => (c === 'b' ? 9 : 0) });
    expect(out[0]).toMatchObject({ code: 'e', text: 'Essunga' });
  });
  it('never overlaps, one size, short forms unique and keyed with their names', () => {
    const many = VG.map((m, i) => ({ kommunkod: m.code, x: (i % 7) * 30, y: Math.floor(i / 7) * 14 }));
    const out = geoLabels({
      shapes: many,
      codes: new Set(VG.map((m) => m.code)),
      selected: new Set(),
      name: (c) => register.name(c),
      weight: (c) => Number(c),
      pxPerUnit: 1,
    });
    expect(new Set(out.map((l) => l.size)).size).toBe(1);
    expect(new Set(out.map((l) => l.text)).size).toBe(out.length);
    for (const l of out) if (l.name) expect(l.text).toMatch(/\.\d?$/);
    const box = (l: (typeof out)[number]) => ({
      x0: l.x - (l.text.length * CHAR_W * l.size) / 2,
      x1: l.x + (l.text.length * CHAR_W * l.size) / 2,
      y0: l.y - l.size * 0.6,
      y1: l.y + l.size * 0.6,
    });
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = box(out[i]);
        const b = box(out[j]);
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    // The heaviest (the largest code here) is always named whole.
    const heaviest = VG.map((m) => m.code)
      .sort()
      .at(-1)!;
    expect(out.find((l) => l.code === heaviest)?.text).toBe(register.name(heaviest));
  });
});
