/** "Exportera Excel": every table (or the chosen region's) as one workbook; exceljs is loaded only now. */
import { t } from '../i18n';
import { readTables } from '../db/importer';
import { EXPORT_TABLES, type Scope } from '../io/exporting';
import { bundleFileName } from '../io/bundle';
import { downloadBlob } from '../io/download';
import { todayIso } from '../domain/dates';
import { region } from './region.svelte';
import { notify, describeError } from './notify.svelte';
import { transfer } from './transfer.svelte';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

class ExcelExport {
  busy = $state(false);

  async run(): Promise<void> {
    this.busy = true;
    try {
      const { workbookBytes, workbookFileName } = await import('../io/xlsx-write');
      const tables = await readTables(EXPORT_TABLES);
      const scoped = transfer.onlyRegion && !!region.id;
      const scope: Scope = scoped ? { members: region.memberSet, regionId: region.id } : {};
      const name = workbookFileName(bundleFileName(scoped ? region.name : '', todayIso()));
      const bytes = await workbookBytes(tables, scope, {
        region: scoped ? region.id : '',
        regionName: scoped ? region.name : t.region.all,
        created: new Date().toISOString(),
        app: 'planatlas',
      });
      downloadBlob(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), name);
      notify.say(t.transfer.exported(name));
    } catch (e) {
      notify.say(describeError(e), 'error');
    } finally {
      this.busy = false;
    }
  }
}

export const excelExport = new ExcelExport();
