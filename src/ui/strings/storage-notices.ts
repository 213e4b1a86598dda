/** Notices on the app's pages about how long this browser keeps the data. */
export const storageNotices = {
  safariTitle: 'Safari wist je gegevens na zeven dagen zonder bezoek',
  safari:
    'Gebruik je Safari zeven dagen zonder Leersteunspiegel te openen, dan wist Safari alles wat Leersteunspiegel op dit toestel bewaarde. Op het beginscherm geldt die regel niet: tik in Safari op Deel › Zet op beginscherm en open Leersteunspiegel voortaan daar. Let op: de app op het beginscherm en het tabblad in Safari houden elk hun eigen gegevens bij. Breng ze over met een back-up.',
  safariSource:
    'Bron: WebKit, "Full Third-Party Cookie Blocking and More" (2020) en "Updates to Storage Policy" (2023), op webkit.org.',
  dismiss: 'Begrepen, verberg deze melding',
  backupDue: (days: number): string =>
    `Je hebt al meer dan ${days} dagen geen back-up gemaakt, en deze browser belooft niet dat hij je gegevens blijvend bewaart.`,
  backupLink: 'Maak nu een back-up',
} as const;
