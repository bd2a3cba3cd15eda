import { t } from '$lib/i18n';

/** An action the status offers next to its message ("Ångra" after a save). */
export interface StatusAction {
  /** Visible text of the button. */
  text: string;
  /** Its accessible name ("Ångra: Ändrade åtgärd 'X'"). */
  label: string;
  run: () => void;
  /** It undoes the change just made (Ctrl+Z runs it). */
  undo?: boolean;
}

/** How long an info message stays; one with an action stays longer, and not while pointed at or focused. */
export const INFO_MS = 6000;
export const ACTION_MS = 10000;

/** Short status messages for the polite live region ("Sparat", "Exempeldata laddad"), maybe with an action. */
export class Notifier {
  message = $state('');
  kind = $state<'info' | 'error'>('info');
  action = $state.raw<StatusAction | null>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private held = false;

  say(message: string, kind: 'info' | 'error' = 'info', action: StatusAction | null = null): void {
    this.message = message;
    this.kind = kind;
    this.action = action;
    this.schedule();
  }

  /** Keep the message while the person points at it or has focus in it (its button must not vanish under them). */
  hold(): void {
    this.held = true;
    clearTimeout(this.timer);
  }

  release(): void {
    this.held = false;
    this.schedule();
  }

  clear(): void {
    clearTimeout(this.timer);
    this.message = '';
    this.action = null;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.kind === 'info' && this.message && !this.held)
      this.timer = setTimeout(() => this.clear(), this.action ? ACTION_MS : INFO_MS);
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
