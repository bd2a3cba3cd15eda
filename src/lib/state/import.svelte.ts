/**
 * One import, from chosen files to committed transaction: read in a worker (progress, cancel),
 * preview against stored data (new / changed / unchanged / conflicts), then one commit.
 */
import type { Analysis, ContextData, InputFile } from '$lib/io/analyse';
import type { WorkerMessage, WorkerRequest } from '$lib/workers/import.worker';
import { countPlans, recordKey, type Rec, type Strategy, type TablePlan } from '$lib/domain/merge';
import {
  answerOwners,
  answerRefusals,
  stampReceived,
  type AnswerOf,
  type Owners,
  type Refusal,
  type ScreenedTable,
} from '$lib/domain/answerCheck';
import type { EntityName } from '$lib/domain/records';
import type { Include } from '$lib/io/xlsx-read';
import { hasErrors, type FileIssue } from '$lib/io/issues';
import { storedRows } from '$lib/db/importer';
import { commitOffThread, presendCommit, releaseCommit } from '$lib/db/commitChannel';
import { fromColumns, type Interned, type RowColumns } from '$lib/db/rowColumns';
import { keyRecords, planInSlices, yieldToBackground, yieldToPage } from './importPlan';
import { StalePreviewError } from '$lib/db/errors';
import { live as liveData, type LiveData } from './live.svelte';
import type { HistoryEntry } from '$lib/domain/model';
import { suggestThemes } from '$lib/domain/suggest';
import { lang, t } from '$lib/i18n';
import { attempt, notify } from './notify.svelte';
import { storage } from './storage.svelte';
import { refusalMessages } from './answerRefusals';

/** Rows whose themes are suggested between two breaks for the page (about 25 µs a row). */
const SUGGEST_SLICE = 500;

export type Phase = 'idle' | 'reading' | 'preview' | 'writing';

export class ImportSession {
  phase = $state<Phase>('idle');
  progress = $state({ stage: '', done: 0, total: 0 });
  analysis = $state.raw<Analysis | null>(null);
  overrides = $state<Record<string, EntityName>>({});
  /** The hidden sheets and rows of workbooks the person chose to import (none unless ticked). */
  include = $state<Include>({ sheets: [], rows: false });
  private chosen = $state<Strategy>('newer');
  /** How conflicts resolve; choosing another computes the plan again (in slices). */
  get strategy(): Strategy {
    return this.chosen;
  }
  set strategy(s: Strategy) {
    this.chosen = s;
    void this.replan();
  }
  /** The merge plan per table (new / changed / unchanged / conflicts), computed in slices after the preview read. */
  private merged = $state.raw<TablePlan[]>([]);
  /** True while the plan is being computed again (the commit waits for it). */
  planning = $state(false);
  onlyValid = $state(false);
  error = $state('');
  /** Stored records the person chose to delete with this import (rows removed in a collection answer, state/collection). */
  get removals(): { table: EntityName; rec: Rec }[] {
    return this.chosenRemovals;
  }
  set removals(list: { table: EntityName; rec: Rec }[]) {
    this.chosenRemovals = list;
    // New plans: their rows go to the commit worker again while the preview is read.
    if (this.phase === 'preview' && !this.planning) this.presend();
  }
  private chosenRemovals = $state.raw<{ table: EntityName; rec: Rec }[]>([]);
  /** Records changed elsewhere between the preview and the commit: the preview was run again. */
  repreviewed = $state(0);
  /** Collection answers taken out of this import whole: a row of another municipality or round (domain/answerCheck). */
  refused = $state.raw<Refusal[]>([]);
  /** The collection answers among the files, with the municipality and round their "Om filen" names (state/collection). */
  private answers: AnswerOf[] = [];
  /** The answers' rows by table and key → their municipality, checked again by the commit (db/importer). */
  private owners: Owners = {};
  /** Incoming valid records per entity by key (a later file's record wins over an earlier one with the same key). */
  private incoming = new Map<EntityName, Map<string, Rec>>();
  /** The stored rows (with revisions) that the incoming keys would replace, per entity. */
  private stored = new Map<EntityName, Map<string, Rec>>();
  private planRun = 0;
  /** The chosen files, read once (their bytes are lent to the worker while it reads them; setEntity reads them again). */
  private files: InputFile[] = [];
  private worker: Worker | null = null;
  /**
   * A worker started with the import, loading its code while the page reads the files (runWorker
   * takes it), and the error it had meanwhile (its code could not be loaded), said when it is taken.
   */
  private early: { worker: Worker; error?: ErrorEvent } | null = null;
  /**
   * An import worker started before any file was chosen (`warm`), and the error it had meanwhile:
   * the next import takes it instead of starting one.
   */
  private warmed: { worker: Worker; error?: ErrorEvent } | null = null;
  /** Stops the commit while it is being written (nothing is written if it is in time). */
  private writing: AbortController | null = null;

