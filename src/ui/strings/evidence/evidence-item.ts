import { plural } from '../plural';

export const evidenceItem = {
  kind: 'Soort',
  voices: 'Stemmen',
  date: 'Datum',
  expectations: 'Verwachtingen',
  link: 'Link',
  attachments: 'Bijlagen',
  edit: 'Bewerken',
  delete: 'Verwijderen',
  confirmDelete: (title: string, files: number): string =>
    files === 0
      ? `Bron "${title}" verwijderen? Dat kan niet ongedaan worden gemaakt.`
      : `Bron "${title}" en ${plural(files, 'bijlage', 'bijlagen')} verwijderen? Dat kan niet ongedaan worden gemaakt.`,
  confirmYes: 'Ja, verwijderen',
  cancel: 'Annuleren',
  deleting: 'Bezig met verwijderen…',
  deleted: (title: string): string => `Bron "${title}" is verwijderd.`,
} as const;
