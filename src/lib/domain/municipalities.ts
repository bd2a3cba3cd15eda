/**
 * The municipality register: lookup by SCB code or by name as people write it
 * ("180" → "0180", "Stockholms stad", "Goteborg"). A name that fits several
 * municipalities is ambiguous and a name that fits none is unknown: never a guess.
 */
import { msg, type Msg } from './messages';
import type { County, Municipality } from './model';
import { exactKey, fold } from './text';

export type MunicipalityMatch =
  | { ok: true; municipality: Municipality; note?: Msg }
  | { ok: false; reason: 'unknown' | 'ambiguous' | 'empty'; candidates: Municipality[] };

export interface RegisterData {
  counties: County[];
  municipalities: Municipality[];
}

/** Lower case, no diacritics, single spaces, hyphens as spaces (the one `fold` of text.ts). */
export const foldName = (s: string): string => fold(s);

const SUFFIXES = [' kommun', ' stad', ' stads', ' municipality', ' kommune'];

export class Register {
  readonly counties: County[];
  readonly municipalities: Municipality[];
  private byCode = new Map<string, Municipality>();
  private byName = new Map<string, Municipality[]>();
  private byExact = new Map<string, Municipality[]>();
  private countyByCode = new Map<string, County>();

  constructor(data: RegisterData) {
    this.counties = data.counties;
    this.municipalities = data.municipalities;
    for (const c of data.counties) this.countyByCode.set(c.code, c);
    for (const m of data.municipalities) {
      this.byCode.set(m.code, m);
      const key = fold(m.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), m]);
      const exact = exactKey(m.name);
      this.byExact.set(exact, [...(this.byExact.get(exact) ?? []), m]);
    }
  }

  get(code: string): Municipality | undefined {
    return this.byCode.get(code);
  }

  name(code: string): string {
    return this.byCode.get(code)?.name ?? code;
  }

  county(code: string): County | undefined {
    return this.countyByCode.get(code);
  }

  inCounty(countyCode: string): Municipality[] {
    return this.municipalities.filter((m) => m.county === countyCode);
  }

  /** Resolve a code or a name. */
  lookup(input: string): MunicipalityMatch {
    const s = input.trim();
    if (s === '') return { ok: false, reason: 'empty', candidates: [] };
    if (/^\d{1,4}$/.test(s)) {
      const code = s.padStart(4, '0');
      const m = this.byCode.get(code);
      if (m && s.length === 4) return { ok: true, municipality: m };
      // Excel drops leading zeros: "180" means "0180". Shorter inputs are too uncertain.
      if (m && s.length === 3) return { ok: true, municipality: m, note: msg('muniZero', s, code) };
      return { ok: false, reason: 'unknown', candidates: [] };
    }
    // Exact names first (case-insensitive, diacritics kept): "Håbo" is Håbo and "Habo" is Habo,
    // although folding makes them the same word. Only a folded match that fits several is ambiguous.
    for (const [index, key] of [
      [this.byExact, exactKey(s)],
      [this.byName, fold(s)],
    ] as const) {
      for (const k of nameVariants(key)) {
        const hits = index.get(k);
        if (hits?.length === 1) {
          const note = s === hits[0].name ? undefined : msg('muniAs', s, hits[0].name);
          return { ok: true, municipality: hits[0], note };
        }
        if (hits && hits.length > 1) return { ok: false, reason: 'ambiguous', candidates: hits };
      }
    }
    const folded = fold(s);
    // A word-prefix of several names ("Upplands") is ambiguous; we list them but never pick one.
    const prefixHits = this.municipalities.filter((m) => {
      const n = fold(m.name);
      return n.startsWith(folded) && n.length > folded.length;
    });
    if (prefixHits.length > 1) return { ok: false, reason: 'ambiguous', candidates: prefixHits };
    return { ok: false, reason: 'unknown', candidates: prefixHits };
  }
}

/** "Stockholms kommun" → the keys to try: as written, without the suffix, without the genitive s. */
function nameVariants(key: string): string[] {
  const keys = [key];
  for (const suffix of SUFFIXES) if (key.endsWith(suffix)) keys.push(key.slice(0, -suffix.length));
  // Genitive before "kommun"/"stad": "Stockholms kommun" → "stockholm".
  for (const k of [...keys]) if (k.endsWith('s')) keys.push(k.slice(0, -1));
  return keys;
}

/** The message for a failed lookup, naming candidates (rendered by the i18n layer). */
export function describeMiss(input: string, match: Extract<MunicipalityMatch, { ok: false }>): Msg {
  const s = input.trim();
  if (match.reason === 'empty') return msg('muniMissing');
  const list = match.candidates.map((c) => `${c.name} (${c.code})`).join(', ');
  if (match.reason === 'ambiguous') return msg('muniAmbiguous', s, list);
  return match.candidates.length === 1 ? msg('muniUnknownSuggest', s, list) : msg('muniUnknown', s);
}
