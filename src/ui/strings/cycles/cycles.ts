import type { CycleMode, CycleStatus, PersonalStatus } from '../../../domain/cycle';

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
