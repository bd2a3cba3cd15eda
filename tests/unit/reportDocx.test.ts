import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { strFromU8, strToU8, unzipSync, zlibSync } from 'fflate';
import { aMeasure, aPlan } from './support/records';
import { register } from '$lib/domain/register';
import { kommunblad } from '$lib/domain/kommunblad';
import { overview, regionMembers } from '$lib/domain/stats';
import { watchList } from '$lib/domain/watch';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import { pictureSize, reportDocx, type ReportDoc } from '$lib/io/report-docx';
import { matrixParts, reportDoc, type ReportInput } from '../../src/views/rapport/reportDoc';

/** Västra Götaland's first eight municipalities, in county order (by code). */
const members = regionMembers('14', register, []).slice(0, 8);
const plans = members
  .slice(0, 5)
  .map((k, i) => aPlan(`p${i}`, { kommunkod: k, status: 'antagen', startdatum: '2016' }));
const measures = members.flatMap((k, i) =>
  Array.from({ length: i + 1 }, (_, j) =>
    aMeasure(`a${i}-${j}`, { kommunkod: k, titel: `Åtgärd ${j}`, teman: [DEFAULT_THEMES[j % 5].id], slut: '2016-06' }),
  ),
);
// One measure ticked as a good example (issue 25): the report lists it under "Goda exempel".
measures[2] = { ...measures[2], titel: 'Skolfam i skolan', gott_exempel: true };
// One measure reports its progress (genomförande): its kommunblad's table has a progress column.
measures[3] = { ...measures[3], genomforande: 40 };
const today = '2017-01-01';
const sheets = members.map((k) =>
  kommunblad({
    kommunkod: k,
    plans,
    measures,
    themes: DEFAULT_THEMES,
    requests: [],
    rounds: [],
    answers: [],
    indicators: [],
    indicatorValues: [],
    countyMembers: new Set(members),
    today,
  }),
);
const input: ReportInput = {
  regionName: 'Testlän',
  today,
  sources: ['Test'],
  members,
  stats: overview({ members, plans, measures, events: [], requests: [], themes: DEFAULT_THEMES, today }),
  watch: watchList({ members, plans, measures, rounds: [], answers: [], today, membersOf: () => [] }),
  sheets,
  measures,
  requests: [],
  themes: DEFAULT_THEMES,
};
const doc = reportDoc(input);

describe('the report as a Word document, read back', async () => {
  const bytes = await reportDocx(doc);
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });

  it('carries the region in its title', () => expect(html).toContain('Rapport: Testlän'));

  it('has a Heading 2 per member, in county order', () => {
    const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1].replace(/<a [^>]*><\/a>/g, ''));
    expect(h2).toEqual(members.map((k) => register.name(k)));
  });

  it('has tables with a header row', () => {
    expect(html).toMatch(/<table>/);
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('has a section "Goda exempel" naming the measure ticked as a good example, with its municipality', () => {
    const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1].replace(/<a [^>]*><\/a>/g, ''));
    expect(h1).toContain('Goda exempel');
    expect(html).toContain(`Skolfam i skolan – ${register.name(measures[2].kommunkod)} · `);
  });

  it("gives progress a column where a member's measures report it, as the kommunblad does", () => {
    /** The measures table in a member's section. */
    const tableOf = (code: string) => {
      const at = html.indexOf(`${register.name(code)}</h2>`);
      return html.slice(html.indexOf('<table>', at), html.indexOf('</table>', at));
    };
    const withProgress = tableOf(measures[3].kommunkod);
    expect(withProgress).toContain('<th><p><strong>Genomförande</strong></p></th>');
    expect(withProgress).toContain('<td><p>40 %</p></td>');
    expect(measures[0].kommunkod).not.toBe(measures[3].kommunkod);
    expect(tableOf(measures[0].kommunkod)).not.toContain('Genomförande');
  });

  it('says in words who has no plan', () => {
    expect(html).toContain(`Saknar plan (3):`);
  });
});

describe('tables written as Word XML', async () => {
  const small: ReportDoc = {
    ...doc,
    blocks: [
      { kind: 'h1', text: 'Tabell' },
      {
        kind: 'table',
        head: ['Namn', 'Värde'],
        rows: [
          ['A & <B> "C"', ''],
          ['Rad\u0007två', '2'],
        ],
        caption: 'Text',
      },
    ],
  };
  const bytes = await reportDocx(small);
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const files = unzipSync(bytes);

  it('keep their text, escaped, with the header row as a header', () => {
    expect(html).toContain(
      '<thead><tr><th><p><strong>Namn</strong></p></th><th><p><strong>Värde</strong></p></th></tr></thead>',
    );
    expect(html).toContain('<td><p>A &amp; &lt;B&gt; "C"</p></td><td></td>');
    // A control character XML does not allow is dropped, the rest kept.
    expect(html).toContain('<td><p>Radtvå</p></td><td><p>2</p></td>');
    expect(strFromU8(files['word/document.xml'])).not.toContain('PLANATLAS-TABLE-');
  });

  it('name the "Table Grid" style, which the document defines with borders', () => {
    expect(strFromU8(files['word/document.xml'])).toContain('<w:tblStyle w:val="TableGrid"/>');
    const styles = strFromU8(files['word/styles.xml']);
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="TableGrid">.*<w:insideH w:val="single"/);
  });
});

