export const actionTable = {
  caption: 'Acties van dit actieplan',
  title: 'Actie',
  expectations: 'Verwachtingen',
  owner: 'Trekker',
  dueDate: 'Einddatum',
  status: 'Status',
  sortBy: (column: string): string => `Sorteer op ${column.toLowerCase()}`,
} as const;
