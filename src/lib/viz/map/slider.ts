/**
 * The date slider of the map: months from the first dated record to today, year ticks, and the
 * playback that runs through them in about ten seconds. Pure.
 */

export interface SliderRange {
  /** YYYY-MM of each position; the position after the last is "now". */
  months: string[];
  /** Positions of January of each shown year (thinned to at most `maxTicks`; the first month when no January). */
  ticks: { index: number; label: string }[];
}

const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

/**
 * Months from the earliest of `dates` (any precision: YYYY, YYYY-MM, YYYY-MM-DD; '' ignored) to the
 * month of `today`. Without dates: the last five years.
 */
export function sliderRange(dates: Iterable<string>, today: string, maxTicks = 6): SliderRange {
  let first = '';
  for (const d of dates) if (d && /^\d{4}/.test(d) && (!first || d < first)) first = d;
  const endY = +today.slice(0, 4);
  const endM = +today.slice(5, 7);
  let y = first ? +first.slice(0, 4) : endY - 4;
  let m = first && first.length >= 7 ? +first.slice(5, 7) : 1;
  if (y > endY || (y === endY && m > endM)) [y, m] = [endY, endM];
  const months: string[] = [];
  for (; y < endY || (y === endY && m <= endM); m === 12 ? (y++, (m = 1)) : m++) months.push(ym(y, m));
  const jans = months.map((s, i) => ({ s, i })).filter(({ s }) => s.endsWith('-01'));
  const years = jans.length ? jans : [{ s: months[0], i: 0 }];
  const every = Math.max(1, Math.ceil(years.length / maxTicks));
  const ticks = years.filter((_, k) => k % every === 0).map(({ s, i }) => ({ index: i, label: s.slice(0, 4) }));
  return { months, ticks };
}

/** The slider position of a date ('' = now, at the end); a date before the range clamps to its start. */
export function sliderIndex(months: string[], datum: string): number {
  if (!datum) return months.length;
  const key = datum.slice(0, 7);
  const i = months.indexOf(key);
  if (i >= 0) return i;
  return key < (months[0] ?? '') ? 0 : months.length;
}

/** Milliseconds between steps so a run through all positions takes about `totalMs`. */
export function playInterval(positions: number, totalMs = 10_000): number {
  return Math.max(40, Math.round(totalMs / Math.max(1, positions)));
}

/** The next position while playing, or null at the end (playing stops, the slider shows now). */
export function playNext(index: number, length: number): number | null {
  if (index >= length) return 0;
  return index + 1 >= length ? null : index + 1;
}
