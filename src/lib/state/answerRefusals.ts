/**
 * The answers an import refuses (domain/answerCheck: a row of another municipality or round) in
 * words: one message per answer, naming its file, the sheet and row of the first few rows and why.
 */
import type { Refusal, RefusalReason } from '$lib/domain/answerCheck';
import { register } from '$lib/domain/register';
import { t } from '$lib/i18n';

/** Rows named per answer; the rest are counted. */
const SHOWN = 3;

const kommun = (code: string) => (code ? `${register.name(code)} (${code})` : '–');

function reasonText(r: RefusalReason, answer: string): string {
  const w = t.insamling.rows;
  switch (r.kind) {
    case 'rowKommun':
      return w.rowKommun(kommun(r.kommunkod), kommun(answer));
    case 'storedKommun':
      return w.storedKommun(r.id, kommun(r.kommunkod), kommun(answer));
    case 'otherRound':
      return w.otherRound(r.round);
    case 'table':
      return w.table(t.preview.entityNames[r.entity] ?? r.entity);
  }
}

/** One message per refused answer, in the order of the refusals. */
export function refusalMessages(refused: readonly Refusal[]): string[] {
  const w = t.insamling.rows;
  const files = [...new Set(refused.map((r) => r.file))];
  return files.map((file) => {
    const rows = refused.filter((r) => r.file === file);
    const parts = rows
      .slice(0, SHOWN)
      .map((r) => `${w.at(r.sheet, r.row, /\.(csv|txt)$/i.test(r.sheet))}: ${reasonText(r.reason, r.answerKommun)}`);
    if (rows.length > SHOWN) parts.push(w.more(rows.length - SHOWN));
    return w.refused(file, parts.join('; '));
  });
}
