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
