/** Interface text of a member's contribution to the team, on the member's own overview. */

export const contributionExport = {
  title: 'Je bijdrage voor het team',
  explanation:
    'Deze zelfevaluatie beantwoordt een uitnodiging van je team. Download je bijdrage en bezorg het bestand aan je coördinator (via mail, Smartschool, Teams of een USB-stick). Exporteer je later opnieuw, dan herkent de coördinator je nieuwe bestand en ziet wat er veranderde.',
  deadline: (date: string): string => `Graag terug tegen ${date}.`,
  deadlinePassed: (date: string): string =>
    `De termijn is verstreken: je coördinator vroeg je bijdrage tegen ${date}. Je kunt ze nog downloaden; vraag wel of ze nog meetelt.`,
  roleLabel: 'Je rol',
  anonymousLabel: 'Anoniem bijdragen: je naam staat niet in het bestand',
  anonymousHint: 'Je team ziet je oordelen onder een schuilnaam zoals "Anoniem 1".',
  anonymityLimit:
    "Let op: in een klein team is anoniem niet altijd onherkenbaar. Draag jij als enige anoniem bij terwijl je collega's met hun naam bijdragen, dan kan je coördinator afleiden dat deze oordelen van jou zijn. Je coördinator ziet je bijdrage dan wel meegeteld, maar niet apart.",
  anonymityPersonal:
    'Je opende een persoonlijke uitnodiging: je bijdrage zegt niet voor wie ze was, maar je coördinator weet wel wie nog niet met naam antwoordde.',
  download: 'Bijdrage downloaden',
  busy: 'Bijdrage wordt gemaakt…',
  done: (fileName: string, rated: number, total: number): string =>
    `Bijdrage gedownload: ${fileName}. ${rated} van ${total} verwachtingen beoordeeld.`,
  protect: 'Beveilig je bijdrage met een wachtwoordzin',
  protectHint:
    'Spreek de wachtwoordzin af met je coördinator en bezorg hem nooit in hetzelfde bericht als het bestand. Zonder de wachtwoordzin kan niemand je bijdrage lezen, ook je coördinator niet.',
  doneEncrypted: (fileName: string, rated: number, total: number): string =>
    `Versleutelde bijdrage gedownload: ${fileName}. ${rated} van ${total} verwachtingen beoordeeld. Bezorg de wachtwoordzin apart aan je coördinator.`,
} as const;
