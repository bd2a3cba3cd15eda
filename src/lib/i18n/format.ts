/** Dates, enumerations and numbers in the chosen language (Intl for numbers and times). */
import { formatDate, type PDate } from '$lib/domain/dates';
import { enumLabel } from '$lib/domain/model';
import { lang, locale } from './index';

export const fmtDate = (d: PDate | undefined | null): string => formatDate(d, lang);
export const enumText = (kind: string, code: string): string => enumLabel(kind, code, lang);
export const fmtTime = (iso: string, withSeconds = false): string =>
  iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: withSeconds ? 'medium' : 'short' }) : '';
export const fmtNumber = (n: number, digits = 2): string => n.toLocaleString(locale, { maximumFractionDigits: digits });
