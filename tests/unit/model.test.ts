import { describe, expect, it } from 'vitest';
import {
  enumLabel,
  ENUM_LABELS,
  EVENT_TYPES,
  isOverdue,
  MEASURE_STATUSES,
  parseEnum,
  PLAN_STATUSES,
} from '$lib/domain/model';

describe('enumerations', () => {
  it('every code has a Swedish and an English label', () => {
    for (const [kind, codes] of [
      ['planStatus', PLAN_STATUSES],
      ['measureStatus', MEASURE_STATUSES],
      ['eventType', EVENT_TYPES],
    ] as const) {
      expect(Object.keys(ENUM_LABELS[kind])).toEqual(codes);
      const labels: Record<string, { sv: string; en: string }> = ENUM_LABELS[kind];
      for (const c of codes) {
        expect(labels[c].sv).toBeTruthy();
        expect(labels[c].en).toBeTruthy();
      }
    }
  });

  it.each([
    ['planStatus', 'antagen', 'antagen'],
    ['planStatus', 'På remiss', 'remiss'],
    ['planStatus', 'pa remiss', 'remiss'],
    ['planStatus', 'EJ PÅBÖRJAD', 'ej_paborjad'],
    ['planStatus', 'ej påbörjad', 'ej_paborjad'],
    ['planStatus', 'Not started', 'ej_paborjad'],
    ['planStatus', 'ej_paborjad', 'ej_paborjad'],
    ['measureStatus', 'Pågående', 'pagaende'],
    ['measureStatus', 'completed', 'genomford'],
    ['eventType', 'Besök', 'besok'],
    ['eventType', 'seminar', 'seminarium'],
    ['planStatus', 'klar', undefined],
    ['measureStatus', 'försenad', undefined],
  ])('parseEnum(%s, %s) = %s', (kind, input, code) => expect(parseEnum(kind, input)).toBe(code));

  it('enumLabel in both languages, code as fallback', () => {
    expect(enumLabel('planStatus', 'remiss')).toBe('På remiss');
    expect(enumLabel('planStatus', 'remiss', 'en')).toBe('Out for consultation');
    expect(enumLabel('planStatus', 'okänd')).toBe('okänd');
  });
});

describe('isOverdue ("försenad" is derived, never stored)', () => {
  it.each([
    [{ slut: '2016-03-31', status: 'pagaende' }, '2016-04-01', true],
    [{ slut: '2016-03-31', status: 'pagaende' }, '2016-03-31', false],
    [{ slut: '2016-03', status: 'planerad' }, '2016-03-31', false],
    [{ slut: '2016-03', status: 'planerad' }, '2016-04-01', true],
    [{ slut: '2016', status: 'planerad' }, '2016-12-31', false],
    [{ slut: '2016', status: 'planerad' }, '2017-01-01', true],
    [{ slut: '2016-03-01', status: 'genomford' }, '2020-01-01', false],
    [{ slut: '2016-03-01', status: 'avbruten' }, '2020-01-01', false],
    [{ slut: '', status: 'pagaende' }, '2020-01-01', false],
  ] as const)('%j on %s → %s', (m, today, expected) => expect(isOverdue(m, today)).toBe(expected));
});
