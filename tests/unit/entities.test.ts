import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  DATA_TABLES,
  byMunicipality,
  csvColumns,
  emptyRecord,
  emptyValue,
  ENTITIES,
  ENTITY_NAMES,
  entityOfFile,
  IMPORT_ORDER,
  NAME_WORDS,
  refersTo,
  restoreRecord,
  tableName,
  enumCodes,
  ENUM_LABELS,
  fieldOf,
  formFields,
  keyFields,
  keyOf,
  keyText,
  labelKeys,
  storeKeyFromKey,
  storeKeyOf,
  storeSchema,
  tableFields,
  type EntityName,
  type EntityRecord,
} from '$lib/domain/entities';
import { tableSchema } from '$lib/domain/entities/schema';
import { aliasesOf } from '$lib/domain/entities/aliases';
import { fold } from '$lib/domain/text';
import { parseEnum } from '$lib/domain/model';
import { validateRecord, type ValidationContext } from '$lib/domain/records';
import { register } from '$lib/domain/register';
import { SCHEMA_V1, SCHEMA_V2 } from '$lib/db/schema';
import { keyOf as chunkKeyOf, hasKey, partOf, RECORD_TABLES, restoreChunk } from '$lib/db/chunks';
import { db } from '$lib/db/db';
import { readRows } from '$lib/db/store';
import { exampleData } from '$lib/domain/example';
import { en } from '$lib/i18n/en';
import { sv } from '$lib/i18n/sv';
import { dataPackage, readBundle } from '$lib/io/bundle';
import { analyseFiles, entityFromName } from '$lib/io/analyse';
import { BUNDLE_DIALECT, toCsv } from '$lib/io/write';
import { bundleBytes, EXPORT_TABLES } from '$lib/io/exporting';
import { detectEntity, entityFromFileName } from '$lib/io/headers';
import { sheetName } from '$lib/io/xlsx-write';
import { LiveData } from '$lib/state/live.svelte';
import { aMeasure, aPlan } from './support/records';

/** A minimal valid raw record per entity (every required field filled). */
const VALID: Record<EntityName, Record<string, string>> = {
  plans: { id: 'p1', kommunkod: '1490', titel: 'Plan', status: 'antagen' },
  measures: { id: 'a1', kommunkod: '1490', titel: 'Åtgärd', status: 'planerad' },
  events: { id: 'h1', datum: '2016', typ: 'besok', titel: 'Besök' },
  requests: { id: 'm1', kommunkod: '1490', text: 'Medskick' },
  regions: { id: 'r1', namn: 'Sjuhärad', kommunkoder: '1490' },
  themes: { id: 'skola', namn: 'Skola', farg: '#123456' },
  indicators: { id: 'n1', namn: 'N1' },
  indicatorValues: { indikator: 'N1', kommunkod: '0180', period: '2015', varde: '1' },
  themeIndicators: { tema: 'skola', indikator: 'N1', grans: '60,5', kommentar: 'Regionens mål' },
  rounds: { id: 'i1', namn: 'Planer våren 2016', region_id: 'r1' },
  answers: {
    insamling_id: 'i1',
    kommunkod: '1490',
    mottagen: '2016-03-01',
    fil: 'svar.xlsx',
    plan_status_fore: 'under_arbete',
    plan_datum_fore: '2015-06-01',
    plan_kalla_fore: 'Regionens besök',
    atgarder_fore: 'm1:planerad|m2:genomford',
  },
};

const ctx: ValidationContext = {
  register,
  themes: new Map(),
  plans: new Map(),
  regionIds: new Set(['r1']),
  now: '2026-01-01T00:00:00.000Z',
};
const schemaTexts = {
  title: (k: string) => (sv.fields as Record<string, string>)[k],
  date: sv.bundle.schemaDate,
  list: sv.bundle.schemaList,
  timestamp: sv.bundle.schemaTimestamp,
};

