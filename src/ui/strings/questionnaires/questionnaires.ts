export const questionnaires = {
  title: 'Vragenlijsten voor wie we ondersteunen',
  intro:
    'Per groep een vragenlijst: partnerscholen, leraren, ouders, leerlingen van de lagere school en van het secundair, het CLB en je eigen leerondersteuners. Elke stelling hoort bij de kwaliteitsverwachtingen waarover ze iets zegt, zodat de stem van wie je ondersteunt meetelt in je zelfevaluatie, zoals BL2 vraagt.',
  howToUse:
    'Lees ze met je kwaliteitsteam of druk ze af. Niemand vult een naam in: de antwoorden zijn anoniem.',
  groupsTitle: 'De vragenlijsten',
  statementCount: (items: number, open: number): string =>
    `${items} stellingen en ${open} ${open === 1 ? 'open vraag' : 'open vragen'}`,
  easyRead: 'in eenvoudige taal, met pictogrammen',
  coverageTitle: 'Welke verwachtingen komen aan bod?',
  coverageIntro: 'Per kwaliteitsverwachting de vragenlijsten met stellingen die erover iets zeggen.',
  coverageGroups: 'Bevraagd bij',
  backToAll: 'Alle vragenlijsten',
  respondentsLabel: 'Voor wie',
  respondentView: 'Zo leest de respondent de vragenlijst',
  scaleIntro: 'Bij elke stelling kies je één antwoord:',
  statementsTitle: 'Stellingen',
  /** The same two for a young reader, who may not know the word "stelling". */
  scaleIntroEasy: 'Kies bij elke zin één antwoord:',
  statementsTitleEasy: 'Wat vind jij?',
  informsLabel: 'Zegt iets over',
  supportLevelLabel: 'Ondersteuningsniveau',
  openQuestionsTitle: 'In je eigen woorden',
  openQuestionsIntro: 'Deze vragen mag je overslaan.',
  informedTitle: 'Verwachtingen die deze vragenlijst informeert',
  onExpectationPage: 'Stellingen over deze verwachting staan in de vragenlijst voor',
} as const;
