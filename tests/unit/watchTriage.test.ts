import { describe, expect, it } from 'vitest';
import { aMeasure, aPlan } from './support/records';
import type { Measure, Plan } from '$lib/domain/model';
import {
  lateGroups,
  lateRows,
  MAILTO_MAX,
  recipients,
  reminderMailto,
  sortLate,
  type LateBy,
  type ReminderTexts,
} from '$lib/domain/watch';

const TODAY = '2016-06-15';
const m = (id: string, kommunkod: string, slut: string, teman: string[] = []): Measure =>
  aMeasure(id, { kommunkod, slut, teman, titel: `Åtgärd ${id}` });
const p = (id: string, kommunkod: string, uppfoljning: string): Plan =>
  aPlan(id, { kommunkod, uppfoljning, titel: `Plan ${id}` });

const NAMES: Record<string, string> = { '1490': 'Borås', '1496': 'Skövde', '1498': 'Tidaholm', '1452': 'Tranemo' };
const name = (c: string) => NAMES[c] ?? c;
const byName = (a: string, b: string) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);

describe('lateGroups', () => {
  it.each<[string, LateBy, Measure[], Plan[], [string, number, string, number][]]>([
    ['nothing late', 'kommun', [], [], []],
    [
      'by municipality: count first',
      'kommun',
      [m('a', '1490', '2016-05'), m('b', '1496', '2016-05-01'), m('c', '1496', '2016-06-01')],
      [],
      [
        ['1496', 2, '2016-05-01', 45],
        ['1490', 1, '2016-05', 15],
      ],
    ],
    [
      'plans count with the measures, and the oldest date is the earliest of both',
      'kommun',
      [m('a', '1490', '2016-05-31')],
      [p('p', '1490', '2015'), p('q', '1496', '2016-04-30')],
      [
        ['1490', 2, '2015', 167],
        ['1496', 1, '2016-04-30', 46],
      ],
    ],
    [
      'several plans: the earliest follow-up end (2015-06 before 2015) is the oldest date',
      'kommun',
      [m('a', '1490', '2016-05-31')],
      [p('q', '1490', '2016-01'), p('r', '1490', '2015-06'), p('p', '1490', '2015')],
      [['1490', 4, '2015-06', 351]],
    ],
    [
      'same count: the longer late first, then by name',
      'kommun',
      [m('a', '1490', '2016-06-01'), m('b', '1452', '2016-01'), m('c', '1496', '2016-06-01')],
      [],
      [
        ['1452', 1, '2016-01', 136],
        ['1490', 1, '2016-06-01', 14],
        ['1496', 1, '2016-06-01', 14],
      ],
    ],
    [
      'by theme: a measure under each of its themes, none under "", plans left out',
      'tema',
      [m('a', '1490', '2016-05', ['skola', 'halsa']), m('b', '1496', '2016-04', ['skola']), m('c', '1496', '2016-03')],
      [p('p', '1490', '2015')],
      [
        ['skola', 2, '2016-04', 46],
        ['', 1, '2016-03', 76],
        ['halsa', 1, '2016-05', 15],
      ],
    ],
  ])('%s', (_, by, measures, plans, expected) => {
    const groups = lateGroups({ measures, plans }, by, TODAY, byName);
    expect(groups.map((g) => [g.key, g.count, g.oldest, g.daysLate])).toEqual(expected);
  });

  it('lists a group’s measures earliest end first and its plans by follow-up', () => {
    const [g] = lateGroups(
      {
        measures: [m('b', '1490', '2016-05'), m('a', '1490', '2016-02')],
        plans: [p('q', '1490', '2016-03'), p('p', '1490', '2015')],
      },
      'kommun',
      TODAY,
    );
    expect(g.measures.map((x) => x.id)).toEqual(['a', 'b']);
    expect(g.plans.map((x) => x.id)).toEqual(['p', 'q']);
  });

  it.each<[string, LateBy, Measure[], Plan[]]>([
    [
      'equal ends: the date that sorts first, whatever the order given',
      'kommun',
      [m('a', '1490', '2016-12-31'), m('b', '1490', '2016'), m('c', '1496', '2016-03'), m('d', '1496', '2016-03-31')],
      [p('p', '1490', '2016-12-31')],
    ],
    [
      'a plan ending with the earliest measure: the measure’s date',
      'kommun',
      [m('b', '1490', '2016-05'), m('a', '1490', '2016-02')],
      [p('q', '1490', '2016-02-29'), p('p', '1490', '2016-03')],
    ],
    [
      'by theme, measures given latest first',
      'tema',
      [m('c', '1496', '2016-05', ['skola']), m('b', '1490', '2016-04', ['skola', 'halsa']), m('a', '1490', '2016-01')],
      [],
    ],
  ])('unsorted (%s): the same groups, counts and dates; sortLate gives the sorted lists', (_, by, measures, plans) => {
    const sorted = lateGroups({ measures, plans }, by, TODAY, byName);
    for (const given of [measures, [...measures].reverse()]) {
      const unsorted = lateGroups({ measures: given, plans }, by, TODAY, byName, false);
      expect(unsorted.map((g) => [g.key, g.count, g.oldest, g.daysLate])).toEqual(
        sorted.map((g) => [g.key, g.count, g.oldest, g.daysLate]),
      );
      expect(sortLate(unsorted)).toEqual(sorted);
    }
  });
});

