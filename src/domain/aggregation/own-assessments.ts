import type { Assessment } from '../assessment';
import type { ExpectationCode } from '../framework/expectation-code';
import type { Participant } from '../participant';

/** One participant's own (individual) assessment of an expectation. */
export interface OwnAssessment {
  participant: Participant;
  assessment: Assessment;
}

/** Whether a record is the newer of two copies; equal timestamps (merged copies) are settled by id. */
export function isNewer(
  candidate: { updatedAt: string; id: string },
  current: { updatedAt: string; id: string },
): boolean {
  // Settling ties by id makes the outcome independent of input order.
  return (
    candidate.updatedAt > current.updatedAt ||
    (candidate.updatedAt === current.updatedAt && candidate.id > current.id)
  );
}

/** Each participant once, in the order first listed: the newest record when merged copies list someone twice. */
export function distinctParticipants(participants: readonly Participant[]): Participant[] {
  const people = new Map<string, Participant>();
  for (const participant of participants) {
    const known = people.get(participant.id);
    if (known === undefined || isNewer(participant, known)) people.set(participant.id, participant);
  }
  return [...people.values()];
}

/**
 * The participants' own assessments of one expectation, in participant order: each participant's newest
 * individual assessment of the code, never a consensus. Assessments of anyone not in `participants`, or made
 * in another cycle than the participant's, are ignored; participants without one are left out.
 */
export function ownAssessments(
  code: ExpectationCode,
  assessments: readonly Assessment[],
  participants: readonly Participant[],
): OwnAssessment[] {
  const people = distinctParticipants(participants);
  const byId = new Map(people.map((participant) => [participant.id, participant]));
  const latest = new Map<string, Assessment>();
  for (const assessment of assessments) {
    if (assessment.kind !== 'individual' || assessment.expectationCode !== code) continue;
    const participantId = assessment.participantId;
    const participant = participantId === undefined ? undefined : byId.get(participantId);
    if (participantId === undefined || participant?.cycleId !== assessment.cycleId) continue;
    const current = latest.get(participantId);
    if (current === undefined || isNewer(assessment, current)) latest.set(participantId, assessment);
  }
  return people.flatMap((participant) => {
    const assessment = latest.get(participant.id);
    return assessment ? [{ participant, assessment }] : [];
  });
}
