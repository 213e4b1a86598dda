export const data = {
  title: 'Gegevens en back-up',
  intro:
    'Alles wat je in Leersteunspiegel invult, staat alleen in deze browser op dit toestel. Maak geregeld een back-up, zeker voor je van toestel wisselt of je browsergegevens wist.',
  storageTitle: 'Opslag op dit toestel',
  persistence: {
    granted:
      'Deze browser bewaart je gegevens blijvend: ze worden niet automatisch gewist als de schijf vol raakt.',
    denied:
      'Deze browser bewaart je gegevens niet blijvend. Bij plaatsgebrek kan hij ze wissen: maak geregeld een back-up.',
    unsupported: 'Deze browser kan geen blijvende opslag beloven. Maak geregeld een back-up.',
  },
  askPersistence: 'Vraag blijvende opslag',
  askPersistenceHint:
    'Chrome en Edge beslissen zelf, zonder iets te vragen. Firefox vraagt het jou, in een melding links van de adresbalk: kies "Toestaan". Je kunt intussen gewoon verder werken.',
  usage: (used: string, available: string): string =>
    `${used} gebruikt van ongeveer ${available} beschikbaar.`,
  usageUnknown: 'Deze browser vertelt niet hoeveel ruimte er is.',
  contentsTitle: 'Wat staat er op dit toestel?',
  contentsTable: 'Aantal bewaarde gegevens per soort',
  kindColumn: 'Soort',
  countColumn: 'Aantal',
  attachmentBytes: (size: string): string => `Bijlagen samen: ${size}.`,
  backupTitle: 'Back-up maken',
  backupExplanation:
    'Eén bestand met al je gegevens, bijlagen inbegrepen. Bewaar het op een veilige plaats: het kan persoonsgegevens bevatten.',
  backupButton: 'Back-up downloaden',
  backupBusy: 'Back-up wordt gemaakt…',
  backupDone: (name: string): string => `Back-up gemaakt: ${name}.`,
  lastBackup: (date: string): string => `Laatste back-up: ${date}.`,
  noBackupYet: 'Er werd op dit toestel nog geen back-up gemaakt.',
  restoreTitle: 'Back-up terugzetten',
  restoreFileLabel: 'Kies een back-upbestand (.zip)',
  restoreReading: 'Bestand wordt gecontroleerd…',
  restoreSummary: (date: string, version: string): string =>
    `Back-up van ${date} (Leersteunspiegel ${version}) met:`,
  restoreKeepsDevice:
    'Wat bij dit toestel hoort, neemt een back-up niet mee: of deze browser je gegevens blijvend bewaart, wanneer je hier de laatste back-up maakte en wie je bent op dit toestel. Na het terugzetten vraagt Leersteunspiegel opnieuw wie je bent.',
  restoreModeLegend: 'Hoe terugzetten?',
  restoreReplace: 'Vervangen: alle gegevens op dit toestel worden vervangen door die uit de back-up.',
  restoreMerge:
    'Samenvoegen: gegevens uit de back-up worden toegevoegd; bestaat iets aan beide kanten, dan blijft de meest recente versie.',
  restoreButton: 'Terugzetten',
  restoreBusy: 'Bezig met terugzetten…',
  restoreDone: 'De back-up is teruggezet.',
  restoreSnapshotNote: 'Je vorige gegevens werden eerst automatisch bewaard (zie "Automatische back-ups").',
  restoreWithoutSnapshotNote: 'Van je vorige gegevens werd geen automatische back-up bewaard, zoals je koos.',
  restoreWithoutSnapshot: 'Toch terugzetten, zonder automatische back-up',
  restoreCancel: 'Niet terugzetten',
  restoreSelfNote:
    'Wie jij bent in elke zelfevaluatie, komt niet mee uit een back-up: het hoort bij dit toestel. Open je een zelfevaluatie om te beoordelen, dan vraagt Leersteunspiegel eerst wie jij bent, zodat je nooit in de beoordelingen van een collega schrijft.',
  restoreReportRow: (table: string, added: number, updated: number, kept: number, removed: number): string =>
    `${table}: ${added} toegevoegd, ${updated} bijgewerkt, ${kept} lokaal behouden, ${removed} vervangen`,
  restoreConflicts: (count: number): string =>
    count === 0
      ? 'Er waren geen verschillen tussen beide kanten.'
      : `${count} ${count === 1 ? 'gegeven verschilde' : 'gegevens verschilden'} aan beide kanten; telkens bleef de meest recente versie.`,
  snapshotsTitle: 'Automatische back-ups',
  snapshotsExplanation:
    'Voor elke terugzetting bewaart Leersteunspiegel automatisch een back-up van de gegevens zoals ze waren (de laatste drie).',
  snapshotsNone: 'Er zijn nog geen automatische back-ups.',
  snapshotLabel: (date: string, size: string): string => `Van vóór het terugzetten op ${date} (${size})`,
  snapshotDownload: 'Downloaden',
  deleteTitle: 'Alles verwijderen',
  deleteExplanation:
    'Verwijdert alle gegevens van Leersteunspiegel uit deze browser, ook de automatische back-ups. Er wordt eerst nog een laatste back-up gedownload.',
  deleteConfirm: 'Ik begrijp dat alle gegevens op dit toestel verdwijnen.',
  deleteButton: 'Alles verwijderen',
  deleteBusy: 'Laatste back-up maken en verwijderen…',
  deleteDone: 'Alle gegevens zijn verwijderd. De laatste back-up werd gedownload.',
  failed: 'Dat is niet gelukt:',
} as const;
