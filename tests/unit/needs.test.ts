/**
 * The rule for what tests need from outside the project (tests/support/needs.ts): missing → skipped with a
 * one-line reason; missing while CI is set → not skipped, the test fails with a clear error. And the guard
 * that keeps it the only way: no other file of tests/ or scripts/ reads the shared folder (issue 28 point 6).
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firefoxMajor, sharedFile, systemTool, TOOLS, type ToolName } from '../support/needs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The files allowed to know where the shared folder is: the helper, and this test of it and its examples. */
const HELPERS = ['tests/support/needs.ts', 'tests/unit/needs.test.ts'];

afterEach(() => vi.restoreAllMocks());

describe('sharedFile: skipped in a bare clone, an error in CI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shared-'));
  mkdirSync(join(dir, 'geo'));
  writeFileSync(join(dir, 'geo', 'there.geojson'), '{"type":"FeatureCollection","features":[]}');

  it.each([
    ['present', 'geo/there.geojson', undefined, false, ''],
    ['present, CI set', 'geo/there.geojson', '1', false, ''],
    ['missing', 'geo/gone.geojson', undefined, true, '../shared/geo/gone.geojson is missing'],
    ['missing, CI=false', 'geo/gone.geojson', 'false', true, '../shared/geo/gone.geojson is missing'],
    ['missing, CI set', 'geo/gone.geojson', 'true', false, '../shared/geo/gone.geojson is missing'],
  ])('%s', (_, rel, ci, skip, reason) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const f = sharedFile(rel, { PLANATLAS_SHARED: dir, CI: ci });
    expect(f.path).toBe(join(dir, rel));
    expect({ skip: f.skip, reason: f.reason }).toEqual({ skip, reason });
    // The reason is said once, on one line, when the tests are skipped.
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(skip ? [expect.stringContaining(reason)] : []);
    if (reason) {
      expect(() => f.located()).toThrow(ci === 'true' ? /is missing .* and CI is set/ : /is missing/);
      expect(() => f.bytes()).toThrow(/is missing/);
    } else {
      expect(f.located()).toBe(join(dir, rel));
      expect(f.text()).toContain('FeatureCollection');
    }
  });

  it('without PLANATLAS_SHARED the folder is ../shared beside the checkout', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(sharedFile('geo/x.geojson', {}).path).toBe(join(ROOT, '..', 'shared', 'geo', 'x.geojson'));
  });
});

describe('systemTool: found on PATH without running it; skipped when missing, an error in CI', () => {
  const bin = mkdtempSync(join(tmpdir(), 'bin-'));
  writeFileSync(join(bin, 'ogr2ogr'), '#!/bin/sh\n');
  chmodSync(join(bin, 'ogr2ogr'), 0o755);
  const notExecutable = mkdtempSync(join(tmpdir(), 'bin-'));
  writeFileSync(join(notExecutable, 'ogr2ogr'), '');
  const empty = mkdtempSync(join(tmpdir(), 'bin-'));

  it.each([
    ['on PATH', `${empty}:${bin}`, undefined, false, ''],
    ['on PATH, CI set', bin, '1', false, ''],
    ['missing', empty, undefined, true, 'ogr2ogr (apt-get install gdal-bin) is missing'],
    ['a file that cannot run', notExecutable, undefined, true, 'ogr2ogr (apt-get install gdal-bin) is missing'],
    ['missing, CI set', empty, '1', false, 'ogr2ogr (apt-get install gdal-bin) is missing'],
  ])('%s', (_, path, ci, skip, reason) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tool = systemTool('ogr2ogr', { PATH: path, CI: ci });
    expect({ skip: tool.skip, reason: tool.reason }).toEqual({ skip, reason });
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(skip ? [expect.stringContaining(reason)] : []);
    if (reason) expect(() => tool.located()).toThrow(ci ? /is missing and CI is set/ : /is missing/);
    else expect(tool.located()).toBe(join(bin, 'ogr2ogr'));
  });
});

/** Code of tests/ and scripts/ that reaches the shared folder itself instead of through the helper. */
export function readsShared(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/\.\.[\\/]+shared\b|\bshared[\\/]+(geo|design|seeds)\b|['"`]shared['"`]/.test(line))
      found.push(`${i + 1}: ${line.trim()}`);
  });
  return found;
}

function* codeFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* codeFiles(path);
    else if (/\.(ts|js|mjs|cjs|sh|svelte)$/.test(name)) yield path;
  }
}

describe("firefoxMajor: Firefox ESR's version, for .ci/run to replace one too old for the smoke suite", () => {
  it.each([
    ['Mozilla Firefox 153.8.0esr', 153],
    ['Mozilla Firefox 140.12.0esr\n', 140],
    ['Mozilla Firefox 1000.0a1', 1000],
    ['firefox: command not found', null],
    ['', null],
  ])('%j → %s', (line, major) => expect(firefoxMajor(line)).toBe(major));
});

describe('only tests/support/needs.ts reads the shared folder', () => {
  it.each([
    [
      'a URL up to the shared folder',
      "new URL('../../../shared/geo/municipalities-wgs84.geojson', import.meta.url)",
      1,
    ],
    ['a template path', 'const p = `../shared/geo/${name}`;', 1],
    ['path segments', "join(root, '..', 'shared', 'geo', name)", 1],
    ['a design file', "readFileSync(resolve(ROOT, '../shared/design/DATA.md'), 'utf8')", 1],
    ['the geo folder under another root', "join(other, 'x/shared/geo/kommuner.geojson')", 1],
    ['through the helper', "const f = sharedFile('geo/municipalities-wgs84.geojson');", 0],
    ['a chunk named shared', "chunk('assets/shared-def.js', false)", 0],
    ['a variable named shared', 'const shared = ca.filter((p) => cb.some((q) => q === p));', 0],
  ])('the check finds %s', (_, line, hits) => {
    expect(readsShared(line)).toHaveLength(hits);
  });

  it('no file of tests/ or scripts/ but the helper does', () => {
    const offenders: string[] = [];
    for (const top of ['tests', 'scripts'])
      for (const file of codeFiles(join(ROOT, top))) {
        const rel = relative(ROOT, file);
        if (HELPERS.includes(rel)) continue;
        offenders.push(...readsShared(readFileSync(file, 'utf8')).map((l) => `${rel}:${l}`));
      }
    expect(offenders, 'use sharedFile() of tests/support/needs.ts (it skips or fails by the rule)').toEqual([]);
  });

  it('every tool .ci/run installs is one a test calls', () => {
    const called = new Set<string>();
    for (const file of codeFiles(join(ROOT, 'tests')))
      for (const m of readFileSync(file, 'utf8').matchAll(/systemTool\(\s*['"]([\w-]+)['"]/g)) called.add(m[1]);
    expect([...called].sort()).toEqual((Object.keys(TOOLS) as ToolName[]).sort());
  });
});
