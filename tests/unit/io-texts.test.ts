import { afterEach, describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { sv } from '$lib/i18n/sv';
import { sayIn } from '$lib/i18n/say';
import { msg } from '$lib/domain/messages';
import { sayMsg, tx, useTexts } from '$lib/io/texts';
import { parseCsvText } from '$lib/io/csv';

// io reports in the language its entry point hands it (src/main.ts, each worker, tests/unit/setup.ts).
describe('io/texts', () => {
  afterEach(() => useTexts(sv, (m) => sayIn(sv, m), sv));

  it.each([
    ['sv', sv],
    ['en', en],
  ] as const)('io speaks %s once handed that catalogue', (_lang, messages) => {
    useTexts(messages, (m) => sayIn(messages, m), sv);
    expect(tx()).toBe(messages);
    expect(sayMsg(msg('required'))).toBe(messages.err.required);
    const r = parseCsvText('', 'tom.csv', 'utf-8');
    expect(r).toEqual({ ok: false, issues: [{ file: 'tom.csv', severity: 'error', message: messages.io.csv.empty }] });
  });
});
