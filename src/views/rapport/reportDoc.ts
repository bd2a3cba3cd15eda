/**
 * The report as blocks for the Word document (io/report-docx.ts): the same data, the same i18n sentences
 * and the same kommunblad as the screen (Rapport.svelte, kommun/Sheet.svelte).
 */
import { lang, t } from '$lib/i18n';
import { enumText, fmtDate, fmtNumber } from '$lib/i18n/format';
import { register } from '$lib/domain/register';
import { firstWords, overdueOrder, type WatchList } from '$lib/domain/watch';
import { groupRequests, orderThemes, splitZeroRows, themeMatrix } from '$lib/domain/compare';
import type { Kommunblad } from '$lib/domain/kommunblad';
import { goodExamples } from '$lib/domain/needs';
import type { Overview } from '$lib/domain/stats';
import type { Measure, NationalRequest, Theme } from '$lib/domain/model';
import type { ReportBlock, ReportDoc } from '$lib/io/report-docx';
import { periodText, progressText } from '../kommun/measureText';

export interface ReportInput {
  regionName: string;
  today: string;
  sources: string[];
  members: string[];
  stats: Overview;
  watch: WatchList;
  sheets: Kommunblad[];
  measures: Measure[];
  requests: NationalRequest[];
  themes: Theme[];
  /**
   * The map (Karta by plan status) and the matrix (Jämför's picture, one per part of `matrixParts`) as
   * PNG, drawn on the page; without them the report has no pictures.
   */
  pictures?: { map?: Uint8Array; matrix?: Uint8Array[] };
}

const name = (c: string) => register.name(c);

/** Rows per matrix picture: a part drawn at the page's width is at most a page high. */
export const MATRIX_ROWS = 24;

/** The matrix's rows in parts of at most MATRIX_ROWS (a county of 49 in three, Sweden in thirteen). */
export function matrixParts(rows: string[]): string[][] {
  const n = Math.max(1, Math.ceil(rows.length / MATRIX_ROWS));
  const size = Math.ceil(rows.length / n);
  return Array.from({ length: n }, (_, i) => rows.slice(i * size, (i + 1) * size));
}
const FIRST = 5;

/** Bevakning's sentences, composed as WatchSection composes them ("3 planer har passerat …: Borås (2017-06-30), …"). */
function watchSentences(list: WatchList): string[] {
  const tw = t.watch;
  const words = <T>(items: T[], text: (x: T) => string, order?: (a: T, b: T) => number) =>
    firstWords(items, FIRST, text, tw.andMore, order);
  const out: string[] = [];
  if (list.plans.length)
    out.push(
      tw.plansSentence(
        list.plans.length,
        words(list.plans, (p) => tw.planItem(name(p.kommunkod), fmtDate(p.uppfoljning))),
      ),
    );
  if (list.measures.length)
    out.push(
      tw.measuresSentence(
        list.measures.length,
        words(list.measures, (m) => tw.measureItem(m.titel, name(m.kommunkod), fmtDate(m.slut)), overdueOrder),
      ),
    );
  if (list.rounds.length)
    out.push(
      tw.roundsSentence(
        list.rounds.length,
        words(list.rounds, (r) => tw.roundItem(r.round.namn, fmtDate(r.round.sista_svarsdag), words(r.waiting, name))),
      ),
    );
  return out.length ? out : [tw.none];
}

const num = (v: number | undefined, unit: string) =>
  v === undefined ? '–' : `${fmtNumber(v, 1)}${unit ? ` ${unit}` : ''}`;

