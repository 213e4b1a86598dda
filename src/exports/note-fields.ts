import type { ReportExpectation } from '../domain/report/report-model';
import { exportLabels } from './labels';

type IndividualNote = ReportExpectation['individualNotes'][number];

/** What a participant wrote in an individual note, each field with its label; blank fields left out. */
export function noteFields(note: IndividualNote): { name: string; value: string }[] {
  return [
    { name: exportLabels.justification, value: note.justification },
    { name: exportLabels.strengths, value: note.strengths },
    { name: exportLabels.pointsToDevelop, value: note.pointsToDevelop },
    { name: exportLabels.supportLevels, value: note.supportLevels.join(', ') },
  ].filter((field) => field.value.trim() !== '');
}
