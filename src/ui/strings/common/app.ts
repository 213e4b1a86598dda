export const app = {
  needsScript: 'Dit deel van Leersteunspiegel werkt in je browser en heeft JavaScript nodig.',
  loading: 'Gegevens laden…',
  loadFailed:
    'De gegevens in deze browser konden niet gelezen worden. Herlaad de pagina; lukt het dan nog niet, maak een back-up via "Gegevens en back-up".',
} as const;
