export const helpers = {
  title: 'Hulp bij het reflecteren',
  oursBadge: 'Eigen inhoud van Leersteunspiegel',
  oursExplanation:
    'Deze vragen en suggesties schreven we zelf als hulpmiddel. Ze maken geen deel uit van het referentiekader en zijn geen verwachting van de onderwijsinspectie.',
  questionsTitle: 'Reflectievragen per ondersteuningsniveau',
  supportLevels: { leerling: 'Leerling', leraar: 'Leraar', schoolteam: 'Schoolteam' },
  evidenceTitle: 'Mogelijke bronnen',
  evidenceKindLabel: 'Soort',
  voicesLabel: 'Stemmen',
  relatedTitle: 'Lees ook',
} as const;

export type SupportLevelLabels = typeof helpers.supportLevels;
