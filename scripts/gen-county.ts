/**
 * Writes a generated county (tests/support/county.ts) as planer.csv, atgarder.csv and handelser.csv,
 * for looking at the views at a region's real scale. Import the three files in Data.
 *
 *   npx tsx scripts/gen-county.ts [county] [measures] [dir] [--seed N] [--with-plan SHARE] [--today DATE]
 *   npx tsx scripts/gen-county.ts --help
 *
 * Defaults: 14 = Västra Götaland, 3000 measures, ./county-14. `''` or `sverige` as the county: all of Sweden.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTY_CODES, generateCounty, type CountyOptions } from '../tests/support/county.ts';

export const USAGE = `Usage: npx tsx scripts/gen-county.ts [county] [measures] [dir] [options]

Writes a generated county as planer.csv, atgarder.csv and handelser.csv (import them in Data).

Arguments:
  county              county code, 01–25 (default 14 = Västra Götaland); '' or sverige: all of Sweden
  measures            how many measures (default 3000)
  dir                 where to write the files (default ./county-<county>, ./county-sverige)

Options:
  --seed N            seed of the generator (default 7; the same arguments give the same bytes)
  --with-plan SHARE   share of municipalities with a plan, 0–1 (default 0.85)
  --today YYYY-MM-DD  "today" for counting overdue measures (default: today)
  -h, --help          print this help and exit`;

export type CountyArgs =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'run'; dir: string; options: Required<Pick<CountyOptions, 'county' | 'measures'>> & CountyOptions };

const OPTIONS = ['--seed', '--with-plan', '--today'] as const;

/** The command line (without node and the script) as what to do: print the help, refuse, or generate. */
export function parseCountyArgs(args: readonly string[]): CountyArgs {
  const error = (message: string): CountyArgs => ({ kind: 'error', message });
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '') {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    if (!(OPTIONS as readonly string[]).includes(flag)) return error(`unknown option ${flag} (see --help)`);
    const value = inline ?? args[++i];
    if (value === undefined) return error(`${flag} needs a value (see --help)`);
    named.set(flag, value);
  }
  if (positional.length > 3) return error(`too many arguments: ${positional.slice(3).join(' ')} (see --help)`);
  const [given = '14', count = '3000', dir] = positional;
  const county = given === 'sverige' ? '' : given;
  if (county && !COUNTY_CODES.includes(county))
    return error(`unknown county "${given}": a code ${COUNTY_CODES[0]}–${COUNTY_CODES.at(-1)}, or sverige`);
  if (!/^\d+$/.test(count)) return error(`measures must be a whole number, not "${count}"`);
  const options: CountyArgs & { kind: 'run' } = {
    kind: 'run',
    dir: dir ?? `county-${county || 'sverige'}`,
    options: { county, measures: Number(count) },
  };
  const seed = named.get('--seed');
  if (seed !== undefined) {
    if (!/^\d+$/.test(seed)) return error(`--seed must be a whole number, not "${seed}"`);
    options.options.seed = Number(seed);
  }
  const share = named.get('--with-plan');
  if (share !== undefined) {
    const n = Number(share);
    if (share.trim() === '' || !(n >= 0 && n <= 1)) return error(`--with-plan must be a share 0–1, not "${share}"`);
    options.options.withPlan = n;
  }
  const today = named.get('--today');
  if (today !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) return error(`--today must be a date YYYY-MM-DD, not "${today}"`);
    options.options.today = today;
  }
  return options;
}

function main(args: string[]): number {
  const parsed = parseCountyArgs(args);
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`gen-county: ${parsed.message}`);
    return 2;
  }
  const { dir, options } = parsed;
  const generated = generateCounty(options);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'planer.csv'), generated.planer);
  writeFileSync(join(dir, 'atgarder.csv'), generated.atgarder);
  writeFileSync(join(dir, 'handelser.csv'), generated.handelser);
  console.log(
    `${dir}: ${generated.codes.length} municipalities, ${options.measures} measures (${generated.overdue} overdue today)`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
