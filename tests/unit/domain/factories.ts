import { type Action } from '../../../src/domain/action';
import { createAction } from '../../../src/domain/action-schema';
import { type Assessment, type Rating } from '../../../src/domain/assessment';
import { createAssessment } from '../../../src/domain/assessment';
import { type Cycle, type CycleInput } from '../../../src/domain/cycle';
import { createCycle } from '../../../src/domain/cycle-schema';
import { type Evidence } from '../../../src/domain/evidence';
import { createEvidence } from '../../../src/domain/evidence-schema';
import type { ExpectationCode } from '../../../src/domain/framework/expectation-code';

/** A fixed moment, so records made in a test have predictable timestamps. */
export const NOW = new Date('2026-01-15T09:00:00.000Z');

/** A valid team cycle for 2025-2026 covering all 17 expectations, with any field replaced. */
export function aCycle(overrides: Partial<Cycle> & Partial<CycleInput> = {}, now = NOW): Cycle {
  const { title = 'Zelfevaluatie 2025-2026', schoolYear = '2025-2026', mode = 'team', ...rest } = overrides;
  const created = createCycle({ title, schoolYear, mode }, now);
  return { ...created, ...rest };
}

/** An assessment of one expectation, by a participant or (without one) the team's consensus. */
export function anAssessment(
  cycle: Cycle,
  expectationCode: ExpectationCode,
  rating: Rating,
  options: { participantId?: string; at?: Date } = {},
): Assessment {
  const { participantId, at = NOW } = options;
  const assessment = createAssessment(
    participantId === undefined
      ? { cycleId: cycle.id, expectationCode, kind: 'consensus' }
      : { cycleId: cycle.id, expectationCode, kind: 'individual', participantId },
    at,
  );
  return { ...assessment, rating };
}

/** A piece of evidence of the cycle, linked to the given expectations and voices. */
export function anEvidence(
  cycle: Cycle,
  expectationCodes: ExpectationCode[],
  voices: Evidence['voices'] = [],
): Evidence {
  return createEvidence(
    { cycleId: cycle.id, title: 'Verslag', kind: 'report', expectationCodes, voices },
    NOW,
  );
}

/** An action of the cycle with any field replaced. */
export function anAction(cycle: Cycle, overrides: Partial<Omit<Action, 'cycleId'>> = {}): Action {
  return createAction({ cycleId: cycle.id, title: 'Actie', ...overrides }, NOW);
}
