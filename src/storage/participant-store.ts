import type { ParticipantMerge } from '../domain/participant-merge';
import { touched } from '../domain/record';
import type { LeersteunspiegelDatabase } from './database';
import { checkEdit } from './edit-guard';
import { withStorageErrors } from './errors';
import { loadSettings } from './queries';
import { loadValidation } from './records';
import type { ValidateRecord } from './record-validation';

/** Points this device's "wie ben ik" away from a participant that is gone: to `instead`, or to no one. */
async function forgetSelf(
  db: LeersteunspiegelDatabase,
  validateRecord: ValidateRecord,
  cycleId: string,
  goneId: string,
  instead?: string,
): Promise<void> {
  const settings = await loadSettings(db);
  if (settings.selfParticipantIds[cycleId] !== goneId) return;
  const { [cycleId]: _gone, ...rest } = settings.selfParticipantIds;
  const selfParticipantIds = instead ? { ...rest, [cycleId]: instead } : rest;
  await db.settings.put(validateRecord('settings', touched({ ...settings, selfParticipantIds })));
}

/** Removes a participant with everything that goes with them (judgements, journal), in one transaction. */
export async function removeParticipant(db: LeersteunspiegelDatabase, participantId: string): Promise<void> {
  const { validateRecord } = await loadValidation();
  await withStorageErrors(() =>
    db.transaction(
      'rw',
      [db.participants, db.assessments, db.journalNotes, db.settings, db.cycles],
      async () => {
        const participant = await db.participants.get(participantId);
        if (!participant) return;
        await checkEdit(db, 'participants', participant);
        await db.assessments.where('participantId').equals(participantId).delete();
        await db.journalNotes.where('participantId').equals(participantId).delete();
        await db.participants.delete(participantId);
        await forgetSelf(db, validateRecord, participant.cycleId, participantId);
      },
    ),
  );
}

/**
 * Writes a merge: the kept participant and the judgements that move, and removes the other one; the other's
 * journal notes become the kept participant's. All or nothing.
 */
export async function writeParticipantMerge(
  db: LeersteunspiegelDatabase,
  merge: ParticipantMerge,
  otherId: string,
): Promise<void> {
  const { validateRecord } = await loadValidation();
  const participant = validateRecord('participants', merge.participant);
  const moved = merge.moved.map((a) => validateRecord('assessments', a));
  await withStorageErrors(() =>
    db.transaction(
      'rw',
      [db.participants, db.assessments, db.journalNotes, db.settings, db.cycles],
      async () => {
        await checkEdit(db, 'participants', participant);
        await db.journalNotes
          .where('participantId')
          .equals(otherId)
          .modify({ participantId: participant.id });
        await db.assessments.bulkDelete(merge.removedAssessmentIds);
        // What is left of the other participant (a blank judgement) goes with them.
        await db.assessments.where('participantId').equals(otherId).delete();
        await db.assessments.bulkPut(moved);
        await db.participants.put(participant);
        await db.participants.delete(otherId);
        await forgetSelf(db, validateRecord, participant.cycleId, otherId, participant.id);
      },
    ),
  );
}
