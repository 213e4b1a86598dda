/** Interface text about working offline: the connection indicator and the notice of a new version. */

export const offline = {
  indicator: 'Offline',
  indicatorDetail: 'je werkt verder op dit toestel',
  helpLink: 'Wat betekent dat?',
};

export const update = {
  available: 'Er is een nieuwe versie van Leersteunspiegel klaar.',
  activeElsewhere:
    'Een nieuwe versie van Leersteunspiegel is actief in een ander tabblad. Herlaad deze pagina wanneer het je uitkomt.',
  reload: 'Nu vernieuwen',
  later: 'Later',
  unsavedFirst:
    'In dit scherm staat nog tekst die niet bewaard is. Bewaar of annuleer die eerst; daarna kun je vernieuwen.',
  reloading: 'Even geduld: de nieuwe versie wordt geladen…',
};
