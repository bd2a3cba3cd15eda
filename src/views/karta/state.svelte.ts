/**
 * Karta's reactive state: colouring, layout (tile or geographic), date slider, selection, keyboard and tooltip.
 * The view only wires this to its child components; the pure parts live in $lib/viz/map.
 */
import { enumText, fmtDate, fmtNumber } from '$lib/i18n/format';
import { datasetPalette } from '$lib/viz/palette';
import { highlightColour } from '$lib/domain/palette';
import { t } from '$lib/i18n';
import { live } from '$lib/state/live.svelte';
import { region } from '$lib/state/region.svelte';
import { app } from '$lib/state/app.svelte';
import { register } from '$lib/domain/register';
import { rangeEnd, todayIso } from '$lib/domain/dates';
import { colourMap } from '$lib/viz/map/colour';
import { pathArea } from '$lib/viz/map/labels';
import { compareSv } from '$lib/domain/collate';
import { fitViewBox, tileGeometry } from '$lib/viz/map/tiles';
import { drawingOf, geoView } from '$lib/viz/map/geo';
import { sliderRange } from '$lib/viz/map/slider';
import {
  arrowTarget,
  legendFor,
  mapLabels,
  parseColourBy,
  patternFill,
  planWords,
  tableRows,
  tileRegionOutline,
  tipContent,
  type Arrow,
} from '$lib/viz/map/view';
import { svgDocument } from '$lib/viz/export';
import { currentPlans, regionMembers } from '$lib/domain/stats';
import { needFill, roundFill } from './fill';
import { valueInContext, valuesInContext, type InContext } from '$lib/domain/context';
import { contextGroup, inContextWords, membersLine, withUnit } from '../parts/inContext';
import tilemap from '../../data/tilemap.json';

const tk = t.views.karta;
export const SIZE = 10;
/** Kolada's "Invånare totalt, antal": when imported, the largest municipalities are named first. */
const POPULATION = 'N01951';
const geo = tileGeometry(tilemap.cells, (c) => c.slice(0, 2), SIZE);
const allCodes = register.municipalities.map((m) => m.code);
export const nameOf = (c: string) => register.name(c);

export class KartaState {
  readonly today = todayIso();
  readonly geo = geo;
  /** A colouring and date fixed by the caller (the report's map: plan status, now) instead of the address's. */
  private readonly fixed: { farg: string; datum: string } | undefined;
  constructor(fixed?: { farg: string; datum: string }) {
    this.fixed = fixed;
  }
  /** "Färglägg efter" and the date shown: the address's `farg` and `datum` unless fixed. */
  get farg(): string {
    return this.fixed ? this.fixed.farg : app.farg;
  }
  get datum(): string {
    return this.fixed ? this.fixed.datum : app.datum;
  }

