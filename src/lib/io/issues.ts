/** Problems found in a file, each pinned to file, row and column so a person can find it in Excel. */
export type Severity = 'error' | 'warning' | 'info';

export interface FileIssue {
  file: string;
  /** Line number as Excel shows it: the header is row 1, the first data row is row 2. Absent for whole-file issues. */
  row?: number;
  /** The column's header as written in the file. */
  column?: string;
  severity: Severity;
  message: string;
}

export const hasErrors = (issues: FileIssue[]) => issues.some((i) => i.severity === 'error');