describe.each(ENTITY_NAMES.map((e) => [e]))(
  'entity %s: every derived part agrees with the one definition',
  (entity) => {
    const spec = ENTITIES[entity];
    const columns = csvColumns(entity);

    // The columns themselves are those of docs/DATA.md, in order: tests/unit/data-md.test.ts.
    it('its CSV file name is its own and recognised as it', () => {
      expect(ENTITY_NAMES.filter((e) => ENTITIES[e].file === spec.file)).toEqual([entity]);
      expect(entityOfFile(spec.file)).toBe(entity);
      expect(entityFromFileName(spec.file)).toBe(entity);
    });

    it('CSV columns = Table Schema fields = the fields of the bundle datapackage.json', () => {
      const schema = tableSchema(entity, schemaTexts);
      expect(schema.fields.map((f) => f.name)).toEqual(columns);
      const dp = dataPackage({ region: '', regionName: '', created: '2026-01-01T00:00:00.000Z', app: 'planatlas' }, [
        { entity },
      ]) as {
        resources: { path: string; schema: unknown }[];
      };
      expect(dp.resources[0].path).toBe(spec.file);
      expect(dp.resources[0].schema).toEqual(schema);
    });

    it('the validated record has exactly the CSV columns as keys; form and table fields are among them', () => {
      const r = validateRecord(entity, VALID[entity], ctx);
      expect(r.ok, JSON.stringify(r)).toBe(true);
      if (!r.ok) return;
      expect(Object.keys(r.value)).toEqual(columns);
      for (const f of [...formFields(entity), ...tableFields(entity)]) expect(columns).toContain(f.key);
      expect(formFields(entity).some((f) => f.hidden)).toBe(false);
      // The type derived from the definition names the same keys (checked by the compiler here).
      const typed: EntityRecord<typeof entity> = r.value;
      expect(Object.keys(typed)).toEqual(columns);
    });

    it('required fields are errors when empty (except an id, which import derives)', () => {
      for (const f of spec.fields.filter((x) => x.required)) {
        const r = validateRecord(entity, { ...VALID[entity], [f.key]: '' }, ctx);
        expect(r.ok, f.key).toBe(false);
        if (!r.ok) expect(r.errors.map((e) => [e.field, e.msg.key])).toContainEqual([f.key, 'required']);
      }
    });

    it('the title field, date field, key fields and ranges are fields of the entity', () => {
      const keys = [
        spec.titleField,
        ...(spec.dateField ? [spec.dateField] : []),
        ...keyFields(entity),
        ...(spec.ranges ?? []).flat(),
      ];
      for (const k of keys) expect(fieldOf(entity, k), k).toBeDefined();
    });

    it('the store definitions agree with the database schema: v1 per record, v2 in chunks by municipality', () => {
      // Version 1 (kept forever for the upgrade) stored one record per row with the definition's key and indexes.
      // Entities added since (rounds, answers) never had a per-row store.
      const v1 = (SCHEMA_V1 as Record<string, string | undefined>)[entity];
      if (v1 !== undefined) expect(v1).toBe(storeSchema(entity));
      expect(storeSchema(entity).split(', ').slice(1)).toEqual([...spec.indexes]);
      // Version 2 drops the per-row store; the rows live in chunks, one per municipality where the entity has one.
      expect((SCHEMA_V2 as Record<string, unknown>)[entity] ?? null).toBeNull();
      const r = validateRecord(entity, VALID[entity], ctx);
      if (!r.ok) throw new Error('invalid');
      const rec = r.value as unknown as Record<string, unknown>;
      const byKommun = spec.fields.some((f) => f.key === 'kommunkod');
      expect(partOf(entity, rec)).toBe(byKommun ? rec.kommunkod || 'ingen' : 'alla');
      expect(chunkKeyOf(entity, rec)).toBe(keyOf(entity, rec));
    });

    it('the empty record has every CSV column, each with its empty value; validating nothing but the required fields gives it', () => {
      const empty = emptyRecord(entity) as Record<string, unknown>;
      expect(Object.keys(empty)).toEqual(columns);
      for (const f of spec.fields) expect(empty[f.key], f.key).toEqual(emptyValue(f.type));
      const r = validateRecord(entity, VALID[entity], ctx);
      if (!r.ok) throw new Error('invalid');
      const filled = Object.keys(VALID[entity]).concat('uppdaterad');
      for (const k of columns.filter((c) => !filled.includes(c)))
        expect((r.value as Record<string, unknown>)[k], k).toEqual(empty[k]);
    });

    it('restoreRecord fills every field a stored row lacks, keeps what it has (the revision too), and leaves a whole row as it is', () => {
      const r = validateRecord(entity, VALID[entity], ctx);
      if (!r.ok) throw new Error('invalid');
      const whole = { ...r.value, rev: 3 };
      expect(restoreRecord(entity, whole)).toBe(whole);
      for (const f of spec.fields) {
        const { [f.key]: _gone, ...older } = whole as Record<string, unknown>;
        const back = restoreRecord(entity, older);
        expect(back, f.key).toEqual({ ...whole, [f.key]: emptyValue(f.type) });
        expect(Object.keys(older), 'the stored row itself is not changed').not.toContain(f.key);
      }
    });

    it('storage: a record table of its own, chunks by municipality when it has a kommunkod, a key from its key fields', () => {
      expect(RECORD_TABLES).toContain(entity);
      expect(byMunicipality(entity)).toBe(columns.includes('kommunkod'));
      const r = validateRecord(entity, VALID[entity], ctx);
      if (!r.ok) throw new Error('invalid');
      const rec = r.value as Record<string, unknown>;
      expect(hasKey(entity, rec)).toBe(true);
      for (const k of keyFields(entity)) expect(hasKey(entity, { ...rec, [k]: '' }), k).toBe(false);
    });

    it('files: exported, one bundle resource and one workbook sheet named after its CSV file', () => {
      expect(EXPORT_TABLES).toContain(entity);
      expect(sheetName(entity)).toBe(tableName(entity));
      expect(`${tableName(entity)}.csv`).toBe(spec.file);
    });

    it('import: validated after the entities it refers to; recognised by a file name before them', () => {
      for (const other of refersTo(entity)) {
        expect(ENTITY_NAMES).toContain(other);
        expect(IMPORT_ORDER.indexOf(other), other).toBeLessThan(IMPORT_ORDER.indexOf(entity));
        const named = NAME_WORDS.map(([e]) => e);
        if (named.includes(entity) && named.includes(other))
          expect(named.indexOf(entity), other).toBeLessThan(named.indexOf(other));
      }
      // A reference field's entity is among those it refers to (validation needs it first).
      const REF: Partial<Record<string, EntityName>> = { planRef: 'plans', regionRef: 'regions', themes: 'themes' };
      for (const f of spec.fields) {
        const target = REF[f.type];
        if (target) expect(refersTo(entity), f.key).toContain(target);
      }
      for (const w of spec.nameWords ?? []) {
        expect(fold(w, '_'), w).toBe(w);
        expect(entityFromName(`${w}.csv`), w).toBe(entity);
      }
    });

    it('keyOf, storeKeyOf and storeKeyFromKey agree', () => {
      const r = validateRecord(entity, VALID[entity], ctx);
      if (!r.ok) throw new Error('invalid');
      const key = keyOf(entity, r.value);
      expect(storeKeyFromKey(entity, key)).toEqual(storeKeyOf(entity, r.value));
      expect(keyText(entity, r.value)).toBe(
        keyFields(entity)
          .map((k) => String((r.value as Record<string, unknown>)[k]))
          .join('|'),
      );
    });

    it('header aliases are folded, and no header name fits two fields of the entity', () => {
      const owner = new Map<string, string>();
      for (const f of spec.fields) {
        for (const a of new Set([f.key, ...aliasesOf(f)])) {
          expect(fold(a, '_'), a).toBe(a);
          expect(owner.get(a), `${a}: ${owner.get(a)} and ${f.key}`).toBeUndefined();
          owner.set(a, f.key);
        }
      }
    });

    it('the headers of its own CSV are recognised as this entity', () => {
      expect(detectEntity(columns)).toBe(entity);
    });

    it('every field and the entity itself have labels in both catalogues', () => {
      const keys = labelKeys(entity);
      for (const k of keys.fields) {
        expect((sv.fields as Record<string, string>)[k], `sv.fields.${k}`).toBeTruthy();
        expect((en.fields as Record<string, string>)[k], `en.fields.${k}`).toBeTruthy();
      }
      for (const k of [keys.entity, keys.noun].filter((x) => x !== undefined)) {
        expect((sv.entities as Record<string, string>)[k], `sv.entities.${k}`).toBeTruthy();
        expect((en.entities as Record<string, string>)[k], `en.entities.${k}`).toBeTruthy();
      }
      // Data shows a tab per edited table, with its plural name, and "Ny <noun>" for a new record.
      if (spec.dataTab !== undefined) expect([keys.entity, keys.noun]).not.toContain(undefined);
    });

    it('enumeration fields: Table Schema enum = codes = labelled codes; every label parses back to its code', () => {
      const schema = tableSchema(entity, schemaTexts);
      for (const f of spec.fields.filter((x) => x.type === 'enum')) {
        const kind = f.enumKind!;
        const codes = enumCodes(kind);
        const sf = schema.fields.find((x) => x.name === f.key) as { constraints: { enum: string[] } };
        expect(sf.constraints.enum).toEqual(codes);
        const labels: Record<string, { sv: string; en: string }> = ENUM_LABELS[kind];
        expect(Object.keys(labels)).toEqual(codes);
        for (const c of codes) {
          for (const input of [c, labels[c].sv, labels[c].en, labels[c].sv.toUpperCase()])
            expect(parseEnum(kind, input)).toBe(c);
        }
      }
    });
  },
);

