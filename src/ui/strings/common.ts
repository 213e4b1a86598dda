/** Interface text shared by the whole site: navigation, saving, errors, the profile and the data view. */

export const site = {
  name: 'Leersteunspiegel',
  tagline: 'Zelfevaluatie voor leersteuncentra, op basis van het Referentiekader kwaliteitsvolle leersteun',
  skipLink: 'Naar de inhoud',
  mainNav: 'Hoofdmenu',
  privacyPromise: 'Je gegevens blijven op dit toestel.',
} as const;

export const nav = {
  home: 'Start',
  cycles: 'Zelfevaluaties',
  profile: 'Ons centrum',
  qualityCalendar: 'Kwaliteitskalender',
  data: 'Gegevens en back-up',
  framework: 'Referentiekader',
  contextInput: 'Context en input',
  glossary: 'Begrippen',
  search: 'Zoeken',
  about: 'Over en bronnen',
} as const;

export const footer = {
  sourceLabel: 'Bron van de officiële tekst',
  oursNote:
    'Reflectievragen, bronsuggesties, vragenlijsten en verwante verwachtingen zijn eigen inhoud van Leersteunspiegel, geen tekst van het referentiekader.',
  aboutLink: 'Meer over de bronnen',
  offlineLink: 'Offline werken en installeren',
  privacyLink: 'Privacy en je gegevens',
  questionnairesLink: 'Vragenlijsten',
} as const;

export const framework = {
  overviewTitle: 'Het referentiekader in één oogopslag',
  overviewIntro:
    '17 kwaliteitsverwachtingen in drie rubrieken. Kies een verwachting om het kwaliteitsbeeld en de reflectievragen te lezen.',
  officialLabel: 'Uit het referentiekader',
  expectationLabel: 'Kwaliteitsverwachting',
  qualityImageLabel: 'Kwaliteitsbeeld',
  rubricLabel: 'Rubriek',
  subrubricLabel: 'Deelrubriek',
  previous: 'Vorige verwachting',
  next: 'Volgende verwachting',
  pagination: 'Naar een andere verwachting',
  breadcrumb: 'Kruimelpad',
  backToOverview: 'Alle verwachtingen',
} as const;

export const helpers = {
  title: 'Hulp bij het reflecteren',
  oursBadge: 'Eigen inhoud van Leersteunspiegel',
  oursExplanation:
    'Deze vragen en suggesties schreven we zelf als hulpmiddel. Ze maken geen deel uit van het referentiekader en zijn geen verwachting van de onderwijsinspectie.',
  questionsTitle: 'Reflectievragen per ondersteuningsniveau',
  supportLevels: { leerling: 'Leerling', leraar: 'Leraar', schoolteam: 'Schoolteam' },
  evidenceTitle: 'Mogelijke bronnen',
  evidenceKindLabel: 'Soort',
  voicesLabel: 'Stemmen',
  relatedTitle: 'Lees ook',
} as const;

export const evidenceKinds = {
  document: 'document',
  data: 'cijfers/data',
  observation: 'observatie',
  survey: 'bevraging',
  conversation: 'gesprek',
  report: 'verslag',
  other: 'ander',
} as const;

export const voices = {
  pupils: 'leerlingen',
  parents: 'ouders',
  teachers: 'leraren',
  schoolTeams: 'schoolteams',
  principals: 'directies',
  clb: 'CLB',
  pbd: 'PBD',
  supportStaff: 'leerondersteuners',
  partners: 'partners',
} as const;

export const glossary = {
  title: 'Begrippen',
  intro:
    'Begrippen uit het referentiekader en uit de regelgeving rond leersteun. Bij elk begrip staat de bron; omschrijvingen zonder aanhalingstekens schreven we zelf op basis van die bron.',
  quotedLabel: 'Letterlijk uit',
  ownLabel: 'Eigen omschrijving op basis van',
  relatedLabel: 'Zie ook',
  index: 'Begrippen van A tot Z',
} as const;

