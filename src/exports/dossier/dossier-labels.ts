import { exportLabels } from '../labels';

/** The Dutch words of the inspection dossier: its file names, index page and spreadsheet headers. */
export const dossierLabels = {
  /** The folder the zip unpacks into, and the index's title. */
  title: (cycleTitle: string): string => `Dossier ${cycleTitle}`,
  intro:
    'Dit dossier bevat het zelfevaluatierapport, het actieplan, de lijst van bronnen en de bijlagen bij die bronnen, zoals ze in Leersteunspiegel stonden. Open de bestanden hieronder.',
  documents: 'Documenten',
  attachments: 'Bijlagen bij de bronnen',
  noAttachments: 'Geen van de bronnen in dit rapport heeft een bijlage.',
  files: {
    index: 'index.html',
    reportWord: 'Rapport.docx',
    reportHtml: 'Rapport.html',
    actionPlan: 'Actieplan.csv',
    evidence: 'Bronnen.csv',
  },
  describe: {
    reportWord: 'het rapport als Word-bestand, om verder te bewerken',
    reportHtml: 'het rapport om te lezen of af te drukken in een browser',
    actionPlan: 'het actieplan als tabel voor Excel',
    evidence: 'de bronnen van het rapport als tabel voor Excel',
  },
  /** Where an attachment came from, beside its new name in the index. */
  attachmentOrigin: (evidenceTitle: string, fileName: string): string =>
    `bij de bron "${evidenceTitle}" (oorspronkelijk ${fileName})`,
  actionPlanHeader: [
    exportLabels.actionColumns.title,
    exportLabels.actionColumns.codes,
    exportLabels.goal,
    exportLabels.successIndicator,
    exportLabels.actionColumns.owner,
    exportLabels.start,
    exportLabels.actionColumns.due,
    exportLabels.actionColumns.status,
    exportLabels.overdue,
    exportLabels.progress,
    exportLabels.evaluation,
  ],
  evidenceHeader: [
    exportLabels.evidenceColumns.title,
    exportLabels.evidenceColumns.kind,
    exportLabels.evidenceColumns.voices,
    exportLabels.evidenceColumns.date,
    exportLabels.evidenceColumns.codes,
    'Beschrijving',
    exportLabels.link,
    exportLabels.attachments,
  ],
  yes: 'ja',
} as const;
