export const save = {
  idle: '',
  pending: 'Wijzigingen worden bewaard…',
  saving: 'Bewaren…',
  saved: 'Opgeslagen op dit toestel',
  storageFull:
    'Niet opgeslagen: de opslag van deze browser is vol. Je tekst staat nog op het scherm. Maak ruimte vrij (bv. oude bijlagen verwijderen) en typ verder; dan wordt opnieuw bewaard.',
  invalid: 'Niet opgeslagen: een veld is niet geldig. Controleer je invoer.',
  failed: 'Niet opgeslagen door een fout in de browser. Je tekst staat nog op het scherm; probeer opnieuw.',
  refused: (reason: string): string =>
    `Niet opgeslagen: deze browser weigert gegevens te bewaren (melding van de browser: "${reason}"). Dat doet Safari bijvoorbeeld in een privévenster: open Leersteunspiegel dan in een gewoon venster. Je invoer staat nog op het scherm.`,
  persistencePrompt:
    'Je browser vraagt of Leersteunspiegel je gegevens blijvend mag bewaren (Firefox toont die vraag links van de adresbalk). Kies "Toestaan": dan wist de browser ze niet als de schijf vol raakt. Je werk is intussen al bewaard, ook zolang je niet antwoordt.',
  closed:
    'Niet opgeslagen: deze zelfevaluatie is afgesloten. Heropen ze eerst op het overzicht als je ze echt wilt wijzigen.',
  surveyFrozen:
    'Niet opgeslagen: deze bevraging heeft al antwoorden, dus haar stellingen liggen vast. Wil je andere stellingen vragen, start dan een nieuwe bevraging.',
  surveyFinished:
    'Niet opgeslagen: deze bevraging neemt geen antwoorden meer aan. Ze is afgesloten of haar periode is voorbij.',
  notPaper:
    'Niet opgeslagen: dit antwoord is niet van papier ingetypt. Alleen ingetypte papieren formulieren kun je hier verbeteren of verwijderen.',
  notSelf:
    'Niet opgeslagen: kies eerst wie jij bent in deze zelfevaluatie. Leersteunspiegel schrijft nooit in de beoordelingen van iemand anders.',
} as const;
