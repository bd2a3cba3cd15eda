/**
 * Reported progress (`genomforande`, DATA.md atgarder.csv): per theme, how many of the region's
 * measures have a progress reported and its mean. Pure.
 */
import { orderThemes } from './compare';

export interface ProgressCount {
  /** The theme's id ('' for all measures together). */
  id: string;
  name: string;
  /** The measures (with this theme). */
  total: number;
  /** Those with a progress reported. */
  reported: number;
  /** The mean reported progress, rounded to a whole percentage; null when none is reported. */
  mean: number | null;
}

export interface RegionProgress {
  all: ProgressCount;
  /** Every theme with at least one measure, in theme order (a theme id no theme has is named by its id, last). */
  perTheme: ProgressCount[];
}

interface ProgressMeasure {
  kommunkod: string;
  teman: readonly string[];
  genomforande?: number | null;
}

const reportedOf = (m: ProgressMeasure): number | null =>
  typeof m.genomforande === 'number' && Number.isFinite(m.genomforande) ? m.genomforande : null;

class Sum {
  total = 0;
  reported = 0;
  sum = 0;
  add(v: number | null) {
    this.total++;
    if (v !== null) {
      this.reported++;
      this.sum += v;
    }
  }
  count(id: string, name: string): ProgressCount {
    const mean = this.reported ? Math.round(this.sum / this.reported) : null;
    return { id, name, total: this.total, reported: this.reported, mean };
  }
}

/** The members' measures' reported progress, for all and per theme (a measure counts once per theme it has). */
export function regionProgress(
  members: Iterable<string>,
  measures: readonly ProgressMeasure[],
  themes: readonly { id: string; namn: string }[],
): RegionProgress {
  const inRegion = new Set(members);
  const all = new Sum();
  const byTheme = new Map<string, Sum>();
  for (const m of measures) {
    if (!inRegion.has(m.kommunkod)) continue;
    const v = reportedOf(m);
    all.add(v);
    const teman = m.teman;
    for (let i = 0; i < teman.length; i++) {
      const id = teman[i];
      if (teman.indexOf(id) !== i) continue;
      let s = byTheme.get(id);
      if (!s) byTheme.set(id, (s = new Sum()));
      s.add(v);
    }
  }
  const known = orderThemes(themes).filter((th) => byTheme.has(th.id));
  const unknown = [...byTheme.keys()].filter((id) => !themes.some((th) => th.id === id)).sort();
  return {
    all: all.count('', ''),
    perTheme: [
      ...known.map((th) => byTheme.get(th.id)!.count(th.id, th.namn)),
      ...unknown.map((id) => byTheme.get(id)!.count(id, id)),
    ],
  };
}
