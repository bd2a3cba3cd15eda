/**
 * Tidslinje's controller, headless: the lanes, items, domain, key and words of the timeline from the
 * inputs it is handed (the data, the chosen region and the URL's parameters), and the changes it asks
 * for through `navigate`. It imports no app state (only the published file's flag): the view passes
 * `live`, `region` and `app` in, and a test passes plain records.
 */
import { memoLast } from '$lib/viz/timeline/memo';
import { buildItems as build, REGION_LANE, type TimelineItem } from '$lib/viz/timeline/items';
import { layoutLanes as lay } from '$lib/viz/timeline/layout';
import { fitDomain as fit } from '$lib/viz/timeline/axis';
import {
  overviewDomain,
  overviewRows,
  OVERVIEW_ABOVE,
  PHASE_COLOURS,
  PHASES,
  QUARTER_COLOURS,
  type OverviewRow,
  type OverviewSort,
} from '$lib/viz/timeline/overview';
import { hiddenLaneCount, orderLanes as order, themeKeyFor as key, undatedGroups } from '$lib/viz/timeline/view';
import type { Caption } from '$lib/viz/export';
import { datasetPalette } from '$lib/viz/palette';
import { register } from '$lib/domain/register';
import { regionMembers, regionName } from '$lib/domain/stats';
import { todayIso } from '$lib/domain/dates';
import type { Measure, Plan, PlanEvent, Region, Theme } from '$lib/domain/model';
import type { UrlState } from '$lib/state/url';
import { published } from '$lib/state/published';
import { enumText, fmtDate } from '$lib/i18n/format';
import { t } from '$lib/i18n';

// Kept across visits: what reads every item is computed once per change of the data or the filters.
const buildItems = memoLast(build);
// Of the items: they are compared by identity (buildItems gives the same array while nothing changed).
const layoutLanes = memoLast(lay, 2);
const orderLanes = memoLast(order, 2);
const fitDomain = memoLast(fit, 2);
const themeKeyFor = memoLast(key, 3);
const rowsOf = memoLast(overviewRows);
const rowsDomain = memoLast(overviewDomain, 2);
/** The municipalities with a plan, a measure or an event: one pass over the records per data change. */
const codesWithRecords = memoLast((...lists: { kommunkod: string }[][]) => {
  const seen = new Set<string>();
  for (const list of lists) for (const r of list) if (r.kommunkod) seen.add(r.kommunkod);
  return seen;
}, 1);
/** A municipality's name (one function, so that orderLanes' memo sees the same arguments). */
const nameOf = (code: string) => register.name(code);

/**
 * What the timeline is drawn from. The view hands over the app's reactive objects (`live`, `region`,
 * `app`): each derived value reads only the fields it uses, so it is recomputed only when they change.
 */
export interface TidslinjeInput {
  /** The records; `regions` are the stored groups (custom regions). */
  data: { plans: Plan[]; measures: Measure[]; events: PlanEvent[]; themes: Theme[]; regions: Region[] };
  /** The chosen region: its id ('' = Sweden), name and members. */
  region: { id: string; name: string; members: string[]; memberSet: ReadonlySet<string> };
  /** The URL's parameters the timeline reads. */
  url: Pick<UrlState, 'kommuner' | 'tema' | 'datum' | 'visning' | 'markera'>;
}

const tt = t.views.tidslinje;
/** Overview rows drawn per task (a 768 px screen shows about 49: the first three slices). */
const ROW_SLICE = 20;

export class TidslinjeState {
  readonly today: string;
  private readonly input: TidslinjeInput;
  private readonly navigate: (changes: Partial<UrlState>) => void;
  /** The measure-status filter (not in the URL). */
  status = $state('');
  /** The overview's order (not in the URL): county order or most overdue first. */
  sort = $state<OverviewSort>('lan');

  constructor(input: TidslinjeInput, navigate: (changes: Partial<UrlState>) => void, today: string = todayIso()) {
    this.input = input;
    this.navigate = navigate;
    this.today = today;
  }

