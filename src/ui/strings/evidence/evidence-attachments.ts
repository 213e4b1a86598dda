export const evidenceAttachments = {
  view: 'Bekijken',
  download: 'Downloaden',
  remove: 'Weghalen',
  undoRemove: 'Toch houden',
  removed: 'wordt verwijderd bij bewaren',
  pending: 'wordt toegevoegd bij bewaren',
  opening: 'Bestand wordt gelezen…',
  gone: (name: string): string =>
    `"${name}" is er niet meer: het werd intussen verwijderd, misschien in een ander tabblad. Herlaad de pagina om de lijst bij te werken.`,
} as const;
