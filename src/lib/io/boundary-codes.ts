/**
 * Which property of a boundary file holds the kommunkod: the usual names first, then any property
 * whose values are (nine in ten) municipality codes, or the one the person chose; and the polygons
 * grouped by code (islands and parts of one municipality merged). Pure.
 */
import { register } from '$lib/domain/register';
import type { FileIssue } from './issues';
import type { Rings } from './boundary-geometry';
import { BoundaryError, listSome, tb, type MakeIssue, type RawFeature } from './boundary-source';

/** Share of features whose value must be a municipality code for a property to be chosen. */
const CODE_SHARE = 0.9;

/** Property names that hold the code, most likely first (compared case-insensitively). */
const CODE_NAMES = [
  'kommunkod',
  'knkod',
  'kn_kod',
  'kommun_kod',
  'kom_kod',
  'komkod',
  'kommunkod_',
  'kncode',
  'kommunnr',
  'kommun_nr',
  'kommun',
  'municipality_code',
  'municipalitycode',
  'mun_code',
  'code',
  'kod',
  'id',
];

/** A value → register code: "0180", "180", 180 → "0180"; anything else null. */
export function municipalityCode(v: unknown): { code: string; padded: boolean } | null {
  let s: string;
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0) return null;
    s = String(v);
  } else if (typeof v === 'string') s = v.trim();
  else return null;
  if (/^\d{4}$/.test(s)) return register.get(s) ? { code: s, padded: false } : null;
  if (/^\d{3}$/.test(s) && register.get('0' + s)) return { code: '0' + s, padded: true };
  return null;
}

interface Keys {
  /** Property names as spelled in the file, in order of first appearance. */
  names: string[];
  byLower: Map<string, string>;
  hasFeatureId: boolean;
}

function collectKeys(features: RawFeature[]): Keys {
  const names: string[] = [];
  const byLower = new Map<string, string>();
  let hasFeatureId = false;
  for (const f of features) {
    if (f.id !== undefined && f.id !== null && f.id !== '') hasFeatureId = true;
    for (const [k, v] of Object.entries(f.properties)) {
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      if (!byLower.has(k.toLowerCase())) {
        byLower.set(k.toLowerCase(), k);
        names.push(k);
      }
    }
  }
  return { names, byLower, hasFeatureId };
}

/** Reads a property (case-insensitive); `id` falls back to the feature id when no property has that name. */
function reader(keys: Keys, wanted: string): ((f: RawFeature) => unknown) | null {
  const key = keys.byLower.get(wanted.toLowerCase());
  if (key !== undefined) {
    return (f) => {
      if (Object.hasOwn(f.properties, key)) return f.properties[key];
      const other = Object.keys(f.properties).find((k) => k.toLowerCase() === key.toLowerCase());
      return other === undefined ? undefined : f.properties[other];
    };
  }
  if (wanted.toLowerCase() === 'id' && keys.hasFeatureId) return (f) => f.id;
  return null;
}

function candidatesOf(keys: Keys, features: RawFeature[]): string[] {
  const names = [...keys.names];
  if (keys.hasFeatureId && !keys.byLower.has('id')) names.push('id');
  // Most code-like first (the UI preselects the first), then as they appear.
  const score = (n: string) => {
    const get = reader(keys, n)!;
    return features.reduce((s, f) => s + (/^\d{3,4}$/.test(String(get(f) ?? '').trim()) ? 1 : 0), 0);
  };
  const scores = new Map(names.map((n) => [n, score(n)]));
  return names
    .map((n, i) => ({ n, i }))
    .sort((a, b) => scores.get(b.n)! - scores.get(a.n)! || a.i - b.i)
    .map((x) => x.n);
}

