export const newAction = {
  title: 'Nieuwe actie',
  label: 'Titel van de nieuwe actie',
  hint: 'Kort en concreet, bijvoorbeeld "Intakegesprek herwerken met het CLB". Daarna vul je de rest aan.',
  linkedHint: (code: string): string => `De actie wordt gekoppeld aan ${code}.`,
  add: 'Actie toevoegen',
} as const;
