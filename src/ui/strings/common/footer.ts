export const footer = {
  sourceLabel: 'Bron van de officiële tekst',
  oursNote:
    'Reflectievragen, bronsuggesties, vragenlijsten en verwante verwachtingen zijn eigen inhoud van Leersteunspiegel, geen tekst van het referentiekader.',
  aboutLink: 'Meer over de bronnen',
  offlineLink: 'Offline werken en installeren',
  privacyLink: 'Privacy en je gegevens',
  questionnairesLink: 'Vragenlijsten',
} as const;
