export const notFound = {
  title: 'Pagina niet gevonden',
  body: 'Deze pagina bestaat niet (meer). Misschien vind je wat je zoekt via het overzicht of de zoekfunctie.',
} as const;
