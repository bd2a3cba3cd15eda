/** The municipality × theme matrix drawn as a standalone SVG document (for download). Pure string building. */
import type { Matrix } from '$lib/domain/compare';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface MatrixSvgInput {
  matrix: Matrix;
  rows: string[];
  rowLabel: (code: string) => string;
  colLabel: (theme: string) => string;
  shade: (n: number) => string;
  title: string;
  /** Under the title: region and date. */
  subtitle?: string;
  totalLabel: string;
  lines: string[];
}

export function matrixSvg(input: MatrixSvgInput): string {
  const { matrix, rows } = input;
  const cell = 34;
  const margin = 20;
  const left = margin + 160;
  // Headers are rotated 60°: their height is their length × sin 60°, so the title never meets them.
  const longest = Math.max(input.totalLabel.length, ...matrix.cols.map((id) => input.colLabel(id).length));
  const head = Math.ceil(longest * 6.2 * 0.87) + 14;
  const top = margin + (input.subtitle ? 50 : 30);
  const w = Math.max(left + (matrix.cols.length + 1) * cell + longest * 3.2, 420) + margin;
  const h = top + head + rows.length * cell + (input.lines.length + 1) * 18 + margin;
  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${w}" height="${h}" fill="#ffffff"/>`);
  parts.push(
    `<text x="${margin}" y="${margin + 8}" font-size="18" font-weight="700" fill="#1a1a1a">${esc(input.title)}</text>`,
  );
  if (input.subtitle)
    parts.push(`<text x="${margin}" y="${margin + 30}" font-size="14" fill="#444444">${esc(input.subtitle)}</text>`);
  matrix.cols.forEach((id, i) => {
    const x = left + i * cell + cell / 2;
    parts.push(
      `<text transform="translate(${x + 4},${top + head - 6}) rotate(-60)" font-size="11" fill="#1a1a1a">${esc(input.colLabel(id))}</text>`,
    );
  });
  parts.push(
    `<text transform="translate(${left + matrix.cols.length * cell + cell / 2 + 4},${top + head - 6}) rotate(-60)" font-size="11" font-weight="700" fill="#1a1a1a">${esc(input.totalLabel)}</text>`,
  );
  rows.forEach((code, r) => {
    const y = top + head + r * cell;
    parts.push(
      `<text x="${left - 8}" y="${y + cell / 2 + 4}" text-anchor="end" font-size="12" fill="#1a1a1a">${esc(input.rowLabel(code))}</text>`,
    );
    matrix.cols.forEach((id, i) => {
      const n = matrix.count(code, id);
      const x = left + i * cell;
      parts.push(
        `<rect x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill="${n ? input.shade(n) : '#f4f6f8'}"/>`,
      );
      if (n)
        parts.push(
          `<text x="${x + cell / 2 - 1}" y="${y + cell / 2 + 4}" text-anchor="middle" font-size="12" font-weight="700" fill="${n / Math.max(1, matrix.max) > 0.55 ? '#ffffff' : '#1a1a1a'}">${n}</text>`,
        );
    });
    parts.push(
      `<text x="${left + matrix.cols.length * cell + cell / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" font-size="12" font-weight="700" fill="#1a1a1a">${matrix.rowTotal(code)}</text>`,
    );
  });
  input.lines.forEach((line, i) => {
    parts.push(
      `<text x="${margin}" y="${top + head + rows.length * cell + 18 * (i + 1)}" font-size="12" fill="#1a1a1a">${esc(line)}</text>`,
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif">${parts.join('')}</svg>\n`;
}