export const contextInput = {
  title: 'Context en input',
  intro:
    'Het referentiekader beschrijft eerst de context- en inputkenmerken waarmee een leersteuncentrum best rekening houdt bij het vormgeven van leersteun.',
} as const;

export const search = {
  title: 'Zoeken',
  label: 'Zoek in het referentiekader en de begrippen',
  button: 'Zoeken',
  placeholder: 'bv. OV4-verslag',
  noScript:
    'Zoeken vraagt JavaScript. Gebruik anders het overzicht van de verwachtingen of de begrippenlijst.',
  loading: 'Bezig met zoeken…',
  unavailable:
    'De zoekindex is niet beschikbaar. Hij wordt gemaakt bij "npm run build"; in de ontwikkelmodus werkt zoeken niet.',
  results: (count: number, query: string): string =>
    count === 0
      ? `Geen resultaten voor "${query}".`
      : `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor "${query}".`,
} as const;

export const app = {
  needsScript: 'Dit deel van Leersteunspiegel werkt in je browser en heeft JavaScript nodig.',
  loading: 'Gegevens laden…',
  loadFailed:
    'De gegevens in deze browser konden niet gelezen worden. Herlaad de pagina; lukt het dan nog niet, maak een back-up via "Gegevens en back-up".',
} as const;

export const charts = {
  unavailable:
    'De grafiek kan nu niet getoond worden: de app kon ze niet laden, bijvoorbeeld zonder internet. De tabel geeft dezelfde cijfers; herlaad de pagina zodra je weer verbinding hebt om ook de grafiek te zien.',
} as const;

/** Asked in the page before a form's typed text is thrown away ("Annuleren"). */
export const discard = {
  question: 'Wat je typte weggooien?',
  explanation:
    'Wat je in dit formulier typte, is nog niet bewaard. Weggooien kan niet ongedaan worden gemaakt.',
  confirm: 'Weggooien',
  keep: 'Verder typen',
} as const;

export const save = {
  idle: '',
  pending: 'Wijzigingen worden bewaard…',
  saving: 'Bewaren…',
  saved: 'Opgeslagen op dit toestel',
  storageFull:
    'Niet opgeslagen: de opslag van deze browser is vol. Je tekst staat nog op het scherm. Maak ruimte vrij (bv. oude bijlagen verwijderen) en typ verder; dan wordt opnieuw bewaard.',
  invalid: 'Niet opgeslagen: een veld is niet geldig. Controleer je invoer.',
  failed: 'Niet opgeslagen door een fout in de browser. Je tekst staat nog op het scherm; probeer opnieuw.',
  refused: (reason: string): string =>
    `Niet opgeslagen: deze browser weigert gegevens te bewaren (melding van de browser: "${reason}"). Dat doet Safari bijvoorbeeld in een privévenster: open Leersteunspiegel dan in een gewoon venster. Je invoer staat nog op het scherm.`,
  persistencePrompt:
    'Je browser vraagt of Leersteunspiegel je gegevens blijvend mag bewaren (Firefox toont die vraag links van de adresbalk). Kies "Toestaan": dan wist de browser ze niet als de schijf vol raakt. Je werk is intussen al bewaard, ook zolang je niet antwoordt.',
  closed:
    'Niet opgeslagen: deze zelfevaluatie is afgesloten. Heropen ze eerst op het overzicht als je ze echt wilt wijzigen.',
  surveyFrozen:
    'Niet opgeslagen: deze bevraging heeft al antwoorden, dus haar stellingen liggen vast. Wil je andere stellingen vragen, start dan een nieuwe bevraging.',
  surveyFinished:
    'Niet opgeslagen: deze bevraging neemt geen antwoorden meer aan. Ze is afgesloten of haar periode is voorbij.',
  notPaper:
    'Niet opgeslagen: dit antwoord is niet van papier ingetypt. Alleen ingetypte papieren formulieren kun je hier verbeteren of verwijderen.',
  notSelf:
    'Niet opgeslagen: kies eerst wie jij bent in deze zelfevaluatie. Leersteunspiegel schrijft nooit in de beoordelingen van iemand anders.',
} as const;

