import { describe, expect, it } from 'vitest';
import { labelMarks, placeMarkLabels, withMarkKey, type MarkInput, type MarkLabel } from '$lib/viz/timeline/marklabels';
import type { TimelineItem } from '$lib/viz/timeline/items';

/** A point mark (a diamond 16 px wide) centred at `cx` in `row` of lane `lane`. */
const point = (id: string, cx: number, text: string, row: 0 | 1 = 0, lane = 'a'): MarkInput => ({
  id,
  lane,
  row,
  x0: cx - 8,
  x1: cx + 8,
  cx,
  text,
});
const range = (id: string, x0: number, x1: number, text: string, row: 0 | 1 = 0): MarkInput => ({
  id,
  lane: 'a',
  row,
  x0,
  x1,
  cx: (x0 + x1) / 2,
  text,
  range: true,
});
// 6.4 px a character: "Antagen" is 44.8 px, "Start" 32 px.
type Want = Pick<MarkLabel, 'how' | 'text' | 'row' | 'end'> & { key?: number };
const pick = (l: MarkLabel): Want => ({
  how: l.how,
  text: l.text,
  row: l.row,
  end: l.end,
  ...(l.key ? { key: l.key } : {}),
});

describe('placeMarkLabels: every mark is labelled or keyed', () => {
  it.each<[string, MarkInput[], number, Record<string, Want>]>([
    [
      'a lone mark: right of it',
      [point('m', 100, 'Antagen')],
      600,
      { m: { how: 'beside', text: 'Antagen', row: 0, end: false } },
    ],
    [
      'at the right edge: left of it',
      [point('m', 580, 'Antagen')],
      600,
      { m: { how: 'beside', text: 'Antagen', row: 0, end: true } },
    ],
    [
      'two marks far apart: both right',
      [point('a', 100, 'Start'), point('b', 300, 'Antagen')],
      600,
      {
        a: { how: 'beside', text: 'Start', row: 0, end: false },
        b: { how: 'beside', text: 'Antagen', row: 0, end: false },
      },
    ],
    [
      // Start at 100 takes 109–145 right of it, before Antagen's diamond at 151–169.
      'the first right, the next right of its own mark',
      [point('a', 100, 'Start'), point('b', 160, 'Antagen')],
      600,
      {
        a: { how: 'beside', text: 'Start', row: 0, end: false },
        b: { how: 'beside', text: 'Antagen', row: 0, end: false },
      },
    ],
    [
      // Start's label right of it would run into Antagen's diamond: it goes left instead.
      'crowded on the right: left of the mark',
      [point('a', 100, 'Start'), point('b', 130, 'Antagen')],
      600,
      {
        a: { how: 'beside', text: 'Start', row: 0, end: true },
        b: { how: 'beside', text: 'Antagen', row: 0, end: false },
      },
    ],
    [
      // Three marks 20 px apart: the middle one has no room in its row and takes the other row.
      'crowded on both sides: the other row with a leader line',
      [point('a', 100, 'Start'), point('b', 120, 'Antagen'), point('c', 140, 'Uppföljning')],
      600,
      {
        a: { how: 'beside', text: 'Start', row: 0, end: true },
        b: { how: 'other', text: 'Antagen', row: 1, end: false },
        c: { how: 'beside', text: 'Uppföljning', row: 0, end: false },
      },
    ],
    [
      // A lower-row mark whose row is crowded goes up.
      'a month mark goes to the upper row',
      [point('a', 100, 'Start', 1), point('b', 120, 'Planerat klart', 1), point('c', 140, 'Antagen', 1)],
      600,
      {
        a: { how: 'beside', text: 'Start', row: 1, end: true },
        b: { how: 'other', text: 'Planerat klart', row: 0, end: false },
        c: { how: 'beside', text: 'Antagen', row: 1, end: false },
      },
    ],
    [
      // Planerat klart (90 px) at the plot's left edge, Antagen 60 px on and a mark under it in the other
      // row: neither right, left nor the other row has room; "Plane…" fits before Antagen's diamond.
      'no room for the name anywhere: shortened',
      [point('a', 90, 'Planerat klart'), point('b', 150, 'Antagen'), point('c', 90, 'Besök i Borås', 1)],
      600,
      {
        a: { how: 'short', text: 'Plane…', row: 0, end: false },
        b: { how: 'beside', text: 'Antagen', row: 0, end: false },
        c: { how: 'beside', text: 'Besök i Borås', row: 1, end: false },
      },
    ],
    [
      // Two events on the same day: the second's long name goes shortened into the row below, with a leader.
      'the same day twice: the second shortened in the other row',
      [point('a', 100, 'Besök i Umeå'), point('b', 100, 'Seminarium: Dialogeftermiddag om framtiden')],
      250,
      {
        a: { how: 'beside', text: 'Besök i Umeå', row: 0, end: false },
        b: { how: 'short', text: 'Seminarium: Dialogeft…', row: 1, end: false },
      },
    ],
    [
      // Diamonds side by side in both rows: the first ones' numbers fit left of them; the middle one's
      // number has no free place and lies beside it anyway (still a number the key explains).
      'no room even for a shortened name: a number for the key',
      [
        point('a', 20, 'Antagen'),
        point('b', 36, 'Antagen'),
        point('c', 52, 'Antagen'),
        point('x', 20, 'Antagen', 1),
        point('y', 36, 'Antagen', 1),
        point('z', 52, 'Antagen', 1),
      ],
      200,
      {
        a: { how: 'key', text: '1', row: 0, end: true, key: 1 },
        x: { how: 'key', text: '2', row: 1, end: true, key: 2 },
        b: { how: 'key', text: '3', row: 0, end: false, key: 3 },
        c: { how: 'beside', text: 'Antagen', row: 0, end: false },
      },
    ],
    [
      'a range wide enough holds its name inside',
      [range('r', 100, 300, 'Seminarium')],
      600,
      { r: { how: 'inside', text: 'Seminarium', row: 0, end: false } },
    ],
    [
      'a narrow range: beside it',
      [range('r', 100, 120, 'Seminarium')],
      600,
      { r: { how: 'beside', text: 'Seminarium', row: 0, end: false } },
    ],
    [
      // Lanes do not share rows: the same x in two lanes is labelled the same in both.
      'lanes are independent',
      [point('a', 100, 'Antagen', 0, 'x'), point('b', 100, 'Antagen', 0, 'y')],
      600,
      {
        a: { how: 'beside', text: 'Antagen', row: 0, end: false },
        b: { how: 'beside', text: 'Antagen', row: 0, end: false },
      },
    ],
  ])('%s', (_name, marks, width, want) => {
    const { labels } = placeMarkLabels(marks, width);
    for (const [id, w] of Object.entries(want)) expect(pick(labels.get(id)!), id).toEqual(w);
  });

  it('labels no mark twice and leaves none out; keyed marks are numbered 1, 2, … in lane and x order', () => {
    // 60 marks of two lanes 6 px apart in a 300 px plot: most cannot be named.
    const marks = Array.from({ length: 60 }, (_, i) =>
      point(
        `m${i}`,
        10 + (i % 30) * 6,
        ['Start', 'Antagen', 'Uppföljning'][i % 3],
        (i % 2) as 0 | 1,
        i < 30 ? 'x' : 'y',
      ),
    );
    const { labels, keyed } = placeMarkLabels(marks, 300);
    expect(labels.size).toBe(60);
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.map((id) => labels.get(id)!.key)).toEqual(keyed.map((_, i) => i + 1));
    expect(keyed.map((id) => labels.get(id)!.text)).toEqual(keyed.map((_, i) => String(i + 1)));
    // Keys go lane by lane, left to right.
    const order = keyed.map((id) => marks.find((m) => m.id === id)!);
    for (let i = 1; i < order.length; i++)
      expect(
        order[i].lane > order[i - 1].lane || (order[i].lane === order[i - 1].lane && order[i].cx >= order[i - 1].cx),
      ).toBe(true);
  });

  it('placed names never overlap each other or a mark of their row', () => {
    const marks = [10, 40, 55, 70, 120, 128, 136, 200, 260].flatMap((cx, i) => [
      point(`u${i}`, cx, ['Start', 'Antagen', 'Uppföljning', 'Planerat klart'][i % 4], 0),
      point(`l${i}`, cx + 9, ['Besök i Borås', 'Seminarium'][i % 2], 1),
    ]);
    const { labels } = placeMarkLabels(marks, 300);
    const boxes = [...labels.values()]
      .filter((l) => l.how !== 'inside')
      .map((l) => {
        const w = l.text.length * 6.4;
        return { row: l.row, a: l.end ? l.x - w : l.x, b: l.end ? l.x : l.x + w, forced: l.how === 'key' };
      });
    const glyphs = marks.map((m) => ({ row: m.row, a: m.x0, b: m.x1 }));
    for (const [i, p] of boxes.entries()) {
      if (p.forced) continue;
      expect(p.a).toBeGreaterThanOrEqual(0);
      expect(p.b).toBeLessThanOrEqual(300);
      for (const q of boxes.slice(i + 1))
        if (q.row === p.row) expect(p.b <= q.a || q.b <= p.a, 'labels overlap').toBe(true);
      for (const g of glyphs) if (g.row === p.row) expect(p.b <= g.a || g.b <= p.a, 'a label covers a mark').toBe(true);
    }
  });
});