  constructor(private live: LiveData) {}

  /** Every issue of the analysis, files first. */
  issues = $derived<FileIssue[]>(
    this.analysis ? [...this.analysis.issues, ...this.analysis.tables.flatMap((t) => t.issues)] : [],
  );
  hasErrors = $derived(hasErrors(this.issues));

  /** The plans as they will be written: the merge plan with the stored records chosen for deletion. */
  plans = $derived(this.merged.map((p) => withRemovals(p, this.removals)));
  counts = $derived(countPlans(this.plans));
  /** Can the import be written as the person has set it up? */
  canCommit = $derived(
    this.phase === 'preview' &&
      !this.planning &&
      (!this.hasErrors || this.onlyValid) &&
      this.counts.nya + this.counts.andrade + this.removals.length > 0,
  );

  /**
   * Measures and requests without themes for which the text suggests some (offered before import).
   * Found after the preview is shown, a slice of rows at a time (`suggest`): 100 000 rows without
   * themes are seconds of text analysis, which as a derived was one task of the page.
   */
  suggestable = $state.raw<{ rec: Rec; themes: string[] }[]>([]);
  private suggestRun = 0;

  /** Find the suggestions for `analysis`, in slices; a newer preview or the end of this one stops it. */
  private async suggest(analysis: Analysis): Promise<void> {
    const run = ++this.suggestRun;
    this.suggestable = [];
    const out: { rec: Rec; themes: string[] }[] = [];
    const themes = this.live.themes;
    let n = 0;
    for (const t of analysis.tables) {
      if ((t.entity !== 'measures' && t.entity !== 'requests') || !t.result) continue;
      for (const rec of t.result.records) {
        if (++n % SUGGEST_SLICE === 0) {
          await yieldToBackground();
          if (run !== this.suggestRun) return;
        }
        if ((rec.teman as string[]).length) continue;
        const text = [rec.titel, rec.beskrivning, rec.text].filter(Boolean).join('. ');
        const found = suggestThemes(String(text), themes)
          .filter((sg) => sg.score >= 1)
          .slice(0, 2);
        if (found.length) out.push({ rec, themes: found.map((sg) => sg.themeId) });
      }
    }
    if (run === this.suggestRun) this.suggestable = out;
  }

  /** Accept the suggested themes for every row without themes; returns how many rows got themes. */
  applySuggestions(): number {
    const list = this.suggestable;
    for (const { rec, themes } of list) rec.teman = themes;
    this.suggestable = [];
    if (this.analysis) this.analysis = { ...this.analysis, tables: [...this.analysis.tables] };
    if (list.length) void this.replan();
    return list.length;
  }

  /**
   * Read `files` and show the preview. `answers` are the collection answers among them (checked
   * against their round by state/collection): each is screened row by row before the preview.
   */
  async start(files: File[], answers: AnswerOf[] = []): Promise<void> {
    this.reset();
    void attempt(() => storage.prepareAsk()); // the preview says why, if this import asks for persistent storage
    this.answers = answers;
    this.overrides = {};
    this.include = { sheets: [], rows: false };
    this.phase = 'reading';
    mark('start');
    // The warm worker if there is one (its code has loaded); one that failed to load is not taken.
    if (this.warmed?.error) this.cool();
    const early: { worker: Worker; error?: ErrorEvent } = (this.early = this.warmed ?? { worker: importWorker() });
    this.warmed = null;
    early.worker.onerror = (e) => (early.error = e);
    try {
      this.files = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      if (this.phase !== 'reading') return; // cancelled while the files were read
      await this.analyse();
    } catch (e) {
      this.fail(e);
    }
  }

  /** The person says which entity a file holds; read it again. */
  async setEntity(key: string, entity: EntityName): Promise<void> {
    this.overrides = { ...this.overrides, [key]: entity };
    this.phase = 'reading';
    try {
      await this.analyse();
    } catch (e) {
      this.fail(e);
    }
  }

  /** The person ticks or unticks hidden sheets or rows of a workbook; read it again. */
  async setInclude(include: Include): Promise<void> {
    this.include = include;
    this.phase = 'reading';
    try {
      await this.analyse();
    } catch (e) {
      this.fail(e);
    }
  }

  cancel(): void {
    if (this.phase === 'writing') {
      // commit() hears it: nothing written (then it resets), or too late (then it reports the import).
      this.progress = { ...this.progress, stage: t.preview.stopping };
      this.writing?.abort();
      return;
    }
    this.worker?.terminate();
    this.worker = null;
    this.reset();
  }

