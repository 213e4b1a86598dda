export const glossary = {
  title: 'Begrippen',
  intro:
    'Begrippen uit het referentiekader en uit de regelgeving rond leersteun. Bij elk begrip staat de bron; omschrijvingen zonder aanhalingstekens schreven we zelf op basis van die bron.',
  quotedLabel: 'Letterlijk uit',
  ownLabel: 'Eigen omschrijving op basis van',
  relatedLabel: 'Zie ook',
  index: 'Begrippen van A tot Z',
} as const;
