/**
 * The format registry (io/formats.ts): each format is recognised by what it declares, the first
 * match wins, and every file ends in exactly one format of what it is meant to give.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ANSWER_FORMATS, BOUNDARY_FORMATS, FORMATS, RECORD_FORMATS, acceptOf, formatOf } from '$lib/io/formats';
import { FILE_TYPES, acceptFor } from '$lib/io/file-types';
import { isZip } from '$lib/io/zip';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url).pathname));

const xlsx = fixture('planer-titelrad.xlsx');
const gpkg = fixture('kommuner-3006.gpkg');
const shapefile = fixture('kommuner-3011-shp.zip');
const geojson = fixture('kommuner-3006.geojson');
const topojson = strToU8(JSON.stringify({ type: 'Topology', objects: {}, arcs: [] }));
const bundle = zipSync({ 'planer.csv': strToU8('kommunkod;titel\r\n0180;Plan\r\n') });
const kolada = fixture('kolada-v3-sida1.json');
const csv = strToU8('kommunkod;titel\r\n0180;Plan\r\n');
/** A workbook holding the label of "Om filen" (the part of a template mayBeAnswer looks at). */
const answerBook = zipSync({
  '[Content_Types].xml': strToU8('<Types/>'),
  'xl/workbook.xml': strToU8('<workbook/>'),
  'xl/sharedStrings.xml': strToU8('<sst><si><t>Insamling (id)</t></si></sst>'),
});
const answerFolder = zipSync({ 'Borås/insamling.csv': strToU8('kommunkod\r\n1490\r\n'), 'Borås/planer.csv': csv });

describe('formatOf: records (the import worker)', () => {
  it.each([
    ['planer.xlsx', xlsx, 'xlsx'],
    ['utan ändelse', xlsx, 'xlsx'], // xl/workbook.xml in the zip directory
    ['planatlas.zip', bundle, 'bundle'],
    ['paket.dat', bundle, 'bundle'], // a zip by its signature, whatever its name
    ['trasig.zip', csv, 'bundle'], // by its name (the bundle reader then says it is no zip)
    ['kolada.json', kolada, 'kolada-json'],
    ['planer.csv', csv, 'csv'],
    ['planer.txt', csv, 'csv'],
  ] as const)('%s → %s', (name, bytes, id) => expect(formatOf(RECORD_FORMATS, name, bytes)?.id).toBe(id));
});

describe('formatOf: boundaries (the boundaries worker)', () => {
  it.each([
    ['kommuner.gpkg', gpkg, 'geopackage'],
    ['kommuner.bin', gpkg, 'geopackage'], // SQLite magic bytes, whatever the name
    ['kommuner.zip', shapefile, 'shapefile'],
    ['kommuner.topojson', topojson, 'topojson'],
    ['kommuner.json', topojson, 'topojson'],
    ['kommuner.geojson', geojson, 'geojson'],
    ['kommuner.json', geojson, 'geojson'],
    ['kommuner.txt', csv, 'geojson'], // the catch-all: its reader says it is no boundary file
  ] as const)('%s → %s', (name, bytes, id) => expect(formatOf(BOUNDARY_FORMATS, name, bytes)?.id).toBe(id));
});

describe('formatOf: answers (Insamling)', () => {
  it.each([
    ['svar.xlsx', answerBook, 'answer-workbook'],
    ['svar.zip', answerFolder, 'answer-csv'],
    ['insamling.csv', csv, 'answer-csv'],
    ['planer.xlsx', xlsx, null], // a workbook without "Om filen"
    ['planatlas.zip', bundle, null],
    ['planer.csv', csv, null],
  ] as const)('%s → %s', (name, bytes, id) => expect(formatOf(ANSWER_FORMATS, name, bytes)?.id ?? null).toBe(id));
});

describe('the registry', () => {
  it('names each format once, with what it yields, its worker, its extensions and how it is recognised', () => {
    const ids = FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FORMATS) {
      expect(f.extensions.length, f.id).toBeGreaterThan(0);
      expect(
        f.extensions.every((e) => /^\.[a-z]+$/.test(e)),
        f.id,
      ).toBe(true);
      expect(f.recognisedBy.length, f.id).toBeGreaterThan(0);
    }
    expect(RECORD_FORMATS.every((f) => f.yields === 'records' && f.worker === 'import')).toBe(true);
    expect(BOUNDARY_FORMATS.every((f) => f.yields === 'boundaries' && f.worker === 'boundaries')).toBe(true);
    expect(ANSWER_FORMATS.every((f) => f.yields === 'answer')).toBe(true);
  });

  it("file-types.ts has each format's endings and media types, in registry order, with its purpose", () => {
    expect(Object.keys(FILE_TYPES)).toEqual(FORMATS.map((f) => f.id));
    for (const f of FORMATS) {
      const types = FILE_TYPES[f.id];
      expect([f.extensions, f.mimeTypes, f.yields]).toEqual([types.extensions, types.mimeTypes, types.purpose]);
    }
    for (const [purpose, formats] of [
      ['records', RECORD_FORMATS],
      ['boundaries', BOUNDARY_FORMATS],
      ['answer', ANSWER_FORMATS],
    ] as const)
      expect(acceptFor(purpose)).toBe(acceptOf(formats));
  });

  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  it.each([
    {
      what: 'boundaries (Karta)',
      formats: BOUNDARY_FORMATS,
      extensions: ['.geojson', '.gpkg', '.json', '.topojson', '.zip'],
      types: ['application/geo+json', 'application/geopackage+sqlite3', 'application/json', 'application/zip'],
    },
    {
      what: 'records (Data › Importera filer)',
      formats: RECORD_FORMATS,
      extensions: ['.csv', '.json', '.tsv', '.txt', '.xlsx', '.zip'],
      types: ['application/json', XLSX, 'application/zip', 'text/csv'],
    },
    {
      what: 'answers (Insamling › Ta emot svar)',
      formats: ANSWER_FORMATS,
      extensions: ['.csv', '.xlsx', '.zip'],
      types: [XLSX, 'application/zip', 'text/csv'],
    },
  ])("the file chooser's accept list for $what: every extension, then every media type, once", (c) => {
    const accept = acceptOf(c.formats).split(',');
    expect(new Set(accept).size).toBe(accept.length);
    const cut = accept.findIndex((a) => !a.startsWith('.'));
    expect(accept.slice(0, cut).sort()).toEqual(c.extensions);
    expect(accept.slice(cut).sort()).toEqual(c.types);
  });
});

describe('isZip: the one zip signature check', () => {
  it.each([
    [[0x50, 0x4b, 3, 4], true],
    [[0x50, 0x4b, 5, 6], true], // an empty archive
    [[0x50, 0x4b, 7, 8], true], // a spanned archive's marker
    [[0x50, 0x4b, 3, 0], false],
    [[0x50, 0x4b, 3], false],
    [[0x53, 0x51, 0x4c, 0x69], false],
  ])('%j → %s', (bytes, expected) => expect(isZip(new Uint8Array(bytes))).toBe(expected));
});
