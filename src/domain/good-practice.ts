import type { Assessment, GoodPractice } from './assessment';
import type { Cycle } from './cycle';

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
    // A link to evidence that was deleted, or belongs to another cycle, backs nothing; a member's own source,
    // which stayed on their device, does.
    if (check?.backedByMember !== true && !check?.evidenceIds.some((id) => linkableEvidenceIds.has(id))) {
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

/**
 * How firmly level 4 is held to its good practice. `full`: only stored once the practice is described and
 * every criterion ticked and backed — for the team's consensus and for a personal reflection's own report.
 * `member`: a member's view in a team self-evaluation (in the team cycle or their cycle from an invitation)
 * is kept whole: level 4 is stored as chosen and marked while the practice still needs substantiating.
 */
export type GoodPracticeGuard = 'full' | 'member';

/** The guard on level 4 for an assessment of `kind` in `cycle`. */
export function goodPracticeGuard(
  cycle: Pick<Cycle, 'mode' | 'invitation'>,
  kind: Assessment['kind'],
): GoodPracticeGuard {
  if (kind === 'consensus') return 'full';
  return cycle.mode === 'team' || cycle.invitation ? 'member' : 'full';
}

/**
 * Whether a level 4 still needs its good practice substantiated ("goede praktijk nog te onderbouwen"): it is
 * level 4, and the practice is not described or a criterion is not ticked and backed by a source.
 */
export function practiceToSubstantiate(
  assessment: Pick<Assessment, 'rating' | 'goodPractice'>,
  criterionIds: readonly string[],
  linkableEvidenceIds: ReadonlySet<string>,
): boolean {
  return (
    assessment.rating === 'exceeds' &&
    goodPracticeProblems(assessment.goodPractice, criterionIds, linkableEvidenceIds).length > 0
  );
}
