import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { register } from '$lib/domain/register';
import { DEFAULT_THEMES } from '$lib/domain/themes';
import type { EntityName } from '$lib/domain/records';
import { analyseFiles, type ContextData } from '$lib/io/analyse';
import { bundleBytes, EXPORT_TABLES, scopedRecords, tableCsv } from '$lib/io/exporting';
import type { Rec } from '$lib/domain/merge';
import { EXCEL_DIALECT, SCRIPT_DIALECT } from '$lib/io/write';
import { EXAMPLE, exampleTables, wholeSweden } from './support/example-tables';

const NOW = '2026-01-01T00:00:00.000Z';
const tables = exampleTables();
const emptyCtx: ContextData = { themes: [], plans: [], regionIds: [], now: NOW };
const meta = wholeSweden(NOW);

describe('export → import → export', () => {
  it('a bundle of the example data imports into an empty database without errors and exports to the same bytes', () => {
    const zip = bundleBytes(tables, {}, meta);
    const analysis = analyseFiles([{ name: 'paket.zip', bytes: zip }], emptyCtx);
    const errors = [...analysis.issues, ...analysis.tables.flatMap((t) => t.issues)].filter(
      (i) => i.severity !== 'info',
    );
    expect(errors).toEqual([]);
    const back: Partial<Record<EntityName, Rec[]>> = {};
    for (const t of analysis.tables) back[t.entity!] = t.result!.records;
    for (const e of EXPORT_TABLES) expect(back[e]?.length, e).toBe(tables[e].length);
    const again = bundleBytes(back, {}, meta);
    const a = unzipSync(zip);
    const b = unzipSync(again);
    for (const name of Object.keys(a))
      expect(new TextDecoder().decode(b[name]), name).toBe(new TextDecoder().decode(a[name]));
  });

  it('bundle CSVs are UTF-8 without BOM, `;` and CRLF, as the datapackage declares; the zip round-trips byte for byte', () => {
    const zip = bundleBytes(tables, {}, meta);
    const files = unzipSync(zip);
    const dp = JSON.parse(new TextDecoder().decode(files['datapackage.json']));
    for (const r of dp.resources) {
      expect(r).toMatchObject({ encoding: 'utf-8', dialect: { delimiter: ';', lineTerminator: '\r\n' } });
      const bytes = files[r.path];
      expect([...bytes.subarray(0, 2)], r.path).toEqual([
        ...new TextEncoder().encode(r.schema.fields[0].name.slice(0, 2)),
      ]);
      expect(new TextDecoder().decode(bytes).split('\r\n')[0]).toBe(
        r.schema.fields.map((f: { name: string }) => f.name).join(';'),
      );
    }
    const analysis = analyseFiles([{ name: 'paket.zip', bytes: zip }], emptyCtx);
    const back: Partial<Record<EntityName, Rec[]>> = {};
    for (const t of analysis.tables) back[t.entity!] = t.result!.records;
    expect(bundleBytes(back, {}, meta)).toEqual(zip);
  });

  it('an older bundle, whose CSVs start with a BOM, imports the same records', () => {
    const zip = bundleBytes(tables, {}, meta);
    const files = unzipSync(zip);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const older = zipSync(
      Object.fromEntries(
        Object.entries(files).map(([k, v]) => [k, k.endsWith('.csv') ? new Uint8Array([...bom, ...v]) : v]),
      ),
    );
    const records = (bytes: Uint8Array) => {
      const a = analyseFiles([{ name: 'paket.zip', bytes }], emptyCtx);
      expect([...a.issues, ...a.tables.flatMap((t) => t.issues)].filter((i) => i.severity === 'error')).toEqual([]);
      return Object.fromEntries(a.tables.map((t) => [t.entity, t.result!.records]));
    };
    expect(records(older)).toEqual(records(zip));
  });

  it.each([
    ['excel', EXCEL_DIALECT],
    ['script', SCRIPT_DIALECT],
  ] as const)('each table in the %s dialect round-trips byte for byte', (_, dialect) => {
    for (const table of EXPORT_TABLES) {
      const csv = tableCsv(table, tables[table], {}, dialect);
      const ctx: ContextData = {
        themes: DEFAULT_THEMES.map((th) => [th.id, th.namn]),
        plans: EXAMPLE.plans.map((p) => [p.id, p.kommunkod]),
        regionIds: EXAMPLE.regions.map((r) => r.id),
        now: NOW,
      };
      const analysis = analyseFiles([{ name: `x-${table}.csv`, bytes: new TextEncoder().encode(csv) }], ctx, {
        [`x-${table}.csv`]: table,
      });
      const t = analysis.tables[0];
      expect(
        t.issues.filter((i) => i.severity === 'error'),
        table,
      ).toEqual([]);
      expect(tableCsv(table, t.result!.records, {}, dialect), table).toBe(csv);
    }
  });
});

describe('scope', () => {
  const members = new Set(register.inCounty('14').map((m) => m.code));
  it("keeps only the region's records, its own region record and its region-wide events", () => {
    expect(scopedRecords('plans', tables.plans, { members, regionId: '14' }).map((p) => p.kommunkod)).toEqual([
      '1490',
      '1496',
    ]);
    expect(scopedRecords('regions', tables.regions, { members, regionId: 'ex-sjuharad' }).map((r) => r.id)).toEqual([
      'ex-sjuharad',
    ]);
    const events = scopedRecords('events', tables.events, { members, regionId: 'ex-sjuharad' });
    expect(events.every((e) => !e.kommunkod || members.has(String(e.kommunkod)))).toBe(true);
    expect(events.some((e) => e.region_id === 'ex-sjuharad')).toBe(true);
    expect(events.some((e) => e.region_id === 'ex-skaraborg')).toBe(false);
    expect(scopedRecords('themes', tables.themes, { members, regionId: '14' })).toHaveLength(13);
  });

  it('with membersOf, the one region rule: a county takes along the groups inside it and their events', () => {
    const membersOf = (id: string) =>
      (tables.regions.find((r) => r.id === id)?.kommunkoder as string[] | undefined) ?? [];
    const scope = { members, regionId: '14', membersOf };
    const regions = scopedRecords('regions', tables.regions, scope).map((r) => r.id);
    expect(regions).toEqual(expect.arrayContaining(['ex-sjuharad', 'ex-skaraborg']));
    const events = scopedRecords('events', tables.events, scope);
    expect(events.some((e) => e.region_id === 'ex-sjuharad')).toBe(true);
    expect(events.some((e) => e.region_id === 'ex-skaraborg')).toBe(true);
    expect(events.every((e) => !e.kommunkod || members.has(String(e.kommunkod)))).toBe(true);
    // Every event's group is in the export, so the bundle imports without a dangling reference.
    expect(events.every((e) => !e.region_id || e.region_id === '14' || regions.includes(String(e.region_id)))).toBe(
      true,
    );
  });

  it('sorts by key so the same data gives the same file', () => {
    const shuffled = [...tables.measures].reverse();
    expect(tableCsv('measures', shuffled, {}, EXCEL_DIALECT)).toBe(
      tableCsv('measures', tables.measures, {}, EXCEL_DIALECT),
    );
  });
});
