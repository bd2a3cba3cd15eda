/**
 * `kalla` written by the app is the same whatever the interface language (issue 28 point 7): stored
 * values belong to the exchange format. Imports, Kolada fetches and the forms, in Swedish and in English.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '$lib/i18n';
import { en } from '$lib/i18n/en';
import { say, sayIn } from '$lib/i18n/say';
import { sv } from '$lib/i18n/sv';
import { MANUAL_SOURCE } from '$lib/domain/provenance';
import { analyseFiles, type ContextData, type InputFile } from '$lib/io/analyse';
import { bundleBytes } from '$lib/io/exporting';
import { importFiles } from '$lib/io/kolada-api';
import { useTexts } from '$lib/io/texts';
import { aMeasure, aPlan } from './support/records';

const LANGUAGES = { sv, en };
const NOW = '2026-12-07T00:00:00.000Z';
const ctx: ContextData = { themes: [], plans: [], regionIds: [], now: NOW };
const utf8 = (s: string) => new TextEncoder().encode(s);

afterEach(() => {
  useTexts(t, say, sv); // as tests/unit/setup.ts left it
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** What each file's records get as `kalla`, with io speaking `lang`. */
function sourcesIn(lang: keyof typeof LANGUAGES, files: InputFile[]) {
  useTexts(LANGUAGES[lang], (m) => sayIn(LANGUAGES[lang], m), sv);
  const analysis = analyseFiles(files, ctx);
  return analysis.tables.map((table) => ({
    file: table.file,
    source: table.source,
    kalla: [...new Set(table.result?.records.map((r) => r.kalla).filter((k) => k !== undefined))],
  }));
}

describe('kalla on import does not depend on the interface language', () => {
  const kolada = importFiles(
    { id: 'N17510', title: 'Placerade barn', unit: 'antal' },
    [{ kpi: 'N17510', municipality: '1490', period: 2016, values: [{ gender: 'T', value: 12 }] }],
    '2026-12-07',
  ).map((f) => ({ name: f.name, bytes: utf8(f.text) }));
  const bundle = bundleBytes(
    {
      plans: [aPlan('p1', { kalla: '' })],
      measures: [aMeasure('m1', { plan_id: 'p1', kalla: '' }), aMeasure('m2', { kalla: 'Borås stad' })],
    },
    {},
    { region: '14', regionName: 'Västra Götalands län', created: NOW, app: 'planatlas' },
  );

  it.each([
    [
      'a CSV file without kalla: its name',
      [{ name: 'atgarder.csv', bytes: utf8('id;kommunkod;titel;status\r\nm1;1490;Åtgärd;planerad\r\n') }],
      [['atgarder.csv']],
    ],
    [
      'a bundle: its region, or the record’s own',
      [{ name: 'paket.zip', bytes: bundle }],
      [['Västra Götalands län'], ['Västra Götalands län', 'Borås stad']],
    ],
    ['values fetched from Kolada: Kolada and the day', kolada, [['Kolada (hämtat 2026-12-07)']]],
  ])('%s', (_, files, expected) => {
    const swedish = sourcesIn('sv', files);
    const english = sourcesIn('en', files);
    expect(english).toEqual(swedish);
    expect(swedish.filter((s) => s.kalla.length).map((s) => s.kalla)).toEqual(expected);
  });
});

describe('kalla saved by a form does not depend on the interface language', () => {
  it.each(['sv', 'en'])('interface in %s', async (lang) => {
    // The language is read once, when lib/i18n loads (a worker's name, when there is no localStorage).
    vi.resetModules();
    vi.stubGlobal('name', lang);
    const i18n = await import('$lib/i18n');
    expect(i18n.lang).toBe(lang);
    const { formSource } = await import('$lib/domain/provenance');
    expect(formSource(undefined)).toBe('Inmatad i Planatlas');
    expect(formSource('')).toBe('Inmatad i Planatlas');
    expect(formSource('Borås stad')).toBe('Borås stad');
  });

  /** `kalla: …` in the code that saves records, taken from a message catalogue. */
  const fromTexts = (text: string) =>
    text
      .split('\n')
      .map((line, i) => [i + 1, line] as const)
      .filter(([, line]) =>
        /\bkalla\s*[:=]\s*[^,;]*(\bt\.\w+\.\w+|\btx\(\)|\bt[a-z]{1,2}\.\w+|\bmessages\b|\bsv\.|\ben\.)/.test(line),
      )
      .map(([n, line]) => `${n}: ${line.trim()}`);

  it.each([
    ['from the catalogue', '      kalla: (record?.kalla as string) || t.app.manualSource,', 1],
    ['from a view’s catalogue', '      kalla: editing?.kalla ?? tr.manual,', 1],
    ['from io’s texts', '    kalla: tx().io.source,', 1],
    ['the constant', '      kalla: formSource(record?.kalla),', 0],
    ['a record’s own', '    kalla: info.kalla,', 0],
  ])('the check finds kalla %s', (_, line, hits) => {
    expect(fromTexts(line)).toHaveLength(hits);
  });

  it('no code under src sets kalla from a message catalogue', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|svelte)$/.test(name) && !path.includes(`${join('src', 'lib', 'i18n')}`))
          found.push(...fromTexts(readFileSync(path, 'utf8')).map((l) => `${relative(root, path)}:${l}`));
      }
    };
    walk(join(root, 'src'));
    expect(found).toEqual([]);
    expect(MANUAL_SOURCE).toBe('Inmatad i Planatlas');
  });
});
