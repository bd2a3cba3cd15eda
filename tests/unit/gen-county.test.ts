import { describe, expect, it } from 'vitest';
import { parseCountyArgs, USAGE } from '../../scripts/gen-county';

describe('scripts/gen-county.ts arguments', () => {
  it.each([
    [[], { dir: 'county-14', options: { county: '14', measures: 3000 } }],
    [['01', '200'], { dir: 'county-01', options: { county: '01', measures: 200 } }],
    [['', '50', 'out'], { dir: 'out', options: { county: '', measures: 50 } }],
    [['sverige'], { dir: 'county-sverige', options: { county: '', measures: 3000 } }],
    [
      ['14', '10', '--seed', '3', '--with-plan=0.5', '--today', '2026-01-31'],
      { dir: 'county-14', options: { county: '14', measures: 10, seed: 3, withPlan: 0.5, today: '2026-01-31' } },
    ],
  ])('%j runs with %j', (args, expected) => {
    expect(parseCountyArgs(args)).toEqual({ kind: 'run', ...expected });
  });

  it.each([[['--help']], [['-h']], [['14', '--help', '--bogus']]])('%j asks for the help', (args) => {
    expect(parseCountyArgs(args)).toEqual({ kind: 'help' });
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['--seed'], '--seed needs a value'],
    [['--seed', 'x'], '--seed must be a whole number'],
    [['--with-plan', '2'], '--with-plan must be a share 0–1'],
    [['--today', '7 dec'], '--today must be a date'],
    [['99'], 'unknown county "99"'],
    [['14', 'many'], 'measures must be a whole number'],
    [['14', '10', 'dir', 'extra'], 'too many arguments: extra'],
  ])('%j is refused: %s', (args, message) => {
    const parsed = parseCountyArgs(args);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') {
      expect(parsed.message).toContain(message);
      expect(parsed.message).not.toContain('\n');
    }
  });

  it('the help names every option', () => {
    for (const option of ['--seed', '--with-plan', '--today', '--help', 'county', 'measures', 'dir'])
      expect(USAGE).toContain(option);
  });
});
