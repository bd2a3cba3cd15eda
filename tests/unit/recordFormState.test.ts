// RecordFormState (src/views/parts/recordForm.svelte.ts): the record form's controller, headless — its
// values on opening, validation, the record a save builds, and the choices after a conflicting edit.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import { RecordFormState, type RecordFormProps, type SaveRecord } from '../../src/views/parts/recordForm.svelte';
import { LiveData } from '$lib/state/live.svelte';
import { ConflictError } from '$lib/db/errors';
import { MANUAL_SOURCE } from '$lib/domain/provenance';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import type { EntityName } from '$lib/domain/records';
import { ENUM_LABELS } from '$lib/domain/model';

const NOW = '2024-05-01T10:00:00.000Z';
type Rec = Record<string, unknown>;

function setup(props: Partial<RecordFormProps> & { entity: EntityName }, save: SaveRecord = async () => {}) {
  const data = new LiveData();
  data.themes = DEFAULT_THEMES.map((th) => ({ ...th }));
  // The record edited is stored (a test of a change elsewhere replaces the table).
  if (props.record) (data as unknown as Record<string, Rec[]>)[props.entity] = [props.record];
  const saves = vi.fn(save);
  const form = new RecordFormState({ record: null, defaults: {}, ...props }, data, saves, () => NOW);
  form.reset();
  return { form, data, saves };
}

describe('opening the form', () => {
  it.each([
    {
      name: 'a new plan: the defaults, each enum at its first code',
      props: { entity: 'plans' as const, defaults: { kommunkod: 'Borås' } },
      expected: { kommunkod: 'Borås', status: 'ej_paborjad' },
      base: null,
    },
    {
      name: 'a new measure: no defaults, the status enum at its first code',
      props: { entity: 'measures' as const },
      expected: { status: Object.keys(ENUM_LABELS.measureStatus)[0] },
      base: null,
    },
    {
      name: 'an existing plan: its values, the municipality by name',
      props: { entity: 'plans' as const, record: aPlan('p1', { titel: 'Barnplan' }) as Rec },
      expected: { kommunkod: 'Borås', titel: 'Barnplan', status: 'antagen' },
      base: 'record',
    },
  ])('$name', ({ props, expected, base }) => {
    const { form } = setup(props);
    expect(form.values).toMatchObject(expected);
    expect(form.base).toBe(base === 'record' ? (props as { record: Rec }).record : null);
    expect(form.errors).toEqual([]);
    expect(form.changed).toBe(false);
  });

  it('opening again forgets the errors, the refusal and the rejected suggestions', async () => {
    const { form } = setup({ entity: 'plans' });
    expect((await form.submit()).kind).toBe('invalid');
    form.reject('skola');
    form.refused = true;
    form.reset();
    expect([form.errors, form.rejected, form.refused]).toEqual([[], [], false]);
  });
});

describe('submitting', () => {
  const stored = aPlan('1490-p-0001', { titel: 'Gammal titel', kalla: 'planer.csv' });
  it.each([
    {
      name: 'a new plan without a title is not saved; the error names the field',
      record: null,
      values: { kommunkod: 'Borås', titel: '' },
      outcome: 'invalid',
      errorField: 'titel',
    },
    {
      name: 'an unknown municipality is not saved',
      record: null,
      values: { kommunkod: 'Atlantis', titel: 'Plan' },
      outcome: 'invalid',
      errorField: 'kommunkod',
    },
    {
      name: 'a new plan gets an id of its municipality, the manual source and the time',
      record: null,
      values: { kommunkod: 'Borås', titel: 'Ny plan' },
      outcome: 'saved',
      saved: { kommunkod: '1490', titel: 'Ny plan', kalla: MANUAL_SOURCE, uppdaterad: NOW },
      id: /^1490-p-[0-9a-f]{8}$/,
      base: null,
    },
    {
      name: 'an edited plan keeps its id and its source; the base is the version opened',
      record: stored,
      values: { titel: 'Ny titel' },
      outcome: 'saved',
      saved: { id: stored.id, titel: 'Ny titel', kalla: 'planer.csv', uppdaterad: NOW },
      id: /^1490-p-0001$/,
      base: stored,
    },
  ])('$name', async ({ record, values, outcome, errorField, saved, id, base }) => {
    const { form, saves } = setup({ entity: 'plans', record: record as Rec | null });
    Object.assign(form.values, values);
    expect((await form.submit()).kind).toBe(outcome);
    if (errorField) {
      expect(saves).not.toHaveBeenCalled();
      expect(form.errors.map((e) => e.field)).toContain(errorField);
      return;
    }
    expect(saves).toHaveBeenCalledTimes(1);
    const [entity, rec, b] = saves.mock.calls[0];
    expect(entity).toBe('plans');
    expect(rec).toMatchObject(saved!);
    expect(rec.id).toMatch(id!);
    expect(b).toBe(base);
  });

  it.each([
    {
      name: 'a refused save (changed elsewhere) is a conflict',
      error: new ConflictError('plans', 'p', null),
      kind: 'conflict',
      refused: true,
    },
    { name: 'another failure is handed back', error: new Error('disk full'), kind: 'failed', refused: false },
  ])('$name', async ({ error, kind, refused }) => {
    const { form } = setup({ entity: 'plans', record: aPlan('p1') as Rec }, async () => {
      throw error;
    });
    const outcome = await form.submit();
    expect(outcome.kind).toBe(kind);
    if (outcome.kind === 'failed') expect(outcome.error).toBe(error);
    expect(form.refused).toBe(refused);
  });
});

