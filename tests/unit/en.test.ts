import { describe, expect, it } from 'vitest';
import { sv } from '$lib/i18n/sv';
import { en } from '$lib/i18n/en';

type Leaf = { path: string; sv: unknown; en: unknown };

/** Every leaf of sv with the value at the same path in en (undefined when missing). */
function leaves(a: unknown, b: unknown, path: string, out: Leaf[] = []): Leaf[] {
  if (a && typeof a === 'object') {
    for (const [k, v] of Object.entries(a))
      leaves(v, b && typeof b === 'object' ? (b as Record<string, unknown>)[k] : undefined, `${path}.${k}`, out);
  } else out.push({ path, sv: a, en: b });
  return out;
}

function keyMismatches(a: unknown, b: unknown, path: string): string[] {
  const isObj = (o: unknown): o is Record<string, unknown> => !!o && typeof o === 'object';
  if (!isObj(a) && !isObj(b)) return typeof a === typeof b ? [] : [`${path}: ${typeof a} vs ${typeof b}`];
  if (!isObj(a) || !isObj(b)) return [`${path}: object in only one catalogue`];
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  const missing = ka.filter((k) => !kb.includes(k)).map((k) => `${path}.${k} missing in en`);
  const extra = kb.filter((k) => !ka.includes(k)).map((k) => `${path}.${k} only in en`);
  const inner = ka.filter((k) => kb.includes(k)).flatMap((k) => keyMismatches(a[k], b[k], `${path}.${k}`));
  return [...missing, ...extra, ...inner];
}

/** Sample argument lists: all numbers, all strings, all string arrays (for e.g. duplicateHeader). */
function argSets(length: number): unknown[][] {
  const sets: unknown[][] = [];
  for (const n of [0, 1, 2]) sets.push(Array.from({ length }, () => n));
  sets.push(Array.from({ length }, () => 'X'));
  sets.push(Array.from({ length }, () => ['X', 'Y']));
  return sets;
}

function call(fn: unknown, args: unknown[]): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: (fn as (...a: unknown[]) => unknown)(...args) };
  } catch {
    return { ok: false };
  }
}

const all = leaves(sv, en, 'sv');

describe('English catalogue', () => {
  it('has exactly the keys of sv at every level', () => {
    expect(keyMismatches(sv, en, 'messages')).toEqual([]);
  });

  it('has no empty strings', () => {
    const empty = leaves(en, en, 'en')
      .filter((l) => typeof l.en === 'string' && !(l.en as string).trim())
      .map((l) => l.path);
    expect(empty).toEqual([]);
  });

  it('has every function with the same arity, returning non-empty text', () => {
    const problems: string[] = [];
    for (const l of all.filter((x) => typeof x.sv === 'function')) {
      const s = l.sv as (...a: unknown[]) => unknown;
      if (typeof l.en !== 'function') {
        problems.push(`${l.path}: not a function in en`);
        continue;
      }
      const e = l.en as (...a: unknown[]) => unknown;
      if (e.length !== s.length) problems.push(`${l.path}: length ${e.length}, sv has ${s.length}`);
      let succeeded = false;
      for (const args of argSets(s.length)) {
        const fromEn = call(e, args);
        if (fromEn.ok && typeof fromEn.value === 'string' && fromEn.value.trim()) succeeded = true;
        // Wherever the Swedish function works, the English one must too.
        if (call(s, args).ok && !(fromEn.ok && typeof fromEn.value === 'string' && fromEn.value.trim()))
          problems.push(`${l.path}(${JSON.stringify(args)}): no text in en`);
      }
      if (!succeeded) problems.push(`${l.path}: no sample arguments gave text`);
    }
    expect(problems).toEqual([]);
  });

  it('is really translated (at least 90 % of strings differ from sv)', () => {
    const strings = all.filter((l) => typeof l.sv === 'string');
    const same = strings.filter((l) => l.en === l.sv);
    expect(strings.length).toBeGreaterThan(0);
    expect(same.length / strings.length, same.map((l) => l.path).join(', ')).toBeLessThanOrEqual(0.1);
  });

  it('uses correct English plurals', () => {
    expect(en.views.data.count(1, 1)).toBe('1 row');
    expect(en.views.data.count(3, 3)).toBe('3 rows');
    expect(en.views.data.count(1, 3)).toBe('1 of 3 rows');
    expect(en.views.karta.measures(1)).toBe('1 measure');
    expect(en.views.karta.measures(2)).toBe('2 measures');
    expect(en.form.fixErrors(1)).toBe('Correct 1 error before saving.');
    expect(en.views.teman.usage(2)).toBe('2 measures or national requests');
  });

  it('keeps the fixed terms', () => {
    expect(en.nav.label).toBe('Main menu');
    expect(en.region.all).toBe('All of Sweden');
    expect(en.example.load).toBe('Load example data');
    expect(en.entities.request).toBe('national request');
  });
});
