import type { ActionStatus } from '../../../domain/action';
import { plural } from '../plural';

/** Interface text of the actions views: the action plan with its table, board and editor. */
export const actions = {
  title: 'Actieplan',
  intro:
    'Het ontwikkelplan van deze zelfevaluatie: wat pak je aan, bij welke verwachting, wie trekt het en tegen wanneer? Volg de acties op in een tabel of op een bord. Alles wordt automatisch bewaard op dit toestel.',
  statuses: {
    planned: 'gepland',
    ongoing: 'lopend',
    done: 'afgerond',
    postponed: 'uitgesteld',
    dropped: 'geschrapt',
  } satisfies Record<ActionStatus, string>,
  overdue: 'te laat',
  carriedOver: {
    from: (schoolYear: string): string => `overgenomen uit ${schoolYear}`,
    to: (schoolYear: string): string => `overgenomen naar ${schoolYear}`,
  },
  noDueDate: 'geen einddatum',
  summary: (open: number, overdue: number): string =>
    open === 0 ? 'Geen open acties.' : `${plural(open, 'actie', 'acties')} open, waarvan ${overdue} te laat.`,
  listTitle: 'Acties',
  empty: 'Er staan nog geen acties in dit actieplan. Voeg hierboven een eerste actie toe.',
  emptyFiltered: (code: string): string => `Er zijn nog geen acties bij ${code}.`,
  filterLabel: 'Toon acties bij',
  filterAll: 'alle verwachtingen',
  viewLabel: 'Weergave',
  views: { table: 'Tabel', board: 'Bord' },
  added: (title: string): string => `Actie "${title}" is toegevoegd.`,
  deleted: (title: string): string => `Actie "${title}" is verwijderd.`,
  moved: (title: string, status: string): string => `Actie "${title}" staat nu bij ${status}.`,
} as const;
