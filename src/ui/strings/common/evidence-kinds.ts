export const evidenceKinds = {
  document: 'document',
  data: 'cijfers/data',
  observation: 'observatie',
  survey: 'bevraging',
  conversation: 'gesprek',
  report: 'verslag',
  other: 'ander',
} as const;
