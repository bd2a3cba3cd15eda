/**
 * Insamling: create a round, download its templates, take in answers (checked against the round,
 * then through the one import path: preview, all or nothing, undo).
 */
import { checkAnswer, missingInAnswer, newRound, type Round } from '$lib/domain/collection';
import { register } from '$lib/domain/register';
import { regionMembers, regionName } from '$lib/domain/stats';
import { saveRecord } from '$lib/db/repos';
import { downloadBlob } from '$lib/io/download';
import type { Rec } from '$lib/domain/merge';
import { t } from '$lib/i18n';
import { importer } from './import.svelte';
import { live } from './live.svelte';
import { attempt, notify } from './notify.svelte';

/** The round's members, by name (Swedish order). */
export function roundMembers(round: Round): string[] {
  return [...regionMembers(round.region_id, register, live.regions)].sort((a, b) =>
    register.name(a).localeCompare(register.name(b), 'sv'),
  );
}

/** Rows an answer left out, per file: shown next to the round, never deleted by the import. */
export const removedNotes = $state<{ round: string; items: string[] }>({ round: '', items: [] });

const TABLE_OF_SHEET = { planer: 'plans', atgarder: 'measures', medskick: 'requests' } as const;

export async function createRound(input: {
  namn: string;
  region_id: string;
  sista_svarsdag: string;
  fragar: string[];
  kontakt: string;
}): Promise<Round | undefined> {
  const id = `i-${crypto.randomUUID().slice(0, 8)}`;
  const rec = newRound({ id, ...input }, new Date().toISOString());
  return attempt(() => saveRecord('rounds', rec, null), t.insamling.created(rec.namn));
}

export async function downloadTemplates(round: Round): Promise<void> {
  await attempt(
    async () => {
      const { templatesZip } = await import('$lib/io/template');
      const members = roundMembers(round).map((kommunkod) => ({ kommunkod, kommunName: register.name(kommunkod) }));
      const bytes = await templatesZip(members, {
        round,
        regionName: regionName(round.region_id, register, live.regions, t.region.all),
        tables: {
          plans: live.plans as unknown as Rec[],
          measures: live.measures as unknown as Rec[],
          requests: live.requests as unknown as Rec[],
          themes: live.themes as unknown as Rec[],
        },
        created: new Date().toISOString(),
      });
      downloadBlob(
        new Blob([bytes as BlobPart], { type: 'application/zip' }),
        `${round.namn.replace(/[\\/:*?"<>|]+/g, '-')}-mallar.zip`,
      );
    },
    t.insamling.downloaded(roundMembers(round).length),
  );
}

/** Check each file against the round (refusing others with a message), then import the rest. */
export async function receiveAnswers(round: Round, files: File[]): Promise<void> {
  const { readWorkbook, isXlsx } = await import('$lib/io/xlsx-read');
  const accepted: File[] = [];
  const refused: string[] = [];
  const notes: string[] = [];
  const members = roundMembers(round);
  for (const f of files) {
    const bytes = new Uint8Array(await f.arrayBuffer());
    const wb = isXlsx(f.name, bytes) ? await readWorkbook(f.name, bytes) : null;
    const check = checkAnswer(wb?.origin ?? {}, round, members);
    if (check.ok && wb?.origin?.kommunkod) {
      accepted.push(f);
      for (const sheet of wb.sheets) {
        const table = TABLE_OF_SHEET[sheet.sheet as keyof typeof TABLE_OF_SHEET];
        if (!table || !sheet.ok) continue;
        const col = sheet.value.headers.indexOf('id');
        const ids = new Set(sheet.value.rows.map((r) => r.cells[col] ?? ''));
        const gone = missingInAnswer(live[table], wb.origin.kommunkod, ids);
        if (gone.length) notes.push(t.insamling.removed(f.name, t.entities[table], gone.length, gone.join(', ')));
      }
    } else if (!check.ok) refused.push(t.insamling.refused(f.name, t.insamling.why[check.reason]));
  }
  removedNotes.round = round.id;
  removedNotes.items = notes;
  if (refused.length) notify.say(refused.join(' '), 'error');
  if (accepted.length && importer.phase === 'idle') await importer.start(accepted);
}
