import type { Assessment } from '../assessment';
import type { Cycle } from '../cycle';
import { consensusByExpectation } from '../cycle-ratings';

/** Whether a consensus record holds an answer the team agreed on (any rating but "nog niet beoordeeld"). */
export function isAgreed(consensus: Assessment | undefined): boolean {
  return consensus !== undefined && consensus.rating !== 'notRated';
}

/** How many expectations in the cycle's scope have an agreed team consensus. */
export function agreedCount(cycle: Cycle, assessments: readonly Assessment[]): number {
  return [...consensusByExpectation(cycle, assessments).values()].filter(isAgreed).length;
}
