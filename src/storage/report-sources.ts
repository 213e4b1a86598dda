import type { Cycle } from '../domain/cycle';
import type { LscProfile } from '../domain/lsc-profile';
import type { QualityCalendar } from '../domain/quality-calendar';
import type { PreviousCycleRecords } from '../domain/report/report-input';
import type { SchoolYearFigures } from '../domain/school-year-figures';
import type { LeersteunspiegelDatabase } from './database';
import { loadProfile, loadSchoolYearFigures, loadSettings } from './queries';
import { loadQualityCalendar } from './quality-calendar-store';

/** What a report needs beyond the cycle's own records: the centre, file names, and the cycle it follows up. */
export interface ReportSources {
  profile: LscProfile;
  /** The centre's figures of every school year (a few records: the report picks its year and the one before). */
  schoolYearFigures: SchoolYearFigures[];
  /** Attachment names per evidence id; the files themselves are not read. */
  attachmentNames: Map<string, string[]>;
  previous?: PreviousCycleRecords;
  /** The centre's kwaliteitskalender, when it made one. */
  qualityCalendar?: QualityCalendar;
}

/** The cycle a cycle follows up, with what its report compares: judgements, recommendations, actions, people. */
async function loadPrevious(
  db: LeersteunspiegelDatabase,
  id: string,
): Promise<PreviousCycleRecords | undefined> {
  const cycle = await db.cycles.get(id);
  if (cycle === undefined) return undefined;
  const [actions, assessments, recommendations, participants, settings] = await Promise.all([
    db.actions.where('cycleId').equals(id).toArray(),
    db.assessments.where('cycleId').equals(id).toArray(),
    db.recommendations.where('cycleId').equals(id).toArray(),
    db.participants.where('cycleId').equals(id).toArray(),
    loadSettings(db),
  ]);
  return {
    cycle,
    actions,
    assessments,
    recommendations,
    participants,
    selfParticipantId: settings.selfParticipantIds[id],
  };
}

/**
 * Reads the profile, the figures per school year, the names of the cycle's attachments, the previous cycle with
 * what its report compares, and the kwaliteitskalender.
 */
export function loadReportSources(
  db: LeersteunspiegelDatabase,
  cycle: Cycle,
  evidenceIds: readonly string[],
): Promise<ReportSources> {
  const tables = [
    db.lscProfiles,
    db.schoolYearFigures,
    db.attachments,
    db.cycles,
    db.actions,
    db.assessments,
    db.recommendations,
    db.participants,
    db.settings,
    db.qualityCalendars,
  ];
  return db.transaction('r', tables, async () => {
    const attachmentNames = new Map<string, string[]>();
    // Only names and owners: reading every Blob just to list file names would be slow with large files.
    await db.attachments
      .where('evidenceId')
      .anyOf([...evidenceIds])
      .each((attachment) => {
        attachmentNames.set(attachment.evidenceId, [
          ...(attachmentNames.get(attachment.evidenceId) ?? []),
          attachment.name,
        ]);
      });
    const previous = cycle.previousCycleId ? await loadPrevious(db, cycle.previousCycleId) : undefined;
    const qualityCalendar = await loadQualityCalendar(db);
    return {
      profile: await loadProfile(db),
      schoolYearFigures: await loadSchoolYearFigures(db),
      attachmentNames,
      ...(previous ? { previous } : {}),
      ...(qualityCalendar ? { qualityCalendar } : {}),
    };
  });
}
