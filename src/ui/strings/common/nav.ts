export const nav = {
  home: 'Start',
  cycles: 'Zelfevaluaties',
  profile: 'Ons centrum',
  qualityCalendar: 'Kwaliteitskalender',
  data: 'Gegevens en back-up',
  framework: 'Referentiekader',
  contextInput: 'Context en input',
  glossary: 'Begrippen',
  search: 'Zoeken',
  about: 'Over en bronnen',
} as const;
