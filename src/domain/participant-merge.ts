import type { Assessment } from './assessment';
import type { ExpectationCode } from './framework/expectation-code';
import type { Participant } from './participant';
import { touched } from './record';

/** Two judgements of one expectation that differ: the kept participant's stays, the other's goes. */
export interface MergeConflict {
  code: ExpectationCode;
  kept: Assessment;
  dropped: Assessment;
}

/** What merging one participant into another comes to. */
export interface ParticipantMerge {
  /** The participant that stays, with the other's contribution when it had none. */
  participant: Participant;
  /** The other's judgements that move over, now the kept participant's. */
  moved: Assessment[];
  /** The other's judgements that go: those of expectations both judged. */
  removedAssessmentIds: string[];
  /** Expectations both judged differently (rating or texts), with both judgements. */
  conflicts: MergeConflict[];
}

/** A judgement that says something: a level or state other than "nog niet beoordeeld", or a text. */
const saysSomething = (a: Assessment): boolean =>
  a.rating !== 'notRated' || [a.justification, a.strengths, a.pointsToDevelop].some((t) => t.trim() !== '');

const sameJudgement = (a: Assessment, b: Assessment): boolean =>
  a.rating === b.rating &&
  a.justification === b.justification &&
  a.strengths === b.strengths &&
  a.pointsToDevelop === b.pointsToDevelop;

/**
 * Merges `other` into `kept` (two entries for one person): every judgement of `other` for an expectation
 * `kept` has not judged moves over; where both judged, `kept`'s stays and a different one of `other` is
 * listed as a conflict. Pure: the caller writes the result and deletes `other`.
 */
export function mergeParticipants(
  kept: Participant,
  other: Participant,
  assessments: readonly Assessment[],
  now: Date = new Date(),
): ParticipantMerge {
  const own = (participant: Participant) =>
    new Map(
      assessments
        .filter((a) => a.kind === 'individual' && a.participantId === participant.id)
        .map((a) => [a.expectationCode, a]),
    );
  const keptByCode = own(kept);
  const merge: ParticipantMerge = {
    participant: touched(
      {
        ...kept,
        anonymous: kept.anonymous || other.anonymous,
        ...(kept.contribution || !other.contribution ? {} : { contribution: other.contribution }),
      },
      now,
    ),
    moved: [],
    removedAssessmentIds: [],
    conflicts: [],
  };
  for (const [code, assessment] of own(other)) {
    const mine = keptByCode.get(code);
    if (!mine || !saysSomething(mine)) {
      merge.moved.push(touched({ ...assessment, participantId: kept.id }, now));
      if (mine) merge.removedAssessmentIds.push(mine.id);
      continue;
    }
    merge.removedAssessmentIds.push(assessment.id);
    if (saysSomething(assessment) && !sameJudgement(mine, assessment)) {
      merge.conflicts.push({ code, kept: mine, dropped: assessment });
    }
  }
  return merge;
}