/** A kommunblad as blocks: Heading 2 with the name, Heading 3 per part. */
export function sheetBlocks(s: Kommunblad): ReportBlock[] {
  const ts = t.sheet;
  const b: ReportBlock[] = [{ kind: 'h2', text: name(s.kommunkod), pageBreak: true }];
  b.push({ kind: 'h3', text: ts.plan });
  if (s.plan) {
    const p = s.plan;
    b.push({ kind: 'p', text: p.titel });
    const facts = [
      `${ts.status}: ${enumText('planStatus', p.status)}`,
      ...(p.startdatum ? [`${ts.start}: ${fmtDate(p.startdatum)}`] : []),
      ...(p.planerat_klart ? [`${ts.done}: ${fmtDate(p.planerat_klart)}`] : []),
      ...(p.antagen ? [`${ts.adopted}: ${fmtDate(p.antagen)}`] : []),
      ...(p.uppfoljning ? [`${ts.followUp}: ${fmtDate(p.uppfoljning)}`] : []),
      ...(p.lank ? [`${ts.document}: ${p.lank}`] : []),
    ];
    b.push({ kind: 'bullets', items: facts });
    if (s.planPastFollowUp) b.push({ kind: 'p', text: ts.pastFollowUp });
  } else b.push({ kind: 'p', text: ts.noPlan });
  b.push({ kind: 'h3', text: ts.measures(s.measureCount) });
  const hasProgress = s.byTheme.some((g) => g.measures.some((m) => progressText(m) !== ''));
  if (s.measureCount)
    b.push({
      kind: 'table',
      // Progress as the kommunblad shows it: a column when any of the measures reports it.
      head: [ts.colTheme, ts.colMeasure, ts.colStatus, ts.colPeriod, ...(hasProgress ? [ts.colProgress] : [])],
      rows: s.byTheme.flatMap((g) =>
        g.measures.map((m) => [
          g.theme?.namn ?? ts.withoutTheme,
          m.titel,
          enumText('measureStatus', m.status),
          periodText(m),
          ...(hasProgress ? [progressText(m)] : []),
        ]),
      ),
    });
  else b.push({ kind: 'p', text: ts.noMeasures });
  b.push({ kind: 'h3', text: ts.late(s.overdue.length) });
  b.push(
    s.overdue.length
      ? { kind: 'bullets', items: s.overdue.map((m) => ts.lateItem(m.titel, fmtDate(m.slut))) }
      : { kind: 'p', text: ts.nothingLate },
  );
  if (s.indicators.length) {
    b.push({ kind: 'h3', text: ts.indicators });
    b.push({
      kind: 'bullets',
      items: s.indicators.map((i) => {
        const unit = i.indicator.enhet ?? '';
        const rank = i.rank !== null ? `, ${t.inContext.rank(i.rank, i.of)}` : '';
        return `${i.indicator.namn} (${i.period}): ${ts.inContext(num(i.value, unit), num(i.county, unit), num(i.sweden, unit))}${rank}`;
      }),
    });
  }
  b.push({ kind: 'h3', text: ts.requests(s.requests.length) });
  b.push(
    s.requests.length
      ? { kind: 'bullets', items: s.requests.map((r) => `${r.mottagare ? `${r.mottagare}: ` : ''}${r.text}`) }
      : { kind: 'p', text: ts.noRequests },
  );
  b.push({ kind: 'h3', text: ts.answers });
  b.push(
    s.answers.length
      ? {
          kind: 'bullets',
          items: s.answers.map((a) => {
            const round = a.round?.namn ?? a.answer.insamling_id;
            return a.answer.mottagen ? ts.answered(round, fmtDate(a.answer.mottagen)) : ts.answeredNoDate(round);
          }),
        }
      : { kind: 'p', text: ts.noAnswers },
  );
  return b;
}

