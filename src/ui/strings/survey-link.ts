/**
 * Interface text of a bevraging's link: the coordinator's page "Link en QR-code" with its letter and the reading
 * in of answer files (/app/bevragingen/link/), and the respondent's page the link opens (/bevraging/).
 */

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The coordinator's page. */
export const surveyLink = {
  title: 'Link en QR-code',
  intro:
    'Stuur respondenten een link of geef hun een brief met een QR-code. Zij antwoorden op hun eigen toestel en sturen je een klein antwoordbestand terug. Er gaat niets naar een server.',
  which: (group: string, period: string): string => `Bevraging van ${group}, ${period}.`,
  linkTitle: 'De link',
  linkLabel: 'Link naar de vragenlijst',
  linkHint:
    'De vragenlijst zit in de link zelf, achter het #-teken. Wie de link opent, heeft geen account nodig en krijgt op het einde een antwoordbestand.',
  linkLength: (characters: number): string => `De link is ${characters} tekens lang.`,
  copy: 'Link kopiëren',
  copied: 'De link is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
  changedAfterAnswers:
    'Pas je de stellingen aan, dan hoort er een nieuwe link bij: antwoorden op de oude link worden dan niet meer ingelezen.',
  qrTitle: 'QR-code',
  qrLabel: (group: string): string => `QR-code met de link naar de bevraging van ${group}`,
  qrLoading: 'De QR-code wordt getekend…',
  qrTooLong:
    'Deze link is te lang voor een QR-code die een gsm nog goed leest. Kort de inleiding of laat een paar stellingen weg, of verstuur de link zelf per mail of Smartschool.',
  qrFailed: 'De QR-code kon niet getekend worden. De link zelf werkt wel.',
  print: 'Brief met QR-code afdrukken',
  letterTitle: 'Brief voor respondenten',
  letterHint: 'Zo ziet de brief er op papier uit. Alleen de brief wordt afgedrukt.',
  letterGreeting: 'Beste,',
  letterBody: (centre: string): string =>
    `${centre ? `${centre} wil` : 'Wij willen'} graag weten hoe je de leersteun ervaart. Het invullen duurt ongeveer tien minuten en je naam wordt nergens gevraagd.`,
  letterScan:
    'Scan de QR-code met de camera van je gsm of tablet. Lukt dat niet, vraag ons dan de link per mail of via Smartschool.',
  letterReturn:
    'Op het einde bewaar je een klein antwoordbestand. Stuur dat bestand terug zoals in de inleiding van de vragenlijst staat: als bijlage bij een mail, via Smartschool of via Teams.',
  letterUntil: (day: string): string => `Je kunt antwoorden tot en met ${day}.`,
  letterThanks: 'Alvast bedankt!',
};

