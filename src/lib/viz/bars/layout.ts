/** Horizontal bar chart layout: d3-scale computes, the component only draws. Pure and unit-tested. */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  colour: string;
}

export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  bars: (BarDatum & { x: number; y: number; w: number; h: number; textX: number; textY: number })[];
  ticks: { value: number; x: number }[];
}

export function layoutBars(data: BarDatum[], opts: { width: number; labelWidth: number; barHeight?: number; gap?: number }): BarLayout {
  const barHeight = opts.barHeight ?? 22;
  const height = Math.max(1, data.length) * (barHeight + (opts.gap ?? 8)) + 24;
  const max = Math.max(1, ...data.map((d) => d.value));
  const x = scaleLinear().domain([0, max]).nice().range([opts.labelWidth, opts.width - 40]);
  const y = scaleBand()
    .domain(data.map((d) => d.key))
    .range([0, height - 24])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const bars = data.map((d) => {
    const by = y(d.key) ?? 0;
    const w = x(d.value) - x(0);
    return { ...d, x: x(0), y: by, w, h: y.bandwidth(), textX: x(0) + w + 6, textY: by + y.bandwidth() / 2 };
  });
  const ticks = x.ticks(Math.min(5, max)).filter(Number.isInteger).map((v) => ({ value: v, x: x(v) }));
  return { width: opts.width, height, labelWidth: opts.labelWidth, bars, ticks };
}
