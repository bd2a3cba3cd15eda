import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENTITIES, type EntityName } from '$lib/domain/records';
import { ENUM_LABELS } from '$lib/domain/model';
import {
  buildBundle,
  bundleFileName,
  dataPackage,
  FORMAT_VERSION,
  readBundle,
  splitLine,
  type BundleMeta,
} from '$lib/io/bundle';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const text = (b: Uint8Array) => new TextDecoder().decode(b);

const meta: BundleMeta = {
  region: '14',
  regionName: 'Västra Götalands län',
  created: '2026-03-15T10:20:30.000Z',
  app: 'planatlas',
};
const allEntities = Object.keys(ENTITIES) as EntityName[];
type Field = { name: string; type: string; constraints?: Record<string, unknown>; [k: string]: unknown };
type Resource = {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey: string | string[] };
  [k: string]: unknown;
};
type Package = { name: string; resources: Resource[]; [k: string]: unknown };
const pkg = dataPackage(
  meta,
  allEntities.map((entity) => ({ entity, rowCount: 2 })),
) as Package;
const resource = (entity: EntityName) => pkg.resources.find((r) => r.path === ENTITIES[entity].file)!;
const field = (entity: EntityName, name: string) => resource(entity).schema.fields.find((f) => f.name === name)!;

const BOM = '\uFEFF';
const planer = `${BOM}id;kommunkod;titel\r\n1490-p-1;1490;Plan för handling åäö\r\n`;
const teman = 'id;namn;farg\r\nskola;Skola;#1f77b4\r\n';
const files = [
  { path: 'planer.csv', text: planer },
  { path: 'teman.csv', text: teman },
];

/** A zip with the given entries (null = folder entry). */
const zip = (entries: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])));

describe('bundleFileName', () => {
  it.each([
    ['Västra Götalands län', '2026-03-15', 'planatlas-vastra-gotalands-lan-2026-03-15.zip'],
    ['Sjuhärad', '2016-01-01', 'planatlas-sjuharad-2016-01-01.zip'],
    ['Örebro län', '2026-01-02', 'planatlas-orebro-lan-2026-01-02.zip'],
    ['', '2026-01-02', 'planatlas-sverige-2026-01-02.zip'],
    ['  Hela  Sverige! ', '2026-01-02', 'planatlas-hela-sverige-2026-01-02.zip'],
    ['---', '2026-01-02', 'planatlas-sverige-2026-01-02.zip'],
    ['Skåne/Blekinge & Co', '2026-01-02', 'planatlas-skane-blekinge-co-2026-01-02.zip'],
  ])('%j', (name, date, expected) => expect(bundleFileName(name, date)).toBe(expected));
});

