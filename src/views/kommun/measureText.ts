/** A measure's progress and period in words, the same on the kommunblad and in the Word report. */
import { fmtDate, fmtNumber } from '$lib/i18n/format';
import type { Measure } from '$lib/domain/model';

/** `genomforande` (progress) where the measure carries it ("40 %"), else ''; read defensively (a field being added). */
export function progressText(m: Measure): string {
  const v = (m as { genomforande?: unknown }).genomforande;
  return typeof v === 'number' ? `${fmtNumber(v, 0)} %` : typeof v === 'string' ? v : '';
}

/** "mars 2016–2017", "…–2017", or '' without dates. */
export const periodText = (m: Measure): string =>
  m.start || m.slut ? `${m.start ? fmtDate(m.start) : '…'}–${m.slut ? fmtDate(m.slut) : '…'}` : '';
