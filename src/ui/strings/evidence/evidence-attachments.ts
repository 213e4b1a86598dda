export const evidenceAttachments = {
  view: 'Bekijken',
  download: 'Downloaden',
  remove: 'Weghalen',
  undoRemove: 'Toch houden',
  removed: 'wordt verwijderd bij bewaren',
  pending: 'wordt toegevoegd bij bewaren',
} as const;
