/**
 * The database's life: opening it, and noticing when it stops being ours — a newer version opened
 * in another tab, an upgrade blocked by this tab, or the database deleted or evicted under the open
 * page (site data cleared, the browser reclaiming space). A lost database is closed for good so
 * that no later write silently lands in a fresh, empty one (RELIABILITY 35).
 */
import { db } from './db';

export type OpenResult = { ok: true } | { ok: false; reason: 'unavailable' | 'error'; message: string };

export interface Lifecycle {
  /** This tab holds an old connection that blocks another tab's upgrade or delete. */
  onBlocked?: () => void;
  /** A newer schema version was opened elsewhere: this tab must reload. */
  onVersionChange?: () => void;
  /** The database was deleted or evicted under the page. */
  onLost?: () => void;
}

const SESSION_KEY = 'databasId';
let intentional = false;
let lost = false;
let timer: ReturnType<typeof setInterval> | undefined;
let expectedId: unknown;

/** The marker this page found or wrote at open (undefined before it is open): another database under the same name has another. */
export const databaseMarker = (): { key: string; value: unknown } | undefined =>
  expectedId === undefined ? undefined : { key: SESSION_KEY, value: expectedId };

/** Has the database been lost under this page? */
export const isLost = (): boolean => lost;

function markLost(cb?: () => void): void {
  if (lost) return;
  lost = true;
  clearInterval(timer);
  intentional = true;
  db.close({ disableAutoOpen: true });
  cb?.();
}

/**
 * Open the database and watch it. Every event becomes a callback the shell turns into a visible
 * message with a next step. `checkEvery` ms a cheap read confirms the database is still the one
 * opened (0: no periodic check).
 */
export async function openDatabase(life: Lifecycle = {}, checkEvery = 5000): Promise<OpenResult> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return { ok: false, reason: 'unavailable', message: '' };
  lost = false;
  intentional = false;
  db.on('blocked', () => life.onBlocked?.());
  db.on('versionchange', (ev: IDBVersionChangeEvent) => {
    intentional = true;
    db.close({ disableAutoOpen: true });
    if (ev.newVersion === null) markLost(life.onLost);
    else life.onVersionChange?.();
    return false;
  });
  // Closed by the browser (site data cleared, eviction, a page put in the back-forward cache):
  // whether the database is still ours is what the marker tells.
  db.on('close', () => {
    if (!intentional) void checkDatabase(life.onLost);
  });
  try {
    await db.open();
    expectedId = await db.meta.get(SESSION_KEY).then((e) => e?.value);
    if (expectedId === undefined) {
      expectedId = `${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
      await db.meta.put({ key: SESSION_KEY, value: expectedId });
    }
  } catch (e) {
    const err = e as Error;
    if (err?.name === 'MissingAPIError' || err?.name === 'InvalidStateError')
      return { ok: false, reason: 'unavailable', message: '' };
    return { ok: false, reason: 'error', message: err?.message ?? String(e) };
  }
  if (checkEvery > 0) timer = setInterval(() => void checkDatabase(life.onLost), checkEvery);
  return { ok: true };
}

/** The cheap periodic check: is the marker written at open still there? */
export async function checkDatabase(onLost?: () => void): Promise<boolean> {
  if (lost) return false;
  try {
    const id = (await db.meta.get(SESSION_KEY))?.value;
    if (id === expectedId) return true;
  } catch {
    // A closed or vanished database fails the read: that is the answer.
  }
  markLost(onLost);
  return false;
}

/** Close the database on purpose (tests, page teardown). */
export function closeDatabase(): void {
  intentional = true;
  clearInterval(timer);
  db.close();
}