export function chooseCodeProperty(
  features: RawFeature[],
  override: string | undefined,
): { name: string; get: (f: RawFeature) => unknown } {
  const keys = collectKeys(features);
  const candidates = candidatesOf(keys, features);
  const share = (get: (f: RawFeature) => unknown) =>
    features.filter((f) => municipalityCode(get(f))).length / features.length;
  if (override) {
    const get = reader(keys, override);
    if (!get) throw new BoundaryError(tb().propertyMissing(override, candidates.join(', ') || '–'), candidates);
    if (share(get) === 0) throw new BoundaryError(tb().propertyNoCodes(override, candidates.join(', ')), candidates);
    return { name: keys.byLower.get(override.toLowerCase()) ?? override, get };
  }
  const order = [...CODE_NAMES, ...keys.names.map((n) => n.toLowerCase())];
  for (const wanted of new Set(order)) {
    const get = reader(keys, wanted);
    if (get && share(get) >= CODE_SHARE) return { name: keys.byLower.get(wanted) ?? wanted, get };
  }
  if (!candidates.length) throw new BoundaryError(tb().noProperties);
  throw new BoundaryError(tb().noCodeProperty(candidates.join(', ')), candidates);
}

export interface CodeGroups {
  /** The polygons of each municipality code, and how many features they came from. */
  byCode: Map<string, { polygons: Rings[]; parts: number }>;
  /** Values that are not municipality codes. */
  unknown: Set<string>;
  /** Features without a value. */
  noValue: number;
  /** The first three-digit code padded ("180" → "0180"), and how many were. */
  padded?: { raw: string; code: string };
  paddedCount: number;
  /** Municipalities made of more than one feature. */
  duplicates: number;
}

/** Group the areas by their code; report what is not a code. */
export function groupByCode(
  areas: { raw: RawFeature; polygons: Rings[] }[],
  get: (f: RawFeature) => unknown,
): CodeGroups {
  const byCode = new Map<string, { polygons: Rings[]; parts: number }>();
  const unknown = new Set<string>();
  let noValue = 0;
  let padded: { raw: string; code: string } | undefined;
  let paddedCount = 0;
  for (const a of areas) {
    const v = get(a.raw);
    const c = municipalityCode(v);
    if (!c) {
      if (v === undefined || v === null || String(v).trim() === '') noValue++;
      else unknown.add(String(v).trim());
      continue;
    }
    if (c.padded) {
      paddedCount++;
      padded ??= { raw: String(v).trim(), code: c.code };
    }
    const entry = byCode.get(c.code);
    if (entry) {
      entry.polygons.push(...a.polygons);
      entry.parts++;
    } else byCode.set(c.code, { polygons: [...a.polygons], parts: 1 });
  }
  const duplicates = [...byCode.values()].filter((e) => e.parts > 1).length;
  return { byCode, unknown, noValue, padded, paddedCount, duplicates };
}

/** Register codes absent from `codes`, sorted. */
export function missingFrom(codes: string[]): string[] {
  const present = new Set(codes);
  return register.municipalities
    .map((x) => x.code)
    .filter((c) => !present.has(c))
    .sort();
}

/** The notes on the codes read: padded, merged, not codes, without a value, municipalities missing. */
export function codeNotes(groups: CodeGroups, codeProperty: string, missing: string[], issue: MakeIssue): FileIssue[] {
  const m = tb();
  const issues: FileIssue[] = [];
  const unknownList = [...groups.unknown].sort();
  if (groups.paddedCount && groups.padded)
    issues.push(issue('info', m.paddedCodes(groups.paddedCount, groups.padded.raw, groups.padded.code)));
  if (groups.duplicates) issues.push(issue('info', m.merged(groups.duplicates)));
  if (unknownList.length) issues.push(issue('warning', m.unknownCodes(unknownList.length, listSome(unknownList))));
  if (groups.noValue) issues.push(issue('warning', m.noCodeValue(groups.noValue, codeProperty)));
  if (missing.length) {
    issues.push(
      issue(
        'warning',
        m.missing(missing.length, register.municipalities.length, listSome(missing.map((c) => register.name(c)))),
      ),
    );
  }
  return issues;
}

/** The most distinct municipality codes any one property of these rows holds. */
export function distinctCodes(rows: Record<string, unknown>[]): number {
  const byKey = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      const c = municipalityCode(v);
      if (!c) continue;
      let set = byKey.get(k);
      if (!set) byKey.set(k, (set = new Set()));
      set.add(c.code);
    }
  }
  return Math.max(0, ...[...byKey.values()].map((s) => s.size));
}
