/**
 * The words for a centre's figures per school year: in the report and on the profile page, which uses only these, so
 * it does not load the report's other words.
 */
export const reportFigureLabels = {
  title: 'Cijfers van het centrum per schooljaar',
  itemColumn: 'Gegeven',
  supportCouncilDate: 'Leersteunraad besprak de zelfevaluatie op',
  pupils: (report: string, type: string): string => `Leerlingen met een ${report}, ${type}`,
  pupilsTotal: (report: string): string => `Leerlingen met een ${report}, samen`,
  reports: { gc: 'GC-verslag', iac: 'IAC-verslag', ov4: 'OV4-verslag' },
  trajectories: 'Trajecten',
  supportStaff: 'Leerondersteuners (personen)',
  fte: 'Leerondersteuners (VTE)',
} as const;
