import type { Cycle } from '../domain/cycle';
import type { ImportRecords } from '../domain/contribution/import-records';
import type { InvitationFile } from '../domain/contribution/invitation-file';
import { isClosed } from '../domain/workflow';
import type { LeersteunspiegelDatabase } from './database';
import { ClosedCycleError, withStorageErrors } from './errors';
import { putCycleRecords } from './cycle-store';
import { loadValidation } from './records';

/** What opening an invitation did: made the member's cycle, or found one that answers it already. */
export type OpenedInvitation =
  | { outcome: 'created'; cycle: Cycle }
  /** The invitation was opened on this device before: its member cycle. */
  | { outcome: 'alreadyOpened'; cycle: Cycle }
  /** The team cycle itself is on this device (the coordinator's own): rate there instead. */
  | { outcome: 'teamCycleHere'; cycle: Cycle };

/** The cycle on this device that answers a team cycle's invitation, if the invitation was opened before. */
export function findMemberCycle(
  db: LeersteunspiegelDatabase,
  teamCycleId: string,
): Promise<Cycle | undefined> {
  return db.cycles.where('invitation.teamCycleId').equals(teamCycleId).first();
}

/**
 * Opens an invitation on this device: creates the member's own cycle with the member as its participant,
 * unless a cycle for that team cycle is here already. Checked and created in one transaction, so opening
 * the same file twice at once still makes one cycle.
 */
export async function openInvitation(
  db: LeersteunspiegelDatabase,
  invitation: InvitationFile,
  memberName: string,
): Promise<OpenedInvitation> {
  const { teamCycleId } = invitation.terms;
  const [{ validateRecord }, { memberCycleFromInvitation }] = await Promise.all([
    loadValidation(),
    import('../domain/contribution/invitation-file'),
  ]);
  return withStorageErrors(() =>
    db.transaction('rw', [db.cycles, db.participants, db.actions, db.settings], async () => {
      const opened = await findMemberCycle(db, teamCycleId);
      if (opened) return { outcome: 'alreadyOpened', cycle: opened };
      const team = await db.cycles.get(teamCycleId);
      if (team) return { outcome: 'teamCycleHere', cycle: team };
      const { cycle, self } = memberCycleFromInvitation(invitation, memberName);
      await putCycleRecords(db, validateRecord, { cycle, participants: [self], self });
      return { outcome: 'created', cycle };
    }),
  );
}

/** The team cycle an import writes into is gone (deleted in another tab): nothing was written. */
export class MissingCycleError extends Error {
  constructor(readonly cycleId: string) {
    super(`cycle ${cycleId} does not exist`);
    this.name = 'MissingCycleError';
  }
}

/**
 * Writes an import's participants and assessments into a team cycle in one transaction: all of it, or on
 * any failure (a full disk, the cycle deleted or closed meanwhile) none of it. Every record is validated first.
 */
export async function writeContributionImport(
  db: LeersteunspiegelDatabase,
  cycleId: string,
  records: ImportRecords,
): Promise<void> {
  const { validateRecord } = await loadValidation();
  const participants = records.participants.map((p) => validateRecord('participants', p));
  const assessments = records.assessments.map((a) => validateRecord('assessments', a));
  if ([...participants, ...assessments].some((record) => record.cycleId !== cycleId)) {
    throw new Error('an import writes into one cycle only');
  }
  await withStorageErrors(() =>
    db.transaction('rw', [db.cycles, db.participants, db.assessments], async () => {
      const cycle = await db.cycles.get(cycleId);
      if (!cycle) throw new MissingCycleError(cycleId);
      if (isClosed(cycle)) throw new ClosedCycleError(cycleId);
      await db.participants.bulkPut(participants);
      await db.assessments.bulkDelete(records.removedAssessmentIds);
      await db.assessments.bulkPut(assessments);
    }),
  );
}
