import type * as z from 'zod/mini';
import type {
  RatingSchema,
  CriterionCheckSchema,
  GoodPracticeSchema,
  AssessmentSchema,
} from './assessment-schema';
import { newRecordMeta } from './record';

/** An answer on the development scale: one of the four levels, or a state that is not a level. */
export type Rating = z.output<typeof RatingSchema>;

/** One good-practice criterion as the team ticked it, with the evidence that backs it. */
export type CriterionCheck = z.output<typeof CriterionCheckSchema>;

/** The good practice that justifies level 4 ("overstijgt de verwachting"). */
export type GoodPractice = z.output<typeof GoodPracticeSchema>;

/** One judgement of one expectation in one cycle. */
export type Assessment = z.output<typeof AssessmentSchema>;

/**
 * Whether this device may store the assessment: the team's consensus always; a participant's own rating only
 * when the user chose, on this device, to be that participant — never someone else's ratings by default.
 */
export function mayWriteAssessment(
  assessment: Pick<Assessment, 'kind' | 'participantId'>,
  selfParticipantId: string | undefined,
): boolean {
  return assessment.kind === 'consensus' || assessment.participantId === selfParticipantId;
}

/**
 * A new, not yet rated assessment. Written out in the schema's field order, without zod: the rating and
 * consensus pages make a blank one as they open (a test keeps it equal to what AssessmentSchema makes of it).
 */
export function createAssessment(
  input: Pick<Assessment, 'cycleId' | 'expectationCode' | 'kind'> &
    Partial<Pick<Assessment, 'participantId'>>,
  now?: Date,
): Assessment {
  const { cycleId, expectationCode, kind, participantId } = input;
  return {
    ...newRecordMeta(now),
    cycleId,
    expectationCode,
    kind,
    ...(participantId === undefined ? {} : { participantId }),
    rating: 'notRated',
    justification: '',
    strengths: '',
    pointsToDevelop: '',
    supportLevels: [],
  };
}
