/**
 * The published file's stand-in for watch.ts (scripts/viewer-plugin.ts OMITTED): the file has no
 * database — its data is in memory (LiveData.show) — so Dexie is not in it, and a subscription is an error.
 */
import type * as watch from './watch';

const none = (): never => {
  throw new Error('The published file has no database');
};

export const watchTable: typeof watch.watchTable = none;
export const watchImports: typeof watch.watchImports = none;
export const watchBoundaries: typeof watch.watchBoundaries = none;
