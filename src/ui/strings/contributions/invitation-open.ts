/** Interface text of team contributions: invitations, a member's contribution, and reading contributions in. */
export const invitationOpen = {
  title: 'Uitnodiging van je team openen',
  explanation:
    'Kreeg je van je coördinator een uitnodiging (een bestand zoals uitnodiging-zelfevaluatie-2026-2027.json)? Open ze hier. Je beoordeelt dan op dit toestel en bezorgt je bijdrage als bestand terug.',
  fileLabel: 'Kies het uitnodigingsbestand (.json)',
  reading: 'Uitnodiging wordt gelezen…',
  summary: (title: string, schoolYear: string, count: number): string =>
    `Uitnodiging voor "${title}" (${schoolYear}): ${count} ${count === 1 ? 'verwachting' : 'verwachtingen'} om te beoordelen.`,
  deadline: (date: string): string => `Graag je bijdrage terug tegen ${date}.`,
  nameLabel: 'Je naam of alias',
  nameHint:
    'Zo heet je zelfevaluatie op dit toestel en zo verschijn je bij je team, tenzij je anoniem bijdraagt.',
  nameMissing: 'Vul je naam of een alias in.',
  start: 'Beginnen met beoordelen',
  creating: 'Zelfevaluatie wordt aangemaakt…',
  alreadyOpened: (title: string): string =>
    `Je opende deze uitnodiging al op dit toestel. Ga verder in je zelfevaluatie "${title}"; er is geen tweede aangemaakt.`,
  teamCycleHere: (title: string): string =>
    `Deze uitnodiging hoort bij de teamzelfevaluatie "${title}", die op dit toestel staat. Beoordeel daar rechtstreeks.`,
  goTo: (title: string): string => `Naar "${title}"`,
} as const;
