/** Time scale, zoom arithmetic, Swedish tick labels and culling for the timeline. Pure. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { TimeLocaleObject } from 'd3-time-format';
import { svLocale } from './locale';
import type { TimelineItem } from './items';

export interface View {
  /** Zoom factor (1 = the whole domain fits the width) and horizontal offset in px, as d3-zoom's transform. */
  k: number;
  x: number;
}

export function baseScale(domain: [number, number], width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([0, width]);
}

/** The scale as zoomed: x' = k·x + tx, like ZoomTransform.rescaleX. */
export function viewScale(base: ScaleTime<number, number>, view: View): ScaleTime<number, number> {
  const [r0, r1] = base.range();
  const d0 = base.invert((r0 - view.x) / view.k);
  const d1 = base.invert((r1 - view.x) / view.k);
  return base.copy().domain([d0, d1]);
}

/** Zoom by `factor` around pixel `cx`, keeping the date under cx in place; k stays within [minK, maxK]. */
export function zoomAt(view: View, factor: number, cx: number, minK = 0.5, maxK = 2000): View {
  const k = Math.min(maxK, Math.max(minK, view.k * factor));
  return { k, x: cx - ((cx - view.x) * k) / view.k };
}

export function panBy(view: View, dx: number): View {
  return { k: view.k, x: view.x + dx };
}

export interface Tick {
  t: number;
  x: number;
  label: string;
  major: boolean;
}

type Level = {
  days: number;
  px: number;
  range: (d0: Date, d1: Date) => Date[];
  label: (d: Date) => string;
  major: (d: Date) => boolean;
};

const jan = (d: Date) => d.getUTCMonth() === 0 && d.getUTCDate() === 1;
const first = (d: Date) => d.getUTCDate() === 1;
const levelCache = new Map<TimeLocaleObject, Level[]>();
function levels(locale: TimeLocaleObject): Level[] {
  const cached = levelCache.get(locale);
  if (cached) return cached;
  const fmtYear = locale.utcFormat('%Y');
  const fmtMonth = locale.utcFormat('%b');
  const fmtMonthYear = locale.utcFormat('%b %Y');
  const fmtDay = locale.utcFormat('%-d %b');
  const out: Level[] = [
    {
      days: 1,
      px: 48,
      range: (a, b) => utcDay.range(a, b),
      label: (d) => (first(d) ? fmtMonthYear(d) : fmtDay(d)),
      major: first,
    },
    {
      days: 7,
      px: 56,
      range: (a, b) => utcDay.filter((d) => d.getUTCDay() === 1).range(a, b),
      label: fmtDay,
      major: (d) => d.getUTCDate() <= 7,
    },
    {
      days: 30.4,
      px: 44,
      range: (a, b) => utcMonth.range(a, b),
      label: (d) => (jan(d) ? fmtMonthYear(d) : fmtMonth(d)),
      major: jan,
    },
    {
      days: 91,
      px: 44,
      range: (a, b) => utcMonth.every(3)!.range(a, b),
      label: (d) => (jan(d) ? fmtMonthYear(d) : fmtMonth(d)),
      major: jan,
    },
    { days: 365.25, px: 40, range: (a, b) => utcYear.range(a, b), label: fmtYear, major: () => true },
    { days: 730.5, px: 40, range: (a, b) => utcYear.every(2)!.range(a, b), label: fmtYear, major: () => true },
    { days: 1826, px: 40, range: (a, b) => utcYear.every(5)!.range(a, b), label: fmtYear, major: () => true },
    { days: 3652, px: 40, range: (a, b) => utcYear.every(10)!.range(a, b), label: fmtYear, major: () => true },
  ];
  levelCache.set(locale, out);
  return out;
}

/**
 * Ticks whose unit adapts to the zoom — days ("15 mars"), weeks, months ("mars", "jan 2016"),
 * quarters, years — choosing the finest unit whose labels do not collide, in the given language.
 * A label that would run past the right edge is left out (the axis is never cut).
 */
export function ticks(
  scale: ScaleTime<number, number>,
  width: number,
  locale: TimeLocaleObject = svLocale,
  charPx = 7,
): Tick[] {
  const [d0, d1] = scale.domain();
  const pxPerDay = width / Math.max(1e-9, (d1.getTime() - d0.getTime()) / 86_400_000);
  const all = levels(locale);
  // The finest level whose ticks are far enough apart for their widest label ("jan 2016").
  for (const level of all) {
    const step = level.days * pxPerDay;
    if (step < level.px) continue;
    const out = level.range(d0, d1).map((d) => ({ t: +d, x: scale(d), label: level.label(d), major: level.major(d) }));
    const widest = out.reduce((m, t) => Math.max(m, t.label.length), 0);
    if (level !== all[all.length - 1] && step < widest * charPx + 8) continue;
    return out.filter((t) => t.x + 3 + t.label.length * charPx <= width);
  }
  return [];
}

/** Items that overlap the visible pixel range (with a margin), so only those are drawn. */
export function visibleItems(
  items: TimelineItem[],
  scale: ScaleTime<number, number>,
  width: number,
  margin = 50,
): TimelineItem[] {
  const t0 = +scale.invert(-margin);
  const t1 = +scale.invert(width + margin);
  return items.filter((i) => i.end >= t0 && i.start <= t1);
}

/**
 * The domain that shows every item with a little air (today too when it is near), or the last five
 * years around today when there is nothing.
 */
export function fitDomain(items: TimelineItem[], today: number): [number, number] {
  if (!items.length) return [today - 4 * 365 * 86_400_000, today + 365 * 86_400_000];
  let a = items.reduce((m, i) => Math.min(m, i.start), Infinity);
  let b = items.reduce((m, i) => Math.max(m, i.end), -Infinity);
  const near = (b - a) * 0.25 + 90 * 86_400_000;
  if (today > b && today - b < near) b = today;
  if (today < a && a - today < near) a = today;
  const pad = Math.max(30 * 86_400_000, (b - a) * 0.04);
  a -= pad;
  b += pad;
  return [a, b];
}
