// Generates src/data/municipalities.json: Sweden's 290 municipalities (kommuner)
// with their 4-digit SCB codes and the 21 counties (län) with 2-digit codes.
//
// Source: the npm package "kommunkoder" (MIT, Simon Johansson,
// https://github.com/simon-johansson/kommunkoder), whose data.json is taken
// from SCB's "Kommuner i kodnummerordning". Only its data.json is read (not
// its index.js), so nothing else from the package runs.
//
// Usage: npm run gen:municipalities (npx tsx scripts/gen-municipalities.ts)
// The output is deterministic: same package version → byte-identical file.

import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

const PACKAGE = 'kommunkoder';
const EXPECTED_MUNICIPALITIES = 290;
const EXPECTED_COUNTIES = 21;

export const OUTPUT_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'data', 'municipalities.json');

interface Row {
  code: string | number;
  municipality: string;
  county: string;
}
interface Pkg {
  name: string;
  version: string;
  license?: string;
  author?: string | { name?: string };
  homepage?: string;
  repository?: string | { url?: string };
}
interface Coded {
  code: string;
}

function fail(message: string): never {
  throw new Error(`gen-municipalities: ${message}`);
}

/** Plain code-point comparison, independent of locale/ICU. */
function byCode(a: Coded, b: Coded): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function describeSource(pkg: Pkg): string {
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author && pkg.author.name;
  const url =
    pkg.homepage ||
    (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url) ||
    `https://www.npmjs.com/package/${pkg.name}`;
  return [`${pkg.name}@${pkg.version}`, pkg.license, author, url].filter(Boolean).join(', ');
}

/** Returns the JSON text (2-space indented, trailing newline) for municipalities.json. */
export function build(): string {
  const pkg = require(`${PACKAGE}/package.json`) as Pkg;
  const data = require(`${PACKAGE}/data.json`) as Row[];

  if (!Array.isArray(data)) fail(`${PACKAGE}/data.json is not an array`);

  const countyNames = new Map<string, string>(); // "01" -> "Stockholms län"
  const seenCodes = new Set<string>();
  const municipalities: { code: string; name: string; county: string }[] = [];

  for (const row of data) {
    const code = String(row.code).trim();
    const name = String(row.municipality).trim().normalize('NFC');
    const countyName = String(row.county).trim().normalize('NFC');

    if (!/^\d{4}$/.test(code)) fail(`bad municipality code ${JSON.stringify(row.code)}`);
    if (!name) fail(`empty name for ${code}`);
    if (!countyName) fail(`empty county for ${code}`);
    if (seenCodes.has(code)) fail(`duplicate municipality code ${code}`);
    seenCodes.add(code);

    // The county code is the first two digits of the municipality code.
    const county = code.slice(0, 2);
    const known = countyNames.get(county);
    if (known === undefined) countyNames.set(county, countyName);
    else if (known !== countyName) fail(`county ${county} has two names: "${known}" and "${countyName}"`);

    municipalities.push({ code, name, county });
  }

  municipalities.sort(byCode);
  const counties = [...countyNames].map(([code, name]) => ({ code, name })).sort(byCode);

  if (municipalities.length !== EXPECTED_MUNICIPALITIES)
    fail(`expected ${EXPECTED_MUNICIPALITIES} municipalities, got ${municipalities.length}`);
  if (counties.length !== EXPECTED_COUNTIES) fail(`expected ${EXPECTED_COUNTIES} counties, got ${counties.length}`);
  if (new Set(municipalities.map((m) => m.name)).size !== municipalities.length)
    fail('municipality names are not unique');
  if (new Set(counties.map((c) => c.name)).size !== counties.length) fail('county names are not unique');

  const out = { source: describeSource(pkg), counties, municipalities };
  return JSON.stringify(out, null, 2) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const text = build();
  mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
  writeFileSync(OUTPUT_PATH, text, 'utf8');
  const parsed = JSON.parse(text) as { municipalities: unknown[]; counties: unknown[]; source: string };
  console.log(
    `wrote ${OUTPUT_PATH}: ${parsed.municipalities.length} municipalities, ` +
      `${parsed.counties.length} counties (${parsed.source})`,
  );
}