describe('dataPackage', () => {
  it('describes the package', () => {
    expect(FORMAT_VERSION).toBe('1');
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.name).toBe('planatlas-vastra-gotalands-lan-2026-03-15');
    expect(pkg.created).toBe(meta.created);
    expect(pkg['planatlas:format']).toBe(FORMAT_VERSION);
    expect(pkg['planatlas:region']).toEqual({ id: '14', name: 'Västra Götalands län' });
    expect(pkg.title).toContain('Västra Götalands län');
    expect(Object.keys(pkg).slice(0, 5)).toEqual(['profile', 'name', 'title', 'created', 'planatlas:format']);
  });

  it('has one resource per entity, in the given order, with the CSV dialect', () => {
    expect(pkg.resources.map((r) => r.path)).toEqual(allEntities.map((e) => ENTITIES[e].file));
    for (const r of pkg.resources) {
      expect(r.name).toBe(r.path.replace('.csv', ''));
      expect(r).toMatchObject({
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
      });
      expect(r.dialect).toEqual({ delimiter: ';', lineTerminator: '\r\n', header: true, doubleQuote: true });
      expect(r['planatlas:rowCount']).toBe(2);
    }
    expect(resource('plans').name).toBe('planer');
    const only = dataPackage(meta, [{ entity: 'themes' }]) as Package;
    expect(only.resources.map((r) => r.path)).toEqual(['teman.csv']);
    expect('planatlas:rowCount' in only.resources[0]).toBe(false);
  });

  it.each(allEntities)('schema of %s matches ENTITIES (names, order, required)', (entity) => {
    const fields = resource(entity).schema.fields;
    expect(fields.map((f) => f.name)).toEqual(ENTITIES[entity].fields.map((f) => f.key));
    for (const [i, spec] of ENTITIES[entity].fields.entries()) {
      expect(fields[i].constraints?.required ?? false).toBe(spec.required ?? false);
      expect(Object.keys(fields[i])[0]).toBe('name');
    }
    const compound: Partial<Record<string, string[]>> = {
      indicatorValues: ['indikator', 'kommunkod', 'period'],
      themeIndicators: ['tema', 'indikator'],
      answers: ['insamling_id', 'kommunkod'],
    };
    expect(resource(entity).schema.primaryKey).toEqual(compound[entity] ?? 'id');
  });

  it('enumerations list the codes', () => {
    expect(field('plans', 'status').constraints?.enum).toEqual(Object.keys(ENUM_LABELS.planStatus));
    expect(field('measures', 'status').constraints?.enum).toEqual(['planerad', 'pagaende', 'genomford', 'avbruten']);
    expect(field('events', 'typ').constraints?.enum).toEqual(Object.keys(ENUM_LABELS.eventType));
    expect(field('plans', 'status').type).toBe('string');
  });

  it('maps field types to Table Schema', () => {
    expect(field('plans', 'kommunkod')).toMatchObject({
      type: 'string',
      constraints: { required: true, pattern: '^\\d{4}$' },
    });
    expect(new RegExp(field('plans', 'kommunkod').constraints!.pattern as string).test('0180')).toBe(true);
    const date = field('plans', 'startdatum');
    expect(date.type).toBe('string');
    expect(date.format).toBeUndefined();
    expect(typeof date.description).toBe('string');
    const datePattern = new RegExp(date.constraints!.pattern as string);
    expect(['2016', '2016-03', '2016-03-15'].every((d) => datePattern.test(d))).toBe(true);
    expect(['16', '2016-3', '2016-03-15T00:00'].some((d) => datePattern.test(d))).toBe(false);
    expect(field('plans', 'uppdaterad')).toMatchObject({ type: 'datetime', format: 'any' });
    expect(field('indicatorValues', 'varde')).toMatchObject({
      type: 'number',
      decimalChar: ',',
      constraints: { required: true },
    });
    expect(field('indicators', 'hogre_ar_battre')).toMatchObject({
      type: 'boolean',
      trueValues: ['ja'],
      falseValues: ['nej'],
    });
    for (const [entity, name] of [
      ['measures', 'teman'],
      ['measures', 'samverkan'],
      ['themes', 'nyckelord'],
      ['regions', 'kommunkoder'],
    ] as const) {
      expect(field(entity, name).type).toBe('string');
      expect(field(entity, name).description).toContain('|');
    }
    for (const [entity, name] of [
      ['plans', 'id'],
      ['plans', 'titel'],
      ['plans', 'lank'],
      ['measures', 'plan_id'],
      ['events', 'region_id'],
      ['themes', 'farg'],
    ] as const) {
      expect(field(entity, name).type).toBe('string');
    }
    expect(field('plans', 'id').constraints).toBeUndefined();
  });

  it('is deterministic', () => {
    const again = dataPackage(
      { ...meta },
      allEntities.map((entity) => ({ entity, rowCount: 2 })),
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(pkg));
  });

  it('names the whole country when there is no region name', () => {
    const p = dataPackage({ ...meta, region: '', regionName: '' }, []) as Package;
    expect(p.name).toBe('planatlas-sverige-2026-03-15');
    expect(p.title).toContain('Hela Sverige');
  });
});

