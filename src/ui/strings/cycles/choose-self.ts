export const chooseSelf = {
  title: 'Wie ben jij op dit toestel?',
  explanation:
    'Leersteunspiegel weet niet wie deze zelfevaluatie op dit toestel gebruikt, bijvoorbeeld na het terugzetten van een back-up, in een nieuwe browser of nadat alles verwijderd werd. Kies wie jij bent: je beoordelingen worden onder die naam bewaard. Zolang je niet kiest, wordt niets onder iemands naam geschreven.',
  legend: 'Ik ben',
  option: (name: string, role: string): string => `${name} (${role})`,
  confirm: 'Dit ben ik',
} as const;