  /**
   * Start the import worker before any file is chosen, where the person can import (Data's import
   * controls): its code (a 240 KB module, through the service worker) loads and compiles while the
   * person chooses the files, not after. Started with the import, the worker read the request
   * 0.16 s after the file was chosen (a trace of 100 000 measures, docs/PERFORMANCE.md). One at
   * most; the next import takes it. Nothing happens while an import runs, nor where there are no workers.
   */
  warm(): void {
    if (typeof Worker === 'undefined' || this.warmed || this.phase !== 'idle') return;
    const warmed: { worker: Worker; error?: ErrorEvent } = { worker: importWorker() };
    warmed.worker.onerror = (e) => (warmed.error = e);
    this.warmed = warmed;
  }

  /** The warm worker is not needed (the import controls are gone): ended. */
  cool(): void {
    this.warmed?.worker.terminate();
    this.warmed = null;
  }

  /** The worker started with the import, ended if nobody took it (the files could not be read, cancel). */
  private endEarly(): void {
    this.early?.worker.terminate();
    this.early = null;
  }

  async commit(): Promise<HistoryEntry | null> {
    if (!this.canCommit) return null;
    storage.askAtImport(); // the first import asks for persistent storage, with the person's click
    this.phase = 'writing';
    this.suggestRun++; // suggestions still being found are not needed any more, and would slow the commit
    mark('commit');
    try {
      const names = this.files.map((f) => f.name).join(', ');
      const kalla = [...new Set((this.analysis?.tables ?? []).map((t) => t.source))].join(', ');
      this.progress = { stage: '', done: 0, total: 0 };
      const writing = (this.writing = new AbortController());
      // Written in the commit worker: the page only sends the rows, a slice at a time.
      const record = await commitOffThread(
        this.plans,
        { fil: names, kalla, owners: this.owners },
        {
          signal: writing.signal,
          pause: yieldToPage,
          progress: (done, total) => (this.progress = { ...this.progress, done, total }),
          // For the benchmark: how many table writes the worker had made ready before the click.
          madeReady: (n) => performance.mark('planatlas:import:made-ready', { detail: n }),
        },
      );
      mark('committed');
      this.reset();
      if (!record) notify.say(t.preview.writeCancelled);
      return record;
    } catch (e) {
      // Nothing was written. After Avbryt that is all there is to say, whatever stopped the commit.
      const cancelled = !!this.writing?.signal.aborted;
      this.writing = null;
      if (cancelled) {
        this.reset();
        notify.say(t.preview.writeCancelled);
        return null;
      }
      if (e instanceof StalePreviewError && this.analysis) {
        // Someone changed records after the preview: compare again with what is stored now (read
        // afresh: the live data may not have heard of the change yet), show the new preview, write nothing.
        // Meanwhile the dialog reads (Avbryt ends the import).
        this.phase = 'reading';
        this.progress = { stage: '', done: 0, total: 0 };
        // Screened again against the stored records as they are now (one may have moved to another municipality).
        const analysis = await this.screen(this.analysis, new Date().toISOString(), true);
        if (this.phase !== 'reading') return null;
        if (!analysis) return this.endRefused();
        this.analysis = analysis;
        await this.replan();
        if (this.phase !== 'reading' || !this.analysis) return null;
        this.repreviewed = e.keys.length;
        this.phase = 'preview';
        this.presend();
        void this.suggest(this.analysis);
        notify.say(t.storage.repreviewed(e.keys.length), 'error');
        return null;
      }
      this.phase = 'preview';
      throw e;
    }
  }

  private async analyse(): Promise<void> {
    const ctxData: ContextData = {
      themes: this.live.themes.map((th) => [th.id, th.namn]),
      plans: this.live.plans.map((p) => [p.id, p.kommunkod]),
      regionIds: this.live.regions.map((r) => r.id),
      now: new Date().toISOString(),
    };
    this.progress = { stage: '', done: 0, total: 0 };
    const analysis = await this.runWorker({
      files: this.files,
      ctxData,
      overrides: $state.snapshot(this.overrides),
      include: $state.snapshot(this.include),
    });
    if (this.phase !== 'reading') return; // cancelled meanwhile
    mark('parsed');
    const screened = await this.screen(analysis, ctxData.now);
    if (this.phase !== 'reading') return;
    if (!screened) {
      this.endRefused();
      return;
    }
    await this.replan();
    if (this.phase !== 'reading') return;
    this.analysis = screened;
    this.phase = 'preview';
    mark('previewed');
    this.presend();
    void this.suggest(screened);
  }

