import type { ReportAction, ReportEvidence } from '../../domain/report/report-model';
import { writeCsv } from '../csv/write-csv';
import { dossierLabels } from './dossier-labels';

/** The development plan's actions as a spreadsheet: one row per action, its progress notes in one cell. */
export function actionPlanCsv(actions: readonly ReportAction[]): string {
  return writeCsv(
    dossierLabels.actionPlanHeader,
    actions.map((action) => [
      action.title,
      action.expectationCodes.join(', '),
      action.goal,
      action.successIndicator,
      action.owner,
      action.startDate,
      action.dueDate,
      action.status,
      action.overdue ? dossierLabels.yes : '',
      action.progress.map((step) => `${step.date}: ${step.note}`).join('\n'),
      action.evaluation,
    ]),
  );
}

/** The report's sources as a spreadsheet: one row per source, with the names of its attachments. */
export function evidenceCsv(evidence: readonly ReportEvidence[]): string {
  return writeCsv(
    dossierLabels.evidenceHeader,
    evidence.map((item) => [
      item.title,
      item.kind,
      item.voices.join(', '),
      item.date,
      item.expectationCodes.join(', '),
      item.description,
      item.link,
      item.attachmentNames.join(', '),
    ]),
  );
}