describe('measures: genomforande (a whole percentage) and gott_exempel (ja/nej)', () => {
  const measure = (extra: Record<string, string>) => validateRecord('measures', { ...VALID.measures, ...extra }, ctx);
  it.each([
    [{}, null, false],
    [{ genomforande: '60' }, 60, false],
    [{ genomforande: '60 %' }, 60, false],
    [{ genomforande: '0' }, 0, false],
    [{ genomforande: '100%' }, 100, false],
    [{ gott_exempel: 'ja' }, null, true],
    [{ gott_exempel: 'Nej' }, null, false],
    [{ gott_exempel: '' }, null, false],
  ])('%j is valid: genomforande %j, gott_exempel %j', (raw, genomforande, gott) => {
    const r = measure(raw);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) expect([r.value.genomforande, r.value.gott_exempel]).toEqual([genomforande, gott]);
  });
  it.each([
    [{ genomforande: '101' }, 'genomforande', 'numberRange'],
    [{ genomforande: '-5' }, 'genomforande', 'numberRange'],
    [{ genomforande: '60,5' }, 'genomforande', 'numberWhole'],
    [{ genomforande: 'hälften' }, 'genomforande', 'numberInvalid'],
    [{ gott_exempel: 'kanske' }, 'gott_exempel', 'bool'],
  ])('%j is an error on %s (%s)', (raw, field, key) => {
    const r = measure(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.field, e.msg.key])).toEqual([[field, key]]);
  });
  const importCsv = (text: string) =>
    analyseFiles([{ name: 'atgarder.csv', bytes: new TextEncoder().encode(text) }], {
      themes: [],
      plans: [],
      regionIds: [],
      now: ctx.now,
    }).tables[0];
  it('an older atgarder.csv without the two columns imports: not reported, not a good example', () => {
    const t = importCsv('id;kommunkod;titel;status\r\na1;1490;Åtgärd;planerad\r\n');
    expect(t.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(t.result?.records.map((r) => [r.genomforande, r.gott_exempel])).toEqual([[null, false]]);
  });
  it('export → import → export is byte-identical, the two columns filled and empty', () => {
    const records = [{ ...aMeasure('a1'), genomforande: 60, gott_exempel: true }, aMeasure('a2')];
    const csv = toCsv('measures', records, BUNDLE_DIALECT);
    expect(csv).toContain(';genomforande;gott_exempel;kalla;');
    expect(csv).toContain(';60;ja;test;');
    expect(csv).toContain(';;nej;test;');
    const back = importCsv(csv).result?.records ?? [];
    expect(back.map((r) => [r.genomforande, r.gott_exempel])).toEqual([
      [60, true],
      [null, false],
    ]);
    expect(toCsv('measures', back, BUNDLE_DIALECT)).toBe(csv);
  });
  it('a measure stored before the two fields existed is read without them missing (no database version)', async () => {
    const { genomforande: _g, gott_exempel: _e, ...older } = aMeasure('gammal');
    await db.open();
    await db.chunks.put({ key: 'measures:1490', table: 'measures', part: '1490', rows: [{ ...older, rev: 1 }] });
    expect(await readRows('measures')).toEqual([{ ...aMeasure('gammal'), rev: 1 }]);
    await db.delete();
  });
  it('the Table Schema declares a whole number from 0 to 100 and a ja/nej boolean', () => {
    const fields = tableSchema('measures', schemaTexts).fields;
    expect(fields.find((f) => f.name === 'genomforande')).toMatchObject({
      type: 'integer',
      constraints: { minimum: 0, maximum: 100 },
    });
    expect(fields.find((f) => f.name === 'gott_exempel')).toMatchObject({ type: 'boolean', trueValues: ['ja'] });
  });
});

