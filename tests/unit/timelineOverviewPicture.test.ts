import { describe, expect, it } from 'vitest';
import {
  overviewPictureSvg,
  pictureLayout,
  PICTURE_DEFAULTS,
  withMilestoneKey,
} from '$lib/viz/timeline/overviewPicture';
import type { OverviewRow } from '$lib/viz/timeline/overview';
import { svLocale } from '$lib/viz/timeline/locale';

const utc = (s: string) => Date.parse(`${s}T00:00:00Z`);
const row = (code: string, name: string, extra: Partial<OverviewRow> = {}): OverviewRow => ({
  code,
  name,
  planId: '',
  planTitle: '',
  planStatus: '',
  phases: [],
  marks: [],
  quarters: [],
  measures: 0,
  running: 0,
  done: 0,
  overdue: 0,
  ...extra,
});

describe('pictureLayout: the rows in the columns that bring the picture nearest 16:9', () => {
  it.each([
    // rows, columns, rows per column
    [1, 1, 1],
    [12, 1, 12],
    [49, 1, 49],
    [100, 3, 34],
    [290, 5, 58],
  ])('%i rows: %i column(s) of %i', (n, columns, perColumn) => {
    const l = pictureLayout(n);
    expect([l.columns, l.perColumn]).toEqual([columns, perColumn]);
    expect(l.width).toBe(l.columns * l.columnWidth);
    expect(l.height).toBe(22 + perColumn * 14);
  });

  it.each([49, 100, 290])('%i rows: with its caption, wider than tall and no wider than 2.2 : 1', (n) => {
    const l = pictureLayout(n);
    const ratio = (l.width + 40) / (l.height + PICTURE_DEFAULTS.captionHeight);
    expect(ratio).toBeGreaterThan(1.3);
    expect(ratio).toBeLessThan(2.2);
  });
});

describe('overviewPictureSvg', () => {
  const rows = [
    row('1490', 'Borås', {
      overdue: 3,
      phases: [{ phase: 'antagen', start: utc('2017-01-01'), end: utc('2020-01-01') }],
      marks: [{ key: 'antagen', date: '2017-01-01', precision: 'day', at: utc('2017-01-01'), end: utc('2017-01-02') }],
      quarters: [{ start: utc('2018-01-01'), running: 0, done: 0, overdue: 1 }],
    }),
    row('1441', 'Lerum & <Alingsås>'),
    row('1480', 'Göteborg'),
  ];
  const domain: [number, number] = [utc('2015-01-01'), utc('2025-01-01')];

  it('names every row (escaped), its overdue count, the head and the axis years', () => {
    const svg = overviewPictureSvg(rows, domain, '2020-06-01', svLocale, { municipality: 'Kommun' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1700" height="64" /);
    expect(svg).toContain('>Borås</text>');
    expect(svg).toContain('>Lerum &amp; &lt;Alingsås&gt;</text>');
    expect(svg).toContain('>Göteborg</text>');
    expect(svg).toContain('fill="#b00020" text-anchor="end">3</text>');
    expect(svg).toContain('>Kommun</text>');
    expect(svg).toContain('>2016</text>');
    // Band, strip and milestone as on screen.
    expect(svg).toContain('fill="#a9d5b5"');
    expect(svg).toMatch(/<rect [^>]*fill="#b00020"\/>/);
    expect(svg).toContain('d="M0,-4.5L4.5,0L0,4.5L-4.5,0Z"');
  });

  it('in columns: each column has its head and its rows, side by side', () => {
    const layout = { columns: 2, perColumn: 2, width: 800, height: 50, columnWidth: 400 };
    const svg = overviewPictureSvg(rows, domain, '2020-06-01', svLocale, { municipality: 'Kommun' }, layout);
    expect(svg.match(/>Kommun<\/text>/g)).toHaveLength(2);
    expect(svg).toContain('<g transform="translate(400,0)">');
    // Göteborg is the second column's first row.
    const second = svg.slice(svg.indexOf('<g transform="translate(400,0)">'));
    expect(second).toContain('>Göteborg</text>');
    expect(second).not.toContain('>Borås</text>');
  });
});

describe("withMilestoneKey: the milestones' shapes in the legend, after the phases", () => {
  it("inserts one line per milestone before the strip's entries, each with its shape", () => {
    const caption = {
      title: 'T',
      lines: [
        { text: 'Fas: Antagen', colour: '#a9d5b5' },
        { text: 'pågår', colour: '#0072b2', shape: 'bar' as const },
        { text: 'Källa' },
      ],
    };
    const out = withMilestoneKey(caption, 'Milstolpar:', { startdatum: 'Start', antagen: 'Antagen' });
    expect(out.lines.map((l) => l.text)).toEqual([
      'Fas: Antagen',
      'Milstolpar: Start',
      'Milstolpar: Antagen',
      'Milstolpar: uppfoljning',
      'Milstolpar: planerat_klart',
      'pågår',
      'Källa',
    ]);
    expect(out.lines[2]).toMatchObject({ shape: 'path', d: 'M0,-4.5L4.5,0L0,4.5L-4.5,0Z', colour: '#1a1a1a' });
    expect(out.lines[4]).toMatchObject({ shape: 'path', colour: '#ffffff' });
  });
});
