export const voices = {
  pupils: 'leerlingen',
  parents: 'ouders',
  teachers: 'leraren',
  schoolTeams: 'schoolteams',
  principals: 'directies',
  clb: 'CLB',
  pbd: 'PBD',
  supportStaff: 'leerondersteuners',
  partners: 'partners',
} as const;
