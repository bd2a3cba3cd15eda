import { describe, expect, it } from 'vitest';
import * as viaAlias from '$lib/domain/dates';
import * as viaPath from '$lib/domain/dates';

describe('$lib alias (tsconfig.json paths, vite.config.ts resolve.alias)', () => {
  it('resolves $lib/... to the same module as src/lib/...', () => {
    expect(Object.keys(viaAlias).length).toBeGreaterThan(0);
    expect(viaAlias).toBe(viaPath);
  });
});