/** "Goda exempel" (issue 25): the members' measures marked as good examples, by theme, as in Jämför. */
export function goodExampleBlocks(r: Pick<ReportInput, 'measures' | 'members' | 'themes'>): ReportBlock[] {
  const tg = t.needs.good;
  const groups = goodExamples(r.measures, new Set(r.members), orderThemes(r.themes));
  const b: ReportBlock[] = [
    { kind: 'h1', text: tg.title },
    { kind: 'p', text: tg.intro },
  ];
  if (!groups.length) b.push({ kind: 'p', text: tg.none });
  for (const g of groups) {
    b.push({ kind: 'p', text: '', bold: g.theme?.namn ?? tg.noTheme });
    b.push({
      kind: 'bullets',
      items: g.measures.map(
        (m) =>
          `${m.titel} – ${name(m.kommunkod)} · ${enumText('measureStatus', m.status)} · ${
            m.genomforande === null ? tg.progressUnknown : tg.progress(m.genomforande)
          }`,
      ),
    });
  }
  return b;
}

/** The pictures' blocks, alt text (title and a sentence saying what the picture shows) and a numbered caption. */
function pictureBlocks(r: ReportInput) {
  const tp = t.reportPictures;
  const to = t.views.oversikt;
  let n = 0;
  const caption = (text: string) => tp.caption(++n, text);
  const label = (s: string) => (s === 'none' ? to.noPlan : enumText('planStatus', s));
  // "Saknar plan" first, as Översikt's bar says it.
  const statuses = [
    ...r.stats.perStatus.filter((s) => s.status === 'none'),
    ...r.stats.perStatus.filter((s) => s.status !== 'none'),
  ]
    .filter((s) => s.count)
    .map((s) => `${label(s.status)} ${s.count}`)
    .join(', ');
  const map: ReportBlock[] = r.pictures?.map
    ? [
        {
          kind: 'picture',
          png: r.pictures.map,
          title: tp.mapTitle(r.regionName),
          description: tp.mapDescription(r.regionName, r.stats.withPlan, r.stats.municipalities, statuses),
          caption: caption(`${t.views.karta.title}: ${r.regionName} – ${t.views.karta.byStatus}`),
        },
      ]
    : [];
  const m = themeMatrix(r.members, r.measures, r.themes, name);
  // The picture's rows are Jämför's: the members with measures.
  const rows = splitZeroRows(m, m.rows).shown;
  const most = rows.reduce<string | null>((a, k) => (a === null || m.rowTotal(k) > m.rowTotal(a) ? k : a), null);
  const gaps = r.stats.gaps.length
    ? ` ${to.gapsNamed(r.stats.gaps.length)} ${r.stats.gaps.map((g) => g.name).join(', ')}.`
    : '';
  // A long matrix is drawn in parts a page high; each part's alt text says which rows it holds.
  const parts = matrixParts(rows);
  const whole = `${tp.matrixDescription(r.regionName, rows.length, orderThemes(r.themes).length)}${
    most && m.rowTotal(most) ? ` ${tp.most(name(most), m.rowTotal(most))}` : ''
  }${gaps}`;
  const matrix: ReportBlock[] = (r.pictures?.matrix ?? []).map((png, i) => {
    const part = parts[i] ?? [];
    const which =
      parts.length > 1 && part.length
        ? ` ${tp.part(i + 1, parts.length, name(part[0]), name(part[part.length - 1]))}`
        : '';
    return {
      kind: 'picture',
      png,
      title: tp.matrixTitle(r.regionName),
      description: `${whole}${which}`,
      caption: caption(
        `${t.views.jamfor.matrix}: ${r.regionName}${parts.length > 1 ? ` (${i + 1}/${parts.length})` : ''}`,
      ),
    };
  });
  return { map, matrix };
}

