import type { CycleMode, CycleStatus, PersonalStatus } from '../../domain/cycle';
import type { ParticipantRole } from '../../domain/participant';

/** Interface text of the cycles: the list, the guided start, the cycle's own navigation and participants. */

export const cycles = {
  title: 'Zelfevaluaties',
  intro:
    'Elke zelfevaluatie is een cyclus van één schooljaar: beoordelen, bespreken, een actieplan maken en opvolgen. Alles blijft op dit toestel.',
  newCycle: 'Nieuwe zelfevaluatie starten',
  compare: 'Zelfevaluaties vergelijken',
  empty:
    'Er staat nog geen zelfevaluatie op dit toestel. Start er een; je kunt ook eerst het profiel van je centrum invullen.',
  listLabel: 'Zelfevaluaties op dit toestel',
  /** Shown while there is nothing: data stays with the browser and the site's address it was typed at. */
  missingData: {
    question: 'Zie je je gegevens niet?',
    where: (origin: string): string =>
      `Je gegevens blijven in de browser waarin je ze invulde, bij het adres van de website (hier ${origin}). In een andere browser, een privévenster, op een ander toestel of op een ander adres begin je leeg.`,
    moved:
      'Is Leersteunspiegel naar een nieuw adres verhuisd? Open dan het oude adres in deze browser, download daar een back-up en zet die hier terug onder',
    dataLink: 'Gegevens en back-up',
  },
  summary: (schoolYear: string, mode: string, status: string): string =>
    `${schoolYear} · ${mode} · fase: ${status}`,
  progress: (answered: number, total: number): string => `${answered} van ${total} verwachtingen beoordeeld`,
  ownProgress: (answered: number, total: number): string =>
    `Jouw eigen beoordeling: ${answered} van ${total} verwachtingen`,
  statuses: {
    preparation: 'voorbereiding',
    survey: 'bevraging',
    consensus: 'consensus',
    actionPlan: 'actieplan',
    followUp: 'opvolging',
    closed: 'afgesloten',
  } satisfies Record<CycleStatus, string>,
  /** A personal reflection's own phases, named for what one person does in them. */
  personalStatuses: {
    preparation: 'reflectie',
    actionPlan: 'acties',
    followUp: 'opvolging',
    closed: 'afgesloten',
  } satisfies Record<PersonalStatus, string>,
  /** A member's cycle is shown under the team cycle's name: it is that cycle's contribution, not a reflection. */
  contributionName: (teamTitle: string): string => `Bijdrage voor ${teamTitle}`,
  contributionSummary: (schoolYear: string): string => `${schoolYear} · op uitnodiging van je team`,
  modes: {
    team: 'teamzelfevaluatie',
    individual: 'individuele reflectie',
  } satisfies Record<CycleMode, string>,
  modeDescriptions: {
    team: 'Het kwaliteitsteam beoordeelt samen: ieder geeft een eigen oordeel, daarna komt het team tot een gezamenlijk oordeel.',
    individual:
      'Je reflecteert alleen over je eigen praktijk. Niemand anders ziet je antwoorden, tenzij je ze zelf exporteert.',
  } satisfies Record<CycleMode, string>,
  missingId: 'Er is geen zelfevaluatie gekozen.',
  notFound:
    'Deze zelfevaluatie staat niet op dit toestel. Misschien werd ze verwijderd, of werd de link op een ander toestel gemaakt.',
  backToList: 'Naar alle zelfevaluaties',
} as const;

export const cycleNav = {
  label: 'Deze zelfevaluatie',
  overview: 'Overzicht',
  rate: 'Beoordelen',
  evidence: 'Bronnen',
  surveys: 'Bevragingen',
  actions: 'Actieplan',
  participants: 'Deelnemers',
  contributions: 'Bijdragen',
  consensus: 'Consensus',
  report: 'Rapport',
} as const;

