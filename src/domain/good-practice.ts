import type { GoodPractice } from './assessment';

/** One reason the good practice does not (yet) justify level 4, "overstijgt de verwachting". */
export type GoodPracticeProblem =
  | { kind: 'missingDescription' }
  | { kind: 'criterionNotMet'; criterionId: string }
  | { kind: 'criterionWithoutEvidence'; criterionId: string };

/**
 * Why level 4 may not be accepted yet; empty when it may. The practice needs a description, and every
 * criterion must be ticked and backed by evidence that exists in the cycle. A criterion can have both
 * problems; they are listed description first, then criterion by criterion in the given order.
 */
export function goodPracticeProblems(
  goodPractice: GoodPractice | undefined,
  criterionIds: readonly string[],
  linkableEvidenceIds: ReadonlySet<string>,
): GoodPracticeProblem[] {
  const problems: GoodPracticeProblem[] = [];
  if ((goodPractice?.description.trim() ?? '') === '') problems.push({ kind: 'missingDescription' });
  for (const criterionId of criterionIds) {
    const check = goodPractice?.criteria.find((criterion) => criterion.criterionId === criterionId);
    if (check?.met !== true) problems.push({ kind: 'criterionNotMet', criterionId });
    // A link to evidence that was deleted, or belongs to another cycle, backs nothing.
    if (!check?.evidenceIds.some((id) => linkableEvidenceIds.has(id))) {
      problems.push({ kind: 'criterionWithoutEvidence', criterionId });
    }
  }
  return problems;
}

/** A good practice still to be described, with one unticked check per criterion. */
export function emptyGoodPractice(criterionIds: readonly string[]): GoodPractice {
  return {
    description: '',
    criteria: criterionIds.map((criterionId) => ({ criterionId, met: false, evidenceIds: [] })),
  };
}
