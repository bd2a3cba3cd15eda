/**
 * Remember the last result of a pure function: called again with equal arguments (the same arrays
 * of records, equal small lists and options), it returns the same result without computing it. The
 * live data replaces its arrays on every change, so "the same array" means "no change": the
 * timeline's items and lanes for 100 000 measures are computed once per data change, not on every
 * visit to the view. `depth` is how deep arguments are compared (see equalArgs; the list of
 * arguments is the first level): 2 compares each argument's elements by identity, which is what a
 * function of items made by another memo wants (new items with the same content are not worth
 * comparing field by field: 100 000 of them take longer to compare than to recompute).
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R, depth = 4): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && equalArgs(last.args, args, depth)) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/**
 * Equal as arguments: identical, or arrays / plain objects whose elements are equal this way, down
 * to `depth` levels (a new list of the same municipality codes is equal; a new array of other
 * records is not).
 */
export function equalArgs(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth <= 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalArgs(a[i], b[i], depth - 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka)
    if (!equalArgs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth - 1)) return false;
  return true;
}
