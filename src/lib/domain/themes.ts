/** The default theme taxonomy of PRODUCT.md, and pure operations on themes. */
import type { Theme } from './model';

/**
 * The default taxonomy. A theme's own colour (`farg`) is a wish: pictures colour themes with the palette
 * of domain/palette.ts (at most seven hues and "Övriga" grey), where a theme keeps its `farg` when it is
 * one of the palette's hues and no earlier theme took it.
 */
export const DEFAULT_THEMES: Theme[] = [
  {
    id: 'kompetens',
    namn: 'Kompetensförsörjning och personalstabilitet',
    farg: '#0072b2',
    beskrivning:
      'Rekrytering, att behålla personal, introduktion av nyutexaminerade, kompetenstrappa, mentorer, lön, vidareutbildning.',
    nyckelord: [
      'rekrytering',
      'rekrytera',
      'personalomsättning',
      'personalförsörjning',
      'kompetens',
      'kompetenstrappa',
      'mentor',
      'introduktion',
      'nyutexaminerad',
      'lön',
      'vidareutbildning',
      'utbildning',
      'socionom',
      'behålla personal',
    ],
  },
  {
    id: 'arbetsmiljo',
    namn: 'Arbetsmiljö och arbetsbelastning',
    farg: '#d55e00',
    beskrivning: 'Ärendemängd, lokaler och rum, administrativt stöd, tidsmätning.',
    nyckelord: [
      'arbetsmiljö',
      'arbetsbelastning',
      'ärendemängd',
      'ärende',
      'rum',
      'lokal',
      'administrativ',
      'tidsmätning',
      'trångboddhet',
    ],
  },
  {
    id: 'ledning',
    namn: 'Ledning, styrning och organisation',
    farg: '#6a3d9a',
    beskrivning: 'Närvarande chef, politikens roll, delegation, omorganisation.',
    nyckelord: [
      'chef',
      'ledning',
      'styrning',
      'politik',
      'delegation',
      'delegationsordning',
      'organisation',
      'omorganisation',
      'nämnd',
    ],
  },
  {
    id: 'skola',
    namn: 'Samverkan med skola och förskola',
    farg: '#009e73',
    beskrivning: 'Skola, förskola, elevhälsa.',
    nyckelord: ['skola', 'förskola', 'elevhälsa', 'skolgång', 'lärare', 'pedagog'],
  },
  {
    id: 'halsa',
    namn: 'Samverkan med hälso- och sjukvård',
    farg: '#cc3311',
    beskrivning: 'Hälso- och sjukvård, psykiatri, BUP, tandvård.',
    nyckelord: [
      'sjukvård',
      'hälso',
      'psykiatri',
      'bup',
      'barn- och ungdomspsykiatri',
      'tandvård',
      'landsting',
      'hälsocentral',
      'barnmedicin',
      'psykisk',
    ],
  },
  {
    id: 'placerade',
    namn: 'Placerade barns skolgång och hälsa',
    farg: '#8c564b',
    beskrivning: 'Skolfam, skolresultat för placerade barn.',
    nyckelord: ['skolfam', 'placerade', 'placerad', 'skolresultat'],
  },
  {
    id: 'forebyggande',
    namn: 'Förebyggande arbete och tidiga insatser',
    farg: '#2b7a2b',
    beskrivning: 'Familjekollo, våldsprevention, "Vit jul", öppna insatser.',
    nyckelord: [
      'förebyggande',
      'förebygga',
      'tidig',
      'tidiga insatser',
      'våldsprevention',
      'våld',
      'familjekollo',
      'öppna insatser',
      'prevention',
      'vit jul',
      'alkohol',
      'fånga upp',
    ],
  },
  {
    id: 'delaktighet',
    namn: 'Barns och vårdnadshavares delaktighet',
    farg: '#b8308a',
    beskrivning: 'Medskapande, barns erfarenheter, Västernorrlandsmodellen.',
    nyckelord: [
      'delaktighet',
      'delaktig',
      'medskapande',
      'barns erfarenheter',
      'ungas erfarenheter',
      'västernorrlandsmodellen',
      'rådslag',
      'synpunkter',
    ],
  },
  {
    id: 'digitalisering',
    namn: 'Digitalisering och teknikutveckling',
    farg: '#1f5f8b',
    beskrivning: 'Socialtjänst på nätet, e-tjänster, IT-stöd.',
    nyckelord: ['digitalisering', 'digital', 'teknik', 'teknikutveckling', 'e-tjänst', 'it', 'nätet', 'webb'],
  },
  {
    id: 'ensamkommande',
    namn: 'Ensamkommande barn och mottagande',
    farg: '#a6761d',
    beskrivning: 'Asyl, transitboenden, Migrationsverket.',
    nyckelord: [
      'ensamkommande',
      'asyl',
      'asylsökande',
      'transit',
      'migrationsverket',
      'mottagande',
      'flykting',
      'ensakommande',
    ],
  },
  {
    id: 'familjehem',
    namn: 'Familjehem, jourhem, HVB och hemmaplanslösningar',
    farg: '#5b6770',
    beskrivning: 'Familjehem, placeringar, stöd på hemmaplan.',
    nyckelord: ['familjehem', 'jourhem', 'hvb', 'hemmaplan', 'placering', 'behandlingshem', 'boende'],
  },
  {
    id: 'tillganglighet',
    namn: 'Tillgänglighet och kommunikation',
    farg: '#0f7c8c',
    beskrivning: '"En väg in", lotsar, information till föräldrar.',
    nyckelord: ['tillgänglighet', 'en väg in', 'lots', 'lotsar', 'information', 'kommunikation', 'kontakt'],
  },
  {
    id: 'kunskap',
    namn: 'Uppföljning, kunskap och metodutveckling',
    farg: '#7a5c00',
    beskrivning: 'Uppföljning, forskning, FoU, metodutveckling.',
    nyckelord: ['uppföljning', 'forskning', 'fou', 'metodutveckling', 'metod', 'kunskap', 'utvärdering'],
  },
].map((th) => ({ overordnat: '', ...th }));

/** Fresh copies of the default themes (optionally only those not in `existing`), safe to store. */
export function defaultThemes(existing: Set<string> = new Set()): Theme[] {
  return DEFAULT_THEMES.filter((th) => !existing.has(th.id)).map((th) => ({ ...th, nyckelord: [...th.nyckelord] }));
}

/** Theme ids used by a measure or request list, counting references per theme. */
export function themeUsage(rows: { teman: string[] }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) for (const id of r.teman) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}

/**
 * Replace `from` by `to` in a theme list (to = null strips it). Returns the same array when unchanged,
 * so callers write only the rows that change.
 */
export function replaceTheme(teman: string[], from: string, to: string | null): string[] {
  if (!teman.includes(from)) return teman;
  const out: string[] = [];
  for (const id of teman) {
    const next = id === from ? to : id;
    if (next && !out.includes(next)) out.push(next);
  }
  return out;
}

/** Keywords of two themes merged: the target's first, then the source's new ones. */
export function mergeKeywords(target: string[], source: string[]): string[] {
  return [...new Set([...target, ...source])];
}

/**
 * Suggested indicators of the built-in themes (tema_indikatorer.csv), offered in Teman, never stored
 * on their own: only Kolada ids the app already suggests (SUGGESTED_KPIS of io/kolada-api.ts) whose
 * meaning the app documents — N17510, mottagna ensamkommande barn (DATA.md).
 */
export const DEFAULT_THEME_INDICATORS: Readonly<Record<string, readonly string[]>> = {
  ensamkommande: ['N17510'],
};
