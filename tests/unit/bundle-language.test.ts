// A file Planatlas writes does not depend on the interface language (issue 28 point 7): the bundle's
// Table Schema titles, its title and the whole country's name are Swedish, like its CSV headers, so
// the same data exported in Swedish and in English gives the same bytes — and the `kalla` its records
// get when imported (the region's name) is the same too.
import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { en } from '$lib/i18n/en';
import { sv } from '$lib/i18n/sv';
import { sayIn } from '$lib/i18n/say';
import type { Messages } from '$lib/i18n';
import { useTexts } from '$lib/io/texts';
import { bundleBytes } from '$lib/io/exporting';
import { analyseFiles } from '$lib/io/analyse';
import { aPlan } from './support/records';

const NOW = '2026-01-01T00:00:00.000Z';
const LANGUAGES = [
  ['sv', sv],
  ['en', en],
] as const;
const tables = { plans: [aPlan('1490-p-1', { kalla: '' }), aPlan('1490-p-2', { kalla: 'planer.csv' })] };

/** Export as the page does in a language: io speaks it, the region's name is the page's words for it. */
function exportIn(messages: Messages, region: { id: string; name?: string }) {
  useTexts(messages, (m) => sayIn(messages, m), sv);
  const meta = { region: region.id, regionName: region.name ?? messages.region.all, created: NOW, app: 'planatlas' };
  return bundleBytes(tables, {}, meta);
}
const datapackage = (zip: Uint8Array) => JSON.parse(new TextDecoder().decode(unzipSync(zip)['datapackage.json']));

describe('a bundle written in Swedish and in English', () => {
  afterEach(() => useTexts(sv, (m) => sayIn(sv, m), sv));

  it.each([
    { name: 'the whole country', region: { id: '' }, regionName: 'Hela Sverige' },
    { name: 'a county', region: { id: '14', name: 'Västra Götalands län' }, regionName: 'Västra Götalands län' },
  ])('$name: the same bytes; the titles and the region in Swedish', ({ region, regionName }) => {
    const [svZip, enZip] = LANGUAGES.map(([, m]) => exportIn(m, region));
    expect(sv.region.all).not.toBe(en.region.all);
    expect(Buffer.from(enZip).equals(Buffer.from(svZip))).toBe(true);
    const dp = datapackage(enZip);
    expect(dp['planatlas:region']).toEqual({ id: region.id, name: regionName });
    expect(dp.title).toBe(sv.bundle.title(regionName, '2026-01-01'));
    const plans = dp.resources.find((r: { name: string }) => r.name === 'planer');
    const title = (k: string) => plans.schema.fields.find((f: { name: string }) => f.name === k).title;
    expect([title('planerat_klart'), title('kalla')]).toEqual([sv.fields.planerat_klart, sv.fields.kalla]);
    expect(sv.fields.planerat_klart).not.toBe(en.fields.planerat_klart);
  });

  it.each(LANGUAGES)('imported with the interface in %s, a record without kalla gets "Hela Sverige"', (_l, m) => {
    const zip = exportIn(m, { id: '' });
    const analysis = analyseFiles([{ name: 'paket.zip', bytes: zip }], {
      themes: [],
      plans: [],
      regionIds: [],
      now: NOW,
    });
    const plans = analysis.tables.find((x) => x.entity === 'plans')!.result!.records;
    expect(plans.map((p) => p.kalla)).toEqual(['Hela Sverige', 'planer.csv']);
  });
});
