import type { Action } from '../domain/action';
import type { Cycle } from '../domain/cycle';
import type { LscProfile } from '../domain/lsc-profile';
import type { QualityCalendar } from '../domain/quality-calendar';
import type { LeersteunspiegelDatabase } from './database';
import { loadProfile } from './queries';
import { loadQualityCalendar } from './quality-calendar-store';

/** What a report needs beyond the cycle's own records: the centre, file names, and the cycle it follows up. */
export interface ReportSources {
  profile: LscProfile;
  /** Attachment names per evidence id; the files themselves are not read. */
  attachmentNames: Map<string, string[]>;
  previous?: { cycle: Cycle; actions: Action[] };
  /** The centre's kwaliteitskalender, when it made one. */
  qualityCalendar?: QualityCalendar;
}

/**
 * Reads the profile, the names of the cycle's attachments, the previous cycle with its actions and the
 * kwaliteitskalender.
 */
export function loadReportSources(
  db: LeersteunspiegelDatabase,
  cycle: Cycle,
  evidenceIds: readonly string[],
): Promise<ReportSources> {
  return db.transaction(
    'r',
    [db.lscProfiles, db.attachments, db.cycles, db.actions, db.qualityCalendars],
    async () => {
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
      const qualityCalendar = await loadQualityCalendar(db);
      return {
        profile: await loadProfile(db),
        attachmentNames,
        ...(previous ? { previous } : {}),
        ...(qualityCalendar ? { qualityCalendar } : {}),
      };
    },
  );
}