describe('labelMarks and withMarkKey: what the drawing and its download show', () => {
  const item = (id: string, kind: TimelineItem['kind'], start: number, sub = '', label = id): TimelineItem => ({
    id,
    recordId: id,
    lane: '1490',
    kind,
    start,
    end: start + 1,
    precision: 'day',
    from: '',
    to: '',
    label,
    colour: '#000',
    themes: [],
    sub,
    overdue: false,
    progress: null,
    row: 0,
    next: Infinity,
    prev: -Infinity,
  });
  const scale = (ms: number) => ms;

  it('a milestone is named by its field, an event by its title; measures get no mark label', () => {
    const { labels } = labelMarks(
      [
        item('m', 'milestone', 100, 'antagen', 'Plan för handling'),
        item('e', 'event', 400, '', 'Besök'),
        item('a', 'measure', 100),
      ],
      scale,
      600,
      { antagen: 'Antagen' },
    );
    expect([...labels.keys()].sort()).toEqual(['e', 'm']);
    expect(labels.get('m')!.text).toBe('Antagen');
    expect(labels.get('e')!.text).toBe('Besök');
  });

  it.each([
    ['no keyed marks: the caption as it was', 0, 2],
    ['keyed marks: a heading and one line each after the legend', 2, 5],
  ])('%s', (_name, n, lines) => {
    const caption = { title: 'T', lines: [{ text: 'Åtgärd' }, { text: 'Källa' }] };
    const keyed = Array.from({ length: n }, (_, i) => ({ n: i + 1, it: item(`k${i}`, 'milestone', i) }));
    const out = withMarkKey(caption, 'Numrerade', keyed, (it) => `Antagen: ${it.id}`);
    expect(out.lines).toHaveLength(lines);
    if (n) expect(out.lines.slice(2).map((l) => l.text)).toEqual(['Numrerade', '1 Antagen: k0', '2 Antagen: k1']);
    else expect(out).toBe(caption);
  });
});
