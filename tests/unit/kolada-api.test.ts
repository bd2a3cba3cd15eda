import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberText, parseKoladaJson } from '$lib/io/kolada';
import {
  dataUrl,
  fetchedSource,
  importFiles,
  isKpiId,
  kpiSearchUrl,
  parseDataPage,
  parseKpis,
  type KoladaEntry,
} from '$lib/io/kolada-api';
import { KoladaFetch, type Fetcher } from '$lib/state/koladaFetch.svelte';

const page1 = JSON.parse(readFileSync(new URL('../fixtures/formats/kolada-v3-sida1.json', import.meta.url), 'utf8'));
const page2 = {
  count: 3,
  next_url: null,
  values: [
    {
      kpi: 'N17510',
      municipality: '0180',
      period: 2023,
      values: [
        { gender: 'K', value: 5 },
        { gender: 'T', value: 12 },
      ],
    },
  ],
};
const KPI = { id: 'N17510', title: 'Placerade barn', description: 'Per 1 000 invånare 0–20 år.' };

describe('Kolada v3 URLs and answers', () => {
  it.each([
    ['N17510', 'https://api.kolada.se/v3/kpi/N17510'],
    ['n17510, U37401', 'https://api.kolada.se/v3/kpi/N17510,U37401'],
    ['placerade barn', 'https://api.kolada.se/v3/kpi?title=placerade%20barn'],
    ['barn & unga', 'https://api.kolada.se/v3/kpi?title=barn%20%26%20unga'],
  ])('search %j → %s', (q, url) => expect(kpiSearchUrl(q)).toBe(url));

  it.each([
    ['N17510', true],
    ['u37401', true],
    ['N1751', false],
    ['17510', false],
    ['N175100', false],
  ])('isKpiId(%s) = %s', (s, v) => expect(isKpiId(s)).toBe(v));

  it('data URL: municipalities and years joined by commas', () => {
    expect(dataUrl('N17510', ['0180', '0114'], [2022, 2023])).toBe(
      'https://api.kolada.se/v3/data/kpi/N17510/municipality/0180,0114/year/2022,2023',
    );
  });

  it('reads a KPI list; entries without id or title are left out', () => {
    expect(
      parseKpis({
        values: [{ ...KPI, perspective: 'x' }, { id: 'N1' }, 'x', { id: 'U1', title: 'T', unit: 'procent' }],
      }),
    ).toEqual([KPI, { id: 'U1', title: 'T', unit: 'procent' }]);
    expect(parseKpis({ error: 'x' })).toBeNull();
    expect(parseKpis(null)).toBeNull();
  });

  it('reads a data page with next_url; a next_url to another host is not followed', () => {
    const p = parseDataPage(page1)!;
    expect(p.values).toHaveLength(2);
    expect(p.count).toBe(3);
    expect(p.next).toBe(page1.next_url);
    expect(parseDataPage({ ...page1, next_url: 'https://evil.example/v3/data' })!.next).toBeNull();
    expect(parseDataPage({ values: 'x' })).toBeNull();
  });

  it('a saved v3 page imports: totals only, numbers exactly, a warning that more pages exist', () => {
    const r = parseKoladaJson(JSON.stringify(page1), 'sida1.json');
    if (!r.ok) throw new Error('not ok');
    expect(r.value.raws).toEqual([
      { row: 1, raw: { indikator: 'N17510', kommunkod: '0180', period: '2022', varde: '11.5', kalla: 'Kolada' } },
      { row: 2, raw: { indikator: 'N17510', kommunkod: '0114', period: '2022', varde: '1.2340', kalla: 'Kolada' } },
    ]);
    expect(r.value.issues.map((i) => i.severity)).toEqual(['info', 'warning']);
    expect(r.value.issues[1].message).toContain('next_url');
  });

  it('the files for the import: the KPI as indicator, the values with their provenance', () => {
    const [indicator, values] = importFiles(KPI, [...page1.values, ...page2.values], '2026-11-24');
    expect(indicator.name).toBe('kolada-N17510-indikator.csv');
    expect(indicator.text).toBe('id,namn,enhet,beskrivning\nN17510,Placerade barn,,Per 1 000 invånare 0–20 år.\n');
    const parsed = parseKoladaJson(values.text, values.name);
    if (!parsed.ok) throw new Error('not ok');
    expect(parsed.value.raws.map((r) => [r.raw.kommunkod, r.raw.period, r.raw.varde, r.raw.kalla])).toEqual([
      ['0180', '2022', '11.5', 'Kolada (hämtat 2026-11-24)'],
      ['0114', '2022', '1.2340', 'Kolada (hämtat 2026-11-24)'],
      ['0180', '2023', '12', 'Kolada (hämtat 2026-11-24)'],
    ]);
    expect(fetchedSource('2026-01-02')).toBe('Kolada (hämtat 2026-01-02)');
  });
});

