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
