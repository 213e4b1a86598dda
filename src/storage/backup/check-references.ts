import type { BackedUpTable, RecordOf } from '../tables';
import type { BackupProblem } from './backup-error';

type Records = { [N in BackedUpTable]: RecordOf<N>[] };

/**
 * Duplicate ids and records that point to a cycle, participant, evidence or bevraging the backup does not
 * hold.
 */
export function checkReferences(records: Records): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const ids = (table: BackedUpTable): Set<string> => new Set(records[table].map((record) => record.id));

  for (const table of Object.keys(records) as BackedUpTable[]) {
    const seen = new Set<string>();
    records[table].forEach((record, index) => {
      if (seen.has(record.id))
        problems.push({ table, index, field: 'id', message: 'deze id komt twee keer voor' });
      seen.add(record.id);
    });
  }

  const cycles = ids('cycles');
  const missing = (table: BackedUpTable, index: number, field: string, what: string): void => {
    problems.push({ table, index, field, message: `verwijst naar ${what} die niet in de back-up zit` });
  };
  for (const table of [
    'participants',
    'assessments',
    'evidence',
    'actions',
    'recommendations',
    'conditionChecks',
    'journalNotes',
    'surveys',
  ] as const) {
    records[table].forEach((record, index) => {
      if (!cycles.has(record.cycleId)) missing(table, index, 'cycleId', 'een cyclus');
    });
  }
  const participants = ids('participants');
  records.assessments.forEach((assessment, index) => {
    if (assessment.participantId !== undefined && !participants.has(assessment.participantId)) {
      missing('assessments', index, 'participantId', 'een deelnemer');
    }
  });
  records.journalNotes.forEach((note, index) => {
    if (!participants.has(note.participantId))
      missing('journalNotes', index, 'participantId', 'een deelnemer');
  });
  const evidence = ids('evidence');
  records.attachments.forEach((attachment, index) => {
    if (!evidence.has(attachment.evidenceId)) missing('attachments', index, 'evidenceId', 'een bron');
  });
  records.conditionChecks.forEach((check, index) => {
    check.evidenceIds.forEach((evidenceId, position) => {
      if (!evidence.has(evidenceId)) missing('conditionChecks', index, `evidenceIds.${position}`, 'een bron');
    });
  });
  const surveys = ids('surveys');
  records.surveyResponses.forEach((response, index) => {
    if (!surveys.has(response.surveyId)) missing('surveyResponses', index, 'surveyId', 'een bevraging');
  });
  return problems;
}
