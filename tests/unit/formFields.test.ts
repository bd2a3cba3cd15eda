import { describe, expect, it } from 'vitest';
import { describedBy, errorFor, hintFor, toggleTheme } from '../../src/views/parts/formFields';

const hints = {
  date: 'D',
  list: 'L',
  kommun: 'K',
  kommunOptional: 'KO',
  range: (min: number, max: number, whole: boolean) => `${whole ? 'W' : 'N'} ${min}–${max}`,
};

describe('record form field logic', () => {
  it('gives a hint for dates, lists, municipalities and numbers with a range only', () => {
    expect(hintFor({ type: 'number', min: 0, max: 100, whole: true }, hints)).toBe('W 0–100');
    expect(hintFor({ type: 'number', min: -1, max: 1 }, hints)).toBe('N -1–1');
    expect(hintFor({ type: 'number', min: 0 }, hints)).toBeUndefined();
    expect(hintFor({ type: 'number' }, hints)).toBeUndefined();
    expect(hintFor({ type: 'date' }, hints)).toBe('D');
    expect(hintFor({ type: 'list' }, hints)).toBe('L');
    expect(hintFor({ type: 'kommun' }, hints)).toBe('K');
    expect(hintFor({ type: 'kommunOptional' }, hints)).toBe('KO');
    expect(hintFor({ type: 'text' }, hints)).toBeUndefined();
  });

  it('joins a field’s errors and leaves other fields’ out', () => {
    const errors = [
      { field: 'titel', message: 'Saknas.' },
      { field: 'start', message: 'Fel.' },
      { field: 'titel', message: 'För lång.' },
    ];
    expect(errorFor(errors, 'titel')).toBe('Saknas. För lång.');
    expect(errorFor(errors, 'slut')).toBe('');
  });

  it('describes an input by its hint and error', () => {
    expect(describedBy('f-x', 'D', 'Fel.')).toBe('f-x-hint f-x-err');
    expect(describedBy('f-x', undefined, 'Fel.')).toBe('f-x-err');
    expect(describedBy('f-x', 'D', '')).toBe('f-x-hint');
    expect(describedBy('f-x', undefined, '')).toBeUndefined();
  });

  it('turns themes on and off in list order, unknown ids kept after', () => {
    const order = ['a', 'b', 'c'];
    expect(toggleTheme('', order, 'b', true)).toBe('b');
    expect(toggleTheme('c|zz', order, 'a', true)).toBe('a|c|zz');
    expect(toggleTheme('a|b|c', order, 'b', false)).toBe('a|c');
    expect(toggleTheme('a', order, 'a', true)).toBe('a');
  });
});
