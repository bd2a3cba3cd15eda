import type { Route } from './url';

/**
 * The views the published file leaves out: they only make sense with the app's database.
 * scripts/viewer-plugin.ts puts a page saying so (NotPublished) in their place.
 */
export const NOT_PUBLISHED: readonly Route[] = ['data', 'teman', 'insamling'];

/**
 * Read-only mode: true only in the published file (src/viewer.ts sets it before anything is drawn).
 * The published file's build leaves out every import, edit and delete control (scripts/viewer-plugin.ts
 * OMITTED); a view reads this flag only where a link to such a control stays in the view itself
 * (Karta's "Hämta från Kolada", Bevakning's "Påminn"), and `has` where it links to another view.
 */
export const published = {
  readOnly: false,
  /** Is the route's view here? Every view in the app; in the published file all but NOT_PUBLISHED. */
  has(route: Route): boolean {
    return !this.readOnly || !NOT_PUBLISHED.includes(route);
  },
};