describe('Kolada v3: a value that is no finite number (issue 22)', () => {
  it('a fetched 1e309 (Infinity once read) reaches the import as an error naming the entry, not as missing', () => {
    const page = JSON.parse(
      '{"values":[{"kpi":"N17510","municipality":"1490","period":2023,"values":[{"gender":"T","value":1e309}]}]}',
    ) as { values: KoladaEntry[] };
    expect(page.values[0].values[0].value).toBe(Infinity);
    const [, values] = importFiles(KPI, [...page.values, ...page2.values], '2026-11-24');
    const parsed = parseKoladaJson(values.text, values.name);
    if (!parsed.ok) throw new Error('not ok');
    expect(parsed.value.raws.map((r) => r.raw.kommunkod)).toEqual(['0180']);
    const errors = parsed.value.issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ row: 1, message: expect.stringContaining('N17510 1490 2023') })]);
    expect(parsed.value.issues.some((i) => /utan värde/.test(i.message))).toBe(false);
  });
});

/** A fetch that answers from a table of URLs (prefix match), recording what was asked. */
function fakeFetch(answers: [string, unknown, number?][], asked: string[] = []): Fetcher {
  return async (url, init) => {
    asked.push(url);
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const hit = answers.find(([prefix]) => url.startsWith(prefix));
    if (!hit) throw new TypeError('Failed to fetch');
    const [, body, status = 200] = hit;
    return { ok: status < 400, status, json: async () => body };
  };
}

describe('KoladaFetch', () => {
  const today = () => '2026-11-24';

  it('follows next_url page by page and hands over files with the totals', async () => {
    const asked: string[] = [];
    const ctl = new KoladaFetch(
      fakeFetch(
        [
          [page1.next_url, page2],
          ['https://api.kolada.se/v3/data/', page1],
        ],
        asked,
      ),
      today,
    );
    expect([ctl.fromYear, ctl.toYear]).toEqual([2021, 2025]);
    ctl.chosen = KPI;
    ctl.fromYear = 2023;
    ctl.toYear = 2022;
    const files = await ctl.fetchValues(['0180', '0114']);
    expect(asked).toEqual([
      'https://api.kolada.se/v3/data/kpi/N17510/municipality/0180,0114/year/2022,2023',
      page1.next_url,
    ]);
    expect(files!.map((f) => f.name)).toEqual(['kolada-N17510-indikator.csv', 'kolada-N17510-2026-11-24.json']);
    const doc = JSON.parse(await files![1].text());
    expect(doc.values).toHaveLength(3);
    expect([ctl.done, ctl.total, ctl.busy, ctl.error]).toEqual([3, 3, '', '']);
  });

  it.each([
    ['offline', fakeFetch([]), /kunde inte nås.*Importera filer/],
    ['refused', fakeFetch([['https://api.kolada.se/', {}, 503]]), /HTTP 503/],
    ['not v3', fakeFetch([['https://api.kolada.se/', { hello: 1 }]]), /inte är data från API v3/],
    ['empty', fakeFetch([['https://api.kolada.se/', { values: [], next_url: null }]]), /inga värden för N17510/],
  ])('%s: no files and a sentence', async (_, fetcher, message) => {
    const ctl = new KoladaFetch(fetcher, today);
    ctl.chosen = KPI;
    expect(await ctl.fetchValues(['0180'])).toBeNull();
    expect(ctl.error).toMatch(message);
    expect(ctl.busy).toBe('');
  });

  it('"Avbryt" stops between pages and hands over nothing', async () => {
    const fetcher: Fetcher = async (url, init) => {
      if (url.includes('page=2')) ctl.cancel();
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return { ok: true, status: 200, json: async () => (url.includes('page=2') ? page2 : page1) };
    };
    // The fetcher runs only after ctl exists (it is called by fetchValues).
    const ctl = new KoladaFetch(fetcher, today);
    ctl.chosen = KPI;
    expect(await ctl.fetchValues(['0180'])).toBeNull();
    expect(ctl.error).toMatch(/avbröts/);
  });

  it('searches by words, chooses the only hit, and shows suggestions the API knows', async () => {
    const ctl = new KoladaFetch(
      fakeFetch([
        ['https://api.kolada.se/v3/kpi?title=', { values: [KPI] }],
        ['https://api.kolada.se/v3/kpi/', { values: [KPI, { id: 'X00001', title: 'Inte ett förslag' }] }],
      ]),
      today,
    );
    await ctl.search('placerade barn');
    expect(ctl.results).toEqual([KPI]);
    expect(ctl.chosen).toEqual(KPI);
    await ctl.loadSuggestions();
    expect(ctl.suggestions).toEqual([KPI]);
  });

  it('suggestions are quietly empty offline', async () => {
    const ctl = new KoladaFetch(fakeFetch([]), today);
    await ctl.loadSuggestions();
    expect(ctl.suggestions).toEqual([]);
    expect(ctl.error).toBe('');
  });
});

describe('numbers from JSON and Excel are written so the value parser reads them exactly', () => {
  it.each([
    [1.234, '1.2340'],
    [-1.234, '-1.2340'],
    [999.5, '999.5'],
    [1234, '1234'],
    [0.123, '0.123'],
    [12.345, '12.3450'],
    [1234.567, '1234.567'],
    [1e21, '1e+21'],
  ])('%d → %s', (n, s) => expect(numberText(n)).toBe(s));
});
