/**
 * The one undo of the app (issue 11): an import, the removal of the example data and every hand
 * edit are history entries (lib/db/history.ts), undone by the same rules. This controller holds
 * the confirmation (one dialog, hosted by the shell) and offers "Ångra" in the status after a save.
 */
import { register } from '$lib/domain/register';
import { t } from '$lib/i18n';
import { undoEntry, type EditInfo, type EditLabel, type UndoReport } from '$lib/db/repos';
import { attempt, notify } from './notify.svelte';

/** A hand edit in words, in the person's language ("Ändrade åtgärd 'X' i Borås"). */
export function editLabel(l: EditLabel): string {
  const tu = t.undoEdits;
  const kommun = l.kommunkod ? register.name(l.kommunkod) : '';
  return tu.label(l.op, tu.nouns[l.table] ?? tu.record, l.title, kommun, l.other ?? '', l.count ?? 0);
}

export interface UndoTarget {
  id: string;
  /** What is undone, in words (a file name or an edit's label). */
  title: string;
  /** A hand edit (its own wording) or an import / example removal. */
  edit: boolean;
}

export class UndoController {
  open = $state(false);
  target = $state.raw<UndoTarget | null>(null);
  report = $state.raw<UndoReport | null>(null);

  /** Show what undo would do and ask (the history lists). */
  async ask(target: UndoTarget): Promise<void> {
    const r = await attempt(() => undoEntry(target.id, { dryRun: true }));
    if (!r) return;
    [this.target, this.report, this.open] = [target, r, true];
  }

  /**
   * "Ångra" right after a change: done at once when nothing changed since and no link is cleared;
   * otherwise the same question as from the history.
   */
  async quick(target: UndoTarget): Promise<void> {
    const r = await attempt(() => undoEntry(target.id, { dryRun: true }));
    if (!r) return;
    if (r.changed.length || r.detached) [this.target, this.report, this.open] = [target, r, true];
    else await this.run(target, false);
  }

  async confirm(force: boolean): Promise<void> {
    const target = this.target;
    this.open = false;
    if (target) await this.run(target, force);
  }

  private async run(target: UndoTarget, force: boolean): Promise<void> {
    const r = await attempt(() => undoEntry(target.id, { force }));
    if (!r) return;
    if (!r.restored && !r.changed.length) notify.say(t.storage.undo.nothing);
    else if (target.edit) notify.say(t.undoEdits.done(target.title, r.changed.length));
    else notify.say(r.changed.length ? t.storage.undo.done(r.restored, r.changed.length) : t.transfer.undoDone);
  }
}

export const undo = new UndoController();

/** Say that a hand edit was saved, offering "Ångra: <what>" (nothing to offer when nothing changed). */
export function sayEdited(message: string, edit: EditInfo | null | undefined): void {
  if (!edit) return notify.say(message);
  const title = editLabel(edit.label);
  notify.say(message, 'info', {
    text: t.undoEdits.undo,
    label: t.undoEdits.undoNamed(title),
    undo: true,
    run: () => {
      notify.clear();
      void undo.quick({ id: edit.id, title, edit: true });
    },
  });
}
