export const framework = {
  overviewTitle: 'Het referentiekader in één oogopslag',
  overviewIntro:
    '17 kwaliteitsverwachtingen in drie rubrieken. Kies een verwachting om het kwaliteitsbeeld en de reflectievragen te lezen.',
  officialLabel: 'Uit het referentiekader',
  expectationLabel: 'Kwaliteitsverwachting',
  qualityImageLabel: 'Kwaliteitsbeeld',
  rubricLabel: 'Rubriek',
  subrubricLabel: 'Deelrubriek',
  previous: 'Vorige verwachting',
  next: 'Volgende verwachting',
  pagination: 'Naar een andere verwachting',
  breadcrumb: 'Kruimelpad',
  backToOverview: 'Alle verwachtingen',
} as const;
