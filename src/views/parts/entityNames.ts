/** An entity's names in the active language, from the registry's i18n keys (`labelKey`, `nounKey`). */
import { t } from '$lib/i18n';
import { ENTITIES, type EntityName } from '$lib/domain/entities';

const names = t.entities as Record<string, string>;
const specOf = (table: string) => (Object.hasOwn(ENTITIES, table) ? ENTITIES[table as EntityName] : undefined);
const name = (key: string | undefined, table: string) => (key && names[key]) || table;

/** The plural name of a table ("Planer"); the table's key when it has none. */
export const entityLabel = (table: string): string => name(specOf(table)?.labelKey, table);
/** The singular name of a table's record ("plan"); the table's key when it has none. */
export const entityNoun = (table: string): string => name(specOf(table)?.nounKey, table);
