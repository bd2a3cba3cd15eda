/**
 * Data's controller, headless: which table's tab is open (the URL's `tabell`), the one filter every
 * table and tab count shares (the region rule, the chosen municipalities, the Bevakning filter), the
 * counts, and the keyboard moves between tabs. It imports no app state: Data.svelte passes `live`,
 * `region`, `app` and `watch` in, and a test passes plain objects.
 */
import { EXAMPLE_PREFIX } from '$lib/domain/example';
import { register } from '$lib/domain/register';
import { inView, regionMembers, type RegionScope } from '$lib/domain/stats';
import { WATCH_FILTERS, isWatchFilter } from '$lib/domain/watch';
import { DATA_TABLES, type EntityName } from '$lib/domain/entities';
import { entityLabel, entityNoun } from '../parts/entityNames';
import type { Region } from '$lib/domain/model';
import type { UrlState } from '$lib/state/url';

/** Data's tabs: the entities of the registry edited here (`dataTab`), with their plural and singular names. */
export const TABS = DATA_TABLES.map((key) => ({ key, label: entityLabel(key), noun: entityNoun(key) }));
export type TabKey = EntityName;

type Row = Record<string, unknown>;

export interface DataInput {
  /** The records: a table's rows by entity, and the stored groups (custom regions) for region rules. */
  data: { rows(entity: EntityName): Row[]; plans: readonly { id: string }[]; regions: Region[] };
  /** The chosen region: its id ('' = Sweden) and members. */
  region: { id: string; memberSet: Set<string> };
  /** The URL's parameters Data reads. */
  url: Pick<UrlState, 'tabell' | 'kommuner' | 'bevakning'>;
  /**
   * Bevakning's lists: the ids of the plans past follow-up and of the overdue measures, and those
   * measures as rows (the measures table's rows that are overdue, in its order: the watch list of the
   * same rows).
   */
  watch: { planIds: ReadonlySet<string>; measureIds: ReadonlySet<string>; list: { measures: readonly Row[] } };
}

export class DataState {
  private readonly input: DataInput;
  private readonly navigate: (changes: Partial<UrlState>) => void;
  /** Only the chosen region's records (the tables' check box). */
  onlyRegion = $state(true);

  constructor(input: DataInput, navigate: (changes: Partial<UrlState>) => void) {
    this.input = input;
    this.navigate = navigate;
  }

  readonly active = $derived.by<TabKey>(() => TABS.find((x) => x.key === this.input.url.tabell)?.key ?? 'plans');

  /** The region rule when it narrows (a region chosen and the check box on). */
  readonly scope = $derived.by<RegionScope | null>(() => {
    const { region, data } = this.input;
    return region.id && this.onlyRegion
      ? { id: region.id, members: region.memberSet, membersOf: (id) => regionMembers(id, register, data.regions) }
      : null;
  });
  /** The municipalities chosen in the URL (null: none). */
  readonly chosen = $derived.by(() => (this.input.url.kommuner.length ? new Set(this.input.url.kommuner) : null));
  /**
   * Bevakning narrows its own table to the watch list's records (the filter opens that table), by
   * their ids. The overdue measures are also given as rows, the table's rows that are overdue in its
   * order: the table's kept rows are taken from them (no set of 50 000 ids made and looked up for
   * each of 100 000 rows); their ids are read only when one row is asked about (`keepFor`).
   */
  readonly watched = $derived.by(() => {
    const { bevakning } = this.input.url;
    if (!isWatchFilter(bevakning)) return null;
    const { watch } = this.input;
    const table = WATCH_FILTERS[bevakning] as TabKey;
    return bevakning === 'uppfoljning'
      ? { table, ids: () => watch.planIds, rows: null }
      : { table, ids: () => watch.measureIds, rows: watch.list.measures as Row[] };
  });

  /**
   * The filter of a table's rows; null when nothing filters that table (100 000 measures are not
   * walked twice after every import to keep them all).
   */
  readonly keepFor = $derived.by(() => {
    const { scope, chosen, watched } = this;
    return (k: TabKey): ((r: Row) => boolean) | null => {
      const idsOf = watched && watched.table === k ? watched.ids : null;
      let ids: ReadonlySet<string> | undefined;
      const watchedHas = (r: Row) => (ids ??= idsOf!()).has(String(r.id));
      if (!scope && !chosen) return idsOf && watchedHas;
      return (r) => inView(r, scope, chosen) && (!idsOf || watchedHas(r));
    };
  });

  rowsFor(k: TabKey): Row[] {
    return this.input.data.rows(k);
  }

  /** The last kept rows of each table, with what they were kept from (the rows and the filter's inputs). */
  private readonly kept = new Map<TabKey, { from: unknown[]; out: Row[] }>();
  /**
   * A table's rows as its filter keeps them (`keepFor`): worked out once per change of the rows or the
   * filter, and shared by the tab's count and the table (Bevakning's 100 000 measures walked once, not twice).
   */
  keptRows(k: TabKey): Row[] {
    const { region, data, url } = this.input;
    const rows = this.rowsFor(k);
    const from: unknown[] = [rows, this.onlyRegion, region.id, region.memberSet, data.regions, url.kommuner];
    // The watch list only when Bevakning filters: reading it works it out on every data change.
    from.push(url.bevakning);
    const watched = this.watched;
    if (watched) from.push(watched.rows ?? watched.ids());
    const last = this.kept.get(k);
    if (last && last.from.every((x, i) => x === from[i])) return last.out;
    let out: Row[];
    if (watched?.rows && watched.table === k) {
      // The watch list's rows are the rows of this table its ids keep, in the table's order.
      const { scope, chosen } = this;
      out = scope || chosen ? watched.rows.filter((r) => inView(r, scope, chosen)) : watched.rows;
    } else {
      const keep = this.keepFor(k);
      out = keep ? rows.filter(keep) : rows;
    }
    this.kept.set(k, { from, out });
    return out;
  }

  /** Each tab's count of shown rows. */
  readonly counts = $derived.by(
    () => Object.fromEntries(TABS.map((x) => [x.key, this.keptRows(x.key).length])) as Record<TabKey, number>,
  );

  readonly hasExample = $derived.by(() => this.input.data.plans.some((p) => p.id.startsWith(EXAMPLE_PREFIX)));

  /** Open a table's tab; leaving Bevakning's table drops its filter. */
  select(k: TabKey): void {
    const watched = this.watched;
    this.navigate(watched && watched.table !== k ? { tabell: k, bevakning: '' } : { tabell: k });
  }

  /** The tab a key moves to from the open one (arrows wrap around, Home, End), or null for another key. */
  tabForKey(key: string): TabKey | null {
    const i = TABS.findIndex((x) => x.key === this.active);
    const next =
      key === 'ArrowRight'
        ? i + 1
        : key === 'ArrowLeft'
          ? i - 1
          : key === 'Home'
            ? 0
            : key === 'End'
              ? TABS.length - 1
              : null;
    return next === null ? null : TABS[(next + TABS.length) % TABS.length].key;
  }

  /** Show every municipality again. */
  clearChosen(): void {
    this.navigate({ kommuner: [] });
  }
}