export const profile = {
  title: 'Ons leersteuncentrum',
  intro:
    'De context en input van je centrum. Ze vormen de situering in je zelfevaluatierapport ("Administratieve gegevens en situering"). Alles wordt automatisch bewaard op dit toestel.',
  fields: {
    name: { label: 'Naam van het leersteuncentrum', hint: '' },
    institutionNumber: {
      label: 'Instellingsnummer',
      hint: 'Alleen cijfers, zoals het departement het toekent.',
    },
    address: { label: 'Adres', hint: 'Straat en nummer, postcode en gemeente.' },
    governingBody: { label: 'Onderwijsverstrekker of schoolbestuur', hint: '' },
    directorName: { label: 'Directeur', hint: 'Naam van de directeur.' },
    contactEmail: { label: 'E-mailadres van het centrum', hint: '' },
    contactPhone: { label: 'Telefoonnummer van het centrum', hint: '' },
    workingArea: {
      label: 'Werkgebied',
      hint: 'Regio, gemeenten, kenmerken van het werkgebied (grootstedelijk, kansarmoede, diversiteit …).',
    },
    schoolsServed: {
      label: 'Scholen die we bedienen',
      hint: 'Aantal scholen, niveaus, netten, vestigingsplaatsen.',
    },
    teamComposition: {
      label: 'Samenstelling en expertise van het team',
      hint: 'Disciplines (onderwijskundig, paramedisch, sociaal, psychologisch, orthopedagogisch), aantal leerondersteuners, ervaring.',
    },
    structuralPartnerships: {
      label: 'Structurele samenwerking voor type 4, 6 en 7',
      hint: 'Met welk leersteuncentrum, voor welke types en met welke afspraken.',
    },
    supportCouncil: { label: 'Leersteunraad', hint: 'Samenstelling en werking.' },
    otherContext: { label: 'Andere context- en inputkenmerken', hint: '' },
  },
  groups: {
    identity: 'Administratieve gegevens',
    contact: 'Directie en contact',
    context: 'Situering: context en input',
  },
  figures: {
    title: 'Cijfers per schooljaar',
    intro:
      'Wat je centrum per schooljaar rapporteert. Elk schooljaar wordt apart bewaard: de cijfers van een later jaar overschrijven nooit die van een vroeger jaar. Vul alleen aantallen in, geen namen van leerlingen.',
    yearLabel: 'Schooljaar',
    yearHint:
      'Kies het schooljaar waarvan je de cijfers invult. Vroegere jaren blijven bewaard en aanpasbaar.',
    storedYears: (years: string): string => `Bewaarde schooljaren: ${years}.`,
    noStoredYears: 'Er zijn nog geen cijfers bewaard.',
    supportCouncilDate: 'Datum waarop de leersteunraad de zelfevaluatie besprak',
    pupilsLegend: 'Leerlingen met een verslag, per type',
    pupilsHint: 'Laat een vakje leeg als je het aantal niet kent; 0 betekent geen leerlingen.',
    typeColumn: 'Type',
    notOffered: 'bestaat niet',
    trajectories: 'Aantal trajecten',
    supportStaff: 'Aantal leerondersteuners (personen)',
    fte: 'Leerondersteuners in VTE',
    fteHint: 'Met een komma, hoogstens twee cijfers erna (bv. 12,75).',
    notANumber: 'Vul een getal in.',
    dateInvalid: 'Vul een geldige datum in.',
  },
  supportTypesLegend: 'Types leersteun die we zelf aanbieden',
  supportTypes: {
    basisaanbod: 'basisaanbod',
    'type-2': 'type 2',
    'type-3': 'type 3',
    'type-4': 'type 4',
    'type-6': 'type 6',
    'type-7': 'type 7',
    'type-9': 'type 9',
  },
} as const;

