export const actionBoard = {
  count: (count: number): string => `(${count})`,
  empty: 'Geen acties.',
  owner: 'Trekker',
  dueDate: 'Einddatum',
  expectations: 'Verwachtingen',
  moveTo: 'Verplaatsen naar',
  move: 'Verplaats',
} as const;