describe('buildBundle', () => {
  afterEach(() => vi.useRealTimers());

  it('gives byte-identical zips for the same content, whenever it runs', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-15T10:00:00Z'));
    const a = buildBundle(files, pkg);
    vi.setSystemTime(new Date('2031-07-01T23:59:59Z'));
    const b = buildBundle(
      files.map((f) => ({ ...f })),
      JSON.parse(JSON.stringify(pkg)),
    );
    expect(b).toEqual(a);
    expect(buildBundle([{ path: 'planer.csv', text: planer + 'x' }, files[1]], pkg)).not.toEqual(a);
  });

  it('writes datapackage.json first, pretty-printed, then the files in order', () => {
    const bytes = buildBundle([files[1], files[0]], pkg);
    const names: string[] = [];
    const out = unzipSync(bytes, { filter: (f) => (names.push(f.name), true) });
    expect(names).toEqual(['datapackage.json', 'teman.csv', 'planer.csv']);
    expect(text(out['datapackage.json'])).toBe(JSON.stringify(pkg, null, 2) + '\n');
    // The local header of the first entry names datapackage.json.
    expect(text(bytes.subarray(30, 30 + 'datapackage.json'.length))).toBe('datapackage.json');
  });

  it('keeps a BOM and encodes UTF-8', () => {
    const out = unzipSync(buildBundle(files, pkg));
    expect([...out['planer.csv'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(out['planer.csv'])).toBe(planer.slice(1)); // TextDecoder drops the BOM
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(out['planer.csv'])).toBe(planer);
    expect(text(out['teman.csv'])).toBe(teman);
  });
});