export const data = {
  title: 'Gegevens en back-up',
  intro:
    'Alles wat je in Leersteunspiegel invult, staat alleen in deze browser op dit toestel. Maak geregeld een back-up, zeker voor je van toestel wisselt of je browsergegevens wist.',
  storageTitle: 'Opslag op dit toestel',
  persistence: {
    granted:
      'Deze browser bewaart je gegevens blijvend: ze worden niet automatisch gewist als de schijf vol raakt.',
    denied:
      'Deze browser bewaart je gegevens niet blijvend. Bij plaatsgebrek kan hij ze wissen: maak geregeld een back-up.',
    unsupported: 'Deze browser kan geen blijvende opslag beloven. Maak geregeld een back-up.',
  },
  askPersistence: 'Vraag blijvende opslag',
  askPersistenceHint:
    'Chrome en Edge beslissen zelf, zonder iets te vragen. Firefox vraagt het jou, in een melding links van de adresbalk: kies "Toestaan". Je kunt intussen gewoon verder werken.',
  usage: (used: string, available: string): string =>
    `${used} gebruikt van ongeveer ${available} beschikbaar.`,
  usageUnknown: 'Deze browser vertelt niet hoeveel ruimte er is.',
  contentsTitle: 'Wat staat er op dit toestel?',
  contentsTable: 'Aantal bewaarde gegevens per soort',
  kindColumn: 'Soort',
  countColumn: 'Aantal',
  attachmentBytes: (size: string): string => `Bijlagen samen: ${size}.`,
  backupTitle: 'Back-up maken',
  backupExplanation:
    'Eén bestand met al je gegevens, bijlagen inbegrepen. Bewaar het op een veilige plaats: het kan persoonsgegevens bevatten.',
  backupButton: 'Back-up downloaden',
  backupBusy: 'Back-up wordt gemaakt…',
  backupDone: (name: string): string => `Back-up gemaakt: ${name}.`,
  lastBackup: (date: string): string => `Laatste back-up: ${date}.`,
  noBackupYet: 'Er werd op dit toestel nog geen back-up gemaakt.',
  restoreTitle: 'Back-up terugzetten',
  restoreFileLabel: 'Kies een back-upbestand (.zip)',
  restoreReading: 'Bestand wordt gecontroleerd…',
  restoreSummary: (date: string, version: string): string =>
    `Back-up van ${date} (Leersteunspiegel ${version}) met:`,
  restoreKeepsDevice:
    'Wat bij dit toestel hoort, neemt een back-up niet mee: of deze browser je gegevens blijvend bewaart, wanneer je hier de laatste back-up maakte en wie je bent op dit toestel. Na het terugzetten vraagt Leersteunspiegel opnieuw wie je bent.',
  restoreModeLegend: 'Hoe terugzetten?',
  restoreReplace: 'Vervangen: alle gegevens op dit toestel worden vervangen door die uit de back-up.',
  restoreMerge:
    'Samenvoegen: gegevens uit de back-up worden toegevoegd; bestaat iets aan beide kanten, dan blijft de meest recente versie.',
  restoreButton: 'Terugzetten',
  restoreBusy: 'Bezig met terugzetten…',
  restoreDone: 'De back-up is teruggezet.',
  restoreSnapshotNote: 'Je vorige gegevens werden eerst automatisch bewaard (zie "Automatische back-ups").',
  restoreWithoutSnapshotNote: 'Van je vorige gegevens werd geen automatische back-up bewaard, zoals je koos.',
  snapshotRefused: (reason: string): string =>
    `De browser weigert de automatische back-up van je huidige gegevens te bewaren (melding van de browser: "${reason}"). Dat doet Safari bijvoorbeeld in een privévenster.`,
  snapshotRefusedChoice:
    'Er is nog niets teruggezet. Wil je je huidige gegevens kunnen terughalen, download dan eerst zelf een back-up (hierboven). Kies daarna of je toch terugzet, zonder automatische back-up.',
  restoreWithoutSnapshot: 'Toch terugzetten, zonder automatische back-up',
  restoreCancel: 'Niet terugzetten',
  restoreSelfNote:
    'Wie jij bent in elke zelfevaluatie, komt niet mee uit een back-up: het hoort bij dit toestel. Open je een zelfevaluatie om te beoordelen, dan vraagt Leersteunspiegel eerst wie jij bent, zodat je nooit in de beoordelingen van een collega schrijft.',
  restoreReportRow: (table: string, added: number, updated: number, kept: number, removed: number): string =>
    `${table}: ${added} toegevoegd, ${updated} bijgewerkt, ${kept} lokaal behouden, ${removed} vervangen`,
  restoreConflicts: (count: number): string =>
    count === 0
      ? 'Er waren geen verschillen tussen beide kanten.'
      : `${count} ${count === 1 ? 'gegeven verschilde' : 'gegevens verschilden'} aan beide kanten; telkens bleef de meest recente versie.`,
  snapshotsTitle: 'Automatische back-ups',
  snapshotsExplanation:
    'Voor elke terugzetting bewaart Leersteunspiegel automatisch een back-up van de gegevens zoals ze waren (de laatste drie).',
  snapshotsNone: 'Er zijn nog geen automatische back-ups.',
  snapshotLabel: (date: string, size: string): string => `Van vóór het terugzetten op ${date} (${size})`,
  snapshotDownload: 'Downloaden',
  deleteTitle: 'Alles verwijderen',
  deleteExplanation:
    'Verwijdert alle gegevens van Leersteunspiegel uit deze browser, ook de automatische back-ups. Er wordt eerst nog een laatste back-up gedownload.',
  deleteConfirm: 'Ik begrijp dat alle gegevens op dit toestel verdwijnen.',
  deleteButton: 'Alles verwijderen',
  deleteBusy: 'Laatste back-up maken en verwijderen…',
  deleteDone: 'Alle gegevens zijn verwijderd. De laatste back-up werd gedownload.',
  failed: 'Dat is niet gelukt:',
} as const;