  /**
   * The collection answers checked row by row (domain/answerCheck) against the stored records the
   * import would replace: an answer with a row of another municipality or round is taken out of the
   * import whole and said (the other files go on); the rest are stamped as received `now`. Then the
   * stored rows are read for what is left. Null: nothing is left to import.
   */
  private async screen(analysis: Analysis, now: string, fresh = false): Promise<Analysis | null> {
    await this.refreshStored(analysis, fresh);
    if (!this.answers.length) return analysis;
    const tables: ScreenedTable[] = analysis.tables.map((x) => ({
      file: x.file,
      entity: x.entity,
      records: x.result?.records ?? [],
      rowNumbers: x.result?.rowNumbers ?? [],
    }));
    const storedKommun = (entity: EntityName, rec: Record<string, unknown>) => {
      const r = this.stored.get(entity)?.get(recordKey(entity, rec));
      return r ? String(r.kommunkod ?? '') : undefined;
    };
    const refused = this.answers.flatMap((a) => answerRefusals(a, tables, storedKommun));
    for (const a of this.answers) stampReceived(a.file, tables, now);
    // Screened again before a commit (fresh): the answers refused the first time are out already, and still said.
    this.refused = fresh ? [...this.refused, ...refused] : refused;
    if (!refused.length) {
      this.owners = answerOwners(this.answers, tables);
      return analysis;
    }
    const out = new Set(refused.map((r) => r.file));
    notify.say(refusalMessages(refused).join(' '), 'error');
    // Rows a refused answer removed are no longer offered, nor deleted if ticked (a re-screen before a commit).
    const gone = new Set(refused.map((r) => r.answerKommun));
    this.removals = this.removals.filter((x) => !gone.has(String(x.rec.kommunkod ?? '')));
    const inFile = (file: string) => out.has(file.split(' › ')[0]);
    const kept: Analysis = {
      tables: analysis.tables.filter((x) => !inFile(x.file)),
      issues: analysis.issues.filter((i) => !inFile(i.file)),
      hidden: analysis.hidden?.filter((h) => !out.has(h.file)),
    };
    if (!kept.tables.length && !kept.issues.length) return null;
    this.owners = answerOwners(
      this.answers,
      tables.filter((x) => !inFile(x.file)),
    );
    await this.refreshStored(kept, fresh);
    return kept;
  }

  /** Every file was a refused answer: nothing to preview (the refusal has been said). */
  private endRefused(): null {
    this.reset();
    return null;
  }

  /**
   * Key the analysis' records and read the stored rows they would replace (the preview's
   * comparison), a slice at a time.
   */
  private async refreshStored(analysis: Analysis, fresh = false): Promise<void> {
    const byEntity = new Map<EntityName, Rec[]>();
    for (const t of analysis.tables) {
      if (!t.entity || !t.result) continue;
      const list = byEntity.get(t.entity) ?? [];
      for (const r of t.result.records) list.push(r);
      byEntity.set(t.entity, list);
    }
    const incoming = new Map<EntityName, Map<string, Rec>>();
    const stored = new Map<EntityName, Map<string, Rec>>();
    for (const [entity, recs] of byEntity) {
      const keyed = await keyRecords(entity, recs, yieldToPage);
      incoming.set(entity, keyed);
      stored.set(entity, await storedRows(entity, keyed, yieldToPage, fresh ? undefined : this.liveRows(entity)));
    }
    this.incoming = incoming;
    this.stored = stored;
  }

  /**
   * The table as the live data holds it (rows with revisions, kept current across tabs), so that a
   * preview need not read and decode 100 000 rows again; undefined before the live data has loaded.
   */
  private liveRows(entity: EntityName): readonly Rec[] | undefined {
    if (!this.live.loaded || entity === 'themes') return;
    return this.live.rows(entity);
  }

  /** Compute the merge plan for the chosen strategy, in slices; a newer run supersedes an older one. */
  private async replan(): Promise<void> {
    const run = ++this.planRun;
    this.planning = true;
    const now = new Date().toISOString();
    const plans: TablePlan[] = [];
    for (const [entity, recs] of this.incoming) {
      const stored = this.stored.get(entity) ?? new Map<string, Rec>();
      plans.push(await planInSlices(entity, recs, stored, this.chosen, now, yieldToPage));
      if (run !== this.planRun) return;
    }
    this.merged = plans;
    this.planning = false;
    if (this.phase === 'preview') this.presend();
  }

