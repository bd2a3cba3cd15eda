import { roundStatus, type Answer, type Round } from '$lib/domain/collection';
import { rangeEnd, rangeStart } from '$lib/domain/dates';
import type { MapColouring } from '$lib/viz/map/colour';
import { ROUND_COLOURS } from '$lib/viz/colours';
import { NEED_CLASSES, needClasses, type NeedClass, type NeedsInput } from '$lib/domain/needs';

/** Attachment: the element fills the window below its top edge (seen whole without scrolling); narrow screens keep the CSS height. */
export function fillViewport(el: HTMLElement, min = 320, max = 960): () => void {
  const fit = () => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    el.style.height =
      window.innerWidth < 800 ? '' : `${Math.round(Math.max(min, Math.min(max, window.innerHeight - top - 12)))}px`;
  };
  const ro = new ResizeObserver(fit);
  ro.observe(document.body);
  return () => ro.disconnect();
}

/** The keys of the "Insamling: <name>" colouring, in legend order. */
export const ROUND_FILL_KEYS = ['waiting', 'received', 'late', 'notAsked'] as const;
export type RoundFillKey = (typeof ROUND_FILL_KEYS)[number];

export interface RoundFillLabels {
  /** Legend words per class ("Väntar", "Inkommen", …). */
  legend: Record<RoundFillKey, string>;
  /** The words for one municipality ("Inkommen 2016-05-02"); `date` is the answer's, already formatted. */
  received: (date: string) => string;
  late: (date: string) => string;
}

/**
 * "Insamling: <name>" on the map: each municipality waiting, answered, answered after the last answer
 * date, or not asked (not a member of the round's region), with a legend that counts each class; at a
 * date (`datum`), as it stood then. Pure (colours from $lib/viz/colours).
 */
export function roundFill(
  round: Round,
  asked: readonly string[],
  answers: readonly Answer[],
  codes: readonly string[],
  labels: RoundFillLabels,
  fmtDate: (d: string) => string = (d) => d,
  datum = '',
): MapColouring {
  const byCode: MapColouring['byCode'] = new Map();
  const counts = new Map<RoundFillKey, number>();
  // At a chosen date (the slider), an answer received after it was still awaited then.
  const until = datum ? rangeEnd(datum) : '';
  const then = until ? answers.filter((a) => !a.mottagen || rangeStart(a.mottagen) <= until) : answers;
  const status = new Map(roundStatus(round, asked, then).map((s) => [s.kommunkod, s]));
  for (const code of codes) {
    const s = status.get(code);
    const key: RoundFillKey = s ? s.state : 'notAsked';
    const meaning =
      key === 'received'
        ? labels.received(fmtDate(s!.mottagen))
        : key === 'late'
          ? labels.late(fmtDate(s!.mottagen))
          : labels.legend[key];
    byCode.set(code, { key, colour: ROUND_COLOURS[key], meaning: meaning.trim(), pattern: key === 'notAsked' });
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    byCode,
    legend: ROUND_FILL_KEYS.map((key) => ({
      key,
      label: labels.legend[key],
      colour: ROUND_COLOURS[key],
      pattern: key === 'notAsked',
      count: counts.get(key) ?? 0,
    })),
  };
}

/**
 * "Behov och åtgärder" (issue 25): a weak value without a measure is dark vermillion, with a measure
 * light orange striped on white, not weak blue, no value the pale hatch of "no data" — apart in
 * lightness and pattern as well as hue (Okabe–Ito), so they read with colour-vision deficiencies.
 */
export const NEED_COLOURS: Record<NeedClass, string> = {
  weakWithout: '#d55e00',
  weakWith: '#e69f00',
  notWeak: '#0072b2',
  noValue: '#ffffff',
};
/** Classes drawn with a pattern (patternFill of $lib/viz/map/view: `weakWith` striped, `noValue` the "no data" hatch). */
const NEED_PATTERNS: ReadonlySet<NeedClass> = new Set(['weakWith', 'noValue']);

export interface NeedFillLabels {
  legend: Record<NeedClass, string>;
  /** One reading in words: the indicator's name, its value (formatted) or null, the period. */
  reading: (indicator: string, value: string | null, period: string) => string;
  /** The answering measures in words (titles), or none. */
  measures: (titles: string[]) => string;
}

/**
 * The colouring "Behov och åtgärder" for one theme: each municipality of `codes` in one of four
 * classes (needs.ts needClasses), its meaning naming the theme's values and its measures, and a
 * legend counting each class.
 */
export function needFill(
  input: Omit<NeedsInput, 'members'>,
  tema: string,
  codes: readonly string[],
  labels: NeedFillLabels,
  indicatorName: (id: string) => string,
  fmt: (n: number) => string,
): MapColouring {
  const byCode: MapColouring['byCode'] = new Map();
  const counts = new Map<NeedClass, number>();
  for (const cell of needClasses({ ...input, members: codes }, tema)) {
    const words = [
      labels.legend[cell.class],
      ...cell.readings.map((r) =>
        labels.reading(indicatorName(r.indikator), r.value === null ? null : fmt(r.value), r.period),
      ),
      labels.measures(cell.measures.map((m) => m.titel)),
    ];
    const first = cell.readings.find((r) => r.value !== null);
    byCode.set(cell.kommunkod, {
      key: cell.class,
      colour: NEED_COLOURS[cell.class],
      meaning: words.join(' · '),
      pattern: NEED_PATTERNS.has(cell.class),
      value: first?.value ?? undefined,
    });
    counts.set(cell.class, (counts.get(cell.class) ?? 0) + 1);
  }
  return {
    byCode,
    legend: NEED_CLASSES.map((c) => ({
      key: c,
      label: labels.legend[c],
      colour: NEED_COLOURS[c],
      pattern: NEED_PATTERNS.has(c),
      count: counts.get(c) ?? 0,
    })),
  };
}
