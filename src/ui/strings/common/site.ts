export const site = {
  name: 'Leersteunspiegel',
  tagline: 'Zelfevaluatie voor leersteuncentra, op basis van het Referentiekader kwaliteitsvolle leersteun',
  skipLink: 'Naar de inhoud',
  mainNav: 'Hoofdmenu',
  privacyPromise: 'Je gegevens blijven op dit toestel.',
} as const;
