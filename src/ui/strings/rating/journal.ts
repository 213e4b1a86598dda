/** Interface text of a person's journal on one expectation (beside its rating). */
export const journal = {
  title: 'Mijn logboek',
  intro:
    'Korte notities met een datum: wat je deed, zag of hoorde rond deze verwachting. Zo groeit je reflectie over het schooljaar. Alleen jij ziet en wijzigt ze op dit toestel.',
  empty: 'Nog geen notities.',
  date: 'Datum',
  text: 'Notitie',
  newNote: 'Nieuwe notitie',
  add: 'Notitie toevoegen',
  added: 'De notitie is toegevoegd.',
  edit: 'Wijzigen',
  editLabel: (date: string): string => `Notitie van ${date} wijzigen`,
  save: 'Bewaren',
  saved: 'De notitie is bewaard.',
  cancel: 'Annuleren',
  remove: 'Verwijderen',
  removeLabel: (date: string): string => `Notitie van ${date} verwijderen`,
  confirmRemove: (date: string): string =>
    `De notitie van ${date} verwijderen? Dat kun je niet ongedaan maken.`,
  confirmYes: 'Ja, verwijderen',
  keep: 'Nee, behouden',
  removed: 'De notitie is verwijderd.',
  errors: {
    date: 'Kies de datum waarover de notitie gaat.',
    text: 'Schrijf eerst een korte notitie.',
  },
} as const;
