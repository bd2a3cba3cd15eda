import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  changesTable,
  changeText,
  isPast,
  previousVersion,
  parseBefore,
  formatBefore,
  roundChanges,
  type KommunChange,
  answersInImport,
  kommunEffects,
  matchAnswer,
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
const NO_HISTORY = { plan_status_fore: '', plan_datum_fore: '', plan_kalla_fore: '', atgarder_fore: [] } as const;
const answers: Answer[] = [
  { insamling_id: 'i-1', kommunkod: '1490', mottagen: '2016-05-02', fil: 'boras.xlsx', ...NO_HISTORY },
  { insamling_id: 'i-1', kommunkod: '1441', mottagen: '2016-06-03', fil: 'lerum.xlsx', ...NO_HISTORY },
  { insamling_id: 'i-2', kommunkod: '1401', mottagen: '2016-05-01', fil: 'other-round.xlsx', ...NO_HISTORY },
] as unknown as Answer[];

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

describe('matching an answer dropped anywhere to its round', () => {
  const other: Round = { ...round, id: 'i-2', region_id: 'r2' };
  const members = (r: Round) => (r.id === 'i-1' ? ['1490', '1441'] : ['0180']);
  it.each([
    [
      { round: 'i-1', kommunkod: '1490' },
      { ok: true, round },
    ],
    [
      { round: 'i-2', kommunkod: '0180' },
      { ok: true, round: other },
    ],
    [
      { round: 'i-9', kommunkod: '1490' },
      { ok: false, reason: 'unknownRound' },
    ],
    [
      { round: 'i-2', kommunkod: '1490' },
      { ok: false, reason: 'otherRegion' },
    ],
    [{ round: 'i-1' }, { ok: false, reason: 'notTemplate' }],
    [{}, { ok: false, reason: 'notTemplate' }],
  ])('%j → %j', (origin, want) => expect(matchAnswer(origin, [round, other], members)).toEqual(want));
});

describe('answers in an import, with the rows they removed', () => {
  const stored = {
    measures: [
      { id: 'm1', kommunkod: '1490', titel: 'Cykelväg' },
      { id: 'm2', kommunkod: '1490', titel: 'Lekplats' },
      { id: 'm3', kommunkod: '1441', titel: 'Bibliotek' },
    ],
    requests: [{ id: 'r1', kommunkod: '1490', text: 'Nationellt medskick' }],
  };
  const svar = (file: string, kommunkod: string) => ({
    file: `${file} › svar`,
    entity: 'answers',
    records: [{ insamling_id: 'i-1', kommunkod, fil: file }],
  });
  const sheet = (file: string, entity: string, ids: string[]) => ({
    file: `${file} › ${entity}`,
    entity,
    records: ids.map((id) => ({ id })),
  });
  it.each([
    ['nothing removed', [svar('b.xlsx', '1490'), sheet('b.xlsx', 'measures', ['m1', 'm2'])], [[]]],
    [
      'a measure removed',
      [svar('b.xlsx', '1490'), sheet('b.xlsx', 'measures', ['m1', 'new'])],
      [[{ table: 'measures', id: 'm2', title: 'Lekplats' }]],
    ],
    [
      'a request removed (title from its text)',
      [svar('b.xlsx', '1490'), sheet('b.xlsx', 'measures', ['m1', 'm2']), sheet('b.xlsx', 'requests', [])],
      [[{ table: 'requests', id: 'r1', title: 'Nationellt medskick' }]],
    ],
    ['no measures sheet: nothing compared', [svar('b.xlsx', '1490'), sheet('b.xlsx', 'plans', [])], [[]]],
    ["another file's sheets are not this answer's", [svar('b.xlsx', '1490'), sheet('x.xlsx', 'measures', [])], [[]]],
    [
      'two answers, each its own municipality',
      [
        svar('b.xlsx', '1490'),
        sheet('b.xlsx', 'measures', ['m1', 'm2']),
        svar('l.xlsx', '1441'),
        sheet('l.xlsx', 'measures', []),
      ],
      [[], [{ table: 'measures', id: 'm3', title: 'Bibliotek' }]],
    ],
    ['no answer in the import', [sheet('b.xlsx', 'measures', [])], []],
  ])('%s', (_n, tables, removed) => {
    const got = answersInImport(tables, stored);
    expect(got.map((a) => a.removed)).toEqual(removed);
  });
  it('names the file, municipality and round', () =>
    expect(answersInImport([svar('b.xlsx', '1490')], stored)).toEqual([
      { file: 'b.xlsx', kommunkod: '1490', round: 'i-1', removed: [], uncertain: false },
    ]));
  it.each([
    [0, false],
    [2, true],
  ])('with %i refused rows in its measures, a removed row is uncertain: %s', (invalid, want) =>
    expect(
      answersInImport([svar('b.xlsx', '1490'), { ...sheet('b.xlsx', 'measures', ['m1']), invalid }], stored)[0]
        .uncertain,
    ).toBe(want),
  );
});

