export const rating = {
  pageTitle: (code: string): string => `${code} beoordelen`,
  position: (index: number, total: number): string => `Verwachting ${index} van ${total} in deze cyclus`,
  previous: 'Vorige verwachting',
  next: 'Volgende verwachting',
  toOverview: 'Terug naar het overzicht',
  shortcutHint: 'Sneltoetsen: Alt+PageUp en Alt+PageDown gaan naar de vorige en volgende verwachting.',
  outOfScope: (code: string): string =>
    `${code} hoort niet bij de verwachtingen in focus van deze zelfevaluatie.`,
  formTitle: 'Jouw beoordeling',
  jumpToForm: 'Naar jouw beoordeling',
  consensusNote: 'Dit is jouw eigen oordeel. Het gezamenlijke oordeel van het team komt in de consensusfase.',
  reflectionTitle: 'Reflectievragen en mogelijke bronnen',
  scaleLegend: 'Niveau op de ontwikkelingsschaal',
  scaleHint:
    'Kies het niveau dat het best past. Kun je (nog) niet oordelen, kies dan een van de andere mogelijkheden.',
  otherAnswers: 'Of',
  levelNumber: (value: number): string => `Niveau ${value}:`,
  justificationLabel: 'Verantwoording',
  justificationHint: 'Waarom dit niveau? Verwijs naar wat je zag, hoorde of las.',
  strengthsLabel: 'Sterktes',
  pointsToDevelopLabel: 'Ontwikkelpunten',
  supportLevelsLegend: 'Op welke ondersteuningsniveaus slaat dit?',
  goodPractice: {
    title: 'Goede praktijk (nodig voor niveau 4)',
    explanation:
      'De onderwijsinspectie spreekt van goede praktijk als aan vijf criteria voldaan is. Beschrijf de praktijk, vink elk criterium aan en koppel telkens minstens één bron die het aantoont.',
    descriptionLabel: 'Welke goede praktijk?',
    criteriaLegend: 'Criteria voor goede praktijk',
    met: 'Voldaan',
    evidenceLegend: (criterion: number): string => `Bronnen die criterium ${criterion} aantonen`,
    noEvidence: 'Er zijn nog geen bronnen voor deze verwachting. Voeg eerst een bron toe.',
    accepted:
      'Niveau 4 is aanvaard: de goede praktijk is beschreven en elk criterium is met bronnen gestaafd.',
    notAccepted: (kept: string): string =>
      `Niveau 4 is nog niet aanvaard. Tot dan blijft bewaard: "${kept}". Wat nog ontbreekt:`,
    toSubstantiate:
      'Je niveau 4 telt mee in de spreiding van het team, gemarkeerd als "goede praktijk nog te onderbouwen". Beschrijf kort de praktijk; het team beslist bij de consensus. Wat nog ontbreekt om ze te onderbouwen:',
    missingDescription: 'de beschrijving van de goede praktijk',
    criterionMissing: (criterion: number, notTicked: boolean, noEvidence: boolean): string =>
      `criterium ${criterion}: ${[notTicked && 'nog niet aangevinkt', noEvidence && 'nog geen bron gekoppeld'].filter(Boolean).join(' en ')}`,
  },
  evidenceTitle: 'Bronnen bij deze verwachting',
  evidenceNone: 'Deze beoordeling steunt nog op geen enkele bron.',
  evidenceHints: {
    noEvidence:
      'Tip: een oordeel is sterker als het steunt op bronnen. Voeg er een toe, bij voorkeur vanuit verschillende stemmen.',
    singleVoice:
      'Tip: alle bronnen vertolken dezelfde stem. Kun je ook het perspectief van anderen (leerlingen, ouders, leraren, schoolteams …) betrekken?',
  },
  addEvidence: (code: string): string => `Bron toevoegen bij ${code}`,
  actionsTitle: 'Acties bij deze verwachting',
  actionsNone: 'Er zijn nog geen acties voor deze verwachting.',
  addAction: (code: string): string => `Actie toevoegen bij ${code}`,
  chooseSelf: 'Naar de deelnemers',
} as const;
