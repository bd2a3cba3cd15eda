/**
 * A generated county for tests, screenshots and benchmarks at the scale a region really has: the
 * municipalities of one county (Västra Götaland, `14`, has 49) or of all Sweden, a plan for most of
 * them, 2 000–3 000 measures with dates of every precision (day, month, year, none), some overdue,
 * and events. Deterministic: the same arguments give the same bytes. The CSV files are written in the
 * exchange format (BOM, `;`, CRLF), so a test imports them through the app's own import.
 */
import { readFileSync } from 'node:fs';
// Relative, side-effect-free imports: `tsx scripts/gen-county.ts` runs this file outside Vite.
import { DEFAULT_THEMES } from '../../src/lib/domain/themes.ts';
import { csvColumns, type EntityName } from '../../src/lib/domain/entities/index.ts';

interface RegisterMunicipality {
  code: string;
  name: string;
  county: string;
}

const REGISTER = (
  JSON.parse(readFileSync(new URL('../../src/data/municipalities.json', import.meta.url), 'utf8')) as {
    municipalities: RegisterMunicipality[];
  }
).municipalities;

/** The county codes of the register (`01` … `25`), sorted. */
export const COUNTY_CODES: readonly string[] = [...new Set(REGISTER.map((m) => m.county))].sort();

/** The default themes' ids. */
const THEMES = DEFAULT_THEMES.map((th) => th.id);
const PLAN_STATUSES = ['ej_paborjad', 'under_arbete', 'remiss', 'antagen', 'uppfoljd'];
const MEASURE_STATUSES = ['planerad', 'pagaende', 'pagaende', 'genomford', 'avbruten'];
const WORDS = [
  'kompetensutveckling',
  'handledning',
  'familjehemsrekrytering',
  'skolsamverkan',
  'tidiga insatser',
  'barnsamtal',
  'introduktion av nyanställda',
  'mentorskap',
  'uppföljning av placeringar',
  'öppenvård',
  'samverkan med BUP',
  'digitala ärenden',
];
const EVENT_TYPES = ['besok', 'seminarium', 'beslut', 'remiss', 'uppfoljning'];

export interface County {
  /** The municipalities' codes, in register order. */
  codes: string[];
  names: string[];
  planer: string;
  atgarder: string;
  handelser: string;
  /** How many measures are past their end date and neither done nor cancelled (on `today`). */
  overdue: number;
}

export interface CountyOptions {
  /** A county code (`14`), or `''` for all of Sweden. */
  county?: string;
  measures?: number;
  /** Share of municipalities with a plan (the rest have none). */
  withPlan?: number;
  seed?: number;
  /** "Today" for counting overdue measures, `YYYY-MM-DD`. */
  today?: string;
}

/** The source and time of every generated row. */
const GENERATED = { kalla: 'generated', uppdaterad: '2016-01-01T00:00:00Z' };
const pad = (n: number) => String(n).padStart(2, '0');
/** A table's CSV in the exchange format: the registry's columns, each row's missing columns empty. */
const csv = (entity: EntityName, rows: Record<string, string>[]) => {
  const header = csvColumns(entity);
  const lines = rows.map((r) => header.map((h) => r[h] ?? '').join(';'));
  return '\uFEFF' + [header.join(';'), ...lines].join('\r\n') + '\r\n';
};

/** A county's plans, measures and events as the three CSV files of the exchange format. */
export function generateCounty(options: CountyOptions = {}): County {
  const { county = '14', measures = 3000, withPlan = 0.85, today = new Date().toISOString().slice(0, 10) } = options;
  let seed = options.seed ?? 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const members = REGISTER.filter((m) => !county || m.county === county);
  const planRows: Record<string, string>[] = [];
  const planOf = new Map<string, string>();
  members.forEach((m, i) => {
    // The first municipality always has a plan and the last never, whatever the share.
    if (i !== 0 && (i === members.length - 1 || rnd() >= withPlan)) return;
    const id = `gen-p-${m.code}`;
    planOf.set(m.code, id);
    const y = 2015 + Math.floor(rnd() * 3);
    const status = pick(PLAN_STATUSES);
    const adopted = status === 'antagen' || status === 'uppfoljd' ? `${y}-${pad(1 + Math.floor(rnd() * 12))}-15` : '';
    planRows.push({
      id,
      kommunkod: m.code,
      titel: `Plan för handling – ${m.name}`,
      status,
      startdatum: `${y}-${pad(1 + Math.floor(rnd() * 12))}`,
      planerat_klart: `${y + 1}`,
      antagen: adopted,
      uppfoljning: rnd() < 0.5 ? `${y + 2}-04-30` : '',
      ansvarig: 'Socialtjänsten',
      ...GENERATED,
    });
  });
  const measureRows: Record<string, string>[] = [];
  let overdue = 0;
  for (let i = 0; i < measures; i++) {
    const m = pick(members);
    const y = 2015 + Math.floor(rnd() * 12);
    const month = 1 + Math.floor(rnd() * 12);
    const precision = rnd();
    // Dates of every precision: day, month, year, and some without any date.
    const [start, end] =
      precision < 0.3
        ? [
            `${y}-${pad(month)}-${pad(1 + Math.floor(rnd() * 28))}`,
            `${y + 1}-${pad(month)}-${pad(1 + Math.floor(rnd() * 28))}`,
          ]
        : precision < 0.75
          ? [`${y}-${pad(month)}`, `${y + 1 + Math.floor(rnd() * 2)}-${pad(month)}`]
          : precision < 0.95
            ? [`${y}`, `${y + 2}`]
            : ['', ''];
    const status = pick(MEASURE_STATUSES);
    const themes = [...new Set([pick(THEMES), ...(rnd() < 0.3 ? [pick(THEMES)] : [])])];
    if (end && status !== 'genomford' && status !== 'avbruten' && endOf(end) < today) overdue++;
    measureRows.push({
      id: `gen-a-${i}`,
      plan_id: planOf.get(m.code) ?? '',
      kommunkod: m.code,
      titel: `${capitalise(pick(WORDS))} ${i}`,
      beskrivning: `Åtgärd ${i} i ${m.name}.`,
      teman: themes.join('|'),
      status,
      start,
      slut: end,
      ansvarig: 'Socialtjänsten',
      samverkan: rnd() < 0.5 ? 'skola|BUP' : '',
      ...GENERATED,
    });
  }
  const eventRows: Record<string, string>[] = [];
  members.forEach((m, i) => {
    if (i % 3) return;
    const y = 2015 + (i % 8);
    const precision = i % 9;
    eventRows.push({
      id: `gen-h-${m.code}`,
      kommunkod: m.code,
      datum: precision === 0 ? `${y}` : precision === 3 ? `${y}-05` : `${y}-05-1${i % 10}`,
      typ: pick(EVENT_TYPES),
      titel: `Besök i ${m.name}`,
      ...GENERATED,
    });
  });
  return {
    codes: members.map((m) => m.code),
    names: members.map((m) => m.name),
    planer: csv('plans', planRows),
    atgarder: csv('measures', measureRows),
    handelser: csv('events', eventRows),
    overdue,
  };
}

/** The last day a date of any precision covers, as `YYYY-MM-DD` (for comparing with today). */
function endOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
