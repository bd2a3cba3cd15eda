import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_DAYS, backupDue, storage } from '$lib/state/storage.svelte';
import { db } from '$lib/db/db';

describe('backup reminder', () => {
  it.each([
    [false, null, false],
    [true, null, true],
    [true, BACKUP_DAYS - 1, false],
    [true, BACKUP_DAYS, true],
    [false, 400, false],
  ])('data %s, days since export %s → due %s', (has, days, due) => expect(backupDue(has, days)).toBe(due));

  it('remembers the last export and counts days since', async () => {
    await db.delete();
    await db.open();
    await storage.refresh();
    expect(storage.daysSinceExport()).toBeNull();
    await storage.exported('2026-01-01T00:00:00.000Z');
    expect(storage.daysSinceExport(Date.parse('2026-01-31T12:00:00Z'))).toBe(30);
    storage.lastExport = null;
    await storage.refresh();
    expect(storage.lastExport).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('persistent storage is asked for at the first import, once (issue 26)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    storage.persisted = null;
    storage.asksAtImport = false;
  });

  /** A browser whose storage is `granted` already or not; `persist` counts the requests. */
  function browser(granted: boolean | undefined) {
    const persist = vi.fn(() => Promise.resolve(false));
    const api = granted === undefined ? {} : { persisted: () => Promise.resolve(granted), persist };
    vi.stubGlobal('navigator', { storage: api });
    return persist;
  }

  it.each([
    ['granted already', true, false, 0],
    ['not granted, never asked', false, false, 1],
    ['not granted, asked before', false, true, 0],
    ['no persist() in this browser', undefined, false, 0],
  ])('%s: %i request(s) at the import', async (_, granted, askedBefore, requests) => {
    await db.delete();
    await db.open();
    if (askedBefore) await db.meta.put({ key: 'bestandigLagringBegard', value: '2026-01-01T00:00:00.000Z' });
    const persist = browser(granted);
    await storage.prepareAsk();
    expect(storage.asksAtImport).toBe(requests === 1);
    storage.askAtImport('2026-12-07T06:00:00.000Z');
    // Asked at once, within the person's click (nothing awaited before the browser's call).
    expect(persist).toHaveBeenCalledTimes(requests);
    // Asked once: the next import does not ask.
    await storage.prepareAsk();
    expect(storage.asksAtImport).toBe(false);
    storage.askAtImport();
    expect(persist).toHaveBeenCalledTimes(requests);
  });
});
