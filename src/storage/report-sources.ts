import type { Action } from '../domain/action';
import type { Cycle } from '../domain/cycle';
import type { LscProfile } from '../domain/lsc-profile';
import type { SchoolYearFigures } from '../domain/school-year-figures';
import type { LeersteunspiegelDatabase } from './database';
import { loadProfile, loadSchoolYearFigures } from './queries';

/** What a report needs beyond the cycle's own records: the centre, file names, and the cycle it follows up. */
export interface ReportSources {
  profile: LscProfile;
  /** The centre's figures of every school year (a few records: the report picks its year and the one before). */
  schoolYearFigures: SchoolYearFigures[];
  /** Attachment names per evidence id; the files themselves are not read. */
  attachmentNames: Map<string, string[]>;
  previous?: { cycle: Cycle; actions: Action[] };
}

/** Reads the profile, the figures per school year, the names of the cycle's attachments and the previous cycle with its actions. */
export function loadReportSources(
  db: LeersteunspiegelDatabase,
  cycle: Cycle,
  evidenceIds: readonly string[],
): Promise<ReportSources> {
  const tables = [db.lscProfiles, db.schoolYearFigures, db.attachments, db.cycles, db.actions];
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
    const previousCycle = cycle.previousCycleId ? await db.cycles.get(cycle.previousCycleId) : undefined;
    const previous = previousCycle && {
      cycle: previousCycle,
      actions: await db.actions.where('cycleId').equals(previousCycle.id).toArray(),
    };
    return {
      profile: await loadProfile(db),
      schoolYearFigures: await loadSchoolYearFigures(db),
      attachmentNames,
      ...(previous ? { previous } : {}),
    };
  });
}
