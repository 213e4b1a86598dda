/** Interface text of the bevragingen of a cycle (/app/bevragingen/) and of the afnamemodus. */

import { LABEL_MAX_LENGTH } from '../../domain/record';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const surveys = {
  // Every page of one bevraging (link, paper, spreadsheet): when the address names none, or one not here.
  notOnDevice: 'Deze bevraging staat niet op dit toestel.',
  noneChosen: 'Er is geen bevraging gekozen.',
  backToSurveys: 'Terug naar de bevragingen',
  title: 'Bevragingen',
  intro:
    'Vraag partnerscholen, leraren, ouders, leerlingen of het CLB hoe zij de leersteun ervaren. Elke bevraging telt mee als bron bij de verwachtingen waarover haar stellingen iets zeggen. De antwoorden blijven op dit toestel en zijn anoniem.',
  add: 'Nieuwe bevraging',
  listTitle: 'Bevragingen van deze zelfevaluatie',
  teamOnly:
    'Bevragingen horen bij een teamzelfevaluatie: hun resultaten wegen mee in het gezamenlijke oordeel en staan in het rapport van het centrum. In een eigen reflectie of een bijdrage aan een team stel je er geen op; de coördinator van het team doet dat.',
  empty: 'Er zijn nog geen bevragingen in deze zelfevaluatie.',
  emptyWhy:
    'BL2 vraagt dat je de scholen, de ouders, de leerlingen en andere partners betrekt als je je kwaliteit evalueert. Met een bevraging laat je hen zelf aan het woord.',
  groupTitle: (group: string): string => `Bevraging van ${group}`,
  period: 'Periode',
  periodValue: (start: string, end: string): string => `${start} tot en met ${end}`,
  asked: 'Gevraagd',
  askedValue: (count: number): string => plural(count, 'persoon', 'personen'),
  answered: 'Antwoorden tot nu toe',
  statements: 'Stellingen',
  statementsValue: (count: number): string => plural(count, 'stelling', 'stellingen'),
  status: 'Stand',
  notStarted: (start: string): string => `begint op ${start}`,
  running: 'loopt',
  closed: 'afgesloten',
  finished: 'afgelopen',
  resultsElsewhere:
    'De resultaten staan bij de verwachtingen (Beoordelen en Consensus) en in het rapport, zodra de bevraging afgelopen is.',
  // The page of a bevraging's link (strings of its own in survey-link.ts).
  collectAnswers: 'Antwoorden verzamelen',
  linkAndQr: 'Link en QR-code',
  linkAndQrHint: 'respondenten antwoorden op hun eigen toestel en sturen een antwoordbestand terug',
  startKiosk: 'Afname op dit toestel starten',
  spreadsheet: 'Microsoft Forms of Google Forms',
  spreadsheetHint: 'de vragenlijst naar Forms brengen en de resultaten inlezen',
  edit: 'Bewerken',
  close: 'Nu afsluiten',
  confirmClose: (group: string): string =>
    `De bevraging van ${group} nu afsluiten? Daarna kan niemand nog antwoorden. De resultaten worden dan zichtbaar.`,
  confirmCloseYes: 'Ja, nu afsluiten',
  closing: 'Bezig met afsluiten…',
  closedDone: (group: string): string => `De bevraging van ${group} is afgesloten.`,
  delete: 'Verwijderen',
  confirmDelete: (group: string, answers: number): string =>
    answers === 0
      ? `De bevraging van ${group} verwijderen? Ze heeft nog geen antwoorden. Dat kan niet ongedaan worden gemaakt.`
      : `De bevraging van ${group} verwijderen, met ${plural(answers, 'antwoord', 'antwoorden')}? Dat kan niet ongedaan worden gemaakt.`,
  confirmDeleteYes: 'Ja, verwijderen',
  deleting: 'Bezig met verwijderen…',
  deleted: (group: string): string => `De bevraging van ${group} is verwijderd.`,
  cancel: 'Annuleren',
  saved: (group: string): string => `De bevraging van ${group} is bewaard.`,
} as const;

