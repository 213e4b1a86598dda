export const compare = {
  title: 'Zelfevaluaties vergelijken',
  intro:
    'Hoe evolueert elke verwachting over de schooljaren heen? Een teamzelfevaluatie telt alleen gezamenlijke oordelen, een individuele reflectie alleen je eigen oordelen. Alleen cycli die tegen dezelfde versie van het referentiekader beoordeeld werden, worden met elkaar vergeleken.',
  tooFew: 'Je hebt minstens twee zelfevaluaties nodig om te vergelijken.',
  chooseLegend: 'Welke zelfevaluaties vergelijk je?',
  chartLabel: 'Lijndiagram van het niveau per verwachting over de gekozen zelfevaluaties.',
  tableCaption: 'Niveau per verwachting en per zelfevaluatie',
  changeColumn: 'Verandering',
  changes: {
    rose: 'gestegen',
    fell: 'gedaald',
    same: 'gelijk',
    needsInformation: 'nu meer informatie nodig',
    noTeamJudgement: 'nog geen gezamenlijk oordeel',
    notComparable: 'niet te vergelijken',
  },
  noTeamJudgement: 'nog geen gezamenlijk oordeel',
  outOfScope: 'niet in focus van deze cyclus',
  modesDiffer:
    'Je vergelijkt teamzelfevaluaties met individuele reflecties: een gezamenlijk oordeel en een eigen oordeel zijn niet hetzelfde.',
  peopleDiffer: 'Je vergelijkt reflecties van verschillende personen.',
  scopesDiffer: 'De gekozen zelfevaluaties hebben niet dezelfde verwachtingen in focus.',
  stillInProgress: (names: string): string =>
    `Nog niet afgerond, de oordelen kunnen nog veranderen: ${names}.`,
  roseTitle: 'Gestegen',
  fellTitle: 'Gedaald',
  needsInformationTitle: 'Nu meer informatie nodig',
  noneRose: 'Geen enkele verwachting steeg.',
  noneFell: 'Geen enkele verwachting daalde.',
  noneNeedsInformation: 'Geen enkele verwachting ging van een niveau naar "meer informatie nodig".',
  fromTo: (from: string, to: string): string => `van "${from}" naar "${to}"`,
} as const;