  /** The lanes' municipalities: the chosen ones in the region, or all its members. */
  members = $derived.by(() => {
    const { url, region } = this.input;
    return url.kommuner.length ? url.kommuner.filter((c) => region.memberSet.has(c) || !region.id) : region.members;
  });
  /** How many of the given municipalities have a plan, a measure or an event. */
  private withRecords(codes: readonly string[]): number {
    const { plans, measures, events } = this.input.data;
    const seen = codesWithRecords(plans, measures, events);
    let n = 0;
    for (const c of new Set(codes)) if (seen.has(c)) n++;
    return n;
  }
  /** The region would open in "En rad per kommun" (more than 12 of its municipalities have records). */
  regionIsLarge = $derived.by(() => this.withRecords(this.input.region.members) > OVERVIEW_ABOVE);
  /** The view shown: the URL's choice, else one row per municipality when more than 12 have records. */
  visning = $derived.by((): 'kommun' | 'alla' => {
    const v = this.input.url.visning;
    if (v === 'kommun' || v === 'alla') return v;
    return this.withRecords(this.members) > OVERVIEW_ABOVE ? 'kommun' : 'alla';
  });
  /** Some municipalities chosen (one opened from the overview): a way back to the whole region is shown. */
  showBack = $derived.by(() => this.input.url.kommuner.length > 0);
  /** The overview's rows, one per municipality. */
  allRows: OverviewRow[] = $derived.by(() =>
    rowsOf({
      members: this.members,
      plans: this.input.data.plans,
      measures: this.input.data.measures,
      today: this.today,
      name: nameOf,
      sort: this.sort,
      theme: this.input.url.tema,
    }),
  );
  rowsDomain = $derived.by(() => rowsDomain(this.allRows, this.today));
  /** Rows drawn so far (see `rows`; none in the task that counts them), and the timer that draws more. */
  private upTo = $state(0);
  private more: ReturnType<typeof setTimeout> | undefined;
  private drawnRows = $derived(this.upTo >= this.allRows.length ? this.allRows : this.allRows.slice(0, this.upTo));
  /**
   * The rows to draw: read by the page (an effect or the template), none at first (the task that
   * counts every measure by quarter draws the head and axis only) and a slice of ROW_SLICE more at each
   * following task, so that 290 rows of bands, marks and quarters are not one long task (the first
   * screen's rows come first); once all are drawn, a change is drawn at once. Read anywhere else (a
   * test, a download): every row.
   */
  get rows(): OverviewRow[] {
    if (!$effect.tracking()) return this.allRows;
    if (this.upTo < this.allRows.length && this.more === undefined)
      this.more = setTimeout(() => {
        this.more = undefined;
        this.upTo += ROW_SLICE;
      });
    return this.drawnRows;
  }

  /** Choose the view ("En rad per kommun" or "Alla åtgärder"). */
  setVisning = (visning: 'kommun' | 'alla'): void => this.navigate({ visning });

  /** Open one municipality's measures ("Alla åtgärder" for it). */
  openKommun = (code: string): void => this.navigate({ kommuner: [code], visning: '' });

  /** Back from one municipality to the whole region's overview. */
  back = (): void => this.navigate({ kommuner: [], visning: '' });

  /** Groups with region-wide events: shown in their own lane when all their members are chosen. */
  groups = $derived.by(() => {
    const { events, regions } = this.input.data;
    return [...new Set(events.filter((e) => e.region_id && !e.kommunkod).map((e) => e.region_id))].map((id) => ({
      id,
      name: regionName(id, register, regions, id),
      members: regionMembers(id, register, regions),
    }));
  });
  /** The dataset's theme colours (the same in every view). */
  palette = $derived.by(() => datasetPalette(this.input.data.themes, this.input.data.measures));
  built = $derived.by(() => {
    const { plans, measures, events, themes } = this.input.data;
    return buildItems({
      members: this.members,
      plans,
      measures,
      events,
      themes,
      regionId: this.input.region.id,
      today: this.today,
      theme: this.input.url.tema,
      status: this.status,
      groups: this.groups,
      palette: this.palette,
      highlight: this.input.url.markera,
    });
  });
  laneOrder = $derived(orderLanes(this.members, this.built, nameOf, tt.regionLane));
  hiddenLanes = $derived(hiddenLaneCount(this.members, this.laneOrder));
  layout = $derived(layoutLanes(this.built.items, this.laneOrder));
  domain = $derived.by(() => fitDomain(this.built.items, Date.parse(`${this.today}T00:00:00Z`)));
  /** The key: every theme of the measures shown, at most eight colours; a highlighted theme in colour, the rest grey. */
  themeKey = $derived.by(() =>
    themeKeyFor(this.built.items, this.input.data.themes, this.palette, tt.noTheme, this.input.url.markera),
  );
  undatedByLane = $derived(undatedGroups(this.built.undatedMeasures, nameOf));
  /** The date for the download's file name: the chosen day, or today. */
  fileDate = $derived.by(() => (this.input.url.datum.length === 10 ? this.input.url.datum : this.today));

