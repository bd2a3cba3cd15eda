/**
 * The municipality register: lookup by SCB code or by name as people write it
 * ("180" → "0180", "Stockholms stad", "Goteborg"). A name that fits several
 * municipalities is ambiguous and a name that fits none is unknown: never a guess.
 */
import { t } from '../i18n';
import type { County, Municipality } from './model';

export type MunicipalityMatch =
  | { ok: true; municipality: Municipality; note?: string }
  | { ok: false; reason: 'unknown' | 'ambiguous' | 'empty'; candidates: Municipality[] };

export interface RegisterData {
  counties: County[];
  municipalities: Municipality[];
}

/** Lower case, no diacritics, single spaces, hyphens as spaces. */
export function foldName(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ');
}

const SUFFIXES = [' kommun', ' stad', ' stads', ' municipality', ' kommune'];

export class Register {
  readonly counties: County[];
  readonly municipalities: Municipality[];
  private byCode = new Map<string, Municipality>();
  private byName = new Map<string, Municipality[]>();
  private countyByCode = new Map<string, County>();

  constructor(data: RegisterData) {
    this.counties = data.counties;
    this.municipalities = data.municipalities;
    for (const c of data.counties) this.countyByCode.set(c.code, c);
    for (const m of data.municipalities) {
      this.byCode.set(m.code, m);
      const key = foldName(m.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), m]);
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
      if (m && s.length === 3) return { ok: true, municipality: m, note: t.err.muniZero(s, code) };
      return { ok: false, reason: 'unknown', candidates: [] };
    }
    const folded = foldName(s);
    const keys = [folded];
    for (const suffix of SUFFIXES) if (folded.endsWith(suffix)) keys.push(folded.slice(0, -suffix.length));
    // Genitive before "kommun"/"stad": "Stockholms kommun" → "stockholm".
    for (const k of [...keys]) if (k.endsWith('s')) keys.push(k.slice(0, -1));
    for (const k of keys) {
      const hits = this.byName.get(k);
      if (hits?.length === 1) {
        const note = s === hits[0].name ? undefined : t.err.muniAs(s, hits[0].name);
        return { ok: true, municipality: hits[0], note };
      }
      if (hits && hits.length > 1) return { ok: false, reason: 'ambiguous', candidates: hits };
    }
    // A word-prefix of several names ("Upplands") is ambiguous; we list them but never pick one.
    const prefixHits = this.municipalities.filter((m) => {
      const n = foldName(m.name);
      return n.startsWith(folded) && n.length > folded.length;
    });
    if (prefixHits.length > 1) return { ok: false, reason: 'ambiguous', candidates: prefixHits };
    return { ok: false, reason: 'unknown', candidates: prefixHits };
  }
}

/** A human sentence for a failed lookup, naming candidates. */
export function describeMiss(input: string, match: Extract<MunicipalityMatch, { ok: false }>): string {
  const s = input.trim();
  if (match.reason === 'empty') return t.err.muniMissing;
  const list = match.candidates.map((c) => `${c.name} (${c.code})`).join(', ');
  if (match.reason === 'ambiguous') return t.err.muniAmbiguous(s, list);
  return t.err.muniUnknown(s) + (match.candidates.length === 1 ? t.err.muniDidYouMean(list) : '');
}