/** Reading answer files back in. */
export const answerImport = {
  title: 'Antwoordbestanden inlezen',
  intro:
    'Kies alle antwoordbestanden die je terugkreeg, gerust tientallen tegelijk, of sleep ze hierheen. Je ziet eerst wat er ingelezen wordt; pas na je bevestiging worden de antwoorden bewaard.',
  choose: 'Antwoordbestanden kiezen',
  drop: 'Of sleep de bestanden naar dit vak.',
  reading: (done: number, total: number): string => `Bestand ${done} van ${total} gelezen…`,
  planTitle: 'Wat er ingelezen wordt',
  takenTitle: (count: number): string => `${plural(count, 'antwoord', 'antwoorden')} klaar om in te lezen`,
  refusedTitle: (count: number): string => `${plural(count, 'bestand', 'bestanden')} niet ingelezen`,
  nothingTaken: 'Geen van deze bestanden kan ingelezen worden.',
  confirm: (count: number): string => `${plural(count, 'antwoord', 'antwoorden')} bewaren`,
  cancel: 'Annuleren',
  close: 'Sluiten',
  saving: 'De antwoorden worden bewaard…',
  saved: (count: number): string => `${plural(count, 'antwoord', 'antwoorden')} bewaard.`,
  answered: 'Antwoorden tot nu toe',
  fileErrors: {
    tooLarge: 'dit bestand is veel groter dan een antwoordbestand.',
    notText: 'dit is geen antwoordbestand (het is geen tekstbestand).',
    notJson:
      'dit bestand is beschadigd of onvolledig. Vraag de respondent het antwoordbestand opnieuw te sturen.',
    notOurs: 'dit is geen antwoordbestand van Leersteunspiegel.',
    otherKind:
      'dit is een ander soort bestand van Leersteunspiegel (een bijdrage of uitnodiging), geen antwoordbestand.',
    newerVersion:
      'dit bestand komt uit een nieuwere versie van Leersteunspiegel. Herlaad de pagina om de nieuwste versie te krijgen en probeer opnieuw.',
    invalid: 'sommige gegevens in dit antwoordbestand zijn ongeldig.',
    tampered:
      'dit antwoordbestand werd beschadigd of achteraf gewijzigd: de inhoud past niet meer bij de controlecode. Vraag de respondent het oorspronkelijke bestand te sturen.',
    locked: 'dit bestand is versleuteld; een antwoordbestand is dat nooit.',
    wrongPassphrase: 'dit bestand is versleuteld; een antwoordbestand is dat nooit.',
  },
  otherSurvey: (fileName: string): string =>
    `${fileName}: dit antwoord hoort bij een andere bevraging. Lees het in bij die bevraging.`,
  otherStatements: (fileName: string): string =>
    `${fileName}: de stellingen van deze bevraging werden gewijzigd nadat de link verstuurd werd. Dit antwoord hoort bij de oude stellingen en telt daarom niet mee.`,
  known: (fileName: string): string =>
    `${fileName}: dit antwoordbestand werd al eerder ingelezen. Het telt maar één keer mee.`,
  duplicate: (fileName: string, kept: string): string =>
    `${fileName}: dit is een kopie van ${kept}, dat al ingelezen wordt. Het telt maar één keer mee.`,
  closed: (fileName: string): string =>
    `${fileName}: deze bevraging is afgesloten. Er kunnen geen antwoorden meer bij.`,
  periodOver: (fileName: string, lastDay: string): string =>
    `${fileName}: de periode van deze bevraging liep tot ${lastDay}. Verleng de periode (knop "Bewerken" bij de bevraging) om dit antwoord toch in te lezen.`,
};

/** The respondent's page the link opens. */
export const linkRespondent = {
  title: 'Vragenlijst',
  description:
    'Een vragenlijst van een leersteuncentrum. Je antwoorden blijven op je toestel tot je ze zelf doorstuurt.',
  from: (centre: string): string => `Een vragenlijst van ${centre}`,
  errorTitle: 'Deze link werkt niet',
  errors: {
    empty:
      'Deze pagina opent een vragenlijst, maar de link is niet volledig: het deel na het #-teken ontbreekt. Open de link opnieuw vanuit de mail of het bericht, of scan de QR-code nog eens.',
    broken:
      'Deze link is beschadigd of onvolledig, bijvoorbeeld omdat hij bij het kopiëren werd afgebroken. Open de link opnieuw vanuit de mail of het bericht, of scan de QR-code nog eens.',
    tooLarge:
      'Deze link is langer dan een link van Leersteunspiegel kan zijn. Vraag het leersteuncentrum om een nieuwe link.',
    newerVersion:
      'Deze link komt uit een nieuwere versie van Leersteunspiegel. Herlaad de pagina om de nieuwste versie te krijgen.',
  },
  lastDayPassed: (day: string): string =>
    `De laatste dag van deze bevraging was ${day}. Je kunt nog antwoorden, maar vraag het leersteuncentrum of je antwoord nog welkom is.`,
  welcomeNote:
    'Op het einde krijg je een klein antwoordbestand. Dat stuur je zelf terug naar het leersteuncentrum: er wordt niets vanzelf verstuurd.',
  makeFile: 'Klaar, maak mijn antwoordbestand',
  makeFileEasy: 'Klaar!',
  making: 'Het antwoordbestand wordt gemaakt…',
  failed:
    'Het antwoordbestand kon niet gemaakt worden. Je antwoorden staan nog op het scherm; probeer opnieuw.',
  thanksBody:
    'Je antwoorden staan nu in een klein bestand. Bewaar het en stuur het terug naar het leersteuncentrum. Er is nog niets verstuurd.',
  download: 'Antwoordbestand bewaren',
  howToSend: 'Hoe stuur ik het terug?',
  howToSendSteps: [
    'Bewaar het bestand met de knop hierboven. Het komt meestal in de map "Downloads".',
    'Stuur het terug zoals het leersteuncentrum vroeg in de inleiding: als bijlage bij een mail, via Smartschool of via Teams.',
    'Het bestand bevat alleen je antwoorden en de datum van vandaag: geen naam, geen toestel, geen uur.',
  ],
  fileName: (name: string): string => `Bestandsnaam: ${name}`,
};
