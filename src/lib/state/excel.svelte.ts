/** "Exportera Excel": every table (or the chosen region's) as one workbook, written in a worker that loads exceljs. */
import { lang, t } from '$lib/i18n';
import { readTables } from '$lib/db/importer';
import { EXPORT_TABLES } from '$lib/io/exporting';
import type { XlsxWriteMessage, XlsxWriteRequest } from '$lib/workers/xlsx-write.worker';
import { bundleFileName } from '$lib/io/bundle';
import { downloadBlob } from '$lib/io/download';
import { todayIso } from '$lib/domain/dates';
import { region } from './region.svelte';
import { notify, describeError } from './notify.svelte';
import { transfer } from './transfer.svelte';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

class ExcelExport {
  busy = $state(false);

  async run(): Promise<void> {
    this.busy = true;
    try {
      const tables = await readTables(EXPORT_TABLES);
      const scoped = transfer.onlyRegion && !!region.id;
      const name = bundleFileName(scoped ? region.name : '', todayIso()).replace(/\.zip$/, '.xlsx');
      const bytes = await write({
        tables,
        ...(scoped ? { members: [...region.memberSet], regionId: region.id } : {}),
        meta: {
          region: scoped ? region.id : '',
          regionName: scoped ? region.name : t.region.all,
          created: new Date().toISOString(),
          app: 'planatlas',
        },
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

/** The workbook is written in a worker (exceljs is loaded there), so the page stays responsive. */
function write(req: XlsxWriteRequest): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/xlsx-write.worker.ts', import.meta.url), {
      type: 'module',
      name: lang,
    });
    worker.onmessage = (e: MessageEvent<XlsxWriteMessage>) => {
      worker.terminate();
      if (e.data.type === 'done') resolve(e.data.bytes);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'worker error'));
    };
    worker.postMessage(req);
  });
}

export const excelExport = new ExcelExport();
