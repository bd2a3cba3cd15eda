import { describe, expect, it } from 'vitest';
import { aMeasure } from './support/records';
import { matrixSvg } from '$lib/viz/matrix/svg';
import { themeMatrix } from '$lib/domain/compare';
import type { Measure, Theme } from '$lib/domain/model';

const theme = (id: string, namn: string): Theme => ({
  id,
  namn,
  farg: '#000000',
  beskrivning: '',
  overordnat: '',
  nyckelord: [],
});
const measure = (id: string, kommunkod: string, teman: string[]): Measure =>
  aMeasure(id, { kommunkod, titel: id, teman, kalla: '', uppdaterad: '' });

describe('matrixSvg', () => {
  const themes = [theme('skola', 'Skola & <förskola>'), theme('halsa', 'Hälsa')];
  const names: Record<string, string> = { '1490': 'Borås', '1496': 'Skövde' };
  const matrix = themeMatrix(
    ['1490', '1496'],
    [measure('a', '1490', ['skola']), measure('b', '1490', ['skola', 'halsa'])],
    themes,
    (c) => names[c],
  );
  const svg = matrixSvg({
    matrix,
    rows: matrix.rows,
    rowLabel: (c) => names[c],
    colLabel: (id) => themes.find((t) => t.id === id)!.namn,
    shade: () => '#123456',
    title: 'Kommuner och teman: Test',
    totalLabel: 'Totalt',
    lines: ['Källa: Planatlas'],
  });

  it('is a standalone SVG with title, escaped labels, counts, totals and caption lines', () => {
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('>Kommuner och teman: Test</text>');
    expect(svg).toContain('Skola &amp; &lt;förskola&gt;');
    expect(svg).not.toContain('<förskola>');
    expect(svg).toContain('>Borås</text>');
    expect(svg).toContain('>Totalt</text>');
    expect(svg).toContain('>Källa: Planatlas</text>');
    // Borås: 2 in Skola, 1 in Hälsa, total 2; Skövde: nothing (empty cells get no number).
    expect(svg.match(/fill="#123456"/g)).toHaveLength(2);
    expect(svg).toMatch(/font-weight="700"[^>]*>2<\/text>/);
  });

  it('keeps the rotated headers clear of the title and subtitle, with margins', () => {
    const long = matrixSvg({
      matrix,
      rows: matrix.rows,
      rowLabel: (c) => names[c],
      colLabel: () => 'Familjehem, jourhem, HVB och hemmaplanslösningar',
      shade: () => '#123456',
      title: 'T',
      subtitle: 'Sjuhärad, 24 november 2026',
      totalLabel: 'Totalt',
      lines: [],
    });
    expect(long).toContain('>Sjuhärad, 24 november 2026</text>');
    const subtitleY = Number(/y="([\d.]+)" font-size="14"/.exec(long)![1]);
    const headerBottom = Number(/translate\([\d.]+,([\d.]+)\) rotate\(-60\)/.exec(long)![1]);
    const headerTop = headerBottom - 'Familjehem, jourhem, HVB och hemmaplanslösningar'.length * 6.2 * 0.87;
    expect(headerTop).toBeGreaterThan(subtitleY + 4);
    expect(long).toMatch(/<text x="20" y="28"/);
  });
});
