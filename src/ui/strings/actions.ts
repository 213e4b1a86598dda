import type { ActionStatus } from '../../domain/action';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** Interface text of the actions views: the action plan with its table, board and editor. */

export const actions = {
  title: 'Actieplan',
  intro:
    'Het ontwikkelplan van deze zelfevaluatie: wat pak je aan, bij welke verwachting, wie trekt het en tegen wanneer? Volg de acties op in een tabel of op een bord. Alles wordt automatisch bewaard op dit toestel.',
  statuses: {
    planned: 'gepland',
    ongoing: 'lopend',
    done: 'afgerond',
    postponed: 'uitgesteld',
    dropped: 'geschrapt',
  } satisfies Record<ActionStatus, string>,
  overdue: 'te laat',
  carriedOver: {
    from: (schoolYear: string): string => `overgenomen uit ${schoolYear}`,
    to: (schoolYear: string): string => `overgenomen naar ${schoolYear}`,
  },
  noDueDate: 'geen einddatum',
  summary: (open: number, overdue: number): string =>
    open === 0 ? 'Geen open acties.' : `${plural(open, 'actie', 'acties')} open, waarvan ${overdue} te laat.`,
  listTitle: 'Acties',
  empty: 'Er staan nog geen acties in dit actieplan. Voeg hierboven een eerste actie toe.',
  emptyFiltered: (code: string): string => `Er zijn nog geen acties bij ${code}.`,
  filterLabel: 'Toon acties bij',
  filterAll: 'alle verwachtingen',
  viewLabel: 'Weergave',
  views: { table: 'Tabel', board: 'Bord' },
  added: (title: string): string => `Actie "${title}" is toegevoegd.`,
  deleted: (title: string): string => `Actie "${title}" is verwijderd.`,
  moved: (title: string, status: string): string => `Actie "${title}" staat nu bij ${status}.`,
} as const;

export const newAction = {
  title: 'Nieuwe actie',
  label: 'Titel van de nieuwe actie',
  hint: 'Kort en concreet, bijvoorbeeld "Intakegesprek herwerken met het CLB". Daarna vul je de rest aan.',
  linkedHint: (code: string): string => `De actie wordt gekoppeld aan ${code}.`,
  add: 'Actie toevoegen',
} as const;

export const actionTable = {
  caption: 'Acties van dit actieplan',
  title: 'Actie',
  expectations: 'Verwachtingen',
  owner: 'Trekker',
  dueDate: 'Einddatum',
  status: 'Status',
  sortBy: (column: string): string => `Sorteer op ${column.toLowerCase()}`,
} as const;

export const actionBoard = {
  count: (count: number): string => `(${count})`,
  empty: 'Geen acties.',
  owner: 'Trekker',
  dueDate: 'Einddatum',
  expectations: 'Verwachtingen',
  moveTo: 'Verplaatsen naar',
  move: 'Verplaats',
} as const;

export const actionEditor = {
  title: 'Actie bewerken',
  close: 'Sluiten',
  titleLabel: 'Titel',
  expectations: 'Bij welke verwachtingen hoort deze actie?',
  goal: 'Doel',
  goalHint: 'Wat wil je bereiken of veranderen?',
  successIndicator: 'Succesindicator',
  successIndicatorHint: 'Waaraan zie je dat het gelukt is?',
  owner: 'Trekker',
  ownerHint: 'Wie trekt de actie? Een naam, een functie of een werkgroep.',
  startDate: 'Startdatum (niet verplicht)',
  dueDate: 'Einddatum (niet verplicht)',
  status: 'Status',
  evaluation: 'Evaluatie',
  evaluationHint: 'Wat leverde de actie op? Borgen, bijsturen of stoppen?',
  errors: {
    title: 'Geef de actie een titel.',
    dueBeforeStart:
      'De einddatum ligt vóór de startdatum en is daarom niet bewaard; de andere velden zijn bewaard.',
    invalid: (field: string): string =>
      `${field}: dit kan niet bewaard worden. Verbeter het of maak het veld leeg; de andere velden zijn bewaard.`,
    /** Said when closing is refused. */
    cannotClose: (fields: string): string =>
      `Nog niet alles is bewaard: ${fields}. Verbeter of wis dat eerst; de andere velden zijn bewaard.`,
  },
  delete: 'Actie verwijderen',
  confirmDelete: (title: string): string =>
    `Actie "${title}" met haar hele voortgang verwijderen? Dat kan niet ongedaan worden gemaakt.`,
  confirmYes: 'Ja, verwijderen',
  cancel: 'Annuleren',
  deleting: 'Bezig met verwijderen…',
} as const;

export const progressLog = {
  title: 'Voortgang',
  empty: 'Nog geen voortgang genoteerd.',
  date: 'Datum',
  note: 'Wat gebeurde er?',
  add: 'Voortgang noteren',
  remove: 'Verwijderen',
  removeLabel: (date: string): string => `Notitie van ${date} verwijderen`,
  added: 'De notitie is toegevoegd.',
  removed: 'De notitie is verwijderd.',
  errors: {
    date: 'Kies de datum waarop het gebeurde.',
    note: 'Schrijf kort wat er gebeurde.',
  },
} as const;
