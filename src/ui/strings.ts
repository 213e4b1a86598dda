/**
 * Every piece of Dutch (nl-BE) interface text, in one place so it can be reviewed as a whole.
 * Longer editorial prose lives in content/pages/; the referentiekader's own words live in content/.
 */
export const strings = {
  site: {
    name: 'Leersteunspiegel',
    tagline: 'Zelfevaluatie voor leersteuncentra, op basis van het Referentiekader kwaliteitsvolle leersteun',
    skipLink: 'Naar de inhoud',
    mainNav: 'Hoofdmenu',
    privacyPromise: 'Je gegevens blijven op dit toestel.',
  },
  nav: {
    home: 'Start',
    framework: 'Referentiekader',
    contextInput: 'Context en input',
    glossary: 'Begrippen',
    search: 'Zoeken',
    about: 'Over en bronnen',
  },
  footer: {
    sourceLabel: 'Bron van de officiële tekst',
    oursNote:
      'Reflectievragen, bronsuggesties en verwante verwachtingen zijn eigen inhoud van Leersteunspiegel, geen tekst van het referentiekader.',
    aboutLink: 'Meer over de bronnen',
  },
  framework: {
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
  },
  helpers: {
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
  },
  evidenceKinds: {
    document: 'document',
    data: 'cijfers/data',
    observation: 'observatie',
    survey: 'bevraging',
    conversation: 'gesprek',
    report: 'verslag',
    other: 'ander',
  },
  voices: {
    pupils: 'leerlingen',
    parents: 'ouders',
    teachers: 'leraren',
    schoolTeams: 'schoolteams',
    principals: 'directies',
    clb: 'CLB',
    pbd: 'PBD',
    supportStaff: 'leerondersteuners',
    partners: 'partners',
  },
  glossary: {
    title: 'Begrippen',
    intro:
      'Begrippen uit het referentiekader en uit de regelgeving rond leersteun. Bij elk begrip staat de bron; omschrijvingen zonder aanhalingstekens schreven we zelf op basis van die bron.',
    quotedLabel: 'Letterlijk uit',
    ownLabel: 'Eigen omschrijving op basis van',
    relatedLabel: 'Zie ook',
    index: 'Begrippen van A tot Z',
  },
  contextInput: {
    title: 'Context en input',
    intro:
      'Het referentiekader beschrijft eerst de context- en inputkenmerken waarmee een leersteuncentrum best rekening houdt bij het vormgeven van leersteun.',
  },
  search: {
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
  },
  tables: {
    lscProfiles: 'profiel van het centrum',
    cycles: 'cycli',
    participants: 'deelnemers',
    assessments: 'beoordelingen',
    evidence: 'bronnen',
    attachments: 'bijlagen',
    actions: 'acties',
    settings: 'instellingen',
  },
  backupErrors: {
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
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet (meer). Misschien vind je wat je zoekt via het overzicht of de zoekfunctie.',
  },
} as const;

export type SupportLevelLabels = typeof strings.helpers.supportLevels;
