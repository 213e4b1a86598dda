export const cycleNav = {
  label: 'Deze zelfevaluatie',
  overview: 'Overzicht',
  rate: 'Beoordelen',
  evidence: 'Bronnen',
  surveys: 'Bevragingen',
  actions: 'Actieplan',
  participants: 'Deelnemers',
  contributions: 'Bijdragen',
  consensus: 'Consensus',
  report: 'Rapport',
} as const;