  by = $derived(parseColourBy(this.farg, live.indicatorValues, this.datum));
  /** "farg=insamling:<id>": colour by a collection round (at the slider's date: answers received by then). */
  round = $derived(
    this.farg.startsWith('insamling:') ? live.rounds.find((r) => r.id === this.farg.slice(10)) : undefined,
  );
  /** "farg=behov:<theme>": colour by needs and measures for a theme (issue 25). */
  needTheme = $derived(this.farg.startsWith('behov:') ? this.farg.slice(6) : '');
  byLabel = $derived.by(() => {
    if (this.round) return t.watch.byRound(this.round.namn);
    const by = this.by;
    const themeName = (id: string) => live.themes.find((x) => x.id === id)?.namn ?? id;
    if (this.needTheme) return t.needs.byNeeds(themeName(this.needTheme));
    return by.kind === 'theme'
      ? tk.byTheme(themeName(by.theme))
      : by.kind === 'count'
        ? tk.byCount
        : by.kind === 'indicator'
          ? `${tk.byIndicator(live.indicators.find((i) => i.id === by.indicator)?.namn ?? by.indicator)} (${tk.period(by.period)})`
          : tk.byStatus;
  });
  /** The themes in the dataset's palette: a map coloured by a theme shows it as Tidslinje does (domain/palette.ts). */
  private paletteThemes = $derived.by(() => {
    const palette = datasetPalette(live.themes, live.measures);
    return live.themes.map((th) => ({ ...th, farg: highlightColour(palette, th.id) }));
  });
  colouring = $derived(
    this.round
      ? roundFill(
          this.round,
          regionMembers(this.round.region_id, register, live.regions),
          live.answers,
          allCodes,
          { legend: t.watch.legend, received: t.watch.receivedOn, late: t.watch.lateOn },
          fmtDate,
          this.datum,
        )
      : this.needTheme
        ? needFill(
            {
              measures: live.measures,
              indicators: live.indicators,
              values: live.indicatorValues,
              links: live.themeIndicators,
            },
            this.needTheme,
            allCodes,
            t.needs.map,
            (id) => live.indicators.find((i) => i.id === id)?.namn ?? id,
            (n) => fmtNumber(n),
          )
        : colourMap(this.by, {
            codes: allCodes,
            plans: live.plans,
            measures: live.measures,
            themes: this.paletteThemes,
            indicators: live.indicators,
            values: live.indicatorValues,
            datum: this.datum,
            labels: {
              noPlan: tk.noPlan,
              noData: tk.noData,
              notReported: tk.notReported,
              hasTheme: tk.hasTheme,
              lacksTheme: tk.lacksTheme,
              measures: tk.measures,
              unknown: tk.unknown,
              status: (st) => enumText('planStatus', st),
              number: (n) => fmtNumber(n),
            },
          }),
  );
  inRegion = $derived(region.memberSet);
  legend = $derived(legendFor(this.colouring, region.members));

  // Tile map, or geographic map from imported boundaries (drawn once, when the file was read; a region is a view box on it).
  mode = $state<'tile' | 'geo'>('tile');
  boundaries = $derived(live.boundaries[0]);
  geoL = $derived(this.mode === 'geo' && this.boundaries ? drawingOf(this.boundaries) : null);
  geoV = $derived(this.geoL ? geoView(this.geoL, region.id ? this.inRegion : new Set()) : null);
  shapes = $derived(this.geoL ? this.geoL.shapes : geo.cells);
  regionOutline = $derived(
    !region.id ? '' : this.geoV ? this.geoV.regionOutline : tileRegionOutline(geo.cells, this.inRegion),
  );
  viewBox = $derived<[number, number, number, number]>(
    this.geoV ? this.geoV.viewBox : fitViewBox(geo, this.inRegion, SIZE, !region.id),
  );
  selected = $derived(new Set(app.kommuner));
  source = $derived(this.geoL && this.boundaries ? tk.geoSource(this.boundaries.namn) : tk.source);
  /** Screen px per drawing unit (from the drawing's size): names are placed for it. */
  pxPerUnit = $state(0);
  /** Who is named first on real borders: population ("Invånare totalt", Kolada N01951) when imported, else area. */
  weight = $derived.by(() => {
    const pop = new Map<string, { period: string; v: number }>();
    for (const v of live.indicatorValues) {
      if (v.indikator !== POPULATION || typeof v.varde !== 'number') continue;
      const had = pop.get(v.kommunkod);
      if (!had || had.period < v.period) pop.set(v.kommunkod, { period: v.period, v: v.varde });
    }
    if (pop.size) return (c: string) => pop.get(c)?.v ?? 0;
    const area = new Map(this.shapes.map((s) => [s.kommunkod, pathArea(s.path)]));
    return (c: string) => area.get(c) ?? 0;
  });
  labels = $derived(
    this.pxPerUnit > 0
      ? mapLabels({
          geo: !!this.geoL,
          shapes: this.shapes,
          members: this.inRegion,
          regionChosen: !!region.id,
          selected: this.selected,
          name: nameOf,
          countyName: (c) => register.county(c)?.name ?? c,
          hexSize: SIZE,
          pxPerUnit: this.pxPerUnit,
          weight: this.geoL ? this.weight : undefined,
        })
      : { names: [], counties: [] },
  );
  /** The short forms on the map and the names they stand for, in the order of the names. */
  abbreviations = $derived(
    this.labels.names
      .filter((l) => l.name)
      .map((l) => ({ short: l.text, name: l.name! }))
      .sort((a, b) => compareSv(a.name, b.name)),
  );

