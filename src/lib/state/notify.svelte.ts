import { t } from '$lib/i18n';

/** Short status messages for the polite live region ("Sparat", "Exempeldata laddad"). */
export class Notifier {
  message = $state('');
  kind = $state<'info' | 'error'>('info');
  private timer: ReturnType<typeof setTimeout> | undefined;

  say(message: string, kind: 'info' | 'error' = 'info'): void {
    this.message = message;
    this.kind = kind;
    clearTimeout(this.timer);
    if (kind === 'info') this.timer = setTimeout(() => (this.message = ''), 6000);
  }

  clear(): void {
    this.message = '';
  }
}

export const notify = new Notifier();

/** Run a database action and turn any failure into a visible message (ARCHITECTURE rule 8). */
export async function attempt<T>(action: () => Promise<T>, success?: string): Promise<T | undefined> {
  try {
    const v = await action();
    if (success) notify.say(success);
    return v;
  } catch (e) {
    notify.say(describeError(e), 'error');
    return undefined;
  }
}

export function describeError(e: unknown): string {
  const err = e as { name?: string; message?: string; inner?: { name?: string } };
  const name = err?.inner?.name ?? err?.name ?? '';
  if (name === 'QuotaExceededError') {
    return t.app.quota;
  }
  return t.app.saveFailed(err?.message ?? String(e));
}
