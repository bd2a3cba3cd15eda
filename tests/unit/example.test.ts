import { describe, it, expect } from 'vitest';
import { register } from '$lib/domain/register';
import { toRaw, validateRecord, type EntityName, type ValidationContext } from '$lib/domain/records';
import { EXAMPLE_PREFIX, EXAMPLE_SOURCE, exampleData, type ExampleData } from '$lib/domain/example';

const NOW = '2016-02-01T12:00:00Z';

const THEMES = new Map<string, string>([
  ['kompetens', 'Kompetensförsörjning och personalstabilitet'],
  ['arbetsmiljo', 'Arbetsmiljö och arbetsbelastning'],
  ['ledning', 'Ledning, styrning och organisation'],
  ['skola', 'Samverkan med skola och förskola'],
  ['halsa', 'Samverkan med hälso- och sjukvård'],
  ['placerade', 'Placerade barns skolgång och hälsa'],
  ['forebyggande', 'Förebyggande arbete och tidiga insatser'],
  ['delaktighet', 'Barns och vårdnadshavares delaktighet'],
  ['digitalisering', 'Digitalisering och teknikutveckling'],
  ['ensamkommande', 'Ensamkommande barn och mottagande'],
  ['familjehem', 'Familjehem, jourhem, HVB och hemmaplanslösningar'],
  ['tillganglighet', 'Tillgänglighet och kommunikation'],
  ['kunskap', 'Uppföljning, kunskap och metodutveckling'],
]);

const data: ExampleData = exampleData(register, NOW);

const ctx: ValidationContext = {
  register,
  themes: THEMES,
  plans: new Map(data.plans.map((p) => [p.id, p.kommunkod])),
  regionIds: new Set(data.regions.map((r) => r.id)),
  now: NOW,
};

const TABLES: [EntityName, keyof ExampleData][] = [
  ['regions', 'regions'],
  ['plans', 'plans'],
  ['measures', 'measures'],
  ['events', 'events'],
  ['requests', 'requests'],
  ['indicators', 'indicators'],
  ['indicatorValues', 'indicatorValues'],
];

