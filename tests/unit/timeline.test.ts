import { describe, expect, it } from 'vitest';
import { OTHER_COLOUR } from '$lib/domain/palette';
import { aMeasure } from './support/records';
import { baseScale, fitDomain, panBy, ticks, viewScale, visibleItems, zoomAt } from '$lib/viz/timeline/axis';
import { buildItems, REGION_LANE, span, type TimelineItem } from '$lib/viz/timeline/items';
import { layoutLanes } from '$lib/viz/timeline/layout';
import type { Measure, Plan, PlanEvent, Theme } from '$lib/domain/model';

const DAY = 86_400_000;
const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);

const measure = (id: string, kommunkod: string, start: string, slut: string, extra: Partial<Measure> = {}): Measure =>
  aMeasure(id, { kommunkod, teman: ['skola'], status: 'pagaende', start, slut, kalla: '', uppdaterad: '', ...extra });
const plan: Plan = {
  id: 'p1',
  kommunkod: '1490',
  titel: 'Plan',
  status: 'antagen',
  startdatum: '2016-03',
  planerat_klart: '2016',
  antagen: '2016-06-15',
  uppfoljning: '',
  ansvarig: '',
  lank: '',
  beskrivning: '',
  kalla: '',
  uppdaterad: '',
};
const event = (id: string, kommunkod: string, region_id: string, datum: string, slutdatum = ''): PlanEvent => ({
  id,
  kommunkod,
  region_id,
  datum,
  slutdatum,
  typ: 'seminarium',
  titel: id,
  beskrivning: '',
  kalla: '',
  uppdaterad: '',
});
const themes: Theme[] = [
  { id: 'skola', namn: 'Skola', farg: '#009e73', beskrivning: '', overordnat: '', nyckelord: [] },
];

describe('span: dates of any precision become the range they cover', () => {
  it.each([
    ['2016-03-15', '', '2016-03-15', '2016-03-16'],
    ['2016-03', '', '2016-03-01', '2016-04-01'],
    ['2016', '', '2016-01-01', '2017-01-01'],
    ['2016-03', '2016', '2016-03-01', '2017-01-01'],
    ['2016-02', '2016-02-10', '2016-02-01', '2016-02-11'],
  ])('%s–%s → [%s, %s)', (from, to, a, b) => expect(span(from, to)).toEqual([utc(a), utc(b)]));
});

describe('buildItems', () => {
  const input = {
    members: ['1490', '1496'],
    plans: [plan],
    measures: [
      measure('a', '1490', '2016-03', '2016-12', { teman: ['skola'] }),
      measure('b', '1490', '', '2015-06'),
      measure('c', '1496', '', ''),
      measure('d', '0180', '2016', '2017'),
      measure('e', '1496', '2016-01-01', '2016-02-01', { status: 'genomford', teman: [] }),
    ],
    events: [
      event('seminar', '', 'sjuharad', '2016-01-21'),
      event('other', '', 'skaraborg', '2016'),
      event('visit', '1496', '', '2015-12-01'),
      event('all', '', '', '2016-05'),
    ],
    themes,
    regionId: 'sjuharad',
    today: '2016-07-01',
  };

  it('turns measures into bars, plan dates into milestones and events into marks; skips undated and foreign records', () => {
    const { items, undated } = buildItems(input);
    expect(undated).toBe(1);
    expect(items.filter((i) => i.kind === 'measure').map((i) => i.recordId)).toEqual(['a', 'b', 'e']);
    expect(items.filter((i) => i.kind === 'milestone').map((i) => i.sub)).toEqual([
      'startdatum',
      'planerat_klart',
      'antagen',
    ]);
    expect(items.filter((i) => i.kind === 'event').map((i) => [i.recordId, i.lane])).toEqual([
      ['seminar', REGION_LANE],
      ['visit', '1496'],
      ['all', REGION_LANE],
    ]);
    const a = items.find((i) => i.recordId === 'a')!;
    expect([a.start, a.end, a.precision, a.colour]).toEqual([utc('2016-03-01'), utc('2017-01-01'), 'month', '#009e73']);
    expect(items.find((i) => i.recordId === 'b')!.overdue).toBe(true);
    // Without a theme: the palette's "Övriga" grey.
    expect(items.find((i) => i.recordId === 'e')!.colour).toBe(OTHER_COLOUR);
  });

  it.each([
    [{ theme: 'skola' }, ['a', 'b']],
    [{ status: 'genomford' }, ['e']],
    [{ status: 'forsenad' }, ['b']],
  ])('filters measures by %j', (filter, ids) => {
    expect(
      buildItems({ ...input, ...filter })
        .items.filter((i) => i.kind === 'measure')
        .map((i) => i.recordId),
    ).toEqual(ids);
  });
});

