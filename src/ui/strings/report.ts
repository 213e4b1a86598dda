import { reportFigureLabels } from './report-figures';

/** Interface text of the report: the report page, its options and downloads, and the words inside the report. */

export const report = {
  pageTitle: 'Rapport',
  intro:
    'Het zelfevaluatierapport in de opbouw die de onderwijsinspectie gebruikt. Kies wat erin komt, bekijk het hieronder en druk het af als PDF of download het als Word, CSV of JSON.',
  questionnairesUnavailable:
    'Het rapport kan nu niet gemaakt worden: de vragenlijsten van de bevragingen in deze zelfevaluatie konden niet geladen worden. Open deze pagina nog eens met internet; daarna werkt het ook offline.',
  optionsTitle: 'Wat komt in het rapport?',
  selectionLegend: 'Kwaliteitsverwachtingen',
  selectAll: 'Alle verwachtingen van deze zelfevaluatie',
  selectSome: 'Een selectie',
  selectionLegendSome: 'Kies de verwachtingen voor het rapport',
  includeNotes: 'Individuele notities van de deelnemers opnemen',
  anonymise: 'Namen van deelnemers vervangen door "Deelnemer 1, 2 …"',
  includeOpenAnswers: 'Open antwoorden uit de bevragingen opnemen (bijlage)',
  openAnswersHint:
    'Standaard niet: respondenten schrijven soms een naam of een herkenbaar detail. E-mailadressen, telefoon- en rijksregisternummers worden gemaskeerd, namen niet. Lees de open antwoorden met het team voor je het rapport deelt.',
  optionsHint:
    'Deze keuzes gelden voor het rapport hieronder, de afdruk en elke download (Word, inspectiedossier, CSV, JSON). Zonder individuele notities verlaat geen eigen tekst van een deelnemer het rapport. Met vervangen namen verdwijnen ook namen die in teksten staan, en een rol die minder dan drie deelnemers hebben.',
  noSelection: 'Kies minstens één verwachting.',
  downloadsTitle: 'Afdrukken en downloaden',
  print: 'Afdrukken of bewaren als PDF',
  printHint: 'Kies in het afdrukvenster "Opslaan als PDF" om een PDF te maken.',
  docx: 'Word-bestand (.docx)',
  dossier: 'Inspectiedossier (.zip)',
  dossierPrefix: 'dossier',
  csv: 'Beoordelingen als CSV (Excel)',
  json: 'Rapport als JSON',
  busy: {
    docx: 'Word-bestand wordt gemaakt…',
    dossier: 'Inspectiedossier wordt gemaakt: rapport, actieplan, bronnen en bijlagen…',
    csv: 'CSV-bestand wordt gemaakt…',
    json: 'JSON-bestand wordt gemaakt…',
    surveyCsv: 'CSV-bestand met de resultaten van de bevragingen wordt gemaakt…',
  },
  done: (fileName: string): string => `${fileName} is gedownload.`,
  previewLabel: 'Voorbeeld van het rapport',
  /** Below the part of the report already shown, while the rest is still being added. */
  building: 'De rest van het rapport wordt opgebouwd…',
  fileName: (cycleTitle: string, extension: string): string =>
    `${
      cycleTitle
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'rapport'
    }.${extension}`,
  /** Whose the judgement is; nothing is added where nobody judged (the answer itself says so). */
  judgedBy: {
    consensus: 'Gezamenlijk oordeel van het team',
    individual: 'Eigen oordeel',
  },
  spreadTitle: 'Spreiding van de individuele oordelen',
  spreadCaption: (respondents: number): string =>
    `${respondents} ${respondents === 1 ? 'deelnemer' : 'deelnemers'} gaven een oordeel`,
  codeColumn: 'Verwachting',
  csvHeader: [
    'Cyclus',
    'Schooljaar',
    'Code',
    'Kwaliteitsverwachting',
    'Deelnemer',
    'Rol',
    'Soort oordeel',
    'Niveau',
    'Niveau (1-4)',
    'Vorig oordeel',
    'Vorig niveau (1-4)',
    'Verandering',
    'Verantwoording',
    'Sterktes',
    'Ontwikkelpunten',
    'Ondersteuningsniveaus',
    'Laatst gewijzigd',
  ],
  csvKinds: { individual: 'individueel', consensus: 'gezamenlijk' },
  editorsTitle: 'Het rapport aanvullen',
  editorsIntro:
    'Wat hier staat, komt in het rapport. Alles wordt automatisch bewaard op dit toestel; afdrukken en downloaden gebruiken altijd de laatste versie.',
  recommendationsEditorTitle: 'Aanbevelingen in jullie eigen woorden',
  recommendationsEditorIntro:
    'Leersteunspiegel stelt per verwachting een groep voor op basis van het niveau, en een tekst op basis van de sterktes of ontwikkelpunten. Jullie beslissen: kies de groep, zet de belangrijkste bovenaan, laat weg wat niet telt en koppel acties. Herschrijf de tekst waar nodig; laat je het veld leeg, dan komt de voorgestelde tekst terug.',
  recommendationLabel: (code: string, group: string): string => `${code} — ${group}`,
  recommendationKindLabel: (code: string): string => `Groep van ${code}`,
  /** The group the level proposes, in the list of groups. */
  proposedKind: (group: string): string => `${group} (voorstel)`,
  omittedKind: 'Niet opnemen',
  omittedTitle: 'Niet opgenomen als aanbeveling',
  moveUp: 'Hoger',
  moveDown: 'Lager',
  moveUpLabel: (code: string): string => `Hoger: ${code} eerder in de groep`,
  moveDownLabel: (code: string): string => `Lager: ${code} later in de groep`,
  linkedActionsLegend: (code: string): string => `Acties bij de aanbeveling over ${code}`,
  onExpectationHint: '(staat bij deze verwachting in het actieplan)',
  noActionsToLink: 'Deze zelfevaluatie heeft nog geen acties.',
  addAction: (code: string): string => `Actie toevoegen bij ${code}`,
  noRecommendations: 'Er zijn nog geen aanbevelingen: beoordeel eerst de verwachtingen op een niveau.',
  conditionsEditorTitle: 'Werking en regelgeving nagaan',
  conditionsEditorIntro:
    'Ga per voorwaarde na waar het leersteuncentrum staat, licht toe en koppel bronnen die het tonen.',
  conditionStatusLabel: 'Stand van zaken',
  conditionNoteLabel: 'Toelichting',
  conditionEvidenceLegend: 'Bronnen die dit tonen',
  conditionNoEvidence: 'Deze zelfevaluatie heeft nog geen bronnen.',
  csvTeam: 'Team',
  surveyCsv: 'Resultaten van de bevragingen als CSV',
  /** The suffix of the bevragingen's CSV file name, beside the ratings' CSV of the same cycle. */
  surveyCsvSuffix: 'bevragingen',
} as const;

