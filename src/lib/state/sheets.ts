/**
 * Kommunblad from the live data: one per municipality, each row read once (the report makes 290 of
 * them). Reads `live`'s fields, so a caller inside `$derived` recomputes when the data change.
 */
import { kommunblad, type Kommunblad } from '$lib/domain/kommunblad';
import { register } from '$lib/domain/register';
import { live } from './live.svelte';

function byKommun<T extends { kommunkod: string }>(rows: readonly T[], wanted: ReadonlySet<string>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    if (!wanted.has(r.kommunkod)) continue;
    let list = out.get(r.kommunkod);
    if (!list) out.set(r.kommunkod, (list = []));
    list.push(r);
  }
  return out;
}

/** The kommunblad of each code, in the given order. `today` is YYYY-MM-DD. */
export function sheetsOf(codes: readonly string[], today: string): Kommunblad[] {
  const wanted = new Set(codes);
  const plans = byKommun(live.plans, wanted);
  const measures = byKommun(live.measures, wanted);
  const requests = byKommun(live.requests, wanted);
  const answers = byKommun(live.answers, wanted);
  const counties = new Map<string, Set<string>>();
  const countyOf = (k: string) => {
    const c = register.get(k)?.county ?? '';
    let set = counties.get(c);
    if (!set) counties.set(c, (set = new Set(register.inCounty(c).map((m) => m.code))));
    return set;
  };
  return codes.map((k) =>
    kommunblad({
      kommunkod: k,
      plans: plans.get(k) ?? [],
      measures: measures.get(k) ?? [],
      themes: live.themes,
      requests: requests.get(k) ?? [],
      rounds: live.rounds,
      answers: answers.get(k) ?? [],
      indicators: live.indicators,
      indicatorValues: live.indicatorValues,
      countyMembers: countyOf(k),
      today,
    }),
  );
}