  /**
   * While the person reads the preview: the commit worker loads, and the rows of the plan as it
   * stands go across to it in background slices (db/commitChannel `presendCommit`), so that a click
   * on Importera finds them there (the commit of other plans, after another choice, sends its own).
   */
  private presend(): void {
    const { nya, andrade } = this.counts;
    presendCommit(nya + andrade > 0 ? this.plans : [], this.owners, yieldToBackground);
  }

  private runWorker(req: WorkerRequest): Promise<Analysis> {
    return new Promise((resolve, reject) => {
      const early = this.early;
      this.early = null;
      const worker = early?.worker ?? importWorker();
      this.worker = worker;
      // The records arrive in slices before `done` (see import.worker.ts); they are put back in order,
      // each slice as it comes (one short task each), while the worker goes on.
      const received = new Map<number, Rec[]>();
      // The records' repeated strings (municipality codes, themes …) shared across the slices: one per value, not one per slice.
      const intern: Interned = new Map();
      worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
        const m = e.data;
        if (m.type === 'progress') this.progress = { stage: m.stage, done: m.done, total: m.total };
        else if (m.type === 'records') receiveRecords(received, m.table, m.records, intern);
        else {
          worker.terminate();
          this.worker = null;
          if (m.type === 'done') {
            // The files' bytes come back as they went (transferred both ways: no copy of 23 MB on the page).
            this.files = req.files.map((f, i) => ({ name: f.name, bytes: m.bytes[i] }));
            resolve(withRecords(m.analysis, received));
          } else reject(new Error(m.message));
        }
      };
      const failed = (e: ErrorEvent) => {
        worker.terminate();
        this.worker = null;
        reject(new Error(e.message || 'worker error'));
      };
      worker.onerror = failed;
      if (early?.error) return failed(early.error);
      // The bytes are lent to the worker (transferred, not copied), and come back with `done`.
      worker.postMessage(req, [...new Set(req.files.map((f) => f.bytes.buffer as ArrayBuffer))]);
    });
  }

  private fail(e: unknown): void {
    this.endEarly();
    this.error = e instanceof Error ? e.message : String(e);
    this.phase = 'idle';
  }

  private reset(): void {
    releaseCommit();
    this.endEarly();
    this.phase = 'idle';
    this.writing = null;
    this.analysis = null;
    // The files' bytes are needed only to read them again during the preview (23 MB for 100 000 measures).
    this.files = [];
    this.planRun++;
    this.incoming = new Map();
    this.stored = new Map();
    this.merged = [];
    this.planning = false;
    this.error = '';
    this.repreviewed = 0;
    this.refused = [];
    this.answers = [];
    this.owners = {};
    this.removals = [];
    this.onlyValid = false;
    this.chosen = 'newer';
    this.progress = { stage: '', done: 0, total: 0 };
    this.suggestRun++;
    this.suggestable = [];
    // A derived keeps its last value until it is read again. Read the ones that hold rows now, or the
    // last import's 100 000 records and every record they replaced stay alive (60 MB of heap that
    // each later garbage collection marks, in pauses of over 100 ms during the next import).
    void [this.plans, this.counts, this.issues, this.canCommit];
  }
}

/** A new import worker (its code loads at once; the request waits in its queue until then). */
function importWorker(): Worker {
  return new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module', name: lang });
}

/** Performance marks of an import's stages (read by `npm run bench:import`; cheap, no output). */
function mark(stage: string): void {
  performance.mark(`planatlas:import:${stage}`);
}

/** The app's one import session (the dialog and the drop target share it). */
export const importer = new ImportSession(liveData);

/**
 * A slice of table `table`'s records as the worker sent it (columns), appended to that table's
 * records; `intern`, the same map for every slice of an import, shares their repeated strings.
 */
export function receiveRecords(
  received: Map<number, Rec[]>,
  table: number,
  slice: RowColumns,
  intern?: Interned,
): void {
  let records = received.get(table);
  if (!records) received.set(table, (records = []));
  fromColumns(slice, records, intern);
}

/** The analysis with each table's records put back from the slices the worker sent (receiveRecords). */
export function withRecords(analysis: Analysis, received: Map<number, Rec[]>): Analysis {
  analysis.tables.forEach((table, i) => {
    const records = received.get(i);
    if (table.result && records) table.result = { ...table.result, records: records as typeof table.result.records };
  });
  return analysis;
}

/** A table's plan with the stored records chosen for deletion (none: the plan as it was). */
function withRemovals(plan: TablePlan, removals: readonly { table: EntityName; rec: Rec }[]): TablePlan {
  const remove = removals.filter((r) => r.table === plan.table).map((r) => r.rec);
  return remove.length ? ({ ...plan, remove } as TablePlan) : plan;
}
