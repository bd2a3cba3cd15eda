/**
 * The record form's controller, headless: the values being edited, their validation, the record a
 * save builds, the theme suggestions, and what to do when the record changed elsewhere meanwhile
 * (RELIABILITY 30). It imports no app state: RecordForm.svelte passes its props, the live data and
 * a save function in, and a test passes plain records and a fake save.
 */
import { compareSv } from '$lib/domain/collate';
import { ENTITIES, newId, validateRecord, type EntityName, type FieldError } from '$lib/domain/records';
import { ENUM_LABELS } from '$lib/domain/model';
import type { Plan, Region, Theme } from '$lib/domain/model';
import { register } from '$lib/domain/register';
import { suggestThemes } from '$lib/domain/suggest';
import { recordKey } from '$lib/domain/merge';
import { formSource } from '$lib/domain/provenance';
import { ConflictError } from '$lib/db/errors';
import { diffFields, formValues, revision } from '$lib/state/conflict';
import { validationContext } from './validationContext';
import { toggleTheme } from './formFields';

type Rec = Record<string, unknown>;

/** The form's props, read when used (the component passes getters). */
export interface RecordFormProps {
  readonly entity: EntityName;
  /** The record edited; null for a new one. */
  readonly record: Rec | null;
  /** Initial values of a new record (raw strings, as typed). */
  readonly defaults: Record<string, string>;
}

/** The data the form reads: the stored rows of its entity (with revisions), plans, themes and regions. */
export interface RecordFormData {
  rows(entity: EntityName): Rec[];
  plans: readonly Plan[];
  themes: readonly Theme[];
  regions: readonly Region[];
}

/** Stores a record; `base` is the version the form started from (null: new). Throws ConflictError when refused. */
export type SaveRecord = (entity: EntityName, record: Rec, base: Rec | null) => Promise<void>;

/** What a submit came to: errors shown, saved, refused because the record changed elsewhere, or failed. */
export type SubmitOutcome =
  { kind: 'invalid' } | { kind: 'saved' } | { kind: 'conflict' } | { kind: 'failed'; error: unknown };

export class RecordFormState {
  /** The raw values typed (strings; municipalities by name). */
  values = $state<Record<string, string>>({});
  errors = $state<FieldError[]>([]);
  /** The stored version the form is based on; a save based on an older revision is refused. */
  base = $state.raw<Rec | null>(null);
  /** The last save was refused: the record changed elsewhere. */
  refused = $state(false);
  /** Suggested themes the person turned down. */
  rejected = $state<string[]>([]);

  private readonly props: RecordFormProps;
  private readonly data: RecordFormData;
  private readonly save: SaveRecord;
  private readonly now: () => string;

  constructor(props: RecordFormProps, data: RecordFormData, save: SaveRecord, now = () => new Date().toISOString()) {
    this.props = props;
    this.data = data;
    this.save = save;
    this.now = now;
  }

  readonly spec = $derived.by(() => ENTITIES[this.props.entity]);
  readonly visible = $derived.by(() => this.spec.fields.filter((f) => !f.hidden));

  /** The stored version of the record now: undefined before a base, null when deleted elsewhere. */
  readonly latest = $derived.by(() => {
    const { base } = this;
    if (!base) return undefined;
    const entity = this.props.entity;
    const key = recordKey(entity, base);
    return this.data.rows(entity).find((r) => recordKey(entity, r) === key) ?? null;
  });
  readonly changed = $derived.by(
    () => !!this.base && (this.latest === null || revision(this.latest) !== revision(this.base)),
  );
  readonly diffs = $derived.by(() =>
    this.changed ? diffFields(this.props.entity, this.values, this.latest ?? null) : [],
  );

  readonly chosenKommun = $derived.by(() => register.lookup(this.values.kommunkod ?? ''));
  /** The plans a measure can belong to: the chosen municipality's, by title. */
  readonly planOptions = $derived.by(() => {
    const chosen = this.chosenKommun;
    return this.data.plans
      .filter((p) => !chosen.ok || p.kommunkod === chosen.municipality.code)
      .sort((a, b) => compareSv(a.titel, b.titel));
  });
  readonly themeList = $derived.by(() => [...this.data.themes].sort((a, b) => compareSv(a.namn, b.namn)));
  readonly selectedThemes = $derived.by(() => new Set((this.values.teman ?? '').split('|').filter(Boolean)));
  /** Theme suggestions from the words of the title and description; each accepted or rejected by the person. */
  readonly suggestions = $derived.by(() =>
    this.spec.fields.some((f) => f.type === 'themes')
      ? suggestThemes(
          [this.values.titel, this.values.beskrivning, this.values.text].filter(Boolean).join('. '),
          [...this.data.themes],
          [...this.selectedThemes, ...this.rejected],
        ).slice(0, 4)
      : [],
  );

  /** The form opens: the record's values (municipalities by name), or the defaults with each enum's first code. */
  reset(): void {
    const { entity, record, defaults } = this.props;
    const raw = record ? formValues(entity, record) : { ...defaults };
    this.base = record;
    this.refused = false;
    if (!record) {
      for (const f of ENTITIES[entity].fields) {
        if (f.type === 'enum' && !raw[f.key]) raw[f.key] = Object.keys(ENUM_LABELS[f.enumKind!])[0];
      }
    }
    this.values = raw;
    this.errors = [];
    this.rejected = [];
  }

  /** Turn a theme on or off (known themes kept in list order). */
  toggle(id: string, on: boolean): void {
    this.values.teman = toggleTheme(
      this.values.teman ?? '',
      this.themeList.map((th) => th.id),
      id,
      on,
    );
  }

  reject(id: string): void {
    this.rejected = [...this.rejected, id];
  }

  /** Take one field's stored value (the conflict panel's per-field choice). */
  takeField(key: string): void {
    if (this.latest) this.values[key] = formValues(this.props.entity, this.latest)[key];
  }

  /** Validate, build the record (id, `kalla`, `uppdaterad`) and save it. */
  async submit(): Promise<SubmitOutcome> {
    const { entity, record } = this.props;
    const now = this.now();
    const result = validateRecord(entity, { ...this.values, uppdaterad: '' }, validationContext(this.data, now));
    if (!result.ok) {
      this.errors = result.errors;
      return { kind: 'invalid' };
    }
    const v = result.value as Rec;
    const id = (record?.id as string) || newId(entity, (v.kommunkod as string) ?? '');
    const saved = { ...(record ?? {}), ...v, id, kalla: formSource(record?.kalla), uppdaterad: now };
    try {
      await this.save(entity, saved, record ? this.base : null);
      return { kind: 'saved' };
    } catch (error) {
      if (error instanceof ConflictError) {
        this.refused = true;
        return { kind: 'conflict' };
      }
      return { kind: 'failed', error };
    }
  }

  /**
   * The person's answer to a conflict. Keep mine: save over the version stored now ('submit').
   * Take theirs: the stored version in the form, or 'close' when it was deleted.
   */
  resolve(mine: boolean): 'submit' | 'close' | null {
    this.refused = false;
    const latest = this.latest;
    if (mine) {
      this.base = latest ?? null;
      return 'submit';
    }
    if (!latest) return 'close';
    this.values = formValues(this.props.entity, latest);
    this.base = latest;
    return null;
  }
}
