/**
 * The few Dutch words the exports add around the report model. The model carries its own labels (section
 * titles, ratings, statuses, roles …); these are only the renderer's headers, captions and connecting words.
 * The interface's strings live in src/ui/strings, which the exports do not import.
 */
export const exportLabels = {
  /** Shown in the document's properties as the application that made it. */
  creator: 'Leersteunspiegel',
  page: { before: 'Pagina ', between: ' van ' },
  /** The heading of the table of contents. */
  contents: 'Inhoud',
  /** On the cover: the day the report was made, as Flemish readers write it. */
  reportDate: (date: string): string => `Rapport van ${date}`,
  /** The cover's logo, described for whoever cannot see it. */
  logoAlt: (centre: string): string => `Logo van ${centre}`,
  judgement: 'Oordeel',
  /** Whose the judgement is: a team's, or a person's own in a personal reflection. */
  judgedBy: {
    consensus: 'gezamenlijk oordeel van het team',
    individual: 'eigen oordeel',
  },
  spreadCaption: (respondents: number): string =>
    `Spreiding van de individuele oordelen (${respondents} ${respondents === 1 ? 'deelnemer' : 'deelnemers'})`,
  answerColumn: 'Antwoord',
  countColumn: 'Aantal',
  justification: 'Verantwoording',
  strengths: 'Sterktes',
  pointsToDevelop: 'Ontwikkelpunten',
  supportLevels: 'Ondersteuningsniveaus',
  goodPractice: 'Goede praktijk',
  criterionMet: 'voldaan',
  criterionNotMet: 'niet voldaan',
  evidence: 'Bronnen',
  noEvidence: 'Geen bronnen gekoppeld.',
  attachments: 'Bijlagen',
  link: 'Link',
  individualNotes: 'Individuele notities',
  /** A personal report's own actions and journal under an expectation. */
  ownActions: 'Acties',
  journal: 'Logboek',
  /** An action under an expectation: its status, and its due date when it has one. */
  actionSummary: (status: string, dueDate: string | undefined, overdue: boolean): string =>
    [status, dueDate && `einddatum ${dueDate}`, overdue && 'te laat'].filter(Boolean).join(', '),
  administration: { centre: 'Het leersteuncentrum', cycle: 'Deze zelfevaluatie' },
  roleColumn: 'Rol',
  participantCountColumn: 'Aantal deelnemers',
  voiceColumn: 'Stem in de bronnen',
  evidenceCountColumn: 'Aantal bronnen',
  /** The comparison with the previous cycle: under each expectation, in the summary and in section 2. */
  evolution: {
    /** Under an expectation's judgement: its judgement in the previous cycle. */
    previous: (schoolYear: string): string => `Vorige zelfevaluatie (${schoolYear})`,
    changeColumn: 'Verandering',
    levelIn: (schoolYear: string): string => `Niveau ${schoolYear}`,
    recommendations: (cycleTitle: string): string =>
      `De aanbevelingen van ${cycleTitle} en wat we ermee deden`,
    noRecommendations: 'De vorige zelfevaluatie had geen aanbevelingen.',
    /** Said under an ontwikkelingskans or tekort without actions; a sterk punt is kept without one. */
    noActions: 'Geen acties op deze verwachting.',
    otherActions: 'Andere acties van de vorige zelfevaluatie',
    changes: 'Verwachtingen waarvan het niveau veranderde',
    noChanges: 'Bij geen enkele verwachting veranderde het niveau.',
    fromTo: (from: string, to: string): string => `van "${from}" naar "${to}"`,
    /** A carried-over action's copy in this cycle. */
    now: (status: string): string => `nu ${status}`,
    /** The webdiagram's two series, told apart in greyscale by their line. */
    radarSeries: (current: string, previous: string): string =>
      `${current} (volle lijn) en ${previous} (stippellijn).`,
  },
  /** Section 2's part on the kwaliteitskalender. */
  qualityCalendar: {
    heading: 'Kwaliteitskalender',
    position: (schoolYear: string, number: number, total: number): string =>
      `Deze zelfevaluatie (${schoolYear}) is jaar ${number} van ${total} in de kwaliteitskalender van het centrum.`,
    outside: (schoolYear: string): string =>
      `Deze zelfevaluatie (${schoolYear}) valt buiten de kwaliteitskalender van het centrum.`,
    yearColumn: 'Schooljaar',
    focusColumn: 'Verwachtingen in focus',
    noteColumn: 'Notitie',
    thisCycle: (schoolYear: string): string => `${schoolYear} (deze zelfevaluatie)`,
    noFocus: 'geen',
  },
  conditionColumn: 'Voorwaarde',
  /** Marks a condition's description as Leersteunspiegel's summary, not the source's words. */
  ourSummary: 'Samenvatting Leersteunspiegel',
  statusColumn: 'Stand van zaken',
  noteColumn: 'Toelichting',
  radarAlt: (summary: string): string => `Webdiagram van de niveaus per kwaliteitsverwachting. ${summary}`,
  /** The level of an expectation in the previous cycle, beside this year's in the webdiagram's description. */
  radarPrevious: (schoolYear: string, rating: string): string => `${schoolYear}: ${rating}`,
  radarName: 'Webdiagram',
  codeColumn: 'Code',
  statementColumn: 'Kwaliteitsverwachting',
  levelColumn: 'Niveau',
  noItems: 'Geen.',
  linkedActions: 'Acties',
  actionColumns: {
    title: 'Actie',
    codes: 'Verwachtingen',
    owner: 'Trekker',
    due: 'Einddatum',
    status: 'Status',
  },
  overdue: 'te laat',
  noActions: 'Er zijn geen acties in het ontwikkelplan.',
  start: 'Start',
  goal: 'Doel',
  successIndicator: 'Succesindicator',
  progress: 'Voortgang',
  evaluation: 'Evaluatie',
  appendices: { evidence: 'Bronnen', participants: 'Deelnemers', method: 'Werkwijze' },
  evidenceColumns: { title: 'Bron', kind: 'Soort', voices: 'Stemmen', date: 'Datum', codes: 'Verwachtingen' },
  noEvidenceAtAll: 'Geen bronnen.',
  noParticipants: 'Geen deelnemers.',
  participantColumn: 'Deelnemer',
  /** The bevragingen: who was asked (section 2), their results (section 3), the questionnaires (appendices). */
  /** The questionnaire as rebuilt in Microsoft Forms or Google Forms. */
  formsQuestionnaire: {
    ours: 'Eigen vragenlijst van Leersteunspiegel — geen tekst uit het referentiekader',
    /** Said to the respondent before the first statement, as in the afnamemodus. */
    chooseOne: 'Kies bij elke stelling één antwoord.',
    openHeading: 'In je eigen woorden (niet verplicht)',
  },
  surveys: {
    title: 'Bevragingen',
    columns: {
      group: 'Groep',
      period: 'Periode',
      responses: 'Antwoorden',
      responseRate: 'Respons',
      status: 'Stand',
    },
    /** How many answered of how many asked, in one cell. */
    responsesOf: (responses: number, asked: number): string => `${responses} van ${asked}`,
    resultsTitle: 'Wat zeggen de bevragingen?',
    resultColumns: {
      statement: 'Stelling',
      answers: 'Antwoorden',
      agreeShare: 'Akkoord',
      dontKnow: 'Weet ik niet',
      distribution: 'Verdeling',
    },
    /** The heading of one bevraging's results or questionnaire: its group, period and response. */
    caption: (group: string, period: string, responses: number, asked: number): string =>
      `Bevraging van ${group} · ${period} · ${responses} van ${asked} bevraagden antwoordden`,
    ownStatement: 'eigen stelling van het leersteuncentrum',
    questionnairesTitle: 'Vragenlijsten zoals gebruikt',
    introduction: 'Inleiding',
    statementsColumn: 'Stelling',
    informsColumn: 'Zegt iets over',
    scale: 'Antwoordschaal',
    /** "Weet ik niet" stands beside the scale, never on it. */
    apart: 'apart daarnaast',
    openQuestions: 'Open vragen',
    csvHeader: [
      'Bevraging',
      'Groep',
      'Stelling-id',
      'Stelling',
      'Herkomst',
      'Code',
      'Antwoorden',
      'Akkoord (%)',
      'Weet ik niet',
      'Verdeling',
    ],
  },
} as const;