describe('what an import does per municipality', () => {
  const plans = [
    { table: 'plans', add: [], update: [{ after: { kommunkod: '1490' } }] },
    { table: 'measures', add: [{ kommunkod: '1490' }, { kommunkod: '1441' }], update: [] },
    { table: 'answers', add: [{ kommunkod: '1490' }], update: [] },
    // A record moved from Hedemora to Skövde changes both.
    { table: 'requests', add: [], update: [{ before: { kommunkod: '2083' }, after: { kommunkod: '1496' } }] },
  ];
  it.each([
    ['1490', { add: 1, update: 1 }],
    ['1441', { add: 1, update: 0 }],
    ['0180', { add: 0, update: 0 }],
    ['2083', { add: 0, update: 1 }],
    ['1496', { add: 0, update: 1 }],
  ])('%s → %j', (k, want) => expect(kommunEffects(plans, k)).toEqual(want));
});

describe('the previous version of a plan', () => {
  const plans = [
    { id: 'p1', kommunkod: '1490', status: 'under_arbete', kalla: 'Regionen', uppdaterad: '2015-06-01T10:00:00Z' },
    { id: 'p0', kommunkod: '1490', status: 'ej_paborjad', kalla: '', uppdaterad: '2014-01-01T10:00:00Z' },
  ];
  const measures = [
    { id: 'm1', kommunkod: '1490', status: 'planerad' },
    { id: 'm2', kommunkod: '1441', status: 'pagaende' },
  ];
  it.each([
    ['1490', { status: 'under_arbete', datum: '2015-06-01', kalla: 'Regionen', atgarder: ['m1:planerad'] }],
    ['1441', { status: '', datum: '', kalla: '', atgarder: ['m2:pagaende'] }],
    ['0180', { status: '', datum: '', kalla: '', atgarder: [] }],
  ])('%s → %j', (k, want) => expect(previousVersion(k, plans, measures)).toEqual(want));
});

