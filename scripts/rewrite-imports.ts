// Rewrites relative imports that climb out of their folder ('../…') and land in src/lib into the
// `$lib/...` alias (tsconfig.json "paths", vite.config.ts resolve.alias). One pass after a merge:
//
//   npx tsx scripts/rewrite-imports.ts            rewrite src/ and tests/ in place
//   npx tsx scripts/rewrite-imports.ts --check    list what would change, exit 1 if anything would
//   npx tsx scripts/rewrite-imports.ts DIR…       only these folders
//
// Handles `import … from`, `export … from`, bare `import '…'`, dynamic `import('…')` and Vitest's
// `vi.mock('…')`/`vi.importActual('…')` in .ts and .svelte files. Imports within a folder ('./x'),
// imports of src/data, scripts/ or packages stay as they are. Deterministic; idempotent.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIB = join(ROOT, 'src', 'lib');
const EXTENSIONS = ['.ts', '.svelte', '.js', '.mjs'];

/** `from '…'`, `import '…'`, `import('…')`, `vi.mock('…')`: group 1 the lead, 2 the quote, 3 the specifier. */
const SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.(?:mock|doMock|unmock|importActual|importMock)\(\s*)(['"])(\.\.\/[^'"\n]*)\2/g;

/** The `$lib/...` form of `spec` imported from `file`, or null when it does not land in src/lib. */
export function aliasOf(file: string, spec: string, lib = LIB): string | null {
  if (!spec.startsWith('../')) return null;
  const target = resolve(dirname(file), spec);
  const rel = relative(lib, target);
  if (rel.startsWith('..') || rel.startsWith(sep) || rel === '') return rel === '' ? '$lib' : null;
  return `$lib/${rel.split(sep).join('/')}`;
}

/** The text of `file` with its climbing imports into src/lib rewritten, and how many were. */
export function rewrite(file: string, text: string, lib = LIB): { text: string; count: number } {
  let count = 0;
  const out = text.replace(SPECIFIER, (whole, lead: string, quote: string, spec: string) => {
    const alias = aliasOf(file, spec, lib);
    if (!alias) return whole;
    count++;
    return `${lead}${quote}${alias}${quote}`;
  });
  return { text: out, count };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === 'fixtures' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (EXTENSIONS.some((e) => name.endsWith(e))) yield path;
  }
}

function main(args: string[]): number {
  const check = args.includes('--check');
  const dirs = args.filter((a) => !a.startsWith('--'));
  let files = 0;
  let imports = 0;
  for (const dir of dirs.length ? dirs : ['src', 'tests']) {
    for (const file of walk(resolve(ROOT, dir))) {
      const before = readFileSync(file, 'utf8');
      const { text, count } = rewrite(file, before);
      if (!count) continue;
      files++;
      imports += count;
      console.log(`${relative(ROOT, file)}: ${count}`);
      if (!check) writeFileSync(file, text);
    }
  }
  console.log(`${check ? 'would rewrite' : 'rewrote'} ${imports} imports in ${files} files`);
  return check && imports ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
