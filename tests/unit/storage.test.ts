import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
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