describe('readBundle', () => {
  it('reads back what was built', () => {
    const r = readBundle(buildBundle(files, pkg), 'planatlas.zip');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.datapackage).toEqual(JSON.parse(JSON.stringify(pkg)));
    expect(r.value.files.map((f) => f.path)).toEqual(['planer.csv', 'teman.csv']);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(r.value.files[0].bytes)).toBe(planer);
    expect(text(r.value.files[1].bytes)).toBe(teman);
    expect(r.value.issues).toEqual([]);
  });

  it('refuses a file that is not a zip, naming it', () => {
    for (const bytes of [fixture('not-a-zip.zip'), new Uint8Array(), new Uint8Array([0x50, 0x4b])]) {
      const r = readBundle(bytes, 'not-a-zip.zip');
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ file: 'not-a-zip.zip', severity: 'error' });
      expect(r.issues[0].message).toContain('not-a-zip.zip');
    }
  });

  it('refuses a corrupt (truncated or damaged) zip', () => {
    const good = buildBundle(files, pkg);
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    const damaged = good.slice();
    // Overwrite the compressed data of the first entry (after its 30-byte header and name).
    damaged.fill(0xff, 30 + 'datapackage.json'.length, 30 + 'datapackage.json'.length + 40);
    for (const bytes of [truncated, damaged]) {
      const r = readBundle(bytes, 'trasig.zip');
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0].severity).toBe('error');
        expect(r.issues[0].message).toContain('trasig.zip');
        expect(r.issues[0].message).toContain('skadad');
      }
    }
  });

  it('refuses a zip without any known CSV; folders, __MACOSX and dotfiles do not count', () => {
    const empty = readBundle(zipSync({}), 'tom.zip');
    expect(empty.ok).toBe(false);
    const r = readBundle(
      zip({
        'readme.txt': 'hej',
        'data/': '',
        '__MACOSX/._planer.csv': 'x',
        '.planer.csv': 'x',
        'data/.hidden/teman.csv': 'x',
        'okand.csv': 'a;b',
      }),
      'annat.zip',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ file: 'annat.zip', severity: 'error' });
      expect(r.issues[0].message).toContain('annat.zip');
      expect(r.issues[0].message).toContain('planer.csv');
    }
  });

  it('says so when the zip is an Excel workbook', () => {
    const r = readBundle(zip({ '[Content_Types].xml': '<x/>', 'xl/workbook.xml': '<x/>' }), 'planer.xlsx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toContain('Excel');
  });

  it('accepts CSVs in a sub-folder (a bundle re-zipped by a person), by base name, any case', () => {
    const r = readBundle(
      zip({
        'Export/': '',
        'Export/datapackage.json': JSON.stringify(pkg),
        'Export/Planer.csv': planer,
        'Export/handelser.csv': 'id\r\n',
        '__MACOSX/Export/._Planer.csv': 'junk',
        'Export/.DS_Store': 'junk',
        'Export/anteckningar.txt': 'notes',
      }),
      'omzippad.zip',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.files.map((f) => f.path)).toEqual(['planer.csv', 'handelser.csv']);
    expect(r.value.datapackage?.name).toBe(pkg.name);
    expect(r.value.issues).toHaveLength(1);
    expect(r.value.issues[0]).toMatchObject({ severity: 'info' });
    expect(r.value.issues[0].message).toContain('Export/anteckningar.txt');
  });

  it('takes the copy nearest the root when a CSV occurs twice, with a warning', () => {
    const r = readBundle(zip({ 'gammal/planer.csv': 'old', 'planer.csv': 'new' }), 'dubbel.zip');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.files).toHaveLength(1);
    expect(text(r.value.files[0].bytes)).toBe('new');
    expect(r.value.issues.map((i) => i.severity)).toEqual(['warning']);
  });

  it('reads the CSVs without a datapackage.json', () => {
    const r = readBundle(zip({ 'teman.csv': teman }), 'x.zip');
    expect(r.ok && r.value.datapackage).toBe(null);
    expect(r.ok && r.value.issues).toEqual([]);
  });

  it('warns (not errs) on an unreadable datapackage.json', () => {
    for (const dp of ['{ not json', '[1,2]', '\xff\xfe']) {
      const r = readBundle(zip({ 'datapackage.json': dp, 'teman.csv': teman }), 'x.zip');
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.value.datapackage).toBe(null);
      expect(r.value.files).toHaveLength(1);
      expect(r.value.issues).toHaveLength(1);
      expect(r.value.issues[0]).toMatchObject({ file: 'x.zip', severity: 'warning' });
      expect(r.value.issues[0].message).toContain('datapackage.json');
    }
  });

  it('refuses a bundle from a newer format, asking to update Planatlas', () => {
    const newer = (format: unknown) =>
      readBundle(
        zip({ 'datapackage.json': JSON.stringify({ ...pkg, 'planatlas:format': format }), 'teman.csv': teman }),
        'ny.zip',
      );
    for (const format of ['2', '1.1', 2, '99']) {
      const r = newer(format);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues.map((i) => i.severity)).toEqual(['error']);
      expect(r.issues[0].message).toContain(String(format));
      expect(r.issues[0].message).toContain('uppdatera Planatlas');
    }
    for (const format of ['1', '0.9', 1, undefined])
      expect(newer(format).ok && newer(format)).toMatchObject({ value: { issues: [] } });
  });

  it('refuses a zip bomb (more than 500 MB uncompressed) before inflating anything', () => {
    const bytes = buildBundle(files, pkg).slice();
    // Forge the central directory: claim 600 MB for the first entry.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let cd = -1;
    for (let i = 0; i < bytes.length - 4; i++)
      if (view.getUint32(i, true) === 0x02014b50) {
        cd = i;
        break;
      }
    expect(cd).toBeGreaterThan(0);
    view.setUint32(cd + 24, 600 * 1024 * 1024, true);
    const r = readBundle(bytes, 'bomb.zip');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ file: 'bomb.zip', severity: 'error' });
      expect(r.issues[0].message).toContain('500 MB');
    }
  });
});

describe('splitLine (the header of a bundle CSV, for the schema check)', () => {
  it.each([
    ['id;titel', ';', ['id', 'titel']],
    ['"id";"ti;tel"', ';', ['id', 'ti;tel']],
    ['"a""b";c', ';', ['a"b', 'c']],
    ['a"b;c', ';', ['a"b', 'c']],
    ['a;;', ';', ['a', '', '']],
    ['', ';', ['']],
    ['a\tb,c', '\t', ['a', 'b,c']],
    ['"unterminated;x', ';', ['unterminated;x']],
  ])('%j with %j', (line, delimiter, cells) => expect(splitLine(line, delimiter)).toEqual(cells));
});
