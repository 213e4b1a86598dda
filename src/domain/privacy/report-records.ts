import type { ReportInput } from '../report/report-input';
import type { ScannableRecords } from './scan-records';

/**
 * The records a report is drawn from, for the personal-data scan before it is downloaded: the centre, the
 * cycle with everything in it, the attachment names it lists, the previous cycle's actions it reports on and
 * the kwaliteitskalender's notes.
 * Of the bevragingen, the words the centre wrote (introduction, own statements); the open answers a report may
 * include are masked where the scan finds personal data before they reach it.
 */
export function reportRecords(input: ReportInput): ScannableRecords {
  return {
    lscProfiles: [input.profile],
    cycles: [input.cycle],
    participants: input.participants,
    assessments: input.assessments,
    evidence: input.evidence,
    attachments: [...input.attachmentNames].flatMap(([evidenceId, names]) =>
      names.map((name) => ({ evidenceId, name })),
    ),
    actions: [...input.actions, ...(input.previous?.actions ?? [])],
    recommendations: input.recommendations ?? [],
    conditionChecks: input.conditionChecks ?? [],
    journalNotes: input.journalNotes ?? [],
    surveys: input.surveys ?? [],
    qualityCalendars: input.qualityCalendar ? [input.qualityCalendar] : [],
  };
}