  // The date slider: from the first dated record to today.
  range = $derived(
    sliderRange(
      [
        ...live.plans.flatMap((p) => [p.startdatum, p.antagen, p.uppfoljning, p.planerat_klart]),
        ...live.measures.flatMap((m) => [m.start, m.slut]),
        ...live.events.map((e) => e.datum),
      ],
      this.today,
    ),
  );
  dateLabel = $derived(this.datum ? fmtDate(this.datum) : tk.dateNow);
  shownDate = $derived(this.datum ? rangeEnd(this.datum) : this.today);
  slide = (i: number) => {
    app.navigate({ datum: i >= this.range.months.length ? '' : this.range.months[i] });
  };

  // Selection, keyboard, tooltip.
  focusCode = $state('');
  tabStop = $derived(this.focusCode || app.kommuner[0] || region.members[0] || allCodes[0]);
  svgEl: SVGSVGElement | undefined = $state();
  hover = $state<{ code: string; at: { x: number; y: number } } | null>(null);
  toggle = (code: string, add: boolean) => {
    const selected = this.selected;
    const kommuner = add
      ? selected.has(code)
        ? app.kommuner.filter((c) => c !== code)
        : [...app.kommuner, code]
      : selected.has(code) && app.kommuner.length === 1
        ? []
        : [code];
    app.navigate({ kommuner });
  };
  keydown = (e: KeyboardEvent, code: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      return this.toggle(code, e.shiftKey);
    }
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
    e.preventDefault();
    const next = arrowTarget(code, e.key as Arrow, geo, this.geoL, region.id ? this.inRegion : undefined);
    if (!next) return;
    this.focusCode = next;
    queueMicrotask(() => this.svgEl?.querySelector<SVGElement>(`[data-code="${next}"]`)?.focus());
  };
  plansNow = $derived(currentPlans(live.plans));
  planText = (c: string) =>
    planWords(this.plansNow.get(c), this.datum, {
      unknown: tk.unknown,
      noPlan: tk.noPlan,
      status: (s) => enumText('planStatus', s),
    });
  meaning = (c: string) => this.colouring.byCode.get(c)?.meaning ?? '';
  tip = $derived(
    this.hover
      ? tipContent({
          code: this.hover.code,
          name: nameOf(this.hover.code),
          plan: this.plansNow.get(this.hover.code),
          status: this.planText(this.hover.code),
          meaning: this.meaning(this.hover.code),
          colourByStatus: this.by.kind === 'status' && !this.round && !this.needTheme,
          measures: live.measures,
          themes: live.themes,
          datum: this.datum,
          dateLabels: t.views.tidslinje.milestone as never,
          fmtDate,
        })
      : null,
  );

  // Numbers in context for an indicator colouring (issue 25 point 4): the value beside the chosen
  // region's (or the county's) and Sweden's median for the same period, and its rank in the group.
  ctxIndicator = $derived.by(() => {
    const by = this.by;
    if (by.kind !== 'indicator' || this.round || this.needTheme) return undefined;
    const ind = live.indicators.find((i) => i.id === by.indicator);
    return {
      id: by.indicator,
      hogre_ar_battre: ind?.hogre_ar_battre ?? false,
      enhet: ind?.enhet ?? '',
      period: by.period,
    };
  });
  contextOf = (code: string) => {
    const ind = this.ctxIndicator;
    if (!ind) return '';
    const group = contextGroup(code, region);
    const c = valueInContext(
      { indicator: ind, period: ind.period, values: live.indicatorValues, group: group.members },
      code,
    );
    return inContextWords(c, group, ind.enhet);
  };
  tipContext = $derived(this.hover ? this.contextOf(this.hover.code) : '');
  /** Under the legend's ramp: the chosen region's and Sweden's medians, and who the region is. */
  legendContext = $derived.by(() => {
    const ind = this.ctxIndicator;
    if (!ind) return undefined;
    const group = { name: region.name, members: region.members };
    const c = valueInContext(
      { indicator: ind, period: ind.period, values: live.indicatorValues, group: group.members },
      '',
    );
    const num = (v: number | undefined) => (v === undefined ? t.inContext.noValue : withUnit(ind.enhet)(v));
    return {
      medians: [
        ...(region.id ? [t.inContext.group(region.name, num(c.group))] : []),
        t.inContext.sweden(num(c.sweden)),
      ],
      members: region.id ? membersLine(group) : '',
    };
  });
  /** The map table's context columns: per member, the value's rank and the medians. */
  tableContext = $derived.by(() => {
    const ind = this.ctxIndicator;
    if (!ind || !this.showTable) return undefined;
    const codes = region.id ? region.members : allCodes;
    if (region.id) {
      const m = valuesInContext(
        { indicator: ind, period: ind.period, values: live.indicatorValues, group: region.members },
        codes,
      );
      return { group: region.name, byCode: m, unit: ind.enhet };
    }
    // All of Sweden: each municipality is set beside its county (one pass per county).
    const byCounty = new Map<string, string[]>();
    for (const c of codes) byCounty.set(c.slice(0, 2), [...(byCounty.get(c.slice(0, 2)) ?? []), c]);
    const byCode = new Map<string, InContext>();
    for (const list of byCounty.values()) {
      const group = contextGroup(list[0], region).members;
      const values = live.indicatorValues;
      for (const [c, v] of valuesInContext({ indicator: ind, period: ind.period, values, group }, list))
        byCode.set(c, v);
    }
    return { group: t.inContext.county, byCode, unit: ind.enhet };
  });

  showTable = $state(false);
  rows = $derived(
    this.showTable
      ? tableRows(region.id ? region.members : allCodes, live.measures, this.datum, {
          name: nameOf,
          county: (c) => register.county(c.slice(0, 2))?.name ?? '',
          meaning: this.meaning,
          plan: this.planText,
        })
      : [],
  );
  /** The colouring in a file name: "status", "antal", "tema-skola", "indikator-n00945". */
  fileColouring = $derived((this.farg || 'status').replace(/[^a-z0-9]+/gi, '-').toLowerCase());
  /** Where an indicator's values come from (their `kalla`), for the picture's source line. */
  indicatorSource = $derived.by(() => {
    const by = this.by;
    if (by.kind !== 'indicator') return '';
    const out = new Set<string>();
    for (const v of live.indicatorValues)
      if (v.indikator === by.indicator && v.period === by.period && v.kalla) out.add(v.kalla.trim());
    return [...out].sort().join(', ');
  });
  mapSvg = () => {
    if (!this.svgEl) return '';
    const by = this.by;
    const ramp = this.colouring.ramp;
    // The period the data are from: an indicator's period, else the date shown.
    const when = by.kind === 'indicator' ? by.period : this.datum ? this.dateLabel : fmtDate(this.today);
    return svgDocument(this.svgEl, {
      title: `${tk.title}: ${region.name} – ${this.byLabel}`,
      subtitle: by.kind === 'indicator' ? t.printing.periodSubtitle(region.name, when) : tk.subtitle(region.name, when),
      lines: [
        ...(ramp
          ? [
              {
                text: `${tk.rampCaption(ramp.unit, ramp.period)}: ${ramp.ticks.map((x) => x.label).join(' – ')}`,
                ramp: ramp.stops,
              },
            ]
          : []),
        ...this.legend.map((l) => ({
          text: `${ramp && l.key === 'value' ? tk.hasValue : l.label}: ${l.count}`,
          colour: ramp && l.key === 'value' ? undefined : l.pattern ? patternFill(l.key) : l.colour,
        })),
        ...(this.abbreviations.length
          ? [{ text: `${tk.abbreviations}: ${this.abbreviations.map((a) => `${a.short} ${a.name}`).join(', ')}` }]
          : []),
        ...(by.kind === 'indicator' ? [] : [{ text: t.download.date(when) }]),
        { text: this.indicatorSource ? t.printing.source(this.indicatorSource) : t.download.source(this.today) },
        { text: this.source },
      ],
    });
  };
}
