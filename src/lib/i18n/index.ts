/**
 * The active message catalogue. Swedish is the default; English is chosen with the language switch
 * (stored in this browser, applied by reloading so every string, date and number follows).
 */
import { sv } from './sv';
import { en } from './en';
import { setDisplayLanguage } from '$lib/domain/display';

export type Lang = 'sv' | 'en';
const KEY = 'planatlas-lang';

function stored(): Lang {
  try {
    // A worker has no localStorage: the page gives it the language as the worker's name.
    if (typeof localStorage === 'undefined') return (globalThis as { name?: string }).name === 'en' ? 'en' : 'sv';
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export const lang: Lang = stored();
export const locale = lang === 'en' ? 'en-GB' : 'sv-SE';
export const t = lang === 'en' ? en : sv;
// Display text of records follows the language also where a caller does not pass it (see domain/display.ts).
setDisplayLanguage(lang);

export function setLanguage(l: Lang): void {
  localStorage.setItem(KEY, l);
  location.reload();
}

export type { Messages } from './sv';
