export const search = {
  title: 'Zoeken',
  label: 'Zoek in het referentiekader en de begrippen',
  button: 'Zoeken',
  placeholder: 'bv. OV4-verslag',
  noScript:
    'Zoeken vraagt JavaScript. Gebruik anders het overzicht van de verwachtingen of de begrippenlijst.',
  loading: 'Bezig met zoeken…',
  unavailable:
    'De zoekindex is niet beschikbaar. Hij wordt gemaakt bij "npm run build"; in de ontwikkelmodus werkt zoeken niet.',
  results: (count: number, query: string): string =>
    count === 0
      ? `Geen resultaten voor "${query}".`
      : `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor "${query}".`,
} as const;
