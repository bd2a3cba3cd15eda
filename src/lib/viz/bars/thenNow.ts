/**
 * "What changed between two rounds" as a chart: per municipality two stacked bars of its measures
 * by status, then (the answer's previous version) and now, on one scale. Pure and unit-tested.
 */

/** Measure statuses in a set readable with colour-vision deficiencies (Okabe–Ito), in status order. */
export const MEASURE_STATUS_COLOURS: Record<string, string> = {
  planerad: '#56b4e9',
  pagaende: '#0072b2',
  genomford: '#009e73',
  avbruten: '#999999',
};

export interface StackPart {
  key: string;
  value: number;
  /** Start and width as a share (0–1) of the longest bar of the chart. */
  x: number;
  w: number;
}

export interface ThenNowRow {
  kommunkod: string;
  then: StackPart[];
  now: StackPart[];
  totalThen: number;
  totalNow: number;
}

/**
 * The bars of each row: the counts in `order` (keys outside it after, in name order; zeros left
 * out), stacked from 0, scaled so that the largest total of any bar is 1.
 */
export function thenNowBars(
  rows: readonly { kommunkod: string; then: Record<string, number>; now: Record<string, number> }[],
  order: readonly string[],
): ThenNowRow[] {
  const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...rows.flatMap((r) => [total(r.then), total(r.now)]));
  const stack = (c: Record<string, number>): StackPart[] => {
    const keys = [
      ...order,
      ...Object.keys(c)
        .filter((k) => !order.includes(k))
        .sort(),
    ];
    let at = 0;
    const out: StackPart[] = [];
    for (const key of keys) {
      const value = c[key] ?? 0;
      if (value <= 0) continue;
      out.push({ key, value, x: at / max, w: value / max });
      at += value;
    }
    return out;
  };
  return rows.map((r) => ({
    kommunkod: r.kommunkod,
    then: stack(r.then),
    now: stack(r.now),
    totalThen: total(r.then),
    totalNow: total(r.now),
  }));
}
