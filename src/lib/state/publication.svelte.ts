/**
 * The published file's own state (src/viewer.ts fills it from the embedded data): what the file says
 * about itself, and "Ladda ner data (paket)", which writes the bundle "Exportera paket" would for
 * the same records (io/exporting.ts bundleBytes: same tables, order and bytes).
 */
import { t } from '$lib/i18n';
import { bundleBytes, EXPORT_TABLES } from '$lib/io/exporting';
import { bundleFileName } from '$lib/io/bundle';
import { downloadBlob } from '$lib/io/download';
import type { PublicationMeta } from '$lib/io/publish';
import { live } from './live.svelte';
import { notify, describeError } from './notify.svelte';

class PublishedFile {
  /** Set when the file holds data (the bare template has none). */
  meta = $state.raw<PublicationMeta | null>(null);

  /** The bundle of the file's records: its region, created when the file was published. */
  bundle(): { name: string; bytes: Uint8Array } | null {
    const m = this.meta;
    if (!m) return null;
    const tables = Object.fromEntries(EXPORT_TABLES.map((e) => [e, live.rows(e)]));
    const bytes = bundleBytes(
      tables,
      {},
      { region: m.region, regionName: m.regionName, created: m.published, app: 'planatlas' },
    );
    return { name: bundleFileName(m.region ? m.regionName : '', m.published.slice(0, 10)), bytes };
  }

  download(): void {
    try {
      const b = this.bundle();
      if (!b) return;
      downloadBlob(new Blob([b.bytes as BlobPart], { type: 'application/zip' }), b.name);
      notify.say(t.publish.downloaded(b.name));
    } catch (e) {
      notify.say(describeError(e), 'error');
    }
  }
}

export const publication = new PublishedFile();
