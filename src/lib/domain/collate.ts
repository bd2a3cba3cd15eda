/**
 * The one collation of the app: every sort of names, titles and other text a person reads goes
 * through here, so lists sort the same way in every view. ESLint forbids `localeCompare` and
 * `Intl.Collator` anywhere else in src (eslint.config.js, "collation").
 *
 * Swedish rules: å, ä, ö after z; numbers by value ("Område 2" before "Område 10"); case and
 * accents do not decide the order ("ale" and "Ale" are equal: a stable sort keeps their input
 * order, and callers that need a strict order add a tie-break, usually the id).
 */
const SV = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Text in Swedish order (negative, 0 or positive, like any comparator). */
export const compareSv = (a: string, b: string): number => SV.compare(a, b);

/**
 * Codes, ids and ISO dates or timestamps in code-unit order ("2024-01-02" before "2024-01-10"):
 * the order of the characters, not of a language; for values that are not words.
 */
export const compareCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
