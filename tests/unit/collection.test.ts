import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  checkAnswer,
  mailtoLink,
  missingInAnswer,
  newRound,
  roundStatus,
  safeFileName,
  templateFileName,
  type Answer,
  type Round,
} from '$lib/domain/collection';

const NOW = '2016-03-01T10:00:00.000Z';
const round: Round = newRound(
  {
    id: 'i-1',
    namn: 'Planer våren 2016',
    region_id: 'r1',
    sista_svarsdag: '2016-05-31',
    fragar: ['plan'],
    kontakt: 'Anna',
  },
  NOW,
);
const answers: Answer[] = [
  { insamling_id: 'i-1', kommunkod: '1490', mottagen: '2016-05-02', fil: 'boras.xlsx' },
  { insamling_id: 'i-1', kommunkod: '1441', mottagen: '2016-06-03', fil: 'lerum.xlsx' },
  { insamling_id: 'i-2', kommunkod: '1401', mottagen: '2016-05-01', fil: 'other-round.xlsx' },
];

describe('round status', () => {
  const status = roundStatus(round, ['1490', '1441', '1401'], answers);
  it.each([
    ['1490', 'received', '2016-05-02', 'boras.xlsx'],
    ['1441', 'late', '2016-06-03', 'lerum.xlsx'],
    ['1401', 'waiting', '', ''],
  ])('%s is %s', (kommunkod, state, mottagen, fil) =>
    expect(status.find((s) => s.kommunkod === kommunkod)).toEqual({ kommunkod, state, mottagen, fil }),
  );
  it('counts answered of asked', () => expect(answeredCount(status)).toEqual({ answered: 2, total: 3 }));
  it('without a last answer date nothing is late', () => {
    expect(roundStatus({ ...round, sista_svarsdag: '' }, ['1441'], answers)[0].state).toBe('received');
  });
  it('a last date given as a month includes its days', () => {
    expect(roundStatus({ ...round, sista_svarsdag: '2016-06' }, ['1441'], answers)[0].state).toBe('received');
  });
});

describe('checking an answer against a round', () => {
  it.each([
    [{ round: 'i-1', kommunkod: '1490' }, { ok: true }],
    [
      { round: 'i-2', kommunkod: '1490' },
      { ok: false, reason: 'otherRound' },
    ],
    [
      { round: 'i-1', kommunkod: '0180' },
      { ok: false, reason: 'otherRegion' },
    ],
    [{}, { ok: false, reason: 'notTemplate' }],
    [{ round: 'i-1' }, { ok: false, reason: 'notTemplate' }],
  ])('%j → %j', (origin, result) => expect(checkAnswer(origin, round, ['1490', '1441'])).toEqual(result));
});

describe('names and mail', () => {
  it.each([
    ['Planer våren 2016', 'Borås', 'Planer våren 2016-Borås.xlsx'],
    ['Planer 2016/2017: vår', 'Upplands Väsby', 'Planer 2016-2017- vår-Upplands Väsby.xlsx'],
  ])('%s + %s → %s', (r, k, name) => expect(templateFileName(r, k)).toBe(name));
  it('safe file names keep letters and spaces', () => expect(safeFileName('a*b?c  d')).toBe('a-b-c d'));
  it('the mailto link has subject and body with the last date, the file and the contact, spaces as %20', () => {
    const link = mailtoLink(round, 'Borås', {
      subject: (r, k) => `${r} – ${k}`,
      body: (r, k, last, file, contact) => `${k} ${last} ${file} ${contact}`,
    });
    expect(link.startsWith('mailto:?subject=')).toBe(true);
    expect(link).not.toContain('+');
    const q = new URLSearchParams(link.slice('mailto:?'.length));
    expect(q.get('subject')).toBe('Planer våren 2016 – Borås');
    expect(q.get('body')).toBe('Borås 2016-05-31 Planer våren 2016-Borås.xlsx Anna');
  });
});

describe('rows missing in an answer', () => {
  const stored = [
    { id: 'a', kommunkod: '1490' },
    { id: 'b', kommunkod: '1490' },
    { id: 'c', kommunkod: '1441' },
  ];
  it.each([
    [['a', 'b'], []],
    [['a'], ['b']],
    [[], ['a', 'b']],
    [['a', 'b', 'new'], []],
  ])('answer lists %j → missing %j (other municipalities ignored)', (ids, missing) =>
    expect(missingInAnswer(stored, '1490', new Set(ids))).toEqual(missing),
  );
});
