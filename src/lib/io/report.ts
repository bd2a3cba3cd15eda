/** The import report as CSV (Swedish Excel dialect), so errors can be fixed in the file they came from. */
import { tx } from '$lib/io/texts';
import type { FileIssue } from './issues';
import { toCsvRows } from './write';

export function issuesReport(issues: FileIssue[]): string {
  const p = tx().preview;
  return toCsvRows(
    [p.colFile, p.colRow, p.colColumn, p.colSeverity, p.colMessage],
    issues.map((i) => [
      i.file,
      i.row === undefined ? '' : String(i.row),
      i.column ?? '',
      p.severity[i.severity],
      i.message,
    ]),
  );
}