const texts: ReminderTexts = {
  subject: 'Påminnelse',
  intro: 'Hej!',
  kommun: (n, a, b) => `${n} (${a}, ${b})`,
  measure: (title, d) => `– ${title} (${d})`,
  plan: (title, d) => `– ${title}: uppföljning ${d}`,
  summary: (items) => `Per kommun: ${items}.`,
  summaryItem: (n, c) => `${n} ${c}`,
  more: (n, items) => (items ? `${items} och ${n} till` : `… och ${n} till`),
  outro: 'Hälsningar',
  date: (d) => `[${d}]`,
};
const decodeBody = (href: string) => decodeURIComponent(href.slice(href.indexOf('&body=') + 6));

describe('reminderMailto', () => {
  const groups = lateGroups(
    {
      measures: [m('a', '1490', '2016-05'), m('b', '1496', '2016-04'), m('c', '1496', '2016-05-02')],
      plans: [p('p', '1490', '2016-03')],
    },
    'kommun',
    TODAY,
    byName,
  );

  it.each<[string, string[], string]>([
    ['no address', [], 'mailto:?subject=P%C3%A5minnelse&body='],
    ['one address', ['a@b.se'], 'mailto:a%40b.se?subject=P%C3%A5minnelse&body='],
    ['several addresses', ['a@b.se', 'c@d.se'], 'mailto:a%40b.se,c%40d.se?subject=P%C3%A5minnelse&body='],
  ])('%s: recipients and subject', (_, to, start) => {
    expect(reminderMailto(groups, to, name, texts).href.startsWith(start)).toBe(true);
  });

  it('lists every municipality with its measures and plans and their dates', () => {
    const r = reminderMailto(groups, ['a@b.se'], name, texts);
    expect(r).toMatchObject({ listed: 4, left: 0 });
    expect(decodeBody(r.href)).toBe(
      [
        'Hej!',
        '',
        'Per kommun: Borås 2, Skövde 2.',
        '',
        'Borås (1, 1)',
        '– Åtgärd a ([2016-05])',
        '– Plan p: uppföljning [2016-03]',
        '',
        'Skövde (2, 0)',
        '– Åtgärd b ([2016-04])',
        '– Åtgärd c ([2016-05-02])',
        '',
        '',
        'Hälsningar',
      ].join('\r\n'),
    );
    expect(r.href).not.toMatch(/[ +\n]/);
  });

  it.each([
    [200, 'nothing fits', 0],
    [300, 'a heading and one item fit', 1],
    [MAILTO_MAX, 'everything fits', 4],
  ])('cut at %i characters (%s): says how many more, never longer than the limit', (max, _, listed) => {
    const r = reminderMailto(groups, ['a@b.se'], name, texts, max);
    expect(r.listed).toBe(listed);
    expect(r.left).toBe(4 - listed);
    const body = decodeBody(r.href);
    if (r.left) {
      expect(body).toContain(`… och ${r.left} till`);
      expect(r.href.length).toBeLessThanOrEqual(max);
    } else expect(body).not.toContain('… och');
    // A heading never stands without an item under it.
    expect(body.includes('Borås (')).toBe(listed > 0);
    // Every municipality is named in the first lines.
    expect(body).toContain('Per kommun: Borås 2, Skövde 2.');
  });

  it('stays under the limit with thousands of late measures', () => {
    const many = lateGroups(
      { measures: Array.from({ length: 3000 }, (_, i) => m(`m${i}`, i % 2 ? '1490' : '1496', '2016-01')), plans: [] },
      'kommun',
      TODAY,
      byName,
    );
    const r = reminderMailto(many, ['a@b.se'], name, texts);
    expect(r.href.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(r.listed).toBeGreaterThan(10);
    expect(r.listed + r.left).toBe(3000);
    expect(decodeBody(r.href)).toContain(`… och ${r.left} till`);
  });
  it('names as many municipalities as fit in half the link on the first line, then how many more', () => {
    const codes = Array.from({ length: 290 }, (_, i) => String(1000 + i));
    const many = lateGroups({ measures: codes.map((c, i) => m(`m${i}`, c, '2016-01')), plans: [] }, 'kommun', TODAY);
    const r = reminderMailto(many, [], name, texts);
    const summary = decodeBody(r.href).split('\r\n')[2];
    const named = summary.match(/\d{4} 1/g)!.length;
    expect(named).toBeGreaterThan(20);
    expect(summary).toMatch(new RegExp(`^Per kommun: 1000 1, 1001 1, .* och ${290 - named} till\\.$`));
    expect(r.href.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(r.listed).toBeGreaterThan(0);
  });
});

describe('recipients', () => {
  const codeOf = (s: string) => Object.keys(NAMES).find((c) => c === s || NAMES[c] === s);
  const concerned = new Set(['1490', '1496']);
  it.each<[string, string, string[], string[] | null]>([
    ['empty', '', [], null],
    ['one per line', 'a@b.se\nc@d.se', ['a@b.se', 'c@d.se'], null],
    ['commas and semicolons', 'a@b.se, c@d.se; e@f.se', ['a@b.se', 'c@d.se', 'e@f.se'], null],
    ['a municipality that is late: only its list', 'Borås: reg@boras.se', ['reg@boras.se'], ['1490']],
    [
      'a municipality that is not late is left out',
      'Tranemo: reg@tranemo.se\nSkövde reg@skovde.se',
      ['reg@skovde.se'],
      ['1496'],
    ],
    ['by code', '1452 x@t.se\n1490 y@b.se', ['y@b.se'], ['1490']],
    [
      'a general address gets the whole list',
      'Borås: reg@boras.se\nSamordnare: s@vg.se',
      ['reg@boras.se', 's@vg.se'],
      null,
    ],
    ['repeats once', 'a@b.se\nBorås a@b.se', ['a@b.se'], null],
    ['names in angle brackets', 'Anna <anna@b.se>', ['anna@b.se'], null],
    ['text without an address', 'Borås', [], null],
    ['only municipalities that are not late', 'Tranemo: reg@tranemo.se', [], null],
  ])('%s', (_, text, to, only) => {
    expect(recipients(text, concerned, codeOf)).toEqual({ to, only });
  });
});

describe('lateRows', () => {
  it('lists every late measure and plan, municipality by municipality, with days late', () => {
    const groups = lateGroups(
      {
        measures: [m('a', '1490', '2016-05', ['skola']), m('b', '1496', '2016-06-01')],
        plans: [p('p', '1490', '2016-03-31')],
      },
      'kommun',
      TODAY,
      byName,
    );
    const rows = lateRows(groups, name, TODAY, {
      measure: 'Åtgärd',
      plan: 'Plan',
      measureStatus: (s) => `M:${s}`,
      planStatus: (s) => `P:${s}`,
      theme: (id) => id.toUpperCase(),
    });
    expect(rows).toEqual([
      ['1490', 'Borås', 'Åtgärd', 'Åtgärd a', 'M:planerad', '2016-05', '15', 'SKOLA', 'a'],
      ['1490', 'Borås', 'Plan', 'Plan p', 'P:antagen', '2016-03-31', '76', '', 'p'],
      ['1496', 'Skövde', 'Åtgärd', 'Åtgärd b', 'M:planerad', '2016-06-01', '14', '', 'b'],
    ]);
  });
});
