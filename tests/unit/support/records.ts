/**
 * Plans and measures for tests: every field present, in Borås (1490), as imported on 2016-01-01.
 * A test names only what it is about (`aMeasure('m', { slut: '2016' })`).
 */
import type { Measure, Plan } from '$lib/domain/model';

export const TEST_TIME = '2016-01-01T00:00:00Z';

export const aPlan = (id: string, extra: Partial<Plan> = {}): Plan => ({
  id,
  kommunkod: '1490',
  titel: `Plan ${id}`,
  status: 'antagen',
  startdatum: '',
  planerat_klart: '',
  antagen: '',
  uppfoljning: '',
  ansvarig: '',
  lank: '',
  beskrivning: '',
  kalla: 'test',
  uppdaterad: TEST_TIME,
  ...extra,
});

export const aMeasure = (id: string, extra: Partial<Measure> = {}): Measure => ({
  id,
  plan_id: '',
  kommunkod: '1490',
  titel: `Åtgärd ${id}`,
  beskrivning: '',
  teman: [],
  status: 'planerad',
  start: '',
  slut: '',
  ansvarig: '',
  samverkan: [],
  kalla: 'test',
  uppdaterad: TEST_TIME,
  ...extra,
});