describe('layoutLanes', () => {
  const bar = (id: string, lane: string, a: string, b: string): TimelineItem => ({
    id,
    recordId: id,
    lane,
    kind: 'measure',
    start: utc(a),
    end: utc(b),
    precision: 'day',
    from: a,
    to: b,
    label: id,
    colour: '',
    themes: [],
    sub: '',
    overdue: false,
    progress: null,
    row: 0,
    next: Infinity,

    prev: -Infinity,
  });
  it('stacks overlapping bars in rows and keeps empty lanes', () => {
    const items = [
      bar('x', 'A', '2016-01-01', '2016-06-01'),
      bar('y', 'A', '2016-03-01', '2016-04-01'),
      bar('z', 'A', '2016-06-01', '2016-07-01'),
      bar('w', 'B', '2016-01-01', '2016-02-01'),
    ];
    const { lanes, height } = layoutLanes(
      items,
      [
        { id: 'A', label: 'A' },
        { id: 'B', label: 'B' },
        { id: 'C', label: 'C' },
      ],
      { rowHeight: 10, markRow: 20, gap: 5 },
    );
    expect(items.map((i) => [i.id, i.row])).toEqual([
      ['x', 0],
      ['y', 1],
      ['z', 0],
      ['w', 0],
    ]);
    expect(lanes.map((l) => [l.id, l.top, l.height, l.rows])).toEqual([
      ['A', 0, 45, 2],
      ['B', 45, 35, 1],
      ['C', 80, 35, 1],
    ]);
    expect(height).toBe(115);
  });
});

describe('axis and zoom', () => {
  const domain: [number, number] = [utc('2015-01-01'), utc('2018-01-01')];
  const base = baseScale(domain, 1000);

  it('zooming keeps the date under the pointer in place', () => {
    const v = zoomAt({ k: 1, x: 0 }, 4, 500);
    const s = viewScale(base, v);
    expect(Math.round(s(base.invert(500)))).toBe(500);
    expect(v.k).toBe(4);
    expect(zoomAt({ k: 1, x: 0 }, 1e9, 0).k).toBe(2000);
    expect(panBy(v, 30)).toEqual({ k: 4, x: v.x + 30 });
  });

  it.each([
    [0.5, /^\d{4}$/, 'years'],
    [8, /^(jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)( \d{4})?$/, 'months'],
    [200, /^\d{1,2} (jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)|^[a-zä]+ \d{4}$/, 'days'],
  ])('at zoom %i the labels are %s (%s), never closer than 40 px', (k, pattern) => {
    const s = viewScale(base, { k, x: 0 });
    const ts = ticks(s, 1000);
    expect(ts.length).toBeGreaterThan(1);
    for (const tk of ts) expect(tk.label).toMatch(pattern);
    for (let i = 1; i < ts.length; i++) expect(ts[i].x - ts[i - 1].x).toBeGreaterThanOrEqual(40);
  });

  it('January is labelled with its year at month level', () => {
    const ts = ticks(viewScale(base, { k: 8, x: 0 }), 1000);
    expect(ts.find((tk) => tk.label.startsWith('jan'))!.label).toBe('jan 2015');
    expect(ts.find((tk) => tk.label.startsWith('jan'))!.major).toBe(true);
  });

  it('leaves room for the widest label: no two labels overlap at any zoom or width', () => {
    for (const w of [420, 700, 1000])
      for (const k of [0.5, 1, 2, 3, 5, 8, 13, 40, 200]) {
        const ts = ticks(viewScale(baseScale([utc('2015-11-01'), utc('2017-02-01')], w), { k, x: 0 }), w);
        for (let i = 1; i < ts.length; i++)
          expect(ts[i].x - ts[i - 1].x, `${w}px, k=${k}`).toBeGreaterThanOrEqual(ts[i - 1].label.length * 7 + 3);
      }
  });

  it('speaks English when asked, and never cuts a label at the right edge', async () => {
    const { enLocale } = await import('$lib/viz/timeline/locale');
    const ts = ticks(viewScale(base, { k: 8, x: 0 }), 1000, enLocale);
    expect(ts.find((tk) => tk.label.startsWith('Jan'))!.label).toBe('Jan 2015');
    expect(ts.some((tk) => /^(Mar|May|Jun|Oct)$/.test(tk.label))).toBe(true);
    for (const w of [333, 517, 1000])
      for (const tk of ticks(viewScale(base, { k: 3, x: -40 }), w))
        expect(tk.x + 3 + tk.label.length * 7).toBeLessThanOrEqual(w);
  });

  it('culls items outside the view', () => {
    const items = [0, 1, 2].map((i) => ({
      id: `${i}`,
      start: utc(`${2015 + i}-01-01`),
      end: utc(`${2015 + i}-02-01`),
    })) as TimelineItem[];
    const s = viewScale(base, { k: 3.5, x: 0 });
    expect(visibleItems(items, s, 1000, 0).map((i) => i.id)).toEqual(['0']);
  });

  it('fits the domain to the items, reaching today only when it is near', () => {
    const items = [{ start: utc('2016-01-01'), end: utc('2016-12-31') }] as TimelineItem[];
    const [a, b] = fitDomain(items, utc('2026-01-01'));
    expect(a).toBeLessThan(utc('2016-01-01'));
    expect(b).toBeLessThan(utc('2017-06-01'));
    expect(fitDomain(items, utc('2017-02-01'))[1]).toBeGreaterThan(utc('2017-02-01'));
    expect(fitDomain([], utc('2026-01-01'))[1] - fitDomain([], utc('2026-01-01'))[0]).toBe(5 * 365 * DAY);
  });
});