describe('example data', () => {
  it('every record validates', () => {
    for (const [entity, key] of TABLES) {
      expect(data[key].length, key).toBeGreaterThan(0);
      for (const record of data[key]) {
        const v = validateRecord(entity, toRaw(entity, record as unknown as Record<string, unknown>), ctx);
        expect(v.ok ? [] : v.errors, `${entity} ${JSON.stringify(record).slice(0, 80)}`).toEqual([]);
        expect(v.notes).toEqual([]);
      }
    }
  });

  it('round-trips through validateRecord unchanged', () => {
    for (const [entity, key] of TABLES) {
      for (const record of data[key]) {
        const v = validateRecord(entity, toRaw(entity, record as unknown as Record<string, unknown>), ctx);
        if (!v.ok) continue;
        for (const [field, value] of Object.entries(v.value)) {
          expect((record as unknown as Record<string, unknown>)[field], `${entity}.${field}`).toEqual(value);
        }
      }
    }
  });

  it('marks every record as an example', () => {
    for (const [, key] of TABLES) {
      for (const record of data[key] as unknown as Record<string, unknown>[]) {
        if (key === 'indicatorValues') {
          expect(String(record.indikator).startsWith(EXAMPLE_PREFIX)).toBe(true);
        } else {
          expect(String(record.id).startsWith(EXAMPLE_PREFIX), String(record.id)).toBe(true);
        }
        if ('kalla' in record) expect(record.kalla).toBe(EXAMPLE_SOURCE);
        if ('uppdaterad' in record) expect(record.uppdaterad).toBe(NOW);
      }
    }
    expect(EXAMPLE_PREFIX).toBe('ex-');
    expect(EXAMPLE_SOURCE).toBe('Exempeldata');
  });

  it('has unique ids and unique indicator value keys', () => {
    for (const [, key] of TABLES) {
      if (key === 'indicatorValues') continue;
      const ids = (data[key] as unknown as { id: string }[]).map((r) => r.id);
      expect(new Set(ids).size, key).toBe(ids.length);
    }
    const all = TABLES.filter(([, k]) => k !== 'indicatorValues').flatMap(([, k]) =>
      (data[k] as unknown as { id: string }[]).map((r) => r.id),
    );
    expect(new Set(all).size).toBe(all.length);
    const valueKeys = data.indicatorValues.map((v) => `${v.indikator}|${v.kommunkod}|${v.period}`);
    expect(new Set(valueKeys).size).toBe(valueKeys.length);
    const indicatorIds = new Set(data.indicators.map((i) => i.id));
    for (const v of data.indicatorValues) expect(indicatorIds.has(v.indikator), v.indikator).toBe(true);
  });

  it('links every measure to a plan of the same municipality', () => {
    const plans = new Map(data.plans.map((p) => [p.id, p]));
    for (const m of data.measures) {
      const plan = plans.get(m.plan_id);
      expect(plan, m.id).toBeDefined();
      expect(plan!.kommunkod, m.id).toBe(m.kommunkod);
    }
    expect(data.measures.length).toBeGreaterThanOrEqual(20);
    expect(data.measures.length).toBeLessThanOrEqual(30);
  });

  it('has a plan for each of the four municipalities', () => {
    const codes = data.plans.map((p) => p.kommunkod).sort();
    expect(codes).toEqual(['1490', '1496', '2083', '2480']);
    expect(data.plans.find((p) => p.kommunkod === '2480')!.status).toBe('remiss');
  });

  it('has the Sjuhärad and Skaraborg regions', () => {
    const sjuharad = data.regions.find((r) => r.id === 'ex-sjuharad')!;
    const skaraborg = data.regions.find((r) => r.id === 'ex-skaraborg')!;
    expect(sjuharad.kommunkoder).toHaveLength(8);
    expect(sjuharad.kommunkoder).toContain('1490');
    expect(skaraborg.kommunkoder).toHaveLength(15);
    expect(skaraborg.kommunkoder).toContain('1496');
    for (const code of [...sjuharad.kommunkoder, ...skaraborg.kommunkoder])
      expect(register.get(code)?.county).toBe('14');
  });

  it('has the Sjuhärad seminar of 2016-01-21 as a region-wide event', () => {
    const seminar = data.events.find((e) => e.datum === '2016-01-21');
    expect(seminar).toBeDefined();
    expect(seminar!.typ).toBe('seminarium');
    expect(seminar!.kommunkod).toBe('');
    expect(seminar!.region_id).toBe('ex-sjuharad');
  });

  it.each([
    [
      'the Umeå dialogue afternoon',
      (d: ExampleData) => d.events.find((e) => e.id.endsWith('umea-dialog'))?.datum,
      '2015-11-30',
    ],
    [
      "the national coordinator's visit to Umeå",
      (d: ExampleData) => d.events.find((e) => e.id.endsWith('umea-besok'))?.datum,
      '2015-12-01',
    ],
    [
      'the Sjuhärad seminar',
      (d: ExampleData) => d.events.find((e) => e.id.endsWith('sjuharad-seminarium'))?.datum,
      '2016-01-21',
    ],
    [
      "Hedemora's plan, due in March",
      (d: ExampleData) => d.plans.find((p) => p.kommunkod === '2083')?.planerat_klart,
      '2016-03',
    ],
    [
      "the end of Borås's reorganisation",
      (d: ExampleData) => d.measures.find((m) => m.titel.startsWith('Ny organisation'))?.slut,
      '2017-01',
    ],
    [
      "the start of Skaraborg's social emergency service",
      (d: ExampleData) => d.events.find((e) => e.id.endsWith('skaraborg-socialjour'))?.datum,
      '2010',
    ],
  ])('carries the date the source gives for %s', (_, get, expected) => expect(get(data)).toBe(expected));

  it('throws when a municipality is missing from the register', () => {
    const empty = { lookup: () => ({ ok: false, reason: 'unknown', candidates: [] }) } as unknown as typeof register;
    expect(() => exampleData(empty, NOW)).toThrow();
  });
});
