/**
 * "Hämta från Kolada": search KPIs, choose years, fetch the region's values page by page (following
 * next_url) with progress and "Avbryt", and hand the result to the ordinary import preview as files.
 * fetch is injected so that unit tests run without a network.
 */
import { t } from '$lib/i18n';
import { todayIso } from '$lib/domain/dates';
import {
  dataUrl,
  importFiles,
  kpiSearchUrl,
  KOLADA_API,
  parseDataPage,
  parseKpis,
  SUGGESTED_KPIS,
  type KoladaEntry,
  type Kpi,
} from '$lib/io/kolada-api';

export type Fetcher = (
  url: string,
  init?: { signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** Pages followed at most (5 000 values each): a guard against an answer that never ends. */
const MAX_PAGES = 200;

class KoladaError extends Error {}

export class KoladaFetch {
  query = $state('');
  results = $state<Kpi[]>([]);
  suggestions = $state<Kpi[]>([]);
  chosen = $state<Kpi | null>(null);
  fromYear = $state(0);
  toYear = $state(0);
  busy = $state<'' | 'search' | 'fetch'>('');
  done = $state(0);
  total = $state(0);
  error = $state('');
  /** Set after a search that found nothing. */
  none = $state(false);
  private abort: AbortController | null = null;

  constructor(
    private fetcher: Fetcher = (url, init) => fetch(url, init),
    private today: () => string = todayIso,
  ) {
    const year = Number(this.today().slice(0, 4));
    this.fromYear = year - 5;
    this.toYear = year - 1;
  }

  /** Years offered: Kolada's series start in the 1990s. */
  get yearOptions(): number[] {
    const last = Number(this.today().slice(0, 4));
    return Array.from({ length: last - 1995 + 1 }, (_, i) => last - i);
  }

  /** The suggested KPIs the API knows, with its titles. Quietly empty when offline (the search then says so). */
  async loadSuggestions(): Promise<void> {
    try {
      const kpis = parseKpis(
        await this.get(`${KOLADA_API}/kpi/${SUGGESTED_KPIS.join(',')}`, new AbortController().signal),
      );
      this.suggestions = (kpis ?? []).filter((k) => SUGGESTED_KPIS.includes(k.id));
    } catch {
      this.suggestions = [];
    }
  }

  async search(query = this.query): Promise<void> {
    this.query = query;
    if (!query.trim()) return;
    await this.run('search', async (signal) => {
      const kpis = parseKpis(await this.get(kpiSearchUrl(query), signal));
      if (!kpis) throw new KoladaError(t.kolada.badAnswer);
      this.results = kpis.slice(0, 50);
      this.none = kpis.length === 0;
      if (kpis.length === 1) this.chosen = kpis[0];
    });
  }

  /** Fetch the chosen KPI for these municipalities and years; the files to import, or null (error or "Avbryt"). */
  async fetchValues(municipalities: string[]): Promise<File[] | null> {
    const kpi = this.chosen;
    if (!kpi) return null;
    const years: number[] = [];
    for (let y = Math.min(this.fromYear, this.toYear); y <= Math.max(this.fromYear, this.toYear); y++) years.push(y);
    let files: File[] | null = null;
    await this.run('fetch', async (signal) => {
      const entries: KoladaEntry[] = [];
      let url: string | null = dataUrl(kpi.id, municipalities, years);
      this.done = 0;
      this.total = 0;
      for (let page = 0; url && page < MAX_PAGES; page++) {
        const p = parseDataPage(await this.get(url, signal));
        if (!p) throw new KoladaError(t.kolada.badAnswer);
        entries.push(...p.values);
        if (p.count !== null && page === 0) this.total = p.count;
        this.done = entries.length;
        url = p.next;
      }
      if (!entries.length) throw new KoladaError(t.kolada.noValues(kpi.id));
      files = importFiles(kpi, entries, this.today()).map((f) => new File([f.text], f.name, { type: f.type }));
    });
    return files;
  }

  /** "Avbryt": stop the requests under way. */
  cancel(): void {
    this.abort?.abort();
  }

  private async run(kind: 'search' | 'fetch', work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.busy = kind;
    this.error = '';
    this.none = false;
    try {
      await work(abort.signal);
    } catch (e) {
      if (abort.signal.aborted) this.error = t.kolada.cancelled;
      else this.error = e instanceof KoladaError ? e.message : t.kolada.offline;
    } finally {
      if (this.abort === abort) {
        this.abort = null;
        this.busy = '';
      }
    }
  }

  private async get(url: string, signal: AbortSignal): Promise<unknown> {
    const res = await this.fetcher(url, { signal });
    if (!res.ok) throw new KoladaError(t.kolada.refused(res.status));
    try {
      return await res.json();
    } catch {
      throw new KoladaError(t.kolada.badAnswer);
    }
  }
}
