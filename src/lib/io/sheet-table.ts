/**
 * One sheet of a workbook read as a table (xlsx-read.ts), shaped like a parsed CSV file. Its own
 * module so that xlsx-read.ts and template-answer.ts, which read sheets, need not import each other.
 */
import type { ParsedTable } from './csv';
import type { FileIssue } from './issues';

export type SheetTable =
  | {
      sheet: string;
      ok: true;
      value: ParsedTable;
      /** Hidden data rows (Excel's numbers), left out unless the person chose them (xlsx-read.ts `Include`). */
      hiddenRows?: number[];
    }
  | { sheet: string; ok: false; issues: FileIssue[] };
