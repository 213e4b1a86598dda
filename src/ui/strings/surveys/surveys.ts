import { plural } from '../plural';

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
