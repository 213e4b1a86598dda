import { kioskRespondent } from './kiosk-respondent';

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
