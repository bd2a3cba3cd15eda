import { describe, expect, it } from 'vitest';
import { analyseFiles } from '$lib/io/analyse';
import { BUNDLE_DIALECT, toCsv } from '$lib/io/write';
import { parseBefore } from '$lib/domain/collection';
import { previousOf } from '$lib/io/template';

const importSvar = (text: string) =>
  analyseFiles([{ name: 'svar.csv', bytes: new TextEncoder().encode(text) }], {
    themes: [],
    plans: [],
    regionIds: [],
    now: '2026-01-01T00:00:00.000Z',
  }).tables[0];

const HEAD = 'insamling_id;kommunkod;mottagen;fil;plan_status_fore;plan_datum_fore;plan_kalla_fore;atgarder_fore\r\n';

describe('svar.csv: atgarder_fore with and without progress', () => {
  it.each([
    ['older id:status entries', 'm1:planerad|m2:genomford', [null, null]],
    ['id:status:genomforande entries', 'm1:pagaende:45|m2:genomford:100', [45, 100]],
    ['both forms in one answer', 'm1:pagaende:45|m2:planerad', [45, null]],
  ])('%s import without errors and export byte-identical', (_what, fore, progress) => {
    const csv = `${HEAD}i1;1490;2016-03-01;svar.xlsx;under_arbete;2015-06-01;Regionen;${fore}\r\n`;
    const t = importSvar(csv);
    expect(t.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const records = t.result?.records ?? [];
    expect((records[0].atgarder_fore as string[]).map((e) => parseBefore(e).genomforande)).toEqual(progress);
    expect(toCsv('answers', records, BUNDLE_DIALECT)).toBe(csv);
  });
});

describe('a template keeps each measure’s progress in its plan history', () => {
  it.each([
    [45, 'm1:pagaende:45'],
    [0, 'm1:pagaende:0'],
    [null, 'm1:pagaende'],
  ])('genomforande %j is kept as %s', (genomforande, want) => {
    const measure = { id: 'm1', kommunkod: '1490', titel: 'Å', status: 'pagaende', genomforande };
    const got = previousOf({ kommunkod: '1490', tables: { plans: [], measures: [measure], requests: [], themes: [] } });
    expect(got.atgarder_fore).toBe(want);
  });
});
