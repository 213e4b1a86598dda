export const closedCycle = {
  closedOn: (date: string): string => `Afgesloten op ${date}.`,
  readOnly: 'Deze zelfevaluatie is een afgesloten verslag: je kunt alles lezen, maar niets wijzigen.',
  toReopen: 'Heropenen',
  reopenTitle: 'Afgesloten zelfevaluatie heropenen',
  reopenExplanation:
    'Heropen alleen als er echt iets gewijzigd moet worden. De zelfevaluatie gaat dan terug naar de fase opvolging, en het heropenen blijft bij de zelfevaluatie bewaard.',
  reopenConfirm: 'Ik heropen deze afgesloten zelfevaluatie bewust.',
  reopenButton: 'Zelfevaluatie heropenen',
  reopened: 'De zelfevaluatie is heropend en staat weer in de fase opvolging.',
  reopeningsTitle: 'Eerder heropend',
  reopening: (closedAt: string, reopenedAt: string): string =>
    `Afgesloten op ${closedAt}, heropend op ${reopenedAt}.`,
} as const;
