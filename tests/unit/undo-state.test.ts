import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '$lib/db/db';
import { saveRecordEdit } from '$lib/db/repos';
import { ACTION_MS, INFO_MS, Notifier, notify } from '$lib/state/notify.svelte';
import { editLabel, sayEdited, undo } from '$lib/state/undo.svelte';
import type { Measure } from '$lib/domain/model';
import { T } from './support/tables';
import { aMeasure } from './support/records';

const measure = (id: string, titel: string): Measure => aMeasure(id, { titel });

beforeEach(async () => {
  await db.delete();
  await db.open();
  notify.clear();
  undo.open = false;
});
afterEach(() => vi.useRealTimers());

describe('editLabel', () => {
  it.each([
    [{ op: 'update', table: 'measures', title: 'X', kommunkod: '1490' }, "Ändrade åtgärd 'X' i Borås"],
    [{ op: 'create', table: 'plans', title: 'P' }, "Lade till plan 'P'"],
    [{ op: 'delete', table: 'plans', title: 'P', kommunkod: '1490' }, "Tog bort plan 'P' i Borås"],
    [{ op: 'delete', table: 'regions', title: 'Sjuhärad' }, "Tog bort grupp 'Sjuhärad'"],
    [{ op: 'deleteTheme', table: 'themes', title: 'A', other: '' }, "Tog bort tema 'A'"],
    [{ op: 'deleteTheme', table: 'themes', title: 'A', other: 'B' }, "Tog bort tema 'A' (flyttat till 'B')"],
    [{ op: 'mergeThemes', table: 'themes', title: 'A', other: 'B' }, "Slog ihop tema 'A' med 'B'"],
    [{ op: 'restoreThemes', table: 'themes', title: '', count: 2 }, 'Återställde 2 standardteman'],
    [{ op: 'update', table: 'indicators', title: 'I' }, "Ändrade post 'I'"],
  ] as const)('%j → %s', (label, want) => expect(editLabel(label)).toBe(want));
});

describe('the status with an action', () => {
  it.each([
    ['without an action it goes after INFO_MS', false, INFO_MS],
    ['with "Ångra" it stays ACTION_MS', true, ACTION_MS],
  ])('%s', (_, withAction, ms) => {
    vi.useFakeTimers();
    const n = new Notifier();
    n.say('Sparat', 'info', withAction ? { text: 'Ångra', label: 'Ångra: x', run: () => {} } : null);
    vi.advanceTimersByTime(ms - 1);
    expect(n.message).toBe('Sparat');
    vi.advanceTimersByTime(2);
    expect([n.message, n.action]).toEqual(['', null]);
  });

  it('is held while pointed at or focused, then goes after a full while', () => {
    vi.useFakeTimers();
    const n = new Notifier();
    n.say('Sparat', 'info', { text: 'Ångra', label: 'Ångra: x', run: () => {} });
    n.hold();
    vi.advanceTimersByTime(ACTION_MS * 3);
    expect(n.message).toBe('Sparat');
    n.release();
    vi.advanceTimersByTime(ACTION_MS + 1);
    expect(n.message).toBe('');
  });
});

describe('"Ångra" after a hand edit', () => {
  it('undoes at once when nothing changed since', async () => {
    await T.measures.put(measure('m1', 'Gammal'));
    const [m1] = await T.measures.stored();
    const { edit } = await saveRecordEdit('measures', { ...m1, titel: 'Ny' }, m1);
    sayEdited('Sparat', edit);
    expect(notify.action?.label).toBe("Ångra: Ändrade åtgärd 'Ny' i Borås");
    await undo.quick({ id: edit!.id, title: 'x', edit: true });
    expect((await T.measures.get('m1'))!.titel).toBe('Gammal');
    expect(undo.open).toBe(false);
    expect(notify.message).toBe('Ångrat: x.');
  });

  it('asks when the record changed since, and keeps the later version unless forced', async () => {
    await T.measures.put(measure('m1', 'Gammal'));
    const [m1] = await T.measures.stored();
    const first = await saveRecordEdit('measures', { ...m1, titel: 'Ny' }, m1);
    await saveRecordEdit('measures', { ...first.value, titel: 'Senare' }, first.value);
    await undo.quick({ id: first.edit!.id, title: 'x', edit: true });
    expect(undo.open).toBe(true);
    expect(undo.report?.changed.map((c) => c.key)).toEqual(['m1']);
    await undo.confirm(false);
    expect((await T.measures.get('m1'))!.titel).toBe('Senare');
    expect(notify.message).toBe('Ångrat: x. En post som ändrats sedan dess behölls.');
  });

  it('says so when nothing is left to undo (undone already, e.g. in another tab)', async () => {
    const { edit } = await saveRecordEdit('measures', measure('m1', 'Ny'), null);
    await undo.quick({ id: edit!.id, title: 'x', edit: true });
    await undo.quick({ id: edit!.id, title: 'x', edit: true });
    expect(notify.message).toBe('Inget att ångra.');
  });

  it('a save that changed nothing offers no "Ångra"', () => {
    sayEdited('Sparat', null);
    expect([notify.message, notify.action]).toEqual(['Sparat', null]);
  });
});