describe('TimelineZoom (the zoom the timeline uses)', () => {
  const at = (v: { k: number; x: number }, cx: number) => (cx - v.x) / v.k; // base-scale px under plot x cx
  it('wheel zoom keeps the date under the pointer', async () => {
    const { TimelineZoom } = await import('$lib/viz/timeline/controller');
    const z = new TimelineZoom();
    const before = at(z.view, 300);
    for (let i = 0; i < 7; i++) z.wheel(-100, 300);
    expect(z.view.k).toBeGreaterThan(2);
    expect(at(z.view, 300)).toBeCloseTo(before, 6);
    z.wheel(100, 120);
    expect(at(z.view, 120)).toBeCloseTo(at({ k: z.view.k, x: z.view.x }, 120), 6);
  });
  it('drag pans, a pinch zooms around the midpoint, keys zoom at the anchor and reset', async () => {
    const { TimelineZoom } = await import('$lib/viz/timeline/controller');
    const z = new TimelineZoom();
    z.down(1, 100);
    z.move(1, 140);
    expect(z.view).toEqual({ k: 1, x: 40 });
    z.down(2, 300);
    z.move(2, 460); // spread 160 → 320: twice as wide, around the new midpoint (300)
    expect(z.view.k).toBeCloseTo(2, 6);
    expect(at(z.view, 300)).toBeCloseTo(at({ k: 1, x: 40 }, 300), 6);
    z.up(1);
    z.up(2);
    expect(z.dragging).toBe(false);
    const anchor = at(z.view, 50);
    z.key('+', false, 800, 50);
    expect(at(z.view, 50)).toBeCloseTo(anchor, 6);
    expect(z.key('x', false, 800)).toBeNull();
    expect(z.key('0', false, 800)).toEqual({ k: 1, x: 0 });
    expect(z.key('ArrowLeft', true, 800)).toEqual({ k: 1, x: 400 });
  });
  it.each([
    [-100, 0, false, 2 ** 0.2],
    [100, 0, false, 2 ** -0.2],
    [-3, 1, false, 2 ** 0.15],
    [-10, 0, true, 2 ** 0.2],
  ])('wheelFactor(%d, mode %d, ctrl %s) = %f', async (dy, mode, ctrl, f) => {
    const { wheelFactor } = await import('$lib/viz/timeline/controller');
    expect(wheelFactor(dy, mode, ctrl)).toBeCloseTo(f, 6);
  });
});