describe('compound keys (indicator values: indikator + kommunkod + period)', () => {
  const v = { indikator: 'N1', kommunkod: '0180', period: '2015', varde: 1, kalla: '' };
  it.each([
    ['keyOf keeps the import-history form', keyOf('indicatorValues', v), '["N1","0180","2015"]'],
    ['storeKeyOf is the array Dexie takes', storeKeyOf('indicatorValues', v), ['N1', '0180', '2015']],
    ['keyText is for people', keyText('indicatorValues', v), 'N1|0180|2015'],
    [
      'storeSchema is the compound index',
      storeSchema('indicatorValues'),
      '[indikator+kommunkod+period], indikator, kommunkod',
    ],
    ['a simple key is the id', keyOf('plans', { id: 'p-1' }), 'p-1'],
    ['its store key too', storeKeyOf('plans', { id: 'p-1' }), 'p-1'],
  ])('%s', (_, actual, expected) => expect(actual).toEqual(expected));
});

describe('every registry consumer iterates the registry', () => {
  it('the lists of entities are the registry, in its order (DATA.md): record tables, export, workbook sheets', () => {
    expect(RECORD_TABLES).toEqual(ENTITY_NAMES);
    expect(EXPORT_TABLES).toEqual(ENTITY_NAMES);
    expect(ENTITY_NAMES).toEqual(Object.keys(ENTITIES));
  });

  it("Data's tabs: the entities with a dataTab, by it, each place once", () => {
    const tabbed = ENTITY_NAMES.filter((e) => ENTITIES[e].dataTab !== undefined);
    expect([...DATA_TABLES].sort()).toEqual([...tabbed].sort());
    const places = DATA_TABLES.map((e) => ENTITIES[e].dataTab!);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    expect(new Set(places).size).toBe(places.length);
  });

  it('import order and recognition order hold every entity once', () => {
    expect([...IMPORT_ORDER].sort()).toEqual([...ENTITY_NAMES].sort());
    const named = NAME_WORDS.map(([e]) => e);
    expect(new Set(named).size).toBe(named.length);
    expect(named.sort()).toEqual(ENTITY_NAMES.filter((e) => ENTITIES[e].nameWords?.length).sort());
  });

  it('live data: one table per entity (empty before the first result), plus the import history and the boundaries', () => {
    const live = new LiveData();
    expect(live.tableCount).toBe(ENTITY_NAMES.length + 2);
    for (const e of ENTITY_NAMES) expect(live.rows(e), e).toEqual([]);
    // A property per entity, defined from the registry (live.plans …), each its own state.
    expect(Object.keys(live)).toEqual(expect.arrayContaining([...ENTITY_NAMES]));
    live.measures = [aMeasure('m')];
    expect(live.rows('measures')).toEqual([aMeasure('m')]);
    expect(live.plans).toEqual([]);
  });

  it('the bundle has one resource per entity, in registry order, and reads back as the same tables', () => {
    const bytes = bundleBytes({}, {}, { region: '', regionName: '', created: '2026-01-01T00:00:00.000Z', app: 'x' });
    const back = readBundle(bytes, 'paket.zip');
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.value.files.map((f) => f.path)).toEqual(ENTITY_NAMES.map((e) => ENTITIES[e].file));
    const resources = (back.value.datapackage as { resources: { name: string; path: string }[] }).resources;
    expect(resources.map((r) => [r.name, r.path])).toEqual(ENTITY_NAMES.map((e) => [tableName(e), ENTITIES[e].file]));
  });

  it('example data: every record has every column of its entity (the builders start from emptyRecord)', () => {
    const data = exampleData(register, '2026-01-01T00:00:00.000Z') as unknown as Record<string, object[]>;
    for (const [table, rows] of Object.entries(data)) {
      expect(ENTITY_NAMES, table).toContain(table);
      for (const r of rows)
        expect(Object.keys(r), table).toEqual(expect.arrayContaining(csvColumns(table as EntityName)));
    }
  });

  it('test factories: every column of their entity', () => {
    expect(Object.keys(aPlan('p')).sort()).toEqual(csvColumns('plans').sort());
    expect(Object.keys(aMeasure('m')).sort()).toEqual(csvColumns('measures').sort());
  });

  it('rows stored before a field existed are read with its empty value (no database version)', async () => {
    const { samverkan: _s, kalla: _k, ...older } = aMeasure('gammal');
    await db.open();
    await db.chunks.put({ key: 'measures:1490', table: 'measures', part: '1490', rows: [{ ...older, rev: 1 }] });
    const [row] = await readRows('measures');
    expect(row).toEqual({ ...aMeasure('gammal'), samverkan: [], kalla: '', rev: 1 });
    const chunk = { key: 'k', table: 'measures' as const, part: '1490', rows: [{ ...aMeasure('ny'), rev: 1 }] };
    expect(restoreChunk(chunk)).toBe(chunk);
    await db.delete();
  });
});