export const newCycle = {
  title: 'Nieuwe zelfevaluatie',
  intro: 'In drie korte stappen: wat, welke verwachtingen, en met wie. Je kunt alles later nog aanpassen.',
  stepLabel: (step: number, total: number, name: string): string => `Stap ${step} van ${total}: ${name}`,
  steps: ['Wat', 'Welke verwachtingen', 'Met wie'],
  titleLabel: 'Titel',
  titleHint: 'Bijvoorbeeld "Zelfevaluatie 2026-2027" of "Focus maatwerk".',
  defaultTitle: (schoolYear: string): string => `Zelfevaluatie ${schoolYear}`,
  schoolYearLabel: 'Schooljaar',
  schoolYearHint: 'Zoals 2026-2027.',
  startLabel: 'Begin van de periode (niet verplicht)',
  endLabel: 'Einde van de periode (niet verplicht)',
  scopeLegend: 'Welke verwachtingen neem je onder de loep?',
  scopeAll: 'Alle 17 kwaliteitsverwachtingen',
  scopeFocus: 'Een focus: enkele verwachtingen die je kiest',
  focusLegend: 'Kies de verwachtingen in focus',
  modeLegend: 'Hoe evalueer je?',
  youLegend: 'Wie ben jij?',
  youHint: {
    team: 'Je naam of een alias, zoals die in de teamoverzichten verschijnt.',
    individual: 'Je naam of een alias, zoals die op je overzicht en in je rapport verschijnt.',
  } satisfies Record<CycleMode, string>,
  nameLabel: 'Naam of alias',
  roleLabel: 'Rol',
  next: 'Volgende',
  previous: 'Vorige',
  create: 'Zelfevaluatie starten',
  creating: 'Bezig met aanmaken…',
  errors: {
    title: 'Geef de zelfevaluatie een titel.',
    schoolYear: 'Schrijf het schooljaar als twee opeenvolgende jaren, zoals 2026-2027.',
    period: 'Het einde van de periode ligt vóór het begin.',
    focus: 'Kies minstens één verwachting.',
    name: 'Vul je naam of een alias in.',
  },
  errorSummary: 'Nog niet alles is in orde:',
} as const;

