/**
 * The `kalla` the app writes itself. Stored values belong to the exchange format (Swedish, like its
 * column names and codes), so they are the same whatever the interface language: EXAMPLE_SOURCE
 * (example.ts), ADOPTED_SOURCE (db/example.ts), 'redigering' (db/edits.ts), 'Kolada' and
 * 'Kolada (hämtat …)' (io), a file's name or a bundle's region on import, and MANUAL_SOURCE.
 * Records stored before keep what they have.
 */

/** `kalla` of a record entered in a form: new, or saved from a record that had none. */
export const MANUAL_SOURCE = 'Inmatad i Planatlas';

/** The `kalla` a form saves: the record's own when it has one, else MANUAL_SOURCE. */
export const formSource = (previous: unknown): string => (typeof previous === 'string' && previous) || MANUAL_SOURCE;
