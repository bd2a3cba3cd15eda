/** The record form's field logic, headless: the hint and error text next to a field, and the theme list as a value. */
import type { FieldError, FieldSpec } from '$lib/domain/records';

export interface FieldHints {
  date: string;
  list: string;
  kommun: string;
  kommunOptional: string;
  /** A number field with a smallest and largest value ("a whole number from 0 to 100"). */
  range: (min: number, max: number, whole: boolean) => string;
}

/** The hint under a field of this type, if it has one. */
export function hintFor(f: Pick<FieldSpec, 'type' | 'min' | 'max' | 'whole'>, hints: FieldHints): string | undefined {
  if (f.type === 'number' && f.min !== undefined && f.max !== undefined) return hints.range(f.min, f.max, !!f.whole);
  return f.type === 'date'
    ? hints.date
    : f.type === 'list'
      ? hints.list
      : f.type === 'kommun'
        ? hints.kommun
        : f.type === 'kommunOptional'
          ? hints.kommunOptional
          : undefined;
}

/** All the errors of one field, as one sentence ('' when none). */
export function errorFor(errors: Pick<FieldError, 'field' | 'message'>[], key: string): string {
  return errors
    .filter((e) => e.field === key)
    .map((e) => e.message)
    .join(' ');
}

/** The ids an input is described by: its hint, then its error (undefined when neither). */
export function describedBy(id: string, hint: string | undefined, err: string): string | undefined {
  return [hint ? `${id}-hint` : '', err ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
}

/** The themes value (ids joined by |) with one theme turned on or off: known themes in list order, unknown ids after. */
export function toggleTheme(value: string, order: string[], id: string, on: boolean): string {
  const next = new Set(value.split('|').filter(Boolean));
  if (on) next.add(id);
  else next.delete(id);
  return order
    .filter((x) => next.has(x))
    .concat([...next].filter((x) => !order.includes(x)))
    .join('|');
}
