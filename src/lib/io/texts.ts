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
let files: Messages | undefined;
let render: (m: Msg) => string = msgCode;

/**
 * Hand io the catalogue of the active language, the renderer of domain messages, and the catalogue
 * of the words written into files (always the Swedish one: a bundle's titles do not depend on the
 * interface language, like its CSV headers).
 */
export function useTexts(messages: Messages, say: (m: Msg) => string, fileMessages: Messages): void {
  current = messages;
  render = say;
  files = fileMessages;
}

/** The active catalogue; a call before `useTexts` is a programming error and says so. */
export function tx(): Messages {
  if (!current) throw new Error('lib/io: useTexts() was not called by the entry point');
  return current;
}

/** The words written into files whatever the interface language (Swedish): datapackage.json's titles. */
export function fileTx(): Messages {
  if (!files) throw new Error('lib/io: useTexts() was not called by the entry point');
  return files;
}

/** A domain message in the active language. */
export const sayMsg = (m: Msg): string => render(m);
