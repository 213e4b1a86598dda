/** How each respondent group is named in a running sentence ("de vragenlijst voor ouders"). */
export const respondentGroups = {
  partnerSchools: 'partnerscholen',
  teachers: 'leraren',
  parents: 'ouders',
  primaryPupils: 'leerlingen lager onderwijs',
  secondaryPupils: 'leerlingen secundair onderwijs',
  clb: 'CLB',
  supportStaff: 'leerondersteuners',
} as const;
