/**
 * Storage safety: persistent storage asked for, usage and quota shown, a reminder to export a backup.
 * The browser may delete non-persistent site data (Safari after 7 days without a visit).
 */
import { getMeta, setMeta } from '$lib/db/repos';

const DAY = 86_400_000;
export const BACKUP_DAYS = 30;
/** Meta key: when the first import asked the browser for persistent storage (it asks once). */
const PERSIST_ASKED = 'bestandigLagringBegard';

class StorageState {
  supported = typeof navigator !== 'undefined' && !!navigator.storage?.estimate;
  persisted = $state<boolean | null>(null);
  usage = $state(0);
  quota = $state(0);
  lastExport = $state<string | null>(null);

  async refresh(): Promise<void> {
    if (this.supported) {
      const e = await navigator.storage.estimate();
      this.usage = e.usage ?? 0;
      this.quota = e.quota ?? 0;
      this.persisted = (await navigator.storage.persisted?.()) ?? null;
    }
    this.lastExport = ((await getMeta('senasteExport')) as string | undefined) ?? null;
  }

  /**
   * The next import asks for persistent storage (`askAtImport`): it has not been asked for in this
   * browser, and the browser has not granted it. The preview says why before the person presses Importera.
   */
  asksAtImport = $state(false);

  /** Find out whether the next import asks (before the preview is shown). */
  async prepareAsk(): Promise<void> {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return;
    const granted = (await navigator.storage.persisted?.()) ?? false;
    this.asksAtImport = !granted && !(await getMeta(PERSIST_ASKED));
  }

  /**
   * At the first import (the person has just pressed Importera): ask for persistent storage, once. Not
   * when Data opens: Firefox asks the person, and a question out of context is one people refuse.
   * Synchronous up to the browser's call, so the request comes with the click.
   */
  askAtImport(now = new Date().toISOString()): void {
    if (!this.asksAtImport) return;
    this.asksAtImport = false;
    void this.requestPersist();
    void setMeta(PERSIST_ASKED, now);
  }

  /** Ask the browser for persistent storage (unless it is granted already); the answer is kept in `persisted`. */
  async requestPersist(): Promise<void> {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist || this.persisted) return;
    this.persisted = await navigator.storage.persist();
  }

  async exported(now = new Date().toISOString()): Promise<void> {
    await setMeta('senasteExport', now);
    this.lastExport = now;
  }

  /** Days since the last backup export, or null when there has never been one. */
  daysSinceExport(now = Date.now()): number | null {
    return this.lastExport ? Math.floor((now - Date.parse(this.lastExport)) / DAY) : null;
  }
}

export const storage = new StorageState();

/** Is a backup reminder due? Only when there is data, and no export for BACKUP_DAYS days (or never). */
export function backupDue(hasData: boolean, daysSince: number | null): boolean {
  return hasData && (daysSince === null || daysSince >= BACKUP_DAYS);
}
