import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { aMeasure, aPlan } from './support/records';
import { register } from '$lib/domain/register';
import { kommunblad } from '$lib/domain/kommunblad';
import { overview, regionMembers } from '$lib/domain/stats';
import { watchList } from '$lib/domain/watch';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import { reportDocx, type ReportDoc } from '$lib/io/report-docx';
import { reportDoc } from '../../src/views/rapport/reportDoc';

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
const doc = reportDoc({
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
});

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
