import type { Assessment, GoodPractice } from '../assessment';
import { chosenRating } from '../rating-choice';
import type { ContributedAssessment, ContributedGoodPractice } from './contribution-file';

// Apart from contribution-file.ts, which holds the file's schemas: planning an import needs these, not zod.

/** The good practice as it travels: each criterion says whether a source backs it, not which. */
export function contributedGoodPractice(goodPractice: GoodPractice): ContributedGoodPractice {
  return {
    description: goodPractice.description,
    criteria: goodPractice.criteria.map(({ criterionId, met, evidenceIds, backedByMember }) => ({
      criterionId,
      met,
      backed: backedByMember === true || evidenceIds.length > 0,
    })),
  };
}

/** The assessment's content as it travels in a contribution, with the level the member chose. */
export function contributedAssessment(assessment: Assessment): ContributedAssessment {
  const { expectationCode, justification, strengths, pointsToDevelop, supportLevels, goodPractice } =
    assessment;
  return {
    expectationCode,
    rating: chosenRating(assessment),
    justification,
    strengths,
    pointsToDevelop,
    supportLevels,
    ...(goodPractice ? { goodPractice: contributedGoodPractice(goodPractice) } : {}),
  };
}