describe('a record changed elsewhere while the form is open', () => {
  const opened = { ...aPlan('p1', { titel: 'Min titel' }), rev: 1 };
  const theirs = { ...opened, titel: 'Deras titel', rev: 2 };
  it.each([
    { name: 'unchanged: no conflict', stored: [opened], changed: false, diffs: [] },
    { name: 'a newer revision: the differing fields', stored: [theirs], changed: true, diffs: ['titel'] },
    { name: 'deleted: every filled field differs', stored: [], changed: true, diffs: ['kommunkod', 'titel', 'status'] },
  ])('$name', ({ stored, changed, diffs }) => {
    const { form, data } = setup({ entity: 'plans', record: opened as Rec });
    data.plans = stored;
    expect(form.changed).toBe(changed);
    expect(form.diffs.map((d) => d.key)).toEqual(diffs);
  });

  it.each([
    {
      name: 'keep mine: saved over the stored version',
      mine: true,
      stored: [theirs],
      next: 'submit',
      titel: 'Min titel',
      base: theirs,
    },
    {
      name: 'take theirs: the stored version in the form',
      mine: false,
      stored: [theirs],
      next: null,
      titel: 'Deras titel',
      base: theirs,
    },
    {
      name: 'take theirs when deleted: the form closes',
      mine: false,
      stored: [],
      next: 'close',
      titel: 'Min titel',
      base: opened,
    },
    {
      name: 'keep mine when deleted: saved anew',
      mine: true,
      stored: [],
      next: 'submit',
      titel: 'Min titel',
      base: null,
    },
  ])('$name', ({ mine, stored, next, titel, base }) => {
    const { form, data } = setup({ entity: 'plans', record: opened as Rec });
    data.plans = stored;
    form.refused = true;
    expect(form.resolve(mine)).toBe(next);
    expect([form.values.titel, form.base, form.refused]).toEqual([titel, base, false]);
  });

  it('one field can be taken from the stored version', () => {
    const { form, data } = setup({ entity: 'plans', record: opened as Rec });
    data.plans = [{ ...theirs, ansvarig: 'Eva' }];
    form.values.ansvarig = 'Per';
    form.takeField('ansvarig');
    expect([form.values.ansvarig, form.values.titel]).toEqual(['Eva', 'Min titel']);
  });
});

describe('choices the form offers', () => {
  it.each([
    { name: 'no municipality chosen: every plan, by title', kommun: '', plans: ['A 1401', 'B 1490', 'C 1490'] },
    { name: 'a municipality chosen: its plans only', kommun: 'Borås', plans: ['B 1490', 'C 1490'] },
  ])('plans of a measure — $name', ({ kommun, plans }) => {
    const { form, data } = setup({ entity: 'measures' });
    data.plans = [
      aPlan('c', { titel: 'C 1490' }),
      aPlan('a', { titel: 'A 1401', kommunkod: '1401' }),
      aPlan('b', { titel: 'B 1490' }),
    ];
    form.values.kommunkod = kommun;
    expect(form.planOptions.map((p) => p.titel)).toEqual(plans);
  });

  // The theme list is by name: "Arbetsmiljö …" (arbetsmiljo), "Samverkan med hälso- …" (halsa), "Samverkan med skola …" (skola).
  it.each([
    { on: ['skola'], off: [], expected: 'skola' },
    { on: ['skola', 'halsa'], off: [], expected: 'halsa|skola' },
    { on: ['skola', 'arbetsmiljo', 'halsa'], off: [], expected: 'arbetsmiljo|halsa|skola' },
    { on: ['skola', 'halsa'], off: ['skola'], expected: 'halsa' },
  ])('themes turned on $on and off $off: $expected', ({ on, off, expected }) => {
    const { form } = setup({ entity: 'measures', record: aMeasure('m', { teman: [] }) as Rec });
    for (const id of on) form.toggle(id, true);
    for (const id of off) form.toggle(id, false);
    expect(form.values.teman).toBe(expected);
    expect([...form.selectedThemes].sort()).toEqual(expected.split('|').sort());
  });

  it('suggests themes from the title, leaves out chosen and rejected ones', () => {
    const { form } = setup({ entity: 'measures' });
    form.values.titel = 'Läxhjälp i skolan och fritidsgård för unga';
    const first = form.suggestions.map((s) => s.themeId);
    expect(first.length).toBeGreaterThan(0);
    form.toggle(first[0], true);
    expect(form.suggestions.map((s) => s.themeId)).not.toContain(first[0]);
    if (first[1]) {
      form.reject(first[1]);
      expect(form.suggestions.map((s) => s.themeId)).not.toContain(first[1]);
    }
  });

  it('a table without themes suggests none', () => {
    const { form } = setup({ entity: 'plans' });
    form.values.titel = 'Läxhjälp i skolan';
    expect(form.suggestions).toEqual([]);
  });
});