/** A valid PNG of `w` × `h` px in one colour (grey level `v`): signature, IHDR, IDAT, IEND with their CRCs. */
function aPng(w: number, h: number, v: number): Uint8Array {
  const crc = (b: Uint8Array) => {
    let c = ~0;
    for (const x of b) {
      c ^= x;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(strToU8(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, w);
  new DataView(ihdr.buffer).setUint32(4, h);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = new Uint8Array(h * (w + 1));
  for (let y = 0; y < h; y++) rows.fill(v, y * (w + 1) + 1, (y + 1) * (w + 1));
  const parts = [
    Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlibSync(rows)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (png.set(p, at), at + p.length), 0);
  return png;
}

describe('the report with the map and the matrix as pictures', async () => {
  const withPictures = reportDoc({ ...input, pictures: { map: aPng(16, 9, 200), matrix: [aPng(4, 8, 100)] } });
  const bytes = await reportDocx(withPictures);
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const images = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);

  it('has both pictures, each with alt text saying what it shows', () => {
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const img of images) expect(img).toMatch(/ alt="[^"]+"/);
    expect(html).toContain(
      'alt="Karta över Testlän med kommunerna färglagda efter planstatus: 5 av 8 kommuner har en plan (',
    );
    expect(html).toContain('alt="Rutnät över Testlän med 8 kommuner i rader och');
  });

  it('stores them as PNG files in the document, with a numbered caption under each', () => {
    const media = Object.keys(unzipSync(bytes)).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(2);
    // Sized to the page's width (602 px), keeping the picture's proportions.
    expect(strFromU8(unzipSync(bytes)['word/document.xml'])).toContain(
      `<wp:extent cx="${602 * 9525}" cy="${338 * 9525}"/>`,
    );
    expect(html).toContain('<p>Figur 1. Karta: Testlän – Planstatus</p>');
    expect(html).toContain('<p>Figur 2. Kommuner och teman: Testlän</p>');
  });

  it('has no pictures when none are given', async () => {
    const plain = await mammoth.convertToHtml({ buffer: Buffer.from(await reportDocx(doc)) });
    expect(plain.value).not.toContain('<img');
  });
});

describe('a picture on the page', () => {
  const png = (w: number, h: number) => {
    const b = new Uint8Array(24);
    new DataView(b.buffer).setUint32(16, w);
    new DataView(b.buffer).setUint32(20, h);
    return b;
  };
  it.each([
    { w: 1920, h: 1080, width: 602, height: 338 },
    { w: 400, h: 100, width: 602, height: 150 },
    { w: 600, h: 4000, width: 128, height: 851 },
  ])('$w × $h px is drawn $width × $height px (page width, at most a page high)', ({ w, h, width, height }) => {
    expect(pictureSize(png(w, h))).toEqual({ width, height });
  });
});

describe('the matrix picture in parts a page high', () => {
  const codes = (n: number) => Array.from({ length: n }, (_, i) => String(i));
  it.each([
    { rows: 0, sizes: [0] },
    { rows: 8, sizes: [8] },
    { rows: 24, sizes: [24] },
    { rows: 25, sizes: [13, 12] },
    { rows: 49, sizes: [17, 17, 15] },
    { rows: 290, sizes: [...Array(12).fill(23), 14] },
  ])('$rows rows are drawn as parts of $sizes', ({ rows, sizes }) => {
    const parts = matrixParts(codes(rows));
    expect(parts.map((p) => p.length)).toEqual(sizes);
    expect(parts.flat()).toEqual(codes(rows));
  });
});

describe('a county matrix drawn in parts', () => {
  const county = regionMembers('14', register, []);
  const ms = county.map((k, i) => aMeasure(`c${i}`, { kommunkod: k, teman: [DEFAULT_THEMES[0].id] }));
  const r = reportDoc({
    ...input,
    regionName: 'Västra Götaland',
    members: county,
    measures: ms,
    sheets: [],
    stats: overview({
      members: county,
      plans: [],
      measures: ms,
      events: [],
      requests: [],
      themes: DEFAULT_THEMES,
      today,
    }),
    pictures: { matrix: [aPng(1, 1, 0), aPng(1, 1, 1), aPng(1, 1, 2)] },
  });
  const pictures = r.blocks.flatMap((b) => (b.kind === 'picture' ? [b] : []));

  it('says in each part’s alt text and caption which municipalities it holds', () => {
    const parts = matrixParts([...county].sort((a, b) => register.name(a).localeCompare(register.name(b), 'sv')));
    expect(pictures.map((p) => p.caption)).toEqual(
      [1, 2, 3].map((i) => `Figur ${i}. Kommuner och teman: Västra Götaland (${i}/3)`),
    );
    pictures.forEach((p, i) => {
      const [first, last] = [parts[i][0], parts[i][parts[i].length - 1]].map((c) => register.name(c));
      expect(p.description).toContain(`Rutnät över Västra Götaland med ${county.length} kommuner i rader`);
      expect(p.description).toContain(`Del ${i + 1} av 3: ${first}–${last}.`);
    });
  });
});