/** The whole report. */
export function reportDoc(r: ReportInput): ReportDoc {
  const tr = t.report;
  const to = t.views.oversikt;
  const none = r.stats.perStatus.find((s) => s.status === 'none');
  const label = (s: string) => (s === 'none' ? to.noPlan : enumText('planStatus', s));
  const pictures = pictureBlocks(r);
  const blocks: ReportBlock[] = [
    { kind: 'h1', text: tr.overview, pageBreak: true },
    {
      kind: 'bullets',
      items: [
        `${r.stats.municipalities} ${to.kpiMunicipalities}`,
        `${r.stats.withPlan} ${to.kpiWithPlan}`,
        `${r.stats.measures} ${to.kpiMeasures}`,
        `${r.stats.overdueCount} ${to.kpiOverdue}`,
      ],
    },
    ...(none && none.count
      ? [
          {
            kind: 'p' as const,
            bold: `${to.noPlanNamed} (${none.codes.length}):`,
            text: none.codes.map(name).join(', '),
          },
        ]
      : []),
    ...(r.stats.gaps.length
      ? [
          {
            kind: 'p' as const,
            bold: to.gapsNamed(r.stats.gaps.length),
            text: `${r.stats.gaps.map((g) => g.name).join(', ')}.`,
          },
        ]
      : []),
    { kind: 'p', text: to.withPlanDefinition },
    {
      kind: 'table',
      head: [to.status, to.municipalities],
      rows: r.stats.perStatus.filter((s) => s.count).map((s) => [label(s.status), String(s.count)]),
      caption: to.plansPerStatus,
    },
    ...pictures.map,
    { kind: 'h1', text: tr.statusTable },
    {
      kind: 'table',
      head: [tr.municipality, tr.planTitle, t.sheet.status, t.sheet.adopted, t.sheet.followUp],
      rows: r.sheets.map((s) => [
        name(s.kommunkod),
        s.plan?.titel ?? '–',
        s.plan ? enumText('planStatus', s.plan.status) : to.noPlan,
        s.plan?.antagen ? fmtDate(s.plan.antagen) : '',
        s.plan?.uppfoljning ? fmtDate(s.plan.uppfoljning) : '',
      ]),
    },
    { kind: 'h1', text: t.watch.title },
    { kind: 'p', text: t.watch.intro(fmtDate(r.today)) },
    ...watchSentences(r.watch).map((text) => ({ kind: 'p' as const, text })),
    { kind: 'h1', text: tr.requests },
  ];
  const groups = groupRequests(r.requests, r.members, r.themes);
  if (!groups.length) blocks.push({ kind: 'p', text: tr.noRequests });
  for (const g of groups) {
    blocks.push({ kind: 'p', text: '', bold: tr.requestsIn(g.theme?.namn ?? tr.withoutTheme, g.total) });
    blocks.push({
      kind: 'bullets',
      items: g.recipients.map(
        (x) =>
          `${x.mottagare || '–'} (${x.requests.length}): ${[...new Set(x.requests.map((q) => name(q.kommunkod)))].join(', ')}`,
      ),
    });
  }
  const m = themeMatrix(r.members, r.measures, r.themes, name);
  const cols = orderThemes(r.themes);
  blocks.push({ kind: 'h1', text: tr.matrix, pageBreak: true }, ...pictures.matrix);
  blocks.push({
    kind: 'table',
    head: [tr.municipality, ...cols.map((c) => c.namn), tr.total],
    rows: m.rows.map((k) => [name(k), ...cols.map((c) => String(m.count(k, c.id) || '')), String(m.rowTotal(k))]),
    caption: tr.matrixCaption,
  });
  blocks.push(...goodExampleBlocks(r));
  blocks.push({ kind: 'h1', text: tr.municipalities });
  for (const s of r.sheets) blocks.push(...sheetBlocks(s));
  blocks.push({ kind: 'h1', text: tr.appendix, pageBreak: true });
  for (const p of tr.method) blocks.push({ kind: 'p', text: p });
  if (r.sources.length) blocks.push({ kind: 'p', text: '', bold: tr.sources }, { kind: 'bullets', items: r.sources });
  return {
    lang,
    title: tr.title(r.regionName),
    subtitle: tr.subtitle,
    dateLine: tr.dateLine(fmtDate(r.today)),
    sourceLine: tr.sourceLine(r.sources.join(', ')),
    contents: tr.contents,
    contentsHint: tr.contentsHint,
    blocks,
  };
}
