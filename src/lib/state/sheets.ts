/**
 * Kommunblad from the live data: a book (domain/kommunblad `sheetBook`) whose kommunblad are made when
 * first asked for and kept until the data change. Reads `live`'s fields, so a caller inside `$derived`
 * gets a new book when the data (or `today`) change; called again without a change it gets the same
 * book, with the kommunblad already made (the report, then a kommunblad, then the report again).
 */
import { sheetBook, type SheetBook, type SheetTables } from '$lib/domain/kommunblad';
import { register } from '$lib/domain/register';
import { live } from './live.svelte';

let last: { key: unknown[]; book: SheetBook } | undefined;

/** A municipality's county's members, each county's set made once. */
function countyMembers(): (kommunkod: string) => ReadonlySet<string> {
  const counties = new Map<string, Set<string>>();
  return (k) => {
    const c = register.get(k)?.county ?? '';
    let set = counties.get(c);
    if (!set) counties.set(c, (set = new Set(register.inCounty(c).map((m) => m.code))));
    return set;
  };
}

/** The book of the live data's kommunblad at `today` (YYYY-MM-DD). */
export function liveSheets(today: string): SheetBook {
  const tables: SheetTables = {
    plans: live.plans,
    measures: live.measures,
    themes: live.themes,
    requests: live.requests,
    rounds: live.rounds,
    answers: live.answers,
    indicators: live.indicators,
    indicatorValues: live.indicatorValues,
  };
  // The live data replace their arrays on every change: the same arrays are the same data.
  const key = [...Object.values(tables), today];
  if (last && last.key.length === key.length && key.every((v, i) => v === last!.key[i])) return last.book;
  const book = sheetBook(tables, today, countyMembers());
  last = { key, book };
  return book;
}
