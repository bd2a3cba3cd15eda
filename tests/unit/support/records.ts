/**
 * Plans and measures for tests: every field present (the empty record of the registry), in Borås
 * (1490), as imported on 2016-01-01.
 * A test names only what it is about (`aMeasure('m', { slut: '2016' })`).
 */
import { emptyRecord } from '$lib/domain/entities';
import type { Measure, Plan } from '$lib/domain/model';

export const TEST_TIME = '2016-01-01T00:00:00Z';

export const aPlan = (id: string, extra: Partial<Plan> = {}): Plan => ({
  ...emptyRecord('plans'),
  id,
  kommunkod: '1490',
  titel: `Plan ${id}`,
  status: 'antagen',
  kalla: 'test',
  uppdaterad: TEST_TIME,
  ...extra,
});

export const aMeasure = (id: string, extra: Partial<Measure> = {}): Measure => ({
  ...emptyRecord('measures'),
  id,
  kommunkod: '1490',
  titel: `Åtgärd ${id}`,
  status: 'planerad',
  kalla: 'test',
  uppdaterad: TEST_TIME,
  ...extra,
});
