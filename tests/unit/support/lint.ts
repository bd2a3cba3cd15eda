/**
 * One rule of eslint.config.js run through ESLint's Node API on small virtual sources (the lint
 * fixture tests: lint-collation, lint-navigate). Type information is off: the rules tested are
 * syntactic, and a program per source would take seconds.
 */
import { ESLint } from 'eslint';
import { expect } from 'vitest';

export function lintRule(rule: string) {
  const eslint = new ESLint({
    overrideConfig: [{ languageOptions: { parserOptions: { projectService: false, project: null } } }],
    ruleFilter: ({ ruleId }) => ruleId === rule,
  });
  return {
    /** Load the config (parsers, plugins) once: seconds on a busy machine. */
    warm: (file: string) => eslint.lintText('', { filePath: file }),
    /** The rule's messages for this source at this path (the source must parse). */
    async messages(file: string, code: string): Promise<string[]> {
      const [result] = await eslint.lintText(code, { filePath: file });
      expect(result.messages.filter((m) => m.fatal)).toEqual([]);
      return result.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
    },
  };
}

/** A Svelte component with this script (and markup). */
export const svelte = (code: string, markup = '') => `<script lang="ts">\n  ${code}\n</script>\n${markup}\n`;
