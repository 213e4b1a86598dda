import { plural } from '../plural';

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
