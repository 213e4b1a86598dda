import type { Assessment } from '../../domain/assessment';
import { agreedCount } from '../../domain/consensus/agreed';
import type { Cycle } from '../../domain/cycle';
import { ownRatings, type RatingsByExpectation } from '../../domain/cycle-ratings';
import { loadCycleStandings } from '../../storage/cycle-store';
import { getDatabase } from '../../storage/database';
import { useLiveQuery, type LiveResult } from '../hooks/use-live-query';

/** Where a cycle stands: the user's own ratings and, in a team cycle, how many the team agreed on. */
export interface CycleStanding {
  cycle: Cycle;
  own: RatingsByExpectation;
  /** Expectations with an agreed team judgement; undefined for a personal reflection. */
  agreed: number | undefined;
}

/** Every cycle on this device, newest school year first, with the user's own ratings and the team's progress. */
export function useAllCycleRatings(): LiveResult<CycleStanding[]> {
  return useLiveQuery(async () => {
    // Not every member's rating of five years: only the consensus and this device's own ones count here.
    const { cycles, selfParticipantIds, assessments } = await loadCycleStandings(getDatabase());
    // Grouped by cycle once, so each cycle goes through its own assessments, not through all of them four times.
    const byCycle = new Map<string, Assessment[]>();
    for (const assessment of assessments) {
      const list = byCycle.get(assessment.cycleId);
      if (list) list.push(assessment);
      else byCycle.set(assessment.cycleId, [assessment]);
    }
    return cycles.map((cycle) => {
      const ofCycle = byCycle.get(cycle.id) ?? [];
      return {
        cycle,
        own: ownRatings(cycle, ofCycle, selfParticipantIds[cycle.id]),
        agreed: cycle.mode === 'team' ? agreedCount(cycle, ofCycle) : undefined,
      };
    });
  }, []);
}
