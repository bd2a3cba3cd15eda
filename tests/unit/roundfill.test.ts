import { describe, expect, it } from 'vitest';
import type { Answer, Round } from '$lib/domain/collection';
import { roundFill, ROUND_FILL_KEYS } from '../../src/views/karta/fill';
import { ROUND_COLOURS, STATUS_COLOURS } from '$lib/viz/colours';

const round: Round = {
  id: 'i-1',
  namn: 'Våren 2016',
  region_id: 'trion',
  sista_svarsdag: '2016-05-31',
  fragar: ['plan'],
  kontakt: '',
  skapad: '2016-03-01T00:00:00Z',
  uppdaterad: '2016-03-01T00:00:00Z',
};
const answers: Answer[] = [
  {
    insamling_id: 'i-1',
    kommunkod: '1490',
    mottagen: '2016-05-02',
    fil: 'boras.xlsx',
    plan_status_fore: '' as Answer['plan_status_fore'],
    plan_datum_fore: '' as Answer['plan_datum_fore'],
    plan_kalla_fore: '',
    atgarder_fore: [] as string[],
  },
  {
    insamling_id: 'i-1',
    kommunkod: '1496',
    mottagen: '2016-06-10',
    fil: 'skovde.xlsx',
    plan_status_fore: '' as Answer['plan_status_fore'],
    plan_datum_fore: '' as Answer['plan_datum_fore'],
    plan_kalla_fore: '',
    atgarder_fore: [] as string[],
  },
  {
    insamling_id: 'i-2',
    kommunkod: '1498',
    mottagen: '2016-05-01',
    fil: 'annan.xlsx',
    plan_status_fore: '' as Answer['plan_status_fore'],
    plan_datum_fore: '' as Answer['plan_datum_fore'],
    plan_kalla_fore: '',
    atgarder_fore: [] as string[],
  },
];
const labels = {
  legend: {
    waiting: 'Väntar',
    received: 'Inkommen',
    late: 'Inkommen efter sista svarsdag',
    notAsked: 'Inte tillfrågad',
  },
  received: (d: string) => `Inkommen ${d}`,
  late: (d: string) => `Inkommen efter sista svarsdag (${d})`,
};
const fill = roundFill(round, ['1490', '1496', '1498'], answers, ['1490', '1496', '1498', '0180'], labels, (d) =>
  d.split('-').reverse().join('/'),
);

describe('roundFill', () => {
  it.each([
    ['1490', 'received', 'Inkommen 02/05/2016', false],
    ['1496', 'late', 'Inkommen efter sista svarsdag (10/06/2016)', false],
    ['1498', 'waiting', 'Väntar', false],
    ['0180', 'notAsked', 'Inte tillfrågad', true],
  ] as const)('%s is %s: "%s"', (code, key, meaning, pattern) => {
    expect(fill.byCode.get(code)).toEqual({ key, colour: ROUND_COLOURS[key], meaning, pattern });
  });

  it('has a legend entry per class, in order, with counts', () => {
    expect(fill.legend.map((l) => [l.key, l.label, l.count])).toEqual([
      ['waiting', 'Väntar', 1],
      ['received', 'Inkommen', 1],
      ['late', 'Inkommen efter sista svarsdag', 1],
      ['notAsked', 'Inte tillfrågad', 1],
    ]);
  });

  it.each([
    ['', ['received', 'late', 'waiting']],
    ['2016-06', ['received', 'late', 'waiting']],
    ['2016-06-09', ['received', 'waiting', 'waiting']],
    ['2016-05', ['received', 'waiting', 'waiting']],
    ['2016-04', ['waiting', 'waiting', 'waiting']],
  ])('at %j: answers received by then', (datum, keys) => {
    const f = roundFill(round, ['1490', '1496', '1498'], answers, ['1490', '1496', '1498'], labels, undefined, datum);
    expect(['1490', '1496', '1498'].map((c) => f.byCode.get(c)?.key)).toEqual(keys);
  });

  it('an answer without a date says only "Inkommen"', () => {
    const f = roundFill(round, ['1490'], [{ ...answers[0], mottagen: '' }], ['1490'], labels);
    expect(f.byCode.get('1490')?.meaning).toBe('Inkommen');
  });

  it('uses colours apart from each other and from the plan statuses', () => {
    const shown = ROUND_FILL_KEYS.filter((k) => k !== 'notAsked').map((k) => ROUND_COLOURS[k]);
    expect(new Set(shown).size).toBe(shown.length);
    for (const c of shown) expect(Object.values(STATUS_COLOURS)).not.toContain(c);
  });
});
