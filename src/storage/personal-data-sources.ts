import type { ScannableRecords } from '../domain/privacy/scan-records';
import type { LeersteunspiegelDatabase } from './database';

/**
 * Every record a backup holds, for the personal-data scan before it is exported: attachments by name only,
 * since the scan reads text, not files.
 */
export function loadScannableRecords(db: LeersteunspiegelDatabase): Promise<Required<ScannableRecords>> {
  return db.transaction(
    'r',
    [
      db.lscProfiles,
      db.cycles,
      db.participants,
      db.assessments,
      db.evidence,
      db.attachments,
      db.actions,
      db.recommendations,
      db.conditionChecks,
      db.journalNotes,
      db.surveys,
      db.surveyResponses,
      db.qualityCalendars,
    ],
    async () => {
      const attachments: { evidenceId: string; name: string }[] = [];
      await db.attachments.each(({ evidenceId, name }) => void attachments.push({ evidenceId, name }));
      return {
        lscProfiles: await db.lscProfiles.toArray(),
        cycles: await db.cycles.toArray(),
        participants: await db.participants.toArray(),
        assessments: await db.assessments.toArray(),
        evidence: await db.evidence.toArray(),
        attachments,
        actions: await db.actions.toArray(),
        recommendations: await db.recommendations.toArray(),
        conditionChecks: await db.conditionChecks.toArray(),
        journalNotes: await db.journalNotes.toArray(),
        surveys: await db.surveys.toArray(),
        surveyResponses: await db.surveyResponses.toArray(),
        qualityCalendars: await db.qualityCalendars.toArray(),
      };
    },
  );
}
