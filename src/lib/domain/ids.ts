import { fold } from './text';

/** Identifiers made from names: "Sjuhärad" → "sjuharad" (unique among `taken`, never a 2-digit county code). */
export function slugId(name: string, taken: Set<string>): string {
  const base =
    fold(name, '-')
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)
      .replace(/^-+|-+$/g, '') || 'grupp';
  const safe = /^\d{2}$/.test(base) ? `grupp-${base}` : base;
  let id = safe;
  for (let i = 2; taken.has(id); i++) id = `${safe}-${i}`;
  return id;
}
