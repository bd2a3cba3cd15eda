/**
 * The Word report's pictures, drawn on the page (a worker has no SVG renderer): Jämför's matrix picture
 * (the same `matrixSvg` input as Jämför's "Ladda ner PNG") and any SVG document as PNG bytes.
 */
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { t } from '$lib/i18n';
import { fmtDate } from '$lib/i18n/format';
import { register } from '$lib/domain/register';
import { splitZeroRows, themeMatrix } from '$lib/domain/compare';
import type { Measure, Theme } from '$lib/domain/model';
import { matrixSvg } from '$lib/viz/matrix/svg';
import { matrixParts } from './reportDoc';
import { svgToPng } from '$lib/viz/export';

const name = (c: string) => register.name(c);

/**
 * The municipality × theme matrix as Jämför downloads it (sorted by name, members without measures left
 * out), one SVG document per part of `matrixParts`, numbered in the title when there are several.
 */
export function matrixPictures(r: {
  regionName: string;
  today: string;
  members: string[];
  measures: Measure[];
  themes: Theme[];
}): string[] {
  const tj = t.views.jamfor;
  const matrix = themeMatrix(r.members, r.measures, r.themes, name);
  const shade = scaleSequential(interpolateBlues).domain([0, Math.max(1, matrix.max) * 1.25]);
  const parts = matrixParts(splitZeroRows(matrix, matrix.rows).shown);
  return parts.map((rows, i) =>
    matrixSvg({
      matrix,
      rows,
      rowLabel: name,
      colLabel: (id) => r.themes.find((x) => x.id === id)?.namn ?? id,
      shade: (n) => shade(n),
      title: `${tj.matrix}: ${r.regionName}${parts.length > 1 ? ` (${i + 1}/${parts.length})` : ''}`,
      subtitle: t.views.karta.subtitle(r.regionName, fmtDate(r.today)),
      totalLabel: tj.total,
      lines: [tj.matrixCaption(r.regionName).split('.')[0], t.download.source(r.today)],
    }),
  );
}

/** An SVG document as PNG bytes at its own size (a slide's width is sharp enough on an A4 page). */
export async function pngBytes(svg: string): Promise<Uint8Array> {
  return new Uint8Array(await (await svgToPng(svg, 1)).arrayBuffer());
}

/** The next turn of the event loop: drawing steps are apart, so no one task holds the page long. */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
