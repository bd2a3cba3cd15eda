/**
 * The published file's entry point (viewer.html, built by scripts/viewer-plugin.ts into one HTML
 * file): the same views as the app over the data embedded in the file, read-only and in memory. It
 * opens no database, registers no service worker and fetches nothing.
 */
import { mount } from 'svelte';
import Viewer from './Viewer.svelte';
import './app.css';
import { t } from './lib/i18n';
import { say } from './lib/i18n/say';
import { sv } from './lib/i18n/sv';
import { useTexts } from './lib/io/texts';
import { DATA_ID, readPublication } from './lib/io/publish';
import { live, type LiveTables } from './lib/state/live.svelte';
import { publication } from './lib/state/publication.svelte';
import { published } from './lib/state/published';

useTexts(t, say, sv);
published.readOnly = true;

// The data is JSON in a <script type="application/json"> block: parsed, never executed.
const data = readPublication(document.getElementById(DATA_ID)?.textContent);
if (data) {
  publication.meta = data.meta;
  // Rows as the app read them from its database when publishing, with this file's own views.
  live.show(data.tables as Partial<LiveTables>, data.boundaries);
}

const target = document.getElementById('app');
if (!target) throw new Error('#app saknas i filen');
export default mount(Viewer, { target });
