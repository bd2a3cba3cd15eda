/**
 * Read-only mode: true only in the published file (src/viewer.ts sets it before anything is drawn).
 * The published file's build leaves out every import, edit and delete control (scripts/viewer-plugin.ts
 * OMITTED); a view reads this flag only where a link to such a control stays in the view itself
 * (Karta's "Hämta från Kolada").
 */
export const published = { readOnly: false };
