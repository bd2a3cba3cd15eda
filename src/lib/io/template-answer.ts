/**
 * How a returned template is recognised (DATA.md "Collection rounds"): its "Om filen" sheet holds
 * the round's id and the municipality's code under fixed labels, so an answer is known by its
 * content, whatever its file name. The answer becomes one `svar` row, imported with the rest of
 * the workbook (same preview, same transaction, same undo). Labels are fixed Swedish text (not
 * translated), so a template written in English is still recognised.
 */
import { csvColumns } from '$lib/domain/entities';
import type { SheetTable } from './sheet-table';

/** Labels in column A of "Om filen". */
export const ROUND_LABEL = 'Insamling (id)';
export const KOMMUN_LABEL = 'Kommunkod';
/** Labels of the plan's previous version (as the region had it when the template was made). */
export const BEFORE_LABELS = {
  plan_status_fore: 'Planens status (mall)',
  plan_datum_fore: 'Planen uppdaterad (mall)',
  plan_kalla_fore: 'Planens källa (mall)',
  atgarder_fore: 'Åtgärder i mallen',
} as const;
export type BeforeField = keyof typeof BEFORE_LABELS;
/** The sheet with instructions for the person who fills in the template (not a table). */
export const INSTRUCTIONS_SHEET = 'Instruktioner';

export interface AboutOrigin {
  round?: string;
  kommunkod?: string;
  /** The previous version of the plan (answer fields, as text: `atgarder_fore` joined by `|`). */
  before?: Partial<Record<BeforeField, string>>;
}

/** The round and municipality of an "Om filen" sheet, read as label → value pairs. */
export function originOf(pairs: ReadonlyMap<string, string>): AboutOrigin {
  const round = pairs.get(ROUND_LABEL)?.trim() || undefined;
  const raw = pairs.get(KOMMUN_LABEL)?.trim() ?? '';
  const kommunkod = /^\d{1,4}$/.test(raw) ? raw.padStart(4, '0') : undefined;
  const before: Partial<Record<BeforeField, string>> = {};
  for (const [k, label] of Object.entries(BEFORE_LABELS) as [BeforeField, string][]) {
    const v = pairs.get(label)?.trim();
    if (v) before[k] = v;
  }
  return Object.keys(before).length ? { round, kommunkod, before } : { round, kommunkod };
}

/** The answer row of a recognised template as a sheet named like svar.csv (so the import finds its table). */
export function answerSheet(file: string, origin: AboutOrigin, today: string): SheetTable | null {
  if (!origin.round || !origin.kommunkod) return null;
  const headers = csvColumns('answers');
  const values: Record<string, string> = {
    insamling_id: origin.round,
    kommunkod: origin.kommunkod,
    mottagen: today,
    fil: file,
    ...origin.before,
  };
  return {
    sheet: 'svar',
    ok: true,
    value: {
      file,
      encoding: 'utf-8',
      delimiter: ';',
      headers,
      rows: [{ row: 2, cells: headers.map((h) => values[h] ?? '') }],
      issues: [],
    },
  };
}

/**
 * The sheets of a recognised answer: every row's `uppdaterad` becomes the time it was read (the
 * answer is the municipality's newest word, so its changes win over the stored records under
 * "newer"; an unchanged row stays unchanged, as `uppdaterad` is not compared), plus the answer row.
 */
export function asAnswer(file: string, origin: AboutOrigin, sheets: SheetTable[], now: string): SheetTable[] {
  const answer = answerSheet(file, origin, now.slice(0, 10));
  if (!answer) return sheets;
  const stamped = sheets.map((s): SheetTable => {
    if (!s.ok) return s;
    const col = s.value.headers.indexOf('uppdaterad');
    if (col < 0) return s;
    return {
      ...s,
      value: {
        ...s.value,
        rows: s.value.rows.map((r) => ({ ...r, cells: r.cells.map((c, i) => (i === col ? now : c)) })),
      },
    };
  });
  return [...stamped, answer];
}
