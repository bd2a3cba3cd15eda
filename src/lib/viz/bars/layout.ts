/** Horizontal bar chart layout: d3-scale computes, the component only draws. Pure and unit-tested. */
import { scaleLinear } from 'd3-scale';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  colour: string;
}

export interface BarRow extends BarDatum {
  /** The bar's length as a percentage of the value axis. */
  pct: number;
}

/**
 * An HTML bar chart's numbers: bar lengths and tick positions in percent of the axis, so the browser
 * lays the chart out at any width (no measuring, no forced layout). The axis ends at a nice maximum.
 */
export function barRows(data: BarDatum[], tickCount = 5): { rows: BarRow[]; ticks: { value: number; pct: number }[] } {
  const max = Math.max(1, ...data.map((d) => d.value));
  const x = scaleLinear().domain([0, max]).nice().range([0, 100]);
  const rows = data.map((d) => ({ ...d, pct: Math.max(0, x(d.value)) }));
  const ticks = x
    .ticks(Math.min(tickCount, max))
    .filter(Number.isInteger)
    .map((v) => ({ value: v, pct: x(v) }));
  return { rows, ticks };
}

export interface Segment {
  key: string;
  value: number;
  /** Start and width in percent of the whole; a non-zero value gets at least `minPct` so it stays visible. */
  start: number;
  width: number;
}

/**
 * A stacked bar of parts of a whole (plan statuses of 8 or 290 municipalities): each non-zero part gets
 * at least `minPct` of the width, taken from the largest part, so a single municipality stays visible
 * among 290. Zero parts get zero width. The widths add up to 100 (or 0 for an empty whole).
 */
export function stackSegments(parts: { key: string; value: number }[], minPct = 1.5): Segment[] {
  const total = parts.reduce((n, p) => n + Math.max(0, p.value), 0);
  if (total === 0) return parts.map((p) => ({ key: p.key, value: p.value, start: 0, width: 0 }));
  const widths = parts.map((p) => (p.value > 0 ? Math.max(minPct, (p.value / total) * 100) : 0));
  const excess = widths.reduce((a, b) => a + b, 0) - 100;
  if (excess > 0) {
    const big = widths.indexOf(Math.max(...widths));
    widths[big] -= excess;
  }
  let start = 0;
  return parts.map((p, i) => {
    const seg = { key: p.key, value: p.value, start, width: widths[i] };
    start += widths[i];
    return seg;
  });
}
