export const levelColours = {
  legendTitle: 'Legende',
} as const;
