/**
 * The texts io reports in: errors that name file, row and column, notes, and the words written
 * into workbooks. io does not import lib/i18n (layer rule: io imports only domain), so the
 * composition root hands the active catalogue over once — the page in `src/main.ts`, each
 * worker in its entry file (`src/lib/workers/*.worker.ts`), the unit tests in `tests/unit/setup.ts`.
 * The type import below is erased at build: io reads no language setting of its own.
 */
import type { Messages } from '$lib/i18n/sv';
import { msgCode, type Msg } from '$lib/domain/messages';

let current: Messages | undefined;
let render: (m: Msg) => string = msgCode;

/** Hand io the catalogue of the active language and the renderer of domain messages. */
export function useTexts(messages: Messages, say: (m: Msg) => string): void {
  current = messages;
  render = say;
}

/** The active catalogue; a call before `useTexts` is a programming error and says so. */
export function tx(): Messages {
  if (!current) throw new Error('lib/io: useTexts() was not called by the entry point');
  return current;
}

/** A domain message in the active language. */
export const sayMsg = (m: Msg): string => render(m);
