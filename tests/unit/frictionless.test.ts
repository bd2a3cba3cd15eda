/* eslint-disable @typescript-eslint/no-explicit-any -- the datapackage library has no types */
/**
 * The bundle is a Frictionless Data Package for other tools too: the reference JavaScript
 * implementation (`datapackage` on npm) loads an exported datapackage.json and reads and casts
 * every resource without an error (issue 14 point 5, DATA.md "Bundle").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the package ships no types
import { Package } from 'datapackage';
import { ENTITIES, type EntityName } from '$lib/domain/records';
import { bundleBytes, EXPORT_TABLES } from '$lib/io/exporting';
import type { Rec } from '$lib/domain/merge';
import { exampleTables, wholeSweden } from './support/example-tables';

const base = exampleTables();
// Values the example lacks: timestamps with milliseconds, without seconds, with an offset;
// text with the delimiter, quotes, a line break and a leading formula character.
const plan = base.plans[0];
const tables: Record<EntityName, Rec[]> = {
  ...base,
  plans: [
    ...base.plans,
    { ...plan, id: 'x-ms', uppdaterad: '2026-11-24T05:55:40.991Z', titel: 'Plan; "citat"\nrad två' },
    { ...plan, id: 'x-min', uppdaterad: '2026-11-24T05:55Z', titel: '=SUMMA(A1)' },
    { ...plan, id: 'x-off', uppdaterad: '2026-11-24T06:55:40+01:00', titel: 'Åäö' },
  ],
  indicatorValues: [
    ...base.indicatorValues,
    { ...base.indicatorValues[0], period: '1999', varde: -12.5 },
    { ...base.indicatorValues[0], period: '1998', varde: 1234567.25 },
  ],
};
const dir = mkdtempSync(join(tmpdir(), 'planatlas-frictionless-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meta = wholeSweden('2026-11-24T05:55:40.991Z');

async function loadExported(): Promise<any> {
  const files = unzipSync(bundleBytes(tables, {}, meta));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return Package.load(join(dir, 'datapackage.json'));
}

describe('an exported bundle read by the Frictionless reference implementation', () => {
  it('is a valid tabular data package', async () => {
    const pkg = await loadExported();
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resourceNames).toEqual(EXPORT_TABLES.map((e) => ENTITIES[e].file.replace('.csv', '')));
  });

  it.each(EXPORT_TABLES)('reads and casts every row of %s', async (entity) => {
    const pkg = await loadExported();
    const resource = pkg.getResource(ENTITIES[entity].file.replace('.csv', ''));
    expect(resource.tabular).toBe(true);
    const rows: any[] = await resource.read({ keyed: true, cast: true });
    expect(resource.headers).toEqual(ENTITIES[entity].fields.map((f) => f.key));
    expect(rows).toHaveLength(tables[entity].length);
    expect(rows.length).toBe(resource.descriptor['planatlas:rowCount']);
    // Cast values are typed, not text.
    const schema = resource.schema.fields as { name: string; type: string }[];
    for (const row of rows) {
      for (const f of schema) {
        const v = row[f.name];
        if (v === null) continue;
        if (f.type === 'datetime') expect(v).toBeInstanceOf(Date);
        if (f.type === 'number') expect(typeof v).toBe('number');
        if (f.type === 'boolean') expect(typeof v).toBe('boolean');
      }
    }
  });

  it('casts timestamps to the instant they name, milliseconds and offsets included', async () => {
    const pkg = await loadExported();
    const rows: any[] = await pkg.getResource('planer').read({ keyed: true, cast: true });
    const at = (id: string) => (rows.find((r) => r.id === id).uppdaterad as Date).toISOString();
    expect(at('x-ms')).toBe('2026-11-24T05:55:40.991Z');
    expect(at('x-min')).toBe('2026-11-24T05:55:00.000Z');
    expect(at('x-off')).toBe('2026-11-24T05:55:40.000Z');
    expect(rows.find((r) => r.id === 'x-ms').titel).toBe('Plan; "citat"\nrad två');
  });

  it('casts decimal-comma numbers and ja/nej booleans', async () => {
    const pkg = await loadExported();
    const values: any[] = await pkg.getResource('nyckeltal').read({ keyed: true, cast: true });
    const stored = tables.indicatorValues.map((v) => v.varde as number).sort((a, b) => a - b);
    expect(values.map((v) => v.varde).sort((a: number, b: number) => a - b)).toEqual(stored);
    expect(stored.some((n) => !Number.isInteger(n))).toBe(true);
    const indicators: any[] = await pkg.getResource('indikatorer').read({ keyed: true, cast: true });
    expect(indicators.every((i) => i.hogre_ar_battre === null || typeof i.hogre_ar_battre === 'boolean')).toBe(true);
  });
});