/** The words buildReport puts into the report itself. */
export const reportLabels = {
  title: (cycleTitle: string): string => `Zelfevaluatierapport — ${cycleTitle}`,
  personalTitle: (cycleTitle: string): string => `Persoonlijke reflectie — ${cycleTitle}`,
  subtitle: (centreName: string, schoolYear: string, mode: string): string =>
    `${centreName} · schooljaar ${schoolYear} · ${mode}`,
  colophon: (generatedOn: string, frameworkVersion: string, personal: boolean): string =>
    `Dit rapport is een zelfevaluatie, gemaakt met Leersteunspiegel op ${generatedOn}, tegen het Referentiekader kwaliteitsvolle leersteun (versie ${frameworkVersion}). Het is geen verslag of advies van de onderwijsinspectie en doet geen uitspraak zoals "gunstig" of "ongunstig". De kwaliteitsverwachtingen zijn woordelijk overgenomen uit het referentiekader; de overige tekst is van ${personal ? 'wie deze reflectie schreef' : 'het leersteuncentrum'}.`,
  anonymousParticipant: (number: number): string => `Deelnemer ${number}`,
  anonymous: 'Anonieme deelnemer',
  roleWithheld: 'rol niet vermeld',
  noTeamJudgement: 'nog geen gezamenlijk oordeel',
  notFilledIn: 'Niet ingevuld.',
  conditionSource: (sourceTitle: string, reference: string): string => `Bron: ${sourceTitle}, ${reference}.`,
  conditionStatuses: {
    notAssessed: 'nog niet nagegaan',
    inOrder: 'in orde',
    partly: 'deels in orde',
    notInOrder: 'niet in orde',
    notApplicable: 'niet van toepassing',
  },
  figures: reportFigureLabels,
  cycle: {
    title: 'Zelfevaluatie',
    schoolYear: 'Schooljaar',
    period: 'Periode',
    mode: 'Werkwijze',
    status: 'Fase',
    scope: 'Kwaliteitsverwachtingen',
  },
  facts: {
    participants: 'Deelnemers',
    evidence: 'Bronnen',
    consensus: (agreed: number, total: number): string =>
      `${agreed} van ${total} verwachtingen met een gezamenlijk oordeel`,
    consensusLabel: 'Consensus',
    previousCycle: 'Vorige zelfevaluatie',
  },
  evolution: {
    title: 'Wat deden we met de vorige zelfevaluatie?',
    /** Beside the comparison's own words for a change (strings.compare.changes): not in focus last year. */
    newInFocus: 'nieuw in focus',
    signs: { rose: '▲', same: '=', fell: '▼' },
    carriedOver: 'overgenomen in deze zelfevaluatie',
    notCarried: (status: string): string => `${status}, niet overgenomen`,
  },
  method: {
    frameworkVersion: 'Versie van het referentiekader',
    scale: 'Ontwikkelingsschaal',
    mode: 'Werkwijze',
    generatedAt: 'Rapport gemaakt op',
  },
  recommendations: {
    strengths: {
      title: 'Sterke punten (borgen)',
      explanation: 'Verwachtingen op of boven het verwachte niveau: wat goed loopt, blijvend verankeren.',
    },
    opportunities: {
      title: 'Ontwikkelingskansen',
      explanation: 'Verwachtingen die de verwachting benaderen: hier loont gerichte aandacht.',
    },
    shortcomings: {
      title: 'Tekorten',
      explanation: 'Verwachtingen beneden de verwachting: hier moet het leersteuncentrum aan werken.',
    },
    needsInformation: {
      title: 'Meer informatie nodig',
      explanation:
        'Verwachtingen waarover nog geen oordeel mogelijk was: eerst de ontbrekende informatie verzamelen.',
    },
  },
  overview: {
    levels: 'Niveaus per rubriek',
    groupColumn: 'Rubriek',
    noLevel: 'zonder niveau',
    legendEntry: (short: string, label: string): string => `${short} = ${label}`,
    total: 'Aantal',
    subrubric: (rubric: string, subrubric: string): string => `${rubric}: ${subrubric}`,
    strengths: 'Sterke punten',
    priorities: 'Prioriteiten: tekorten en ontwikkelingskansen',
    shortcoming: 'tekort',
    more: (count: number): string => `En nog ${count} bij de aanbevelingen.`,
    operations: 'Werking en regelgeving',
    participation: 'Wie deed mee',
    participants: 'Deelnemers',
    participantsValue: (total: number, byRole: string): string =>
      byRole === '' ? `${total}` : `${total} (${byRole})`,
    voices: 'Stemmen in de bronnen',
    noVoices: 'nog geen bronnen met een stem',
    surveys: 'Bevragingen',
    surveyAnswers: (group: string, responses: number, asked: number): string =>
      `${group}: ${responses} van ${asked} antwoordden`,
    counted: (name: string, count: number): string => `${name} ${count}`,
    evolution: (schoolYear: string): string => `Evolutie sinds ${schoolYear}`,
  },
  recommendationsLimit: 'Kies er hoogstens vijf die het meest tellen.',
  surveys: {
    ownQuestionnaire: 'Eigen vragenlijst van Leersteunspiegel — geen tekst uit het referentiekader',
    sourceTitle: (group: string): string => `Bevraging van ${group}`,
    finished: 'afgelopen',
    closed: 'vroeger afgesloten',
    running: 'loopt nog: de resultaten volgen als de bevraging afgelopen is',
    tooFewAnswers: 'te weinig antwoorden om te tonen',
    openAnswersTitle: 'Open antwoorden uit de bevragingen',
    openAnswersWarning:
      'Lees deze antwoorden met het team voor je het rapport deelt: respondenten schrijven soms een naam of een herkenbaar detail. E-mailadressen, telefoon- en rijksregisternummers zijn al gemaskeerd, namen niet.',
  },
} as const;
