import type { ReportInput } from '../report/report-input';
import type { ScannableRecords } from './scan-records';

/**
 * The records a report is drawn from, for the personal-data scan before it is downloaded: the centre, the
 * cycle with everything in it, the attachment names it lists, the previous cycle whose judgements,
 * recommendations and actions it quotes, and the kwaliteitskalender's notes.
 * Of the bevragingen, the words the centre wrote (introduction, own statements); the open answers a report may
 * include are masked where the scan finds personal data before they reach it.
 */
export function reportRecords(input: ReportInput): ScannableRecords {
  const { previous } = input;
  return {
    lscProfiles: [input.profile],
    cycles: [input.cycle, ...(previous ? [previous.cycle] : [])],
    participants: [...input.participants, ...(previous?.participants ?? [])],
    assessments: [...input.assessments, ...(previous?.assessments ?? [])],
    evidence: input.evidence,
    attachments: [...input.attachmentNames].flatMap(([evidenceId, names]) =>
      names.map((name) => ({ evidenceId, name })),
    ),
    actions: [...input.actions, ...(previous?.actions ?? [])],
    recommendations: [...(input.recommendations ?? []), ...(previous?.recommendations ?? [])],
    conditionChecks: input.conditionChecks ?? [],
    journalNotes: input.journalNotes ?? [],
    surveys: input.surveys ?? [],
    qualityCalendars: input.qualityCalendar ? [input.qualityCalendar] : [],
  };
}