export const surveyForm = {
  newTitle: 'Nieuwe bevraging',
  editTitle: 'Bevraging bewerken',
  errorSummary: 'Nog niet alles is in orde:',
  group: 'Wie bevraag je?',
  groupFrozen: 'Deze bevraging heeft al antwoorden: de groep blijft dezelfde.',
  statements: 'Stellingen uit de vragenlijst',
  statementsHint:
    'Aangevinkt: de stellingen die iets zeggen over de verwachtingen van deze zelfevaluatie. Minder stellingen maakt de bevraging korter.',
  informs: 'zegt iets over',
  frozen:
    'Deze bevraging heeft al antwoorden. Daarom liggen de stellingen vast: anders zouden die antwoorden iets anders betekenen. Wil je een stelling anders formuleren? Dat is een nieuwe stelling: start dan een nieuwe bevraging.',
  chooseGroupFirst: 'Kies eerst wie je bevraagt; dan verschijnen de stellingen van die vragenlijst.',
  ownTitle: 'Eigen stellingen',
  ownHint: (max: number): string =>
    `Wil je iets vragen wat niet in de vragenlijst staat? Voeg hoogstens ${max} eigen stellingen toe. Ze krijgen dezelfde antwoorden als de andere stellingen.`,
  ownStatement: (index: number): string => `Eigen stelling ${index}`,
  ownInforms: (index: number): string => `Eigen stelling ${index} zegt iets over`,
  ownAdd: 'Eigen stelling toevoegen',
  ownRemove: (index: number): string => `Eigen stelling ${index} weghalen`,
  ownFull: (max: number): string => `Je hebt het maximum van ${max} eigen stellingen bereikt.`,
  introduction: 'Inleiding (niet verplicht)',
  introductionHint:
    'Wat de respondent eerst leest. Laat je dit leeg, dan leest hij de inleiding van de vragenlijst:',
  startDate: 'Eerste dag',
  endDate: 'Laatste dag',
  periodLegend: 'Periode',
  periodHint: 'Na de laatste dag kan niemand nog antwoorden en worden de resultaten zichtbaar.',
  askedCount: 'Hoeveel mensen vraag je?',
  askedCountHint: 'Daarmee berekent Leersteunspiegel hoeveel procent antwoordde.',
  threshold: 'Anonimiteitsdrempel',
  thresholdHint: (min: number): string =>
    `Een resultaat met minder antwoorden dan dit getal blijft verborgen, zodat niemand kan afleiden wie wat antwoordde. Minstens ${min}.`,
  save: 'Bewaren',
  saving: 'Bezig met bewaren…',
  cancel: 'Annuleren',
  errors: {
    group: 'Kies wie je bevraagt.',
    statements: 'Kies minstens één stelling, of voeg een eigen stelling toe.',
    ownText: (index: number): string => `Schrijf de tekst van eigen stelling ${index}.`,
    ownTooLong: (index: number): string =>
      `Eigen stelling ${index} is te lang: hoogstens ${LABEL_MAX_LENGTH} tekens.`,
    ownInforms: (index: number): string => `Kies minstens één verwachting bij eigen stelling ${index}.`,
    introduction: (max: number): string => `De inleiding is te lang: hoogstens ${max} tekens.`,
    startDate: 'Kies de eerste dag.',
    endDate: 'Kies de laatste dag.',
    endBeforeStart: 'Kies een laatste dag op of na de eerste dag.',
    askedCount: 'Vul in hoeveel mensen je vraagt: minstens één.',
    threshold: (min: number): string => `De drempel is een heel getal van minstens ${min}.`,
  },
} as const;

/**
 * The afnamemodus. What the respondent reads comes in two registers: plain Dutch (B1) for adults and older
 * pupils, and `easy` for pupils of the lagere school, written for a nine-year-old.
 */
export const kiosk = {
  title: 'Afname op dit toestel',
  notFound: 'Deze bevraging staat niet op dit toestel.',
  missingId: 'Er is geen bevraging gekozen.',
  finished:
    'Deze bevraging is afgesloten of de periode is voorbij. Er kunnen geen antwoorden meer bij. Geef het toestel terug.',
  closedCycle: 'Deze zelfevaluatie is afgesloten. Er kunnen geen antwoorden meer bij.',
  // The coordinator's start screen.
  startTitle: (group: string): string => `Afname bij ${group}`,
  startIntro: (statements: number): string =>
    `Na de start ziet elke respondent een welkomstscherm en ${plural(statements, 'stelling', 'stellingen')}, één per scherm, en daarna de open vragen. Na "Verstuur" zijn de antwoorden meteen bewaard en ziet de volgende persoon een leeg scherm.`,
  startHowToStop:
    'Stoppen kan alleen met de knop "Afname stoppen" rechtsboven. Met een code voorkom je dat een respondent de rest van de app opent.',
  code: 'Code om te stoppen (niet verplicht)',
  codeHint: 'Een kort woord of getal. Het blijft alleen in dit venster bewaard, tot je stopt.',
  start: 'Afname starten',
  back: 'Terug naar de bevragingen',
  // Leaving.
  stop: 'Afname stoppen',
  stopQuestion: 'Afname stoppen?',
  stopExplanation: 'Je gaat terug naar de bevragingen. De antwoorden die al verstuurd zijn, blijven bewaard.',
  stopCode: 'Code',
  stopWrongCode: 'Deze code klopt niet.',
  stopYes: 'Ja, stoppen',
  stopNo: 'Nee, verder',
} as const;

/** The respondent's screens, in plain Dutch (B1). */
export const kioskRespondent = {
  welcome: 'Welkom',
  anonymous: 'Je naam wordt niet gevraagd. Je mag een stelling overslaan.',
  begin: 'Beginnen',
  progress: (index: number, total: number): string => `Stelling ${index} van ${total}`,
  apart: 'Of:',
  previous: 'Vorige',
  next: 'Volgende',
  openTitle: 'In je eigen woorden',
  openIntro: 'Deze vragen mag je overslaan.',
  send: 'Klaar, verstuur mijn antwoorden',
  sending: 'Bezig met versturen…',
  thanks: 'Bedankt!',
  thanksBody: 'Je antwoorden zijn bewaard. Geef het toestel terug.',
  nextPerson: 'Volgende persoon',
  retry: 'Je antwoorden staan nog op het scherm. Probeer opnieuw of vraag hulp.',
  giveBack: 'Geef het toestel terug aan wie de bevraging afneemt.',
} as const;

/** The same screens for a pupil of the lagere school: short words, short sentences. */
export const kioskRespondentEasy = {
  ...kioskRespondent,
  welcome: 'Hallo!',
  // The questionnaire's own introduction already says that no name is written.
  anonymous: 'Weet je het niet? Kies dan "Weet ik niet". Of ga gewoon verder.',
  begin: 'Start',
  progress: (index: number, total: number): string => `Vraag ${index} van ${total}`,
  previous: 'Terug',
  next: 'Verder',
  openTitle: 'Wil je nog iets zeggen?',
  openIntro: 'Dat hoeft niet.',
  send: 'Klaar! Verstuur',
  thanksBody: 'Je antwoorden zijn bewaard. Geef de tablet of de computer terug.',
  retry: 'Je antwoorden staan er nog. Vraag hulp aan een volwassene.',
  giveBack: 'Geef de tablet of de computer terug aan de juf of de meester.',
} as const;
