import type { Assessment } from './assessment';
import type { Cycle } from './cycle';
import type { ExpectationCode } from './framework/expectation-code';

/** The assessment that counts for each expectation of a cycle, in the cycle's scope order. */
export type RatingsByExpectation = ReadonlyMap<ExpectationCode, Assessment>;

function newer(current: Assessment | undefined, candidate: Assessment): Assessment {
  return current === undefined || candidate.updatedAt > current.updatedAt ? candidate : current;
}

/**
 * The team's consensus per expectation in the cycle's scope: the newest consensus record of each (merged
 * copies may hold several), whatever its rating. Expectations without one are absent.
 */
export function consensusByExpectation(
  cycle: Cycle,
  assessments: readonly Assessment[],
): Map<ExpectationCode, Assessment> {
  const inScope = new Set<ExpectationCode>(cycle.scope);
  const consensus = new Map<ExpectationCode, Assessment>();
  for (const assessment of assessments) {
    if (assessment.cycleId !== cycle.id || assessment.kind !== 'consensus') continue;
    const code = assessment.expectationCode;
    if (inScope.has(code)) consensus.set(code, newer(consensus.get(code), assessment));
  }
  return consensus;
}

/**
 * The judgement that counts per expectation in the cycle's scope: the team's consensus when there is one
 * (the newest if several copies were merged in), otherwise the self participant's own assessment.
 * Expectations without either are absent. Assessments of other cycles or outside the scope are ignored.
 */
export function cycleRatings(
  cycle: Cycle,
  assessments: readonly Assessment[],
  selfParticipantId: string | undefined,
): RatingsByExpectation {
  const inScope = new Set<ExpectationCode>(cycle.scope);
  const consensus = consensusByExpectation(cycle, assessments);
  const own = new Map<ExpectationCode, Assessment>();
  for (const assessment of assessments) {
    if (assessment.cycleId !== cycle.id || !inScope.has(assessment.expectationCode)) continue;
    if (selfParticipantId !== undefined && assessment.participantId === selfParticipantId) {
      const code = assessment.expectationCode;
      own.set(code, newer(own.get(code), assessment));
    }
  }
  const ratings = new Map<ExpectationCode, Assessment>();
  for (const code of cycle.scope) {
    const counted = consensus.get(code) ?? own.get(code);
    if (counted) ratings.set(code, counted);
  }
  return ratings;
}

/** The self participant's own judgement per expectation, never the team's: a personal view of a cycle. */
export function ownRatings(
  cycle: Cycle,
  assessments: readonly Assessment[],
  selfParticipantId: string | undefined,
): RatingsByExpectation {
  return cycleRatings(
    cycle,
    assessments.filter((assessment) => assessment.kind === 'individual'),
    selfParticipantId,
  );
}
