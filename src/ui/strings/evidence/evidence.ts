import { plural } from '../plural';

/** Interface text of the evidence views. */
export const evidence = {
  title: 'Bronnen',
  intro:
    'Verzamel wat laat zien hoe je werkt — documenten, cijfers, observaties, bevragingen, gesprekken — en koppel elke bron aan de verwachtingen waarover ze iets zegt. Bijlagen blijven op dit toestel.',
  add: 'Nieuwe bron toevoegen',
  addFor: (code: string): string => `Nieuwe bron bij ${code} toevoegen`,
  listTitle: 'Bronnen van deze zelfevaluatie',
  count: (shown: number, total: number): string => `${shown} van ${plural(total, 'bron', 'bronnen')}`,
  empty: 'Er zijn nog geen bronnen in deze zelfevaluatie.',
  emptyWhy:
    'Een bron onderbouwt een oordeel: een verslag, cijfers, een observatie, een bevraging, een gesprek. Laat bij elke verwachting liefst meer dan één stem aan het woord — leerlingen, ouders, leraren, schoolteams, partners … Zo steunt een oordeel niet op één perspectief (triangulatie).',
  ideas: 'Ideeën nodig? Bij elke verwachting in het referentiekader staan mogelijke bronnen:',
  ideasFor: (code: string): string => `Mogelijke bronnen bij ${code} in het referentiekader`,
  noMatch: 'Geen bronnen die aan deze filters voldoen.',
  /** While a long list is still being filled in, below what it shows. */
  loadingMore: 'De overige bronnen worden geladen…',
  saved: (title: string): string => `Bron "${title}" is bewaard.`,
  savedOutsideFilter: (title: string): string =>
    `Bron "${title}" is bewaard. Ze valt buiten de gekozen filters; wis de filters om ze te zien.`,
} as const;
