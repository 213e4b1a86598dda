/**
 * The few Dutch words the exports add around the report model. The model carries its own labels (section
 * titles, ratings, statuses, roles …); these are only the renderer's headers, captions and connecting words.
 * The interface's strings live in src/ui/strings, which the exports do not import.
 */
export const exportLabels = {
  /** Shown in the document's properties as the application that made it. */
  creator: 'Leersteunspiegel',
  page: { before: 'Pagina ', between: ' van ' },
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
  carriedActions: (previousCycle: string): string => `Acties overgenomen uit ${previousCycle}`,
  conditionColumn: 'Voorwaarde',
  /** Marks a condition's description as Leersteunspiegel's summary, not the source's words. */
  ourSummary: 'Samenvatting Leersteunspiegel',
  statusColumn: 'Stand van zaken',
  noteColumn: 'Toelichting',
  radarAlt: (summary: string): string => `Webdiagram van de niveaus per kwaliteitsverwachting. ${summary}`,
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
