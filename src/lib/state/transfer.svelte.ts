/** Export actions and their settings (bundle scope, CSV dialect). */
import { t } from '$lib/i18n';
import { readTables } from '$lib/db/importer';
import { bundleBytes, EXPORT_TABLES, tableCsv, type Scope } from '$lib/io/exporting';
import { bundleFileName } from '$lib/io/bundle';
import { ENTITIES, type EntityName } from '$lib/domain/records';
import { EXCEL_DIALECT, SCRIPT_DIALECT } from '$lib/io/write';
import { downloadBlob, downloadText } from '$lib/io/download';
import { todayIso } from '$lib/domain/dates';
import { region } from './region.svelte';
import { live } from './live.svelte';
import { regionMembers } from '$lib/domain/stats';
import { register } from '$lib/domain/register';
import { notify, describeError } from './notify.svelte';
import { storage } from './storage.svelte';
import { hasRecords, withoutExamples } from '$lib/db/example';
import { isLost } from '$lib/db/open';

class Transfer {
  onlyRegion = $state(false);
  dialect = $state<'excel' | 'script'>('excel');
  busy = $state(false);
  /** Example records go into bundles only when asked for. */
  includeExample = $state(false);

  private scope(): Scope {
    return this.onlyRegion && region.id ? this.regionScope() : {};
  }

  /** The chosen region by the one region rule (a contained group and its events come along). */
  private regionScope(): Scope {
    return {
      members: region.memberSet,
      regionId: region.id,
      membersOf: (id) => regionMembers(id, register, live.regions),
    };
  }

  async exportBundle(): Promise<void> {
    this.busy = true;
    try {
      // Never a "successful" export of a database that is gone or empty (RELIABILITY 35).
      if (isLost()) throw new Error(t.storage.lost);
      const all = await readTables(EXPORT_TABLES);
      const tables = this.includeExample ? all : withoutExamples(all);
      if (!hasRecords(tables)) {
        notify.say(hasRecords(all) ? t.storage.onlyExample : t.storage.emptyExport, 'error');
        return;
      }
      const scoped = this.onlyRegion && region.id;
      const name = bundleFileName(scoped ? region.name : '', todayIso());
      const bytes = bundleBytes(tables, this.scope(), {
        region: scoped ? region.id : '',
        regionName: scoped ? region.name : t.region.all,
        created: new Date().toISOString(),
        app: 'planatlas',
      });
      downloadBlob(new Blob([bytes as BlobPart], { type: 'application/zip' }), name);
      await storage.exported();
      notify.say(t.transfer.exported(name));
    } catch (e) {
      notify.say(describeError(e), 'error');
    } finally {
      this.busy = false;
    }
  }

  /** One table as CSV; `inRegion` limits it to the chosen region, as the table on screen does. */
  async exportCsv(table: EntityName, inRegion: boolean): Promise<void> {
    try {
      if (isLost()) throw new Error(t.storage.lost);
      // One table as on screen, example rows included (the bundle is what leaves out example data).
      const tables = await readTables([table]);
      const scope: Scope = inRegion && region.id ? this.regionScope() : {};
      const text = tableCsv(table, tables[table], scope, this.dialect === 'excel' ? EXCEL_DIALECT : SCRIPT_DIALECT);
      downloadText(text, ENTITIES[table].file);
      notify.say(t.transfer.exported(ENTITIES[table].file));
    } catch (e) {
      notify.say(describeError(e), 'error');
    }
  }
}

export const transfer = new Transfer();