describe('barText', () => {
  it.each([
    ['Skolfam', 0, 100, 500, { text: 'Skolfam', x: 4, inside: true }],
    ['Skolfam', 0, 20, 500, { text: 'Skolfam', x: 24, inside: false }],
    ['Skolfam', 0, 20, 40, null],
    ['Ny organisation med horisontell samverkan', 0, 80, 100, { text: 'Ny organis…', x: 4, inside: true }],
    ['Skolfam', -50, 100, 500, { text: 'Skolfam', x: 4, inside: true }],
    ['Skolfam', 300, 320, 330, { text: 'Skolfam', x: 296, inside: false, end: true }],
  ])('%s over %d–%d (limit %d)', async (label, x0, x1, limit, out) => {
    const { barText } = await import('$lib/viz/timeline/controller');
    expect(barText(label, x0, x1, limit)).toEqual(out);
  });
});

describe('group events and undated measures', () => {
  const groups = [
    { id: 'sjuharad', name: 'Sjuhärad', members: ['1490', '1496'] },
    { id: 'skaraborg', name: 'Skaraborg', members: ['1496', '1497'] },
  ];
  const base = {
    plans: [],
    themes,
    today: '2016-07-01',
    groups,
    measures: [measure('u', '1490', '', ''), measure('v', '1496', '', '')],
    events: [event('seminar', '', 'sjuharad', '2016-01-21'), event('jour', '', 'skaraborg', '2010')],
  };
  it("shows a group's events in a lane named after it when all its members are chosen (a county containing them)", () => {
    const b = buildItems({ ...base, members: ['1490', '1496', '1498'], regionId: '14' });
    expect(b.items.filter((i) => i.kind === 'event').map((i) => [i.recordId, i.lane])).toEqual([
      ['seminar', 'group:sjuharad'],
    ]);
    expect(b.groupLanes).toEqual([{ id: 'group:sjuharad', label: 'Sjuhärad' }]);
  });
  it('keeps the group itself in the region lane and hides groups not wholly chosen', () => {
    const b = buildItems({ ...base, members: ['1490', '1496'], regionId: 'sjuharad' });
    expect(b.items.filter((i) => i.kind === 'event').map((i) => i.lane)).toEqual([REGION_LANE]);
    expect(b.groupLanes).toEqual([]);
    expect(buildItems({ ...base, members: ['1490'], regionId: '' }).items.filter((i) => i.kind === 'event')).toEqual(
      [],
    );
  });
  it('lists undated measures instead of dropping them', () => {
    const b = buildItems({ ...base, members: ['1490', '1496'], regionId: '' });
    expect(b.undated).toBe(2);
    expect(b.undatedMeasures).toEqual([
      { id: 'u', lane: '1490', label: 'Åtgärd u' },
      { id: 'v', lane: '1496', label: 'Åtgärd v' },
    ]);
  });
  it('layoutLanes tells each bar where the next bar of its row starts', () => {
    const { items } = buildItems({
      ...base,
      members: ['1490'],
      regionId: '',
      measures: [measure('a', '1490', '2016-01', '2016-02'), measure('b', '1490', '2016-05', '2016-06')],
    });
    layoutLanes(items, [{ id: '1490', label: 'Borås' }]);
    const [a, b] = items;
    expect(a.row).toBe(b.row);
    expect(a.next).toBe(b.start);
    expect(b.next).toBe(Infinity);
  });
});

describe('textOn', () => {
  it.each([
    ['#ffffff', '#1a1a1a'],
    ['#f0e442', '#1a1a1a'],
    ['#0072b2', '#ffffff'],
    ['#1a1a1a', '#ffffff'],
    ['rgb(1,2,3)', '#1a1a1a'],
  ])('text on %s is %s', async (fill, text) => {
    const { textOn } = await import('$lib/viz/timeline/canvas');
    expect(textOn(fill)).toBe(text);
  });
});