  /** An item in words (the tooltip and the screen reader's label). */
  describe = (it: TimelineItem): string => {
    const when = it.to && it.to !== it.from ? `${fmtDate(it.from)} – ${fmtDate(it.to)}` : fmtDate(it.from || it.to);
    const { region } = this.input;
    const { regions } = this.input.data;
    const where =
      it.lane === REGION_LANE
        ? region.name
        : it.lane.startsWith('group:')
          ? regionName(it.lane.slice(6), register, regions, '')
          : register.name(it.lane);
    if (it.kind === 'measure') {
      const text = tt.itemMeasure(it.label, where, when || '', enumText('measureStatus', it.sub), it.overdue);
      const themes = it.themes.length > 1 ? `, ${tt.severalThemes(it.themes.length)}` : '';
      // How many themes before the progress, so the name still ends with the part done.
      return typeof it.progress !== 'number' ? `${text}${themes}` : `${text}${themes}, ${t.progress.done(it.progress)}`;
    }
    if (it.kind === 'milestone') return tt.itemMilestone(tt.milestone[it.sub] ?? it.sub, it.label, when);
    return tt.itemEvent(enumText('eventType', it.sub), it.label, where, when);
  };

  /**
   * Open an item's record in Data (a new history entry: back returns to the timeline); in the published
   * file, which has no Data, its municipality's kommunblad (a region's event opens nothing).
   */
  open = (it: TimelineItem): void => {
    if (!published.has('data')) {
      if (register.get(it.lane)) this.navigate({ route: 'kommun', kommun: it.lane });
      return;
    }
    const tabell = it.kind === 'measure' ? 'measures' : it.kind === 'milestone' ? 'plans' : 'events';
    this.navigate({ route: 'data', tabell, post: it.recordId });
  };

  /** Choose the shared date ('' clears it). */
  setDatum = (datum: string): void => this.navigate({ datum });

  /** Highlight a theme from the key (again: no highlight). */
  setMarkera = (id: string): void => this.navigate({ markera: id === this.input.url.markera ? '' : id });

  /** Choose the theme filter ('' = all). */
  setTema = (tema: string): void => this.navigate({ tema });

  /** "En rad per kommun" as a picture: its title, the years it spans, its key and source. */
  overviewCaption = (): Caption => {
    const { region } = this.input;
    const [from, to] = this.rowsDomain.map((ms) => String(new Date(ms).getUTCFullYear()));
    return {
      title: `${tt.title}: ${region.name} – ${tt.viewOverview}`,
      subtitle: tt.subtitle(region.name, from, to),
      lines: [
        ...PHASES.map((p) => ({ text: `${tt.keyPhase} ${tt.phase[p]}`, colour: PHASE_COLOURS[p] })),
        { text: `${tt.keyStrip} ${tt.stripRunning}`, colour: QUARTER_COLOURS.running, shape: 'bar' as const },
        { text: `${tt.keyStrip} ${tt.stripOverdue}`, colour: QUARTER_COLOURS.overdue, shape: 'bar' as const },
        { text: `${tt.keyStrip} ${tt.stripDone}`, colour: QUARTER_COLOURS.done, shape: 'bar' as const },
        { text: `${tt.today} (${fmtDate(this.today)})`, colour: '#b00020', shape: 'bar' as const },
        { text: t.download.source(this.today) },
      ],
    };
  };

  /** The title, subtitle and key of the downloaded picture. */
  caption = (): Caption => {
    const { region, url } = this.input;
    const { tema, datum } = url;
    const themes = this.input.data.themes;
    const themeName = tema ? themes.find((x) => x.id === tema)?.namn : '';
    return {
      title: `${tt.title}: ${region.name}${themeName ? ` – ${themeName}` : ''}`,
      subtitle: t.views.karta.subtitle(region.name, fmtDate(datum || this.today)),
      lines: [
        { text: tt.legendBar, colour: '#0072b2', shape: 'bar' },
        { text: tt.legendOverdue, colour: '#b00020', shape: 'outline' },
        { text: tt.legendMilestone, colour: '#1a1a1a', shape: 'diamond' },
        { text: tt.legendEvent, colour: '#6a3d9a', shape: 'dot' },
        { text: tt.legendRangeEvent, colour: '#d9cfe6', shape: 'bar' },
        ...this.themeKey.map((k) => ({ text: k.name, colour: k.colour, shape: 'bar' as const })),
        ...(this.built.undated ? [{ text: tt.undatedHeading(this.built.undated) }] : []),
        { text: t.download.source(this.today) },
      ],
    };
  };
}