describe('what changed since the previous round', () => {
  const TODAY = '2016-06-15';
  const answer = (kommunkod: string, extra: object) =>
    ({
      insamling_id: 'i-1',
      kommunkod,
      mottagen: '2016-05-02',
      fil: 'f.xlsx',
      ...NO_HISTORY,
      ...extra,
    }) as unknown as Answer;
  const given = [
    answer('1490', {
      plan_status_fore: 'under_arbete',
      plan_datum_fore: '2015-06-01',
      plan_kalla_fore: 'Regionen',
      atgarder_fore: ['m1:planerad', 'm2:pagaende', 'm3:planerad', 'm4:genomford'],
    }),
    answer('1441', {}),
  ];
  const plans = [
    { id: 'p1', kommunkod: '1490', status: 'antagen', uppdaterad: '2016-05-02T00:00:00Z' },
    { id: 'p2', kommunkod: '1441', status: 'remiss', uppdaterad: '2016-05-02T00:00:00Z' },
  ];
  const measures = [
    { id: 'm1', kommunkod: '1490', titel: 'Klar', status: 'genomford', slut: '2016-03' },
    { id: 'm2', kommunkod: '1490', titel: 'Avbruten', status: 'avbruten', slut: '' },
    { id: 'm3', kommunkod: '1490', titel: 'Sen', status: 'planerad', slut: '2016-05' },
    { id: 'm4', kommunkod: '1490', titel: 'Redan klar', status: 'genomford', slut: '2015' },
    { id: 'm5', kommunkod: '1490', titel: 'Ny', status: 'pagaende', slut: '2016-06' },
    { id: 'm6', kommunkod: '1441', titel: 'Lerums sena', status: 'pagaende', slut: '2016-06-01' },
  ];
  const got = roundChanges(round, ['1490', '1441', '1401'], given, plans, measures, TODAY);
  it.each([
    ['1490', 'statusThen', 'under_arbete'],
    ['1490', 'statusNow', 'antagen'],
    ['1490', 'datumThen', '2015-06-01'],
    ['1490', 'kallaThen', 'Regionen'],
    ['1490', 'added', ['Ny']],
    ['1490', 'completed', ['Klar']],
    ['1490', 'cancelled', ['Avbruten']],
    ['1490', 'overdue', ['Sen']],
    ['1490', 'known', true],
    ['1441', 'known', true],
    ['1401', 'known', false],
    ['1441', 'added', ['Lerums sena']],
    ['1441', 'statusThen', ''],
    ['1441', 'statusNow', 'remiss'],
    ['1441', 'overdue', ['Lerums sena']],
    ['1401', 'mottagen', ''],
    ['1401', 'statusNow', ''],
  ])('%s %s = %j', (k, key, want) =>
    expect(got.rows.find((r) => r.kommunkod === k)![key as keyof KommunChange]).toEqual(want),
  );
  it('sums the region', () =>
    expect(got.region).toEqual({ statusChanged: 2, added: 2, completed: 1, cancelled: 1, overdue: 2 }));
  it.each([
    ['2016-03', '2016-04-01', true],
    ['2016-03', '2016-03-31', false],
    ['2016-03-15', '2016-03-16', true],
    ['2016', '2016-12-31', false],
    ['', '2030-01-01', false],
  ])('end %s is past on %s: %s', (slut, today, want) => expect(isPast(slut, today)).toBe(want));
  it('exports as a table', () => {
    const tbl = changesTable(got, (k) => (k === '1490' ? 'Borås' : k));
    expect(tbl[0]).toEqual([
      'kommunkod',
      'kommun',
      'mottagen',
      'plan_status_fore',
      'plan_datum_fore',
      'plan_kalla_fore',
      'plan_status',
      'nya_atgarder',
      'genomforda',
      'avbrutna',
      'forsenade',
      'andrade_atgarder',
    ]);
    expect(tbl[1]).toEqual([
      '1490',
      'Borås',
      '2016-05-02',
      'under_arbete',
      '2015-06-01',
      'Regionen',
      'antagen',
      'Ny',
      'Klar',
      'Avbruten',
      'Sen',
      'Klar: planerad → genomford|Avbruten: pagaende → avbruten',
    ]);
    expect(tbl).toHaveLength(4);
  });
  it.each([
    ['planerad', null, 'genomford', null, 'M: planerad → genomford'],
    ['pagaende', 40, 'genomford', 100, 'M: pagaende 40 % → genomford 100 %'],
    ['pagaende', null, 'pagaende', 0, 'M: pagaende → pagaende 0 %'],
    ['', 20, 'pagaende', 20, 'M: – 20 % → pagaende 20 %'],
  ])('a changed measure %s %j → %s %j is written %s', (statusThen, progressThen, statusNow, progressNow, want) =>
    expect(changeText({ id: 'm', title: 'M', statusThen, progressThen, statusNow, progressNow })).toBe(want),
  );
});

