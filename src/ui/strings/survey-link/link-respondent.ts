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
