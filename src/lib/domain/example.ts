/**
 * Example data for a first-time visitor, built only from the facts in the seed texts
 * (the national coordinator's visits to Borås, Skövde, Umeå and Hedemora in 2015–2016
 * and the Sjuhärad seminar of 2016-01-21). A date the texts do not give is left empty;
 * a date is given with the precision the text gives. Every id starts with EXAMPLE_PREFIX
 * and every record's `kalla` is EXAMPLE_SOURCE, so the example can be found and removed.
 */
import type {
  Indicator,
  IndicatorValue,
  Measure,
  MeasureStatus,
  NationalRequest,
  Plan,
  PlanEvent,
  PlanStatus,
  Region,
  EventType,
} from './model';
import type { PDate } from './dates';
import { emptyRecord } from './entities';
import type { Register } from './municipalities';

export const EXAMPLE_PREFIX = 'ex-';
export const EXAMPLE_SOURCE = 'Exempeldata';

export type ExampleData = {
  regions: Region[];
  plans: Plan[];
  measures: Measure[];
  events: PlanEvent[];
  requests: NationalRequest[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
};

const SJUHARAD = ['Borås', 'Bollebygd', 'Herrljunga', 'Mark', 'Svenljunga', 'Tranemo', 'Ulricehamn', 'Vårgårda'];
const SKARABORG = [
  'Essunga',
  'Falköping',
  'Grästorp',
  'Gullspång',
  'Götene',
  'Hjo',
  'Karlsborg',
  'Lidköping',
  'Mariestad',
  'Skara',
  'Skövde',
  'Tibro',
  'Tidaholm',
  'Töreboda',
  'Vara',
];

/** The four municipalities the texts describe, by a short key used in ids. */
const KOMMUNER = { boras: 'Borås', skovde: 'Skövde', umea: 'Umeå', hedemora: 'Hedemora' } as const;
type Key = keyof typeof KOMMUNER;

const planId = (k: Key) => `${EXAMPLE_PREFIX}plan-${k}`;

interface MeasureSpec {
  slug: string;
  titel: string;
  beskrivning: string;
  teman: string[];
  status: MeasureStatus;
  samverkan?: string[];
  start?: PDate;
  slut?: PDate;
  /** Praised in the texts as an example for others (Skolfam "ett steg i rätt riktning", Umeå's kompetenstrappa). */
  gott_exempel?: boolean;
}

const MEASURES: Record<Key, MeasureSpec[]> = {
  boras: [
    {
      slug: 'socialtjanst-pa-natet',
      titel: 'Socialtjänst på nätet',
      status: 'planerad',
      teman: ['digitalisering', 'tillganglighet'],
      beskrivning: 'Socialtjänst på nätet är en av punkterna i Borås diskussioner om innehållet i planen för handling.',
    },
    {
      slug: 'en-vag-in',
      titel: 'En väg in och lotsar',
      status: 'planerad',
      teman: ['tillganglighet'],
      beskrivning:
        'Lyfta arbetet med ”En väg in” för medborgarna – det ska vara enkelt att ta kontakt med kommunen – och erbjuda lotsar för att underlätta för medborgare som har många olika kontakter.',
    },
    {
      slug: 'skolfam',
      titel: 'Skolfam',
      status: 'planerad',
      gott_exempel: true,
      teman: ['placerade', 'skola'],
      samverkan: ['skola'],
      beskrivning:
        'Skolfam beskrivs som ett steg i rätt riktning för att de placerade barnen ska få bättre skolresultat.',
    },
    {
      slug: 'oppna-insatser',
      titel: 'Öppna, lättillgängliga insatser',
      status: 'planerad',
      teman: ['forebyggande', 'tillganglighet'],
      beskrivning: 'Satsa mer på öppna, lättillgängliga insatser.',
    },
    {
      slug: 'personalforsorjning',
      titel: 'Säkerställa personalförsörjningen',
      status: 'planerad',
      teman: ['kompetens', 'arbetsmiljo'],
      beskrivning:
        'Säkerställa personalförsörjningen. Vision och Akademikerförbundet SSR lyfte fram fem punkter: minskad arbetsbelastning, ökad lön, vidareutbildning, närvarande, ansvarstagande och aktiv chef samt administrativt stöd.',
    },
    {
      slug: 'familjekollo',
      titel: 'Familjekollo',
      status: 'pagaende',
      teman: ['forebyggande'],
      samverkan: ['kyrkan'],
      beskrivning:
        'Kyrkan erbjuder i samarbete med kommunen en veckas familjekollo per sommar. Resultatet blev enligt kommunföreträdare otroligt bra.',
    },
    {
      slug: 'fri-fran-vald',
      titel: 'En kommun fri från våld',
      status: 'pagaende',
      teman: ['forebyggande'],
      samverkan: ['skola', 'förskola', 'fritidsverksamhet', 'närpolis', 'civilsamhällesorganisationer'],
      beskrivning:
        'Ett genusförändrande våldspreventionsprojekt med målet att utveckla en modell för systematisk våldsprevention bland unga, i bred samverkan.',
    },
    {
      slug: 'barns-kunskaper',
      titel: 'Medskapande och barn och ungas kunskaper',
      status: 'planerad',
      teman: ['delaktighet', 'kunskap'],
      beskrivning: 'Medskapande och att samla in barn och ungas kunskaper i verksamhetsutvecklingen.',
    },
    {
      slug: 'roda-traden',
      titel: 'Den interna röda tråden',
      status: 'planerad',
      teman: ['forebyggande'],
      beskrivning: 'Stärka barnets sammanhang – barnet är en helhet. Uppmärksamma barns behov i tidig ålder.',
    },
    {
      slug: 'ny-organisation',
      titel: 'Ny organisation med horisontell samverkan',
      status: 'pagaende',
      teman: ['ledning'],
      slut: '2017-01',
      beskrivning:
        'Ett större förändringsarbete med en omorganisation pågår fram till januari 2017. Säkra den horisontella samverkan i den framtida organisationen och behålla det som är bra i stadsdelarna; gemensamt ansvar för barn och unga med verktyg och budget som premierar samverkan.',
    },
    {
      slug: 'familjehem',
      titel: 'Utreda ansökningar om familjehem och jourhem',
      status: 'planerad',
      teman: ['familjehem', 'ensamkommande'],
      beskrivning:
        'Många har hört av sig för att bli familjehem eller jourhem. Nu när färre barn söker asyl hoppas socialtjänsten hinna utreda ansökningarna och arbeta ikapp med utredningar och uppföljande besök.',
    },
  ],
  skovde: [
    {
      slug: 'placerade-barns-skolgang',
      titel: 'Stöd för placerade barns skolgång',
      status: 'planerad',
      teman: ['placerade', 'skola'],
      beskrivning: 'Skövde ska ta fram åtgärder för att stötta placerade barns skolgång.',
    },
    {
      slug: 'handlingsprogram-personal',
      titel: 'Handlingsprogram för att behålla och rekrytera personal',
      status: 'planerad',
      teman: ['kompetens'],
      beskrivning:
        'Genomföra det handlingsprogram som sektor socialtjänst tagit fram för att behålla den personal som finns och rekrytera nya medarbetare.',
    },
    {
      slug: 'tidsmatning',
      titel: 'Förändringsarbete utifrån tidsmätningen',
      status: 'planerad',
      teman: ['arbetsmiljo', 'kunskap'],
      beskrivning: 'Ta fram en plan för ett förändringsarbete utifrån den tidsmätning som redovisats.',
    },
    {
      slug: 'natverksmoten',
      titel: 'Nätverksinriktad samordningsfunktion',
      status: 'pagaende',
      teman: ['forebyggande', 'skola', 'halsa'],
      samverkan: ['skola', 'barnmedicin'],
      beskrivning:
        'Två pedagoger och två socialarbetare erbjuder alla verksamheter att arrangera nätverksmöten kring ett enskilt barn, för att fånga upp barns behov i ett tidigt skede.',
    },
  ],
  umea: [
    {
      slug: 'kompetenstrappa',
      titel: 'Kompetenstrappa för socialsekreterare',
      status: 'pagaende',
      gott_exempel: true,
      teman: ['kompetens'],
      beskrivning:
        'Socialsekreteraren får anpassat stöd beroende på erfarenhet och kompetens. Stödet ges av en kollega som också ska fungera som rollmodell.',
    },
    {
      slug: 'mentorskap',
      titel: 'Mentorskapsprogram',
      status: 'pagaende',
      teman: ['kompetens'],
      beskrivning: 'Utöver kompetenstrappan finns ett mentorskapsprogram för de som jobbat lite längre.',
    },
    {
      slug: 'vit-jul',
      titel: 'Vit jul',
      status: 'pagaende',
      teman: ['forebyggande'],
      beskrivning:
        'Ett projekt som sätter fokus på mötet med barn med föräldrar som dricker mycket alkohol. Politiken lyfte behovet av bättre samverkan och andra öppettider under julen.',
    },
    {
      slug: 'bup',
      titel: 'Samverkansstruktur med barn- och ungdomspsykiatrin',
      status: 'planerad',
      teman: ['halsa'],
      samverkan: ['BUP'],
      beskrivning:
        'Umeå tittar på hur de kan rigga en samverkansstruktur med barn- och ungdomspsykiatrin, motsvarande den med skola, elevhälsa och hälsocentral.',
    },
    {
      slug: 'skola-elevhalsa',
      titel: 'Samarbete med skola, elevhälsa och hälsocentral',
      status: 'planerad',
      teman: ['skola', 'halsa'],
      samverkan: ['skola', 'elevhälsa', 'hälsocentral'],
      beskrivning:
        'I större utsträckning samarbeta och utveckla arbetet mellan socialtjänst, skola, elevhälsa och hälsocentral.',
    },
    {
      slug: 'forskolan',
      titel: 'Förskolans arbete med föräldrar som behöver stöd',
      status: 'pagaende',
      teman: ['forebyggande', 'skola'],
      samverkan: ['förskola'],
      beskrivning: 'Förskolan arbetar med att fånga upp och observera föräldrar som behöver mer stöd.',
    },
    {
      slug: 'synliggora-brister',
      titel: 'Synliggöra brister och involvera alla medarbetare',
      status: 'planerad',
      teman: ['ledning'],
      beskrivning:
        'Synliggöra bristerna inom socialförvaltningen och lägga dem på bordet så att alla verksamheter kan vara med, upptäcka utvecklingsområden och problem tidigt och involvera alla medarbetare i planen.',
    },
    {
      slug: 'hemmaplan',
      titel: 'Stöd på hemmaplan i stället för dyra placeringar',
      status: 'planerad',
      teman: ['familjehem'],
      beskrivning:
        'Umeå diskuterade hur pengar som i dag läggs på dyra placeringar och konsulter i stället kan användas till stöd på hemmaplan.',
    },
    {
      slug: 'information-foraldrar',
      titel: 'Bättre information till föräldrar med omhändertagna barn',
      status: 'planerad',
      teman: ['tillganglighet', 'delaktighet'],
      beskrivning:
        'Politiken berättade att informationen till föräldrar som har sina barn omhändertagna ofta brister; de vet inte vad som behöver förändras för att barnet ska få komma hem igen.',
    },
  ],
  hedemora: [
    {
      slug: 'teknikutveckling',
      titel: 'Teknikutveckling',
      status: 'planerad',
      teman: ['digitalisering'],
      beskrivning:
        'Teknikutveckla för att använda tiden bättre. IT-chefen vill utveckla tekniken för socialsekreterare, med stöd från politisk ledning och förvaltning.',
    },
    {
      slug: 'arbetsmiljo',
      titel: 'Arbetsmiljö och lokaler',
      status: 'planerad',
      teman: ['arbetsmiljo'],
      beskrivning:
        'Bra arbetsmiljö med ordentliga rum för socialsekreterarna då det råder trångboddhet, och besöksrum som är lämpade för medborgarna.',
    },
    {
      slug: 'prioritera-barnskyddet',
      titel: 'Prioritera barnskyddet',
      status: 'planerad',
      teman: ['arbetsmiljo', 'ledning'],
      beskrivning:
        'Prioritera barnskyddet och skala av andra icke nödvändiga arbetsuppgifter; ge en ny personalgrupp tid att arbeta ihop sig.',
    },
    {
      slug: 'medskapande',
      titel: 'Medskapande social barn- och ungdomsvård',
      status: 'planerad',
      teman: ['delaktighet'],
      beskrivning:
        'Utveckla en medskapande social barn- och ungdomsvård och få med barn och vårdnadshavares synpunkter på verksamheten.',
    },
    {
      slug: 'landsting-skola',
      titel: 'Samverkan med landsting och skola',
      status: 'planerad',
      teman: ['halsa', 'skola'],
      samverkan: ['landsting', 'skola'],
      beskrivning:
        'Hedemora ska försöka få med landsting och skola till nästa års besök och utveckla samarbetet med hälso- och sjukvården.',
    },
    {
      slug: 'ensamkommande-enhet',
      titel: 'Särskild enhet för ensamkommande barn',
      status: 'pagaende',
      teman: ['ensamkommande', 'familjehem'],
      beskrivning:
        'Det stora mottagandet har gjort att Hedemora skapat en särskild enhet. Barnen är placerade i kommunens HVB, privata alternativ och familjehem som familjehemsrekryterarna tagit fram.',
    },
  ],
};

const PLANS: Record<Key, { status: PlanStatus; beskrivning: string; planerat_klart?: PDate }> = {
  boras: {
    status: 'under_arbete',
    beskrivning:
      'Borås diskuterade innehållet i sin plan för handling: den interna röda tråden kring barnet, horisontell samverkan i den nya organisationen, öppna och lättillgängliga insatser, personalförsörjning, gemensamt ansvar för barn och unga, medskapande, socialtjänst på nätet, Skolfam och att samla in barn och ungas kunskaper i verksamhetsutvecklingen.',
  },
  skovde: {
    status: 'ej_paborjad',
    beskrivning:
      'Planen ska bland annat innehålla åtgärder för att stötta placerade barns skolgång, genomförandet av sektor socialtjänsts handlingsprogram för att behålla och rekrytera personal och en plan för ett förändringsarbete utifrån tidsmätningen. Skövde räknar med att det tar två månader att ta fram planen.',
  },
  umea: {
    status: 'remiss',
    beskrivning:
      'En omfattande plan för handling utifrån alla nämnders ansvar för barn och unga – barnen är hela kommunens ansvar. Planen tar upp att synliggöra bristerna inom socialförvaltningen, upptäcka utvecklingsområden och problem tidigt, utveckla samarbetet mellan socialtjänst, skola, elevhälsa och hälsocentral och involvera alla medarbetare. Planen skulle ut på bred remiss för att få bred delaktighet, långsiktighet och full uppslutning.',
  },
  hedemora: {
    status: 'ej_paborjad',
    beskrivning:
      'Planen ska handla om att få med landsting och skola till nästa års besök, arbetsmiljö, en medskapande social barn- och ungdomsvård och teknikutveckling. Hedemora har för avsikt att leverera planen under mars månad.',

    // "leverera en plan för handling under mars månad", written after a visit that looks back on 2015: March 2016.
    planerat_klart: '2016-03',
  },
};

interface EventSpec {
  slug: string;
  kommun?: Key;
  region_id?: string;
  datum: PDate;
  typ: EventType;
  titel: string;
  beskrivning: string;
}

const EVENTS: EventSpec[] = [
  {
    slug: 'umea-dialog',
    kommun: 'umea',
    datum: '2015-11-30',
    typ: 'seminarium',
    titel: 'Dialogeftermiddag ”Framtidens sociala barn- och ungdomsvård”',
    beskrivning:
      'Dialogeftermiddag som kommunen anordnade tillsammans med högskola och FoU-enhet, dagen före samordnarens besök.',
  },
  {
    slug: 'umea-besok',
    kommun: 'umea',
    datum: '2015-12-01',
    typ: 'besok',
    titel: 'Den nationella samordnarens besök i Umeå',
    beskrivning:
      'Möten med politik, förvaltning, kommunrevision, fackliga representanter samt en ungdom och vårdnadshavare.',
  },
  {
    slug: 'sjuharad-seminarium',
    region_id: 'ex-sjuharad',
    datum: '2016-01-21',
    typ: 'seminarium',
    titel: 'Seminarium: Sjuhärad kraftsamlar för stärkt skydd för barn och unga',
    beskrivning:
      'Startskott för en kraftsamling för stärkt skydd kring barn och unga i Borås och Sjuhärad, med regeringens nationella samordnare och SKL. Arrangerat av FoU Sjuhärad Välfärd och Boråsregionen Sjuhärads kommunalförbund.',
  },
  {
    slug: 'sjuharad-uppfoljning',
    region_id: 'ex-sjuharad',
    datum: '2016',
    typ: 'uppfoljning',
    titel: 'Uppföljningsträff om den sociala barn- och ungdomsvården',
    beskrivning:
      'Under våren 2016 ordnar FoU Sjuhärad Välfärd och kommunalförbundet en uppföljningsträff efter seminariet den 21 januari.',
  },
  {
    slug: 'skaraborg-socialjour',
    region_id: 'ex-skaraborg',
    datum: '2010',
    typ: 'annat',
    titel: 'Skaraborgs gemensamma socialjour startar',
    beskrivning:
      'Den gemensamma socialjouren startade 2010 med nio kommuner; nu deltar samtliga 15 kommuner i Skaraborg.',
  },
];

interface RequestSpec {
  mottagare: string;
  text: string;
  teman: string[];
  datum?: PDate;
}

const REQUESTS: Record<Key, RequestSpec[]> = {
  boras: [
    {
      mottagare: 'Nationell nivå',
      teman: ['halsa', 'familjehem', 'kunskap'],
      text: 'Det behövs metodutveckling och behandlingshem för barn och unga som lider av svår psykisk sjukdom. I dag faller dessa individer mellan stolarna.',
    },
    {
      mottagare: 'Regeringen och statliga myndigheter',
      teman: ['arbetsmiljo', 'delaktighet'],
      text: 'Hur har den nationella nivån tänkt att angripa resultaten av tidsmätningen? Utredande socialsekreterare behöver kunna lägga mer tid på att möta barn, vårdnadshavare och unga. Utveckla en medskapande social barn- och ungdomsvård; det behövs en dialog hos regeringen och de statliga myndigheterna.',
    },
    {
      mottagare: 'Nationell nivå',
      teman: ['kompetens'],
      text: 'Borås önskar en socionomutbildning på högskolan i kommunen.',
    },
  ],
  skovde: [
    {
      mottagare: 'Nationell nivå',
      teman: ['ensamkommande'],
      text: 'Det behövs enklare system för att återsöka medel för kostnader kring ensamkommande barn.',
    },
    {
      mottagare: 'Migrationsverket',
      teman: ['ensamkommande', 'digitalisering'],
      text: 'Skövde efterfrågar bättre rutiner för kontakten med Migrationsverket och en enklare e-tjänst.',
    },
  ],
  umea: [
    {
      mottagare: 'Staten',
      teman: ['ensamkommande'],
      datum: '2015-12-01',
      text: 'Staten måste återta sin roll i mottagandet av ensamkommande barn: inventera alla sina lokaler och använda dem, och ersättningarna måste täcka kommunernas utgifter.',
    },
    {
      mottagare: 'Nationell nivå',
      teman: ['skola'],
      datum: '2015-12-01',
      text: 'Umeå efterfrågar nationella riktlinjer för hur kommunerna ska agera i frågor om EU-migranter, bland annat skolgång. Nationell nivå måste komma med en enhetlig lösning.',
    },
  ],
  hedemora: [
    {
      mottagare: 'Nationell nivå',
      teman: ['halsa'],
      text: 'Socialtjänsten önskar en prioriterad väg in i hälso- och sjukvården och tandvården.',
    },
    {
      mottagare: 'Nationell nivå',
      teman: ['ledning'],
      text: 'Nationella satsningar kommer i oordning. Det skulle vara bättre om kommunen själv fick prioritera hur medlen ska användas.',
    },
    {
      mottagare: 'Nationell nivå',
      teman: ['halsa'],
      text: 'Hedemora önskar en nationell samordnare med likadant uppdrag inom hälso- och sjukvården, för att synliggöra gamla strukturer och arbetssätt som är förlegade.',
    },
    {
      mottagare: 'Nationell nivå',
      teman: ['kunskap'],
      text: 'Sammanhållen information på nationell nivå; i dag upplevs informationen spreta.',
    },
    {
      mottagare: 'Nationell nivå',
      teman: ['ledning'],
      text: 'Att nationell nivå även vågar ta bort regler och inte bara lägga till.',
    },
    {
      mottagare: 'Nationell nivå',
      teman: ['ensamkommande'],
      text: 'Förenklad återsökning av medel för ensamkommande.',
    },
    {
      mottagare: 'Nationell nivå',
      teman: ['kompetens'],
      text: 'Utbilda fler socionomer – det måste finnas en långsiktighet kring utbildning med både grundutbildning och vidareutbildning.',
    },
  ],
};

const INDICATORS: Indicator[] = [
  {
    id: `${EXAMPLE_PREFIX}personalomsattning`,
    namn: 'Personalomsättning inom individ- och familjeomsorgen',
    enhet: '%',
    beskrivning:
      'Andel av personalen inom individ- och familjeomsorgen som slutat. Exempelvärdet för Umeå avser 2013–2014 enligt fackliga representanter.',
    hogre_ar_battre: false,
  },
  {
    id: `${EXAMPLE_PREFIX}ensamkommande-mottagna`,
    namn: 'Mottagna ensamkommande barn',
    enhet: 'barn',
    beskrivning: 'Antal ensamkommande asylsökande barn som kommunen tagit emot under året.',
    hogre_ar_battre: false,
  },
  {
    id: `${EXAMPLE_PREFIX}eu-migranter`,
    namn: 'EU-migranter i kommunen',
    enhet: 'personer',
    beskrivning: 'Antal EU-migranter i kommunen, enligt kommunen vid samordnarens besök i december 2015.',
    hogre_ar_battre: false,
  },
];

const VALUES: { indikator: string; kommun: Key; period: string; varde: number }[] = [
  { indikator: 'personalomsattning', kommun: 'umea', period: '2014', varde: 60 },
  { indikator: 'ensamkommande-mottagna', kommun: 'hedemora', period: '2009', varde: 9 },
  { indikator: 'ensamkommande-mottagna', kommun: 'hedemora', period: '2015', varde: 170 },
  { indikator: 'eu-migranter', kommun: 'umea', period: '2015', varde: 200 },
];

/** The example data set, with municipality codes resolved through the register. */
export function exampleData(register: Register, uppdaterad: string): ExampleData {
  const code = (name: string): string => {
    const m = register.lookup(name);
    if (!m.ok) throw new Error(`Exempeldata: kommunen ${name} finns inte i registret`);
    return m.municipality.code;
  };
  const codes = (names: string[]) => [...new Set(names.map(code))].sort();
  const kommunkod = (k: Key) => code(KOMMUNER[k]);
  const keys = Object.keys(KOMMUNER) as Key[];
  const kalla = EXAMPLE_SOURCE;

  const regions: Region[] = [
    {
      ...emptyRecord('regions'),
      id: `${EXAMPLE_PREFIX}sjuharad`,
      namn: 'Sjuhärad',
      kommunkoder: codes(SJUHARAD),
      beskrivning:
        'Boråsregionen Sjuhärads kommunalförbund, de åtta kommunerna i Sjuhärad. Kraftsamlar sedan januari 2016 för stärkt skydd för barn och unga tillsammans med FoU Sjuhärad Välfärd.',
      kalla,
      uppdaterad,
    },
    {
      ...emptyRecord('regions'),
      id: `${EXAMPLE_PREFIX}skaraborg`,
      namn: 'Skaraborg',
      kommunkoder: codes(SKARABORG),
      beskrivning: 'De 15 kommunerna i Skaraborg, som sedan 2010 har en gemensam socialjour.',
      kalla,
      uppdaterad,
    },
  ];

  const plans: Plan[] = keys.map((k) => ({
    ...emptyRecord('plans'),
    id: planId(k),
    kommunkod: kommunkod(k),
    titel: `Plan för handling – ${KOMMUNER[k]}`,
    status: PLANS[k].status,
    planerat_klart: PLANS[k].planerat_klart ?? '',
    beskrivning: PLANS[k].beskrivning,
    kalla,
    uppdaterad,
  }));

  const measures: Measure[] = keys.flatMap((k) =>
    MEASURES[k].map((m) => ({
      ...emptyRecord('measures'),
      id: `${EXAMPLE_PREFIX}${k}-${m.slug}`,
      plan_id: planId(k),
      kommunkod: kommunkod(k),
      titel: m.titel,
      beskrivning: m.beskrivning,
      teman: [...m.teman],
      status: m.status,
      start: m.start ?? '',
      slut: m.slut ?? '',
      samverkan: [...(m.samverkan ?? [])],
      gott_exempel: m.gott_exempel ?? false,
      kalla,
      uppdaterad,
    })),
  );

  const events: PlanEvent[] = EVENTS.map((e) => ({
    ...emptyRecord('events'),
    id: `${EXAMPLE_PREFIX}${e.slug}`,
    kommunkod: e.kommun ? kommunkod(e.kommun) : '',
    region_id: e.region_id ?? '',
    datum: e.datum,
    typ: e.typ,
    titel: e.titel,
    beskrivning: e.beskrivning,
    kalla,
    uppdaterad,
  }));

  const requests: NationalRequest[] = keys.flatMap((k) =>
    REQUESTS[k].map((r, i) => ({
      ...emptyRecord('requests'),
      id: `${EXAMPLE_PREFIX}${k}-medskick-${i + 1}`,
      kommunkod: kommunkod(k),
      datum: r.datum ?? '',
      mottagare: r.mottagare,
      text: r.text,
      teman: [...r.teman],
      kalla,
      uppdaterad,
    })),
  );

  const indicators: Indicator[] = INDICATORS.map((i) => ({ ...emptyRecord('indicators'), ...i }));

  const indicatorValues: IndicatorValue[] = VALUES.map((v) => ({
    ...emptyRecord('indicatorValues'),
    indikator: `${EXAMPLE_PREFIX}${v.indikator}`,
    kommunkod: kommunkod(v.kommun),
    period: v.period,
    varde: v.varde,
    kalla,
  }));

  return { regions, plans, measures, events, requests, indicators, indicatorValues };
}
