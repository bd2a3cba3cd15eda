/** "Ladda ner tom mall": the blank templates of the file format (io/blank-template.ts, loaded with exceljs on first use). */
import { t } from '$lib/i18n';
import { downloadBlob } from '$lib/io/download';
import type { Rec } from '$lib/domain/merge';
import { live } from './live.svelte';
import { attempt, notify } from './notify.svelte';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

class BlankTemplate {
  busy = $state(false);

  /** The workbook (`planatlas-mall.xlsx`) or the header-only CSV files in a zip (`planatlas-mall-csv.zip`). */
  async download(kind: 'xlsx' | 'csv'): Promise<void> {
    this.busy = true;
    const name = await attempt(async () => {
      const io = await import('$lib/io/blank-template');
      if (kind === 'csv') {
        downloadBlob(new Blob([io.blankCsvZip() as BlobPart], { type: 'application/zip' }), io.BLANK_CSV_ZIP);
        return io.BLANK_CSV_ZIP;
      }
      // The stored themes give the teman column its drop-down list.
      const bytes = await io.blankWorkbookBytes(live.themes as unknown as Rec[], new Date().toISOString());
      downloadBlob(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), io.BLANK_XLSX);
      return io.BLANK_XLSX;
    });
    if (name) notify.say(t.blankTemplate.downloaded(name));
    this.busy = false;
  }
}

export const blankTemplate = new BlankTemplate();