export const participants = {
  title: 'Deelnemers',
  intro:
    'Wie neemt deel aan deze zelfevaluatie? Gebruik een naam of een alias. Kies ook wie jij bent op dit toestel: jouw beoordelingen worden onder die naam bewaard.',
  listLabel: 'Deelnemers van deze zelfevaluatie',
  roles: {
    coordinator: 'coördinator',
    supportStaff: 'leerondersteuner',
    teamCoach: 'teamcoach',
    director: 'directie',
    staff: 'medewerker',
    partnerSchoolCareCoordinator: 'zorgcoördinator van een partnerschool',
    partner: 'partner',
  } satisfies Record<ParticipantRole, string>,
  anonymousLabel: 'Anoniem in rapporten',
  anonymous: 'anoniem in rapporten',
  you: 'dit ben jij',
  makeSelf: (name: string): string => `Ik ben ${name}`,
  selfChanged: (name: string): string => `Op dit toestel ben je nu ${name}.`,
  addTitle: 'Deelnemer toevoegen',
  add: 'Toevoegen',
  added: (name: string): string => `${name} is toegevoegd.`,
  remove: (name: string): string => `${name} verwijderen`,
  removed: (name: string): string => `${name} is verwijderd.`,
  noSelf: 'Kies wie jij bent voor je begint te beoordelen.',
  individualNote: 'Een individuele reflectie heeft één deelnemer: jijzelf.',
  fromFile: 'uit een bijdragebestand',
  invitedOn: (when: string): string => `persoonlijke uitnodiging gedownload op ${when}`,
  personalInvitation: (name: string): string => `Persoonlijke uitnodiging voor ${name} downloaden`,
  invitationDone: (fileName: string, name: string): string =>
    `Uitnodiging gedownload: ${fileName}. Bezorg ze aan ${name}; de bijdrage die terugkomt, komt vanzelf bij ${name} terecht.`,
  removeQuestion: (name: string): string => `${name} verwijderen?`,
  removeConsequence: (ratings: number, contribution: string | undefined): string =>
    [
      ratings === 0
        ? 'Er gaan geen beoordelingen mee verloren.'
        : `Daarmee verdwijnen ook ${ratings === 1 ? 'de beoordeling' : `de ${ratings} beoordelingen`} van deze deelnemer uit de spreiding, de consensus en het rapport.`,
      contribution &&
        `Ook de ingelezen bijdrage (${contribution}) verdwijnt; je kunt ze later opnieuw inlezen.`,
    ]
      .filter(Boolean)
      .join(' '),
  contributionVersion: (version: number, when: string): string => `versie ${version}, ingelezen op ${when}`,
  confirmRemove: (name: string): string => `Ja, ${name} verwijderen`,
  cancel: 'Annuleren',
  mergeTitle: 'Twee deelnemers samenvoegen',
  mergeHint:
    'Staat één persoon er twee keer in (bijvoorbeeld eens met de hand toegevoegd en eens uit een bijdragebestand)? Voeg ze samen: alle oordelen blijven, en waar ze verschillen zie je dat eerst.',
  mergeOtherLabel: 'Deze deelnemer verdwijnt',
  mergeKeptLabel: 'en gaat op in (blijft)',
  mergeChoose: 'Kies een deelnemer',
  mergeButton: 'Samenvoegen…',
  mergeQuestion: (kept: string, other: string): string =>
    `${other} samenvoegen met ${kept}? Het blijft één deelnemer: ${kept}. De oordelen van ${other} gaan mee over.`,
  mergeConflicts: 'Bij deze verwachtingen verschillen de oordelen; dat van de blijvende deelnemer blijft:',
  mergeConflict: (
    code: string,
    kept: string,
    keptRating: string,
    other: string,
    otherRating: string,
  ): string => `${code}: ${kept} "${keptRating}", ${other} "${otherRating}"`,
  mergeNoConflicts: 'Hun oordelen spreken elkaar nergens tegen.',
  confirmMerge: (kept: string): string => `Ja, samenvoegen tot ${kept}`,
  merged: (kept: string, other: string, conflicts: number): string =>
    `${other} is samengevoegd met ${kept}.${conflicts > 0 ? ` ${conflicts === 1 ? 'Eén verschillend oordeel' : `${conflicts} verschillende oordelen`} van ${other} werd${conflicts === 1 ? '' : 'en'} niet overgenomen.` : ''}`,
} as const;

export const chooseSelf = {
  title: 'Wie ben jij op dit toestel?',
  explanation:
    'Leersteunspiegel weet niet wie deze zelfevaluatie op dit toestel gebruikt, bijvoorbeeld na het terugzetten van een back-up, in een nieuwe browser of nadat alles verwijderd werd. Kies wie jij bent: je beoordelingen worden onder die naam bewaard. Zolang je niet kiest, wordt niets onder iemands naam geschreven.',
  legend: 'Ik ben',
  option: (name: string, role: string): string => `${name} (${role})`,
  confirm: 'Dit ben ik',
} as const;

export const closedCycle = {
  closedOn: (date: string): string => `Afgesloten op ${date}.`,
  readOnly: 'Deze zelfevaluatie is een afgesloten verslag: je kunt alles lezen, maar niets wijzigen.',
  toReopen: 'Heropenen',
  reopenTitle: 'Afgesloten zelfevaluatie heropenen',
  reopenExplanation:
    'Heropen alleen als er echt iets gewijzigd moet worden. De zelfevaluatie gaat dan terug naar de fase opvolging, en het heropenen blijft bij de zelfevaluatie bewaard.',
  reopenConfirm: 'Ik heropen deze afgesloten zelfevaluatie bewust.',
  reopenButton: 'Zelfevaluatie heropenen',
  reopened: 'De zelfevaluatie is heropend en staat weer in de fase opvolging.',
  reopeningsTitle: 'Eerder heropend',
  reopening: (closedAt: string, reopenedAt: string): string =>
    `Afgesloten op ${closedAt}, heropend op ${reopenedAt}.`,
} as const;
