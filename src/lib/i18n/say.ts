/** Renders the message codes of lib/domain (`Msg`) in the active language, or in a given catalogue. */
import { renderMsg, type DomainMessages, type Msg } from '$lib/domain/messages';
import { t } from './index';
import type { Messages } from './sv';

/** The domain's catalogue inside a language's messages (the compiler checks that every code has a text). */
export function domainCatalogue(m: Messages): DomainMessages {
  return {
    ...m.err,
    numberEmpty: m.io.number.empty,
    numberInvalid: m.io.number.invalid,
    numberAmbiguous: m.io.number.ambiguous,
    numberTooLarge: m.io.number.tooLarge,
    numberWhole: m.io.number.whole,
    numberRange: m.io.number.range,
  };
}

const active = domainCatalogue(t);

/** A domain message in the active language. */
export const say = (m: Msg): string => renderMsg(m, active);

/** A domain message in the language of `messages` (tests, and anything rendering another language). */
export const sayIn = (messages: Messages, m: Msg): string => renderMsg(m, domainCatalogue(messages));