describe('progress in the plan history (atgarder_fore)', () => {
  it.each([
    ['m1:planerad', { id: 'm1', status: 'planerad', genomforande: null }],
    ['m1:pagaende:45', { id: 'm1', status: 'pagaende', genomforande: 45 }],
    ['m1:pagaende:0', { id: 'm1', status: 'pagaende', genomforande: 0 }],
    ['m1::100', { id: 'm1', status: '', genomforande: 100 }],
    ['m1:', { id: 'm1', status: '', genomforande: null }],
    ['x:12:planerad', { id: 'x:12', status: 'planerad', genomforande: null }],
    ['x:12:planerad:7', { id: 'x:12', status: 'planerad', genomforande: 7 }],
    // A third part after something that is no status is part of the id (an older entry).
    ['a:b:12', { id: 'a:b', status: '12', genomforande: null }],
    ['m1', { id: 'm1', status: '', genomforande: null }],
  ])('%s is read as %j', (entry, want) => expect(parseBefore(entry)).toEqual(want));
  it.each([
    ['m1', 'planerad', undefined, 'm1:planerad'],
    ['m1', 'planerad', null, 'm1:planerad'],
    ['m1', 'pagaende', 45, 'm1:pagaende:45'],
    ['m1', 'pagaende', 0, 'm1:pagaende:0'],
  ])('%s %s %j is written %s and read back', (id, status, g, want) => {
    expect(formatBefore(id, status, g)).toBe(want);
    expect(parseBefore(want)).toEqual({ id, status, genomforande: g ?? null });
  });
  it('the previous version keeps each measure with its progress', () =>
    expect(
      previousVersion(
        '1490',
        [],
        [
          { id: 'm1', kommunkod: '1490', status: 'pagaende', genomforande: 45 },
          { id: 'm2', kommunkod: '1490', status: 'planerad', genomforande: null },
          { id: 'm3', kommunkod: '1496', status: 'planerad', genomforande: 10 },
        ],
      ).atgarder,
    ).toEqual(['m1:pagaende:45', 'm2:planerad']));

  const answer = {
    insamling_id: 'i-1',
    kommunkod: '1490',
    mottagen: '2016-05-02',
    fil: 'f.xlsx',
    ...NO_HISTORY,
    atgarder_fore: ['m1:pagaende:20', 'm2:planerad', 'm3:pagaende:50', 'm4:planerad', 'gone:planerad'],
  } as unknown as Answer;
  const measures = [
    { id: 'm1', kommunkod: '1490', titel: 'Framåt', status: 'pagaende', genomforande: 50 },
    { id: 'm2', kommunkod: '1490', titel: 'Först rapporterad', status: 'planerad', genomforande: 10 },
    { id: 'm3', kommunkod: '1490', titel: 'Oförändrad', status: 'pagaende', genomforande: 50 },
    { id: 'm4', kommunkod: '1490', titel: 'Klar', status: 'genomford', genomforande: 100 },
    { id: 'm5', kommunkod: '1490', titel: 'Ny', status: 'pagaende', genomforande: null },
  ];
  const row = roundChanges(round, ['1490', '1441'], [answer], [], measures, '2016-06-01').rows;
  it.each([
    ['m1', 'pagaende', 'pagaende', 20, 50],
    ['m2', 'planerad', 'planerad', null, 10],
    ['m4', 'planerad', 'genomford', null, 100],
  ])('%s changed: %s → %s, %j → %j', (id, statusThen, statusNow, progressThen, progressNow) =>
    expect(row[0].changed.find((c) => c.id === id)).toMatchObject({
      statusThen,
      statusNow,
      progressThen,
      progressNow,
    }),
  );
  it('lists only changed measures the answer kept', () =>
    expect(row[0].changed.map((c) => c.id)).toEqual(['m1', 'm2', 'm4']));
  it.each([
    ['statusCountsThen', { pagaende: 2, planerad: 3 }],
    ['statusCountsNow', { pagaende: 3, planerad: 1, genomford: 1 }],
  ])('%s of an answer', (key, want) => expect(row[0][key as 'statusCountsThen']).toEqual(want));
  it('a member without an answer has nothing then', () =>
    expect([row[1].changed, row[1].statusCountsThen, row[1].statusCountsNow]).toEqual([[], {}, {}]));
});