export const tables = {
  lscProfiles: 'profiel van het centrum',
  schoolYearFigures: 'cijfers per schooljaar',
  cycles: 'cycli',
  participants: 'deelnemers',
  assessments: 'beoordelingen',
  evidence: 'bronnen',
  attachments: 'bijlagen',
  actions: 'acties',
  recommendations: 'aanbevelingen',
  conditionChecks: 'voorwaarden (werking)',
  journalNotes: 'logboeknotities',
  surveys: 'bevragingen',
  surveyResponses: 'antwoorden op bevragingen',
  qualityCalendars: 'kwaliteitskalender',
  settings: 'instellingen',
} as const;

export const backupErrors = {
  notABackup:
    'Dit bestand is geen back-up van Leersteunspiegel. Kies het .zip-bestand dat Leersteunspiegel maakte.',
  damaged: 'Het back-upbestand is beschadigd of onvolledig en kan niet worden teruggezet.',
  checksumMismatch:
    'De inhoud van het back-upbestand klopt niet met zijn controlecode: het is onderweg beschadigd of gewijzigd.',
  newerFormat:
    'Deze back-up komt uit een nieuwere versie van Leersteunspiegel. Herlaad de pagina om de nieuwste versie te krijgen en probeer opnieuw.',
  invalidRecords: 'Sommige gegevens in de back-up zijn ongeldig:',
  inconsistent: 'De back-up is niet samenhangend: sommige gegevens verwijzen naar iets dat ontbreekt:',
  tooLarge: 'Een bestand in de back-up is groter dan Leersteunspiegel toelaat.',
  unchanged: 'Er is niets gewijzigd aan je gegevens.',
  problem: (
    table: string | undefined,
    index: number | undefined,
    field: string | undefined,
    message: string,
  ): string =>
    [table && `in ${table}`, index !== undefined && `record ${index + 1}`, field && `veld "${field}"`]
      .filter(Boolean)
      .join(', ')
      .concat(table || field ? `: ${message}` : message),
} as const;

export const notFound = {
  title: 'Pagina niet gevonden',
  body: 'Deze pagina bestaat niet (meer). Misschien vind je wat je zoekt via het overzicht of de zoekfunctie.',
} as const;

export type SupportLevelLabels = typeof helpers.supportLevels;
