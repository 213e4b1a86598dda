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
