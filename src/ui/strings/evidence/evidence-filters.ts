export const evidenceFilters = {
  legend: 'Bronnen filteren',
  expectation: 'Verwachting',
  allExpectations: 'Alle verwachtingen',
  kind: 'Soort',
  allKinds: 'Alle soorten',
  voice: 'Stem',
  allVoices: 'Alle stemmen',
  clear: 'Filters wissen',
} as const;
