/**
 * "Publicera som fil": the chosen region's records (example data only when "Ta med exempeldata" is
 * ticked, as for the bundle), the themes and the loaded boundaries, put into the publication template
 * (built beside the app, fetched from the app's own origin) and downloaded as
 * `planatlas-<region>-<yyyy-mm-dd>.html`. The file's views are the app's (src/viewer.ts).
 */
import { t } from '$lib/i18n';
import { readTables } from '$lib/db/importer';
import { hasRecords, withoutExamples } from '$lib/db/example';
import { isLost } from '$lib/db/open';
import { EXPORT_TABLES, scopedRecords, type Scope } from '$lib/io/exporting';
import { slug } from '$lib/io/bundle';
import { downloadText } from '$lib/io/download';
import { embedPublication, publicationFileName, TEMPLATE_FILE, type Publication } from '$lib/io/publish';
import { reportSources } from '$lib/domain/kommunblad';
import { regionMembers } from '$lib/domain/stats';
import { todayIso } from '$lib/domain/dates';
import { register } from '$lib/domain/register';
import type { Measure, Plan } from '$lib/domain/model';
import type { Rec } from '$lib/domain/merge';
import { live } from './live.svelte';
import { region } from './region.svelte';
import { transfer } from './transfer.svelte';
import { notify, describeError } from './notify.svelte';

/** The newest `uppdaterad` of any row ('' when none has one). */
export function newestUpdate(tables: Record<string, Rec[]>): string {
  let max = '';
  for (const rows of Object.values(tables))
    for (const r of rows) {
      const u = typeof r.uppdaterad === 'string' ? r.uppdaterad : '';
      if (u > max) max = u;
    }
  return max;
}

class Publisher {
  busy = $state(false);

  async publish(): Promise<void> {
    this.busy = true;
    try {
      if (isLost()) throw new Error(t.storage.lost);
      const all = await readTables(EXPORT_TABLES);
      const chosen = transfer.includeExample ? all : withoutExamples(all);
      const scope: Scope = region.id
        ? {
            members: region.memberSet,
            regionId: region.id,
            membersOf: (id) => regionMembers(id, register, live.regions),
          }
        : {};
      const tables = Object.fromEntries(EXPORT_TABLES.map((e) => [e, scopedRecords(e, chosen[e] ?? [], scope)]));
      // An example region without the example data would be a file whose banner names a region that
      // is not in it (its views would show Hela Sverige): say so instead.
      const inFile = (rows: Rec[] | undefined) => (rows ?? []).some((r) => r.id === region.id);
      if (region.id && !inFile(tables.regions) && inFile(all.regions)) {
        notify.say(t.publish.exampleRegion(region.name), 'error');
        return;
      }
      if (!hasRecords(tables)) {
        notify.say(hasRecords(all) ? t.storage.onlyExample : t.storage.emptyExport, 'error');
        return;
      }
      const res = await fetch(TEMPLATE_FILE);
      if (!res.ok) throw new Error(t.publish.noTemplate);
      const published = new Date().toISOString();
      const members = new Set(region.members);
      const data: Publication = {
        meta: {
          region: region.id,
          regionName: region.name,
          published,
          dataDate: newestUpdate(tables),
          sources: reportSources(tables.plans as Plan[], tables.measures as Measure[], members),
        },
        tables,
        boundaries: live.boundaries,
      };
      const name = publicationFileName(slug(region.name), todayIso());
      downloadText(embedPublication(await res.text(), data), name, 'text/html;charset=utf-8');
      notify.say(t.publish.published(name));
    } catch (e) {
      notify.say(describeError(e), 'error');
    } finally {
      this.busy = false;
    }
  }
}

export const publisher = new Publisher();
