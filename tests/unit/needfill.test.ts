/** Karta's "Behov och åtgärder" (views/karta/fill.ts needFill): classes, words, legend counts, patterns. */
import { describe, expect, it } from 'vitest';
import { emptyRecord } from '$lib/domain/entities';
import { sv } from '$lib/i18n/sv';
import { legendFor, patternFill } from '$lib/viz/map/view';
import { needFill, NEED_COLOURS } from '../../src/views/karta/fill';

const values = [
  ['1490', 80],
  ['1443', 70],
  ['1466', 40],
].map(([kommunkod, varde]) => ({
  indikator: 'T',
  kommunkod: String(kommunkod),
  period: '2015',
  varde: Number(varde),
  kalla: '',
}));
const measures = [
  {
    ...emptyRecord('measures'),
    id: 'a',
    kommunkod: '1490',
    titel: 'Skolfam',
    teman: ['skola'],
    status: 'planerad' as const,
  },
];
const fill = needFill(
  { measures, indicators: [], values, links: [{ tema: 'skola', indikator: 'T', grans: 50, kommentar: '' }] },
  'skola',
  ['1490', '1443', '1466', '1442'],
  sv.needs.map,
  (id) => `Indikator ${id}`,
  (n) => String(n),
);

describe('needFill', () => {
  it.each([
    ['1490', 'weakWith', 'Svagt värde, åtgärd finns · Indikator T: 80 (2015) · Åtgärder inom temat: Skolfam', true],
    ['1443', 'weakWithout', 'Svagt värde, ingen åtgärd · Indikator T: 70 (2015) · Ingen åtgärd inom temat', false],
    ['1466', 'notWeak', 'Inte svagt · Indikator T: 40 (2015) · Ingen åtgärd inom temat', false],
    ['1442', 'noValue', 'Inget värde · Indikator T: inget värde · Ingen åtgärd inom temat', true],
  ] as const)('%s is %s: "%s"', (code, key, meaning, pattern) => {
    expect(fill.byCode.get(code)).toMatchObject({ key, colour: NEED_COLOURS[key], meaning, pattern });
  });

  it('has a legend entry per class whose counts add up to the members', () => {
    const legend = legendFor(fill, ['1490', '1443', '1466', '1442']);
    expect(legend.map((l) => [l.key, l.label, l.count])).toEqual([
      ['weakWithout', 'Svagt värde, ingen åtgärd', 1],
      ['weakWith', 'Svagt värde, åtgärd finns', 1],
      ['notWeak', 'Inte svagt', 1],
      ['noValue', 'Inget värde', 1],
    ]);
  });

  it('draws the two patterned classes with two different patterns', () => {
    expect(patternFill('weakWith')).toBe('url(#pa-weakwith)');
    expect(patternFill('noValue')).toBe('url(#pa-nodata)');
    expect(new Set(Object.values(NEED_COLOURS)).size).toBe(4);
  });
});
