import type { ParticipantRole } from '../../../domain/participant';

export const participants = {
  title: 'Deelnemers',
  intro:
    'Wie neemt deel aan deze zelfevaluatie? Gebruik een naam of een alias. Kies ook wie jij bent op dit toestel: jouw beoordelingen worden onder die naam bewaard.',
  listLabel: 'Deelnemers van deze zelfevaluatie',
  roles: {
    coordinator: 'coördinator',
    supportStaff: 'leerondersteuner',
    teamCoach: 'teamcoach',
    director: 'directie',
    staff: 'medewerker',
    partnerSchoolCareCoordinator: 'zorgcoördinator van een partnerschool',
    partner: 'partner',
  } satisfies Record<ParticipantRole, string>,
  anonymousLabel: 'Anoniem in rapporten',
  anonymous: 'anoniem in rapporten',
  you: 'dit ben jij',
  makeSelf: (name: string): string => `Ik ben ${name}`,
  selfChanged: (name: string): string => `Op dit toestel ben je nu ${name}.`,
  addTitle: 'Deelnemer toevoegen',
  add: 'Toevoegen',
  added: (name: string): string => `${name} is toegevoegd.`,
  remove: (name: string): string => `${name} verwijderen`,
  removed: (name: string): string => `${name} is verwijderd.`,
  noSelf: 'Kies wie jij bent voor je begint te beoordelen.',
  individualNote: 'Een individuele reflectie heeft één deelnemer: jijzelf.',
  fromFile: 'uit een bijdragebestand',
  invitedOn: (when: string): string => `persoonlijke uitnodiging gedownload op ${when}`,
  personalInvitation: (name: string): string => `Persoonlijke uitnodiging voor ${name} downloaden`,
  invitationDone: (fileName: string, name: string): string =>
    `Uitnodiging gedownload: ${fileName}. Bezorg ze aan ${name}; de bijdrage die terugkomt, komt vanzelf bij ${name} terecht.`,
  removeQuestion: (name: string): string => `${name} verwijderen?`,
  removeConsequence: (ratings: number, contribution: string | undefined): string =>
    [
      ratings === 0
        ? 'Er gaan geen beoordelingen mee verloren.'
        : `Daarmee verdwijnen ook ${ratings === 1 ? 'de beoordeling' : `de ${ratings} beoordelingen`} van deze deelnemer uit de spreiding, de consensus en het rapport.`,
      contribution &&
        `Ook de ingelezen bijdrage (${contribution}) verdwijnt; je kunt ze later opnieuw inlezen.`,
    ]
      .filter(Boolean)
      .join(' '),
  contributionVersion: (version: number, when: string): string => `versie ${version}, ingelezen op ${when}`,
  confirmRemove: (name: string): string => `Ja, ${name} verwijderen`,
  cancel: 'Annuleren',
  mergeTitle: 'Twee deelnemers samenvoegen',
  mergeHint:
    'Staat één persoon er twee keer in (bijvoorbeeld eens met de hand toegevoegd en eens uit een bijdragebestand)? Voeg ze samen: alle oordelen blijven, en waar ze verschillen zie je dat eerst.',
  mergeOtherLabel: 'Deze deelnemer verdwijnt',
  mergeKeptLabel: 'en gaat op in (blijft)',
  mergeChoose: 'Kies een deelnemer',
  mergeButton: 'Samenvoegen…',
  mergeQuestion: (kept: string, other: string): string =>
    `${other} samenvoegen met ${kept}? Het blijft één deelnemer: ${kept}. De oordelen van ${other} gaan mee over.`,
  mergeConflicts: 'Bij deze verwachtingen verschillen de oordelen; dat van de blijvende deelnemer blijft:',
  mergeConflict: (
    code: string,
    kept: string,
    keptRating: string,
    other: string,
    otherRating: string,
  ): string => `${code}: ${kept} "${keptRating}", ${other} "${otherRating}"`,
  mergeNoConflicts: 'Hun oordelen spreken elkaar nergens tegen.',
  confirmMerge: (kept: string): string => `Ja, samenvoegen tot ${kept}`,
  merged: (kept: string, other: string, conflicts: number): string =>
    `${other} is samengevoegd met ${kept}.${conflicts > 0 ? ` ${conflicts === 1 ? 'Eén verschillend oordeel' : `${conflicts} verschillende oordelen`} van ${other} werd${conflicts === 1 ? '' : 'en'} niet overgenomen.` : ''}`,
} as const;
