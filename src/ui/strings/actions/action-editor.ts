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
