/**
 * src/lib/io/README.md says what the io code does: its module table (first column) names every
 * module of the folder, and nothing that is gone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../src/lib/io/', import.meta.url).pathname;
const readme = readFileSync(`${dir}README.md`, 'utf8');

/** The modules the table names: every `x.ts` in the first cell of a table row. */
function named(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l))
    .map((l) => l.split('|')[1])
    .flatMap((cell) => [...cell.matchAll(/`([\w.-]+\.ts)`/g)].map((m) => m[1]));
}

const modules = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/lib/io/README.md', () => {
  it('reads its table as intended', () => {
    expect(named('| module | does |\n| --- | --- |\n| `a.ts`, `b.ts` | uses `c.ts` |\n| x | `d.ts` |')).toEqual([
      'a.ts',
      'b.ts',
    ]);
  });

  it('names every io module', () => {
    const missing = modules.filter((m) => !named(readme).includes(m));
    expect(missing, 'add a row to src/lib/io/README.md for each').toEqual([]);
  });

  it('names no module that no longer exists', () => {
    const gone = named(readme).filter((m) => !modules.includes(m));
    expect(gone, 'remove these rows from src/lib/io/README.md').toEqual([]);
  });

  it('names each module once', () => {
    const list = named(readme);
    expect(list.filter((m, i) => list.indexOf(m) !== i)).toEqual([]);
  });
});
